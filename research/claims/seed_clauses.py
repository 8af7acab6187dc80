"""Seed statement scored by the recommended concat model at sentence and at (rough) clause level.
Clauses: a sentence is cut at ', ' / '; ' and pieces of < 6 words are glued to the previous piece. Report only;
nothing here is used to choose a model."""
import numpy as np
from scipy import sparse as sp
from sklearn.linear_model import LogisticRegression

import sparse as S
from common import CACHE, best_threshold, load, seed_sentences
from minilm import MiniLM


def clauses(sentence):
    pieces = []
    for p in sentence.replace("; ", ", ").split(", "):
        if pieces and len(p.split()) < 6:
            pieces[-1] += ", " + p
        else:
            pieces.append(p)
    return pieces


tr, ytr = load("train")
dv, ydv = load("dev")
S.PROPER_LEXICON.update(S.build_proper_lexicon(tr))
norm = lambda ts: [S.normalise(t, True, "lex") for t in ts]
sents = seed_sentences()
units = [(i, c) for i, s in enumerate(sents) for c in clauses(s)]
texts = sents + [c for _, c in units]
enc = MiniLM()
E_seed = enc.embed(texts)
E_tr, E_dv = np.load(f"{CACHE}/minilm_train.npy"), np.load(f"{CACHE}/minilm_dev.npy")
vs = S.build_vectorizers("hw13,hc25")
Xtr, Xdv, Xs = S.featurize(vs, norm(tr), norm(dv), norm(texts))
Xtr, Xdv, Xs = (sp.hstack([a, sp.csr_matrix(b)]).tocsr() for a, b in ((Xtr, E_tr), (Xdv, E_dv), (Xs, E_seed)))
m = LogisticRegression(C=4.0, solver="liblinear", max_iter=2000).fit(Xtr, ytr)
thr, f1 = best_threshold(ydv, m.predict_proba(Xdv)[:, 1])
p = m.predict_proba(Xs)[:, 1]
print(f"dev threshold {thr:.3f} (dev F1 {f1:.3f})")
print("sentences, best first:")
for r, i in enumerate(np.argsort(-p[: len(sents)])):
    print(f"  {r + 1}. #{i} {p[i]:.3f} {'CHECKWORTHY' if p[i] > thr else 'below'}  {sents[i][:110]}")
print("clauses, best first:")
pc = p[len(sents):]
for r, j in enumerate(np.argsort(-pc)):
    print(f"  {r + 1}. (sent #{units[j][0]}) {pc[j]:.3f} {'CHECKWORTHY' if pc[j] > thr else 'below'}  {units[j][1][:110]}")
