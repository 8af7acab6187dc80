"""Dense-embedding check-worthiness models (frozen MiniLM or static distilled vectors), alone and combined
with the sparse model. Same protocol as sparse.py (CV on train, threshold on dev, dev-test headline).

--emb minilm : cached sentence embeddings from embed_sets.py
--emb static : SIF-weighted mean of static_vocab.npy wordpiece vectors (static_distill.py)
--clf lr|mlp
--combine none | concat (sparse tf-idf block + alpha * embedding in one LR) | avg (mean of the sparse model's
          probability and the embedding model's probability) | stack (LR on [logit sparse score, embedding],
          sparse score out-of-fold on train)
"""
import argparse
import json
import os
import time

import numpy as np
from scipy import sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.neural_network import MLPClassifier

import sparse as sparse_mod
from common import cv_folds, CACHE, best_threshold, bootstrap_threshold, f1_yes, load, oracle_f1, seed_sentences

SPLIT_NAMES = ("train", "dev", "devtest", "seed")


def texts_of(split):
    return seed_sentences() if split == "seed" else load(split)[0]


def minilm_embeddings():
    return {s: np.load(os.path.join(CACHE, f"minilm_{s}.npy")) for s in SPLIT_NAMES}


def static_embeddings(sif_a):
    from minilm import MiniLM, MODEL_DIR
    from tokenizers import Tokenizer
    tok = Tokenizer.from_file(os.path.join(MODEL_DIR, "tokenizer.json"))
    vocab = np.load(os.path.join(CACHE, "static_vocab.npy"))
    enc = {s: [e.ids[1:-1] for e in tok.encode_batch(texts_of(s))] for s in SPLIT_NAMES}
    counts = np.ones(vocab.shape[0])
    for ids in enc["train"]:
        np.add.at(counts, ids, 1)
    p = counts / counts.sum()
    w = sif_a / (sif_a + p) if sif_a > 0 else np.ones_like(p)
    out = {}
    for s, seqs in enc.items():
        E = np.zeros((len(seqs), vocab.shape[1]), dtype=np.float32)
        for i, ids in enumerate(seqs):
            if ids:
                E[i] = (vocab[ids] * w[ids, None]).sum(0) / w[ids].sum()
        E /= np.clip(np.linalg.norm(E, axis=1, keepdims=True), 1e-12, None)
        out[s] = E
    return out


def make_clf(kind, C, seed=0):
    if kind == "lr":
        return LogisticRegression(C=C, solver="lbfgs", max_iter=3000)
    if kind == "mlp":
        return MLPClassifier(hidden_layer_sizes=(int(C),), alpha=1e-3, early_stopping=True, random_state=seed,
                             max_iter=200, validation_fraction=0.1)
    raise ValueError(kind)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--emb", default="minilm")
    ap.add_argument("--sif", type=float, default=1e-3)
    ap.add_argument("--clf", default="lr")
    ap.add_argument("--C", type=float, nargs="+", default=[4.0])
    ap.add_argument("--combine", default="none")
    ap.add_argument("--alpha", type=float, default=1.0)
    ap.add_argument("--sparse-prefix", default="sp_best", help="score prefix saved by sparse.py --save-scores")
    ap.add_argument("--feats", default="w13,c25")
    ap.add_argument("--mask", default="lex")
    ap.add_argument("--sparse-C", type=float, default=4.0)
    ap.add_argument("--tag", default="")
    ap.add_argument("--cv", default="random", help="random | blocked (Sentence_id blocks, see common.cv_folds)")
    ap.add_argument("--save-scores", default=None)
    args = ap.parse_args()
    E = minilm_embeddings() if args.emb == "minilm" else static_embeddings(args.sif)
    y = {s: load(s)[1] for s in ("train", "dev", "devtest")}
    X = dict(E)
    if args.combine == "concat":
        if args.mask == "lex":
            sparse_mod.PROPER_LEXICON.update(sparse_mod.build_proper_lexicon(texts_of("train")))
        norm = {s: [sparse_mod.normalise(t, True, args.mask if args.mask != "none" else None) for t in texts_of(s)]
                for s in SPLIT_NAMES}
    if args.combine == "stack":
        logit = lambda p: np.log(np.clip(p, 1e-6, 1 - 1e-6) / np.clip(1 - p, 1e-6, 1))
        sc = {s: np.load(os.path.join(CACHE, f"{args.sparse_prefix}_{'trainoof' if s == 'train' else s}.npy"))
              for s in SPLIT_NAMES}
        X = {s: np.hstack([args.alpha * logit(sc[s])[:, None], E[s]]) for s in SPLIT_NAMES}
    for C in args.C:
        t0 = time.time()

        def fit_predict(tr_idx, te_sets):
            """fit on train rows tr_idx; return scores for each (name, rows) in te_sets."""
            if args.combine == "concat":
                vs = sparse_mod.build_vectorizers(args.feats)
                tr_t = [norm["train"][i] for i in tr_idx]
                others = [[norm[s][i] for i in rows] for s, rows in te_sets]
                mats = sparse_mod.featurize(vs, tr_t, *others)
                dense = [E["train"][tr_idx]] + [E[s][rows] for s, rows in te_sets]
                mats = [sp.hstack([m, sp.csr_matrix(args.alpha * d)]).tocsr() for m, d in zip(mats, dense)]
                clf = LogisticRegression(C=C, solver="liblinear", max_iter=2000).fit(mats[0], y["train"][tr_idx])
                return [clf.predict_proba(m)[:, 1] for m in mats[1:]]
            clf = make_clf(args.clf, C).fit(X["train"][tr_idx], y["train"][tr_idx])
            outs = [clf.predict_proba(X[s][rows])[:, 1] for s, rows in te_sets]
            if args.combine == "avg":
                sc = {s: np.load(os.path.join(CACHE, f"{args.sparse_prefix}_{'trainoof' if s == 'train' else s}.npy"))
                      for s in SPLIT_NAMES}
                outs = [(o + sc[s][rows]) / 2 for o, (s, rows) in zip(outs, te_sets)]
            return outs

        ytr = y["train"]
        oof = np.zeros(len(ytr))
        for tr, te in cv_folds(ytr, args.cv):
            oof[te] = fit_predict(tr, [("train", te)])[0]
        cv_thr, cv_f1 = best_threshold(ytr, oof)
        allrows = {s: np.arange(len(X[s]) if args.combine != "concat" else len(E[s])) for s in SPLIT_NAMES}
        sdv, sdt, ssd = fit_predict(allrows["train"], [(s, allrows[s]) for s in ("dev", "devtest", "seed")])
        thr, dev_f1 = best_threshold(y["dev"], sdv)
        res = dict(script="emb", emb=args.emb, sif=args.sif if args.emb == "static" else None, clf=args.clf, C=C,
                   combine=args.combine, alpha=args.alpha, cv=args.cv, cv_train=round(cv_f1, 4), cv_thr=round(cv_thr, 4),
                   dev=round(dev_f1, 4), thr=round(thr, 4), devtest=round(f1_yes(y["devtest"], (sdt > thr).astype(int)), 4),
                   devtest_at_cv_thr=round(f1_yes(y["devtest"], (sdt > cv_thr).astype(int)), 4),
                   secs=round(time.time() - t0, 1), tag=args.tag)
        if args.combine == "concat":
            res.update(feats=args.feats, mask=args.mask)
        if args.combine in ("avg", "stack"):
            res.update(sparse_prefix=args.sparse_prefix)
        bthr, _ = bootstrap_threshold(y["dev"], sdv)
        res.update(boot_thr=round(bthr, 4), devtest_at_boot_thr=round(f1_yes(y["devtest"], (sdt > bthr).astype(int)), 4),
                   devtest_oracle_info_only=round(oracle_f1(y["devtest"], sdt), 4))
        if args.save_scores:
            for name, v in (("dev", sdv), ("devtest", sdt), ("seed", ssd), ("trainoof", oof)):
                np.save(os.path.join(CACHE, f"{args.save_scores}_{name}.npy"), v)
        res["seed_rank"] = [int(i) for i in np.argsort(-ssd)]
        res["seed_scores"] = [round(float(v), 3) for v in ssd]
        print(json.dumps(res), flush=True)
        with open("results.jsonl", "a") as f:
            f.write(json.dumps(res) + "\n")


if __name__ == "__main__":
    main()
