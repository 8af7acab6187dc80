"""Embed train/dev/dev-test + seed statement sentences with numpy MiniLM; cache .npy under CACHE."""
import os
import sys
import time

import numpy as np

from common import CACHE, load, seed_sentences
from minilm import MiniLM

os.makedirs(CACHE, exist_ok=True)
m = MiniLM()
jobs = [("seed", seed_sentences())] + [(s, load(s)[0]) for s in ("devtest", "dev", "train")]
for name, texts in jobs:
    path = os.path.join(CACHE, f"minilm_{name}.npy")
    if os.path.exists(path):
        continue
    t = time.time()
    # chunks of 2000 saved as they finish, so that an interrupted run resumes
    parts = []
    for c in range(0, len(texts), 2000):
        cpath = os.path.join(CACHE, f"minilm_{name}.part{c // 2000:03d}.npy")
        if not os.path.exists(cpath):
            np.save(cpath, m.embed(texts[c : c + 2000], batch_size=64))
            print(f"{name}: chunk {c // 2000} done at {time.time() - t:.0f}s", flush=True)
        parts.append(np.load(cpath))
    e = np.concatenate(parts)
    dt = time.time() - t
    np.save(path, e)
    print(f"{name}: {len(texts)} sentences in {dt:.1f}s = {len(texts)/dt:.1f} sent/s", flush=True)
