"""Threshold chosen on dev with dev scored as UNSEEN debates ("dev-oof" protocol).

Why: dev sentences come from the same debates as train (their Sentence_ids interleave), so a model fit on
train scores dev too confidently and the F1-best dev threshold is too high for new debates (dev-test is
2020 debates, ids above every train id). Here train and dev are cut into Sentence_id blocks of 1000
(~ one debate), blocks assigned to 5 folds; for each fold the model is fit on the TRAIN rows of the other
folds and scores that fold's dev rows (and train rows). The threshold is the F1-best one on those dev
scores (chosen on dev, never on dev-test). The shipped model is then fit on all train and applied to
dev-test at that threshold.

Models: sparse = hashed word 1-3 + char_wb 2-5 (binary, L2, no idf), numbers->0, proper nouns->Ent, LR C=4;
        mini = LR C=4 on MiniLM mean embeddings; avg = mean of the two probabilities;
        stack = LR C=4 on [logit(sparse prob), MiniLM embedding] with out-of-fold sparse scores on train.
"""
import json
import os

import numpy as np
from sklearn.linear_model import LogisticRegression

import sparse as S
from common import CACHE, best_threshold, f1_yes, load, load_ids, oracle_f1, seed_sentences

np.random.seed(0)
tr, ytr = load("train")
dv, ydv = load("dev")
dt, ydt = load("devtest")
seed = seed_sentences()
S.PROPER_LEXICON.update(S.build_proper_lexicon(tr))
norm = lambda ts: [S.normalise(t, True, "lex") for t in ts]
ntr, ndv, ndt, nsd = norm(tr), norm(dv), norm(dt), norm(seed)
E = {s: np.load(os.path.join(CACHE, f"minilm_{s}.npy")) for s in ("train", "dev", "devtest", "seed")}
ftr = (load_ids("train") // 1000) % 5
fdv = (load_ids("dev") // 1000) % 5
logit = lambda p: np.log(np.clip(p, 1e-6, 1 - 1e-6) / np.clip(1 - p, 1e-6, 1))


def sparse_fit_score(train_idx, *score_texts):
    vs = S.build_vectorizers("hw13,hc25")
    mats = S.featurize(vs, [ntr[i] for i in train_idx], *score_texts)
    m = LogisticRegression(C=4.0, solver="liblinear", max_iter=1000).fit(mats[0], ytr[train_idx])
    return [m.predict_proba(x)[:, 1] for x in mats[1:]]


def dense_lr(X, y):
    return LogisticRegression(C=4.0, solver="lbfgs", max_iter=3000).fit(X, y)


# level 1: blocked out-of-fold sparse scores for train and dev
sp_tr, sp_dv = np.zeros(len(tr)), np.zeros(len(dv))
mini_tr, mini_dv = np.zeros(len(tr)), np.zeros(len(dv))
for k in range(5):
    tri, tei, dvi = np.where(ftr != k)[0], np.where(ftr == k)[0], np.where(fdv == k)[0]
    a, b = sparse_fit_score(tri, [ntr[i] for i in tei], [ndv[i] for i in dvi])
    sp_tr[tei], sp_dv[dvi] = a, b
    m = dense_lr(E["train"][tri], ytr[tri])
    mini_tr[tei], mini_dv[dvi] = m.predict_proba(E["train"][tei])[:, 1], m.predict_proba(E["dev"][dvi])[:, 1]
    print("fold", k, "done", flush=True)
# level 2 (stacker) out-of-fold on dev
st_dv = np.zeros(len(dv))
Ztr = np.hstack([logit(sp_tr)[:, None], E["train"]])
Zdv = np.hstack([logit(sp_dv)[:, None], E["dev"]])
for k in range(5):
    tri, dvi = np.where(ftr != k)[0], np.where(fdv == k)[0]
    st_dv[dvi] = dense_lr(Ztr[tri], ytr[tri]).predict_proba(Zdv[dvi])[:, 1]
# final models on all train
sp_dt, sp_sd = sparse_fit_score(np.arange(len(tr)), ndt, nsd)
mini = dense_lr(E["train"], ytr)
mini_dt, mini_sd = mini.predict_proba(E["devtest"])[:, 1], mini.predict_proba(E["seed"])[:, 1]
stacker = dense_lr(Ztr, ytr)
st_dt = stacker.predict_proba(np.hstack([logit(sp_dt)[:, None], E["devtest"]]))[:, 1]
st_sd = stacker.predict_proba(np.hstack([logit(sp_sd)[:, None], E["seed"]]))[:, 1]
print("stacker weights: sparse-logit", round(float(stacker.coef_[0, 0]), 4), "intercept",
      round(float(stacker.intercept_[0]), 4), "|emb w|", round(float(np.linalg.norm(stacker.coef_[0, 1:])), 3))
models = {
    "sparse": (sp_tr, sp_dv, sp_dt, sp_sd),
    "mini": (mini_tr, mini_dv, mini_dt, mini_sd),
    "avg": ((sp_tr + mini_tr) / 2, (sp_dv + mini_dv) / 2, (sp_dt + mini_dt) / 2, (sp_sd + mini_sd) / 2),
    "stack": (None, st_dv, st_dt, st_sd),
}
for name, (s_tr, s_dv, s_dt, s_sd) in models.items():
    thr, dev_f1 = best_threshold(ydv, s_dv)
    res = dict(script="final", protocol="dev-oof (blocked)", model=name, dev_oof=round(dev_f1, 4), thr=round(thr, 4),
               devtest=round(f1_yes(ydt, (s_dt > thr).astype(int)), 4),
               devtest_oracle_info_only=round(oracle_f1(ydt, s_dt), 4),
               devtest_pred_pos=int((s_dt > thr).sum()), devtest_true_pos=int(ydt.sum()))
    if s_tr is not None:
        res["cv_train_blocked"] = round(best_threshold(ytr, s_tr)[1], 4)
    pooled_y = np.r_[ytr, ydv] if s_tr is not None else None
    if s_tr is not None:
        pthr, _ = best_threshold(pooled_y, np.r_[s_tr, s_dv])
        res.update(thr_pooled_train_dev=round(pthr, 4), devtest_at_pooled_thr=round(f1_yes(ydt, (s_dt > pthr).astype(int)), 4))
    res["seed_rank"] = [int(i) for i in np.argsort(-s_sd)]
    res["seed_scores"] = [round(float(v), 3) for v in s_sd]
    print(json.dumps(res), flush=True)
    with open("results_final.jsonl", "a") as f:
        f.write(json.dumps(res) + "\n")
    np.save(os.path.join(CACHE, f"final_{name}_devtest.npy"), s_dt)
