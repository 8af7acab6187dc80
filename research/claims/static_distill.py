"""Model2vec-style static embeddings from MiniLM: each vocabulary token is encoded alone as
[CLS] token [SEP]; its static vector is the mean-pooled (un-normalised) output over the 3 positions.
Saved as CACHE/static_vocab.npy [30522, 384] float32. A sentence vector is then the (optionally
SIF-weighted) mean of its wordpiece vectors, L2-normalised (see emb.py)."""
import os
import time

import numpy as np

from common import CACHE
from minilm import MiniLM

m = MiniLM()
V = m.w["embeddings.word_embeddings.weight"].shape[0]
cls_id, sep_id = m.tok.token_to_id("[CLS]"), m.tok.token_to_id("[SEP]")
out = np.zeros((V, 384), dtype=np.float32)
t = time.time()
B = 512
for s in range(0, V, B):
    ids = np.arange(s, min(V, s + B))
    batch = np.stack([np.full_like(ids, cls_id), ids, np.full_like(ids, sep_id)], 1)
    hs = m.token_states(batch, np.ones_like(batch))
    out[s : s + len(ids)] = hs.mean(1)
np.save(os.path.join(CACHE, "static_vocab.npy"), out)
print(f"{V} tokens in {time.time()-t:.1f}s")
