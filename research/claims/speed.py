"""CPU-time throughput of the numpy MiniLM on 256 dev sentences (process CPU time, so that a busy shared
machine does not distort it much): sentences per CPU-second on one thread."""
import time

from common import load
from minilm import MiniLM

m = MiniLM()
texts = load("dev")[0][:256]
c0, w0 = time.process_time(), time.time()
m.embed(texts, batch_size=64)
c1, w1 = time.process_time(), time.time()
print(f"{len(texts)} sentences: {c1 - c0:.1f} CPU-s ({len(texts) / (c1 - c0):.1f} sentences per CPU-second), "
      f"{w1 - w0:.1f} s wall; mean wordpieces {sum(len(i) for i in m.encode_ids(texts)) / len(texts):.1f}")
