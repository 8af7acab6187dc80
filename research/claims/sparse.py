"""Sparse (bag of n-grams) check-worthiness models.

Protocol for every config:
  * cv_train: 5-fold stratified CV on train (seed 0); F1(Yes) of the pooled out-of-fold scores at the
    threshold that is best on those pooled scores (the same statistic as the Rust `train claims` report).
  * fit on train; threshold = best F1 on dev; report dev F1 (optimistic, threshold chosen there) and
    dev-test F1 at that threshold (the headline). dev-test is never used for any choice.
  * with --traindev: fit on train+dev; threshold = best on 5-fold OOF scores of train+dev.
Results are appended to results.jsonl.
"""
import argparse
import json
import re
import time

import numpy as np
from scipy import sparse as sp
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import HashingVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.svm import LinearSVC

from common import cv_folds, best_threshold, bootstrap_threshold, f1_yes, load, oracle_f1, seed_sentences

NUM = re.compile(r"\d+(?:[.,]\d+)*")
TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\S")
SENTENCE_END = {".", "!", "?", ":", '"', "“", "”", "(", "-", "–", "—"}
PROPER_LEXICON = set()  # filled by build_proper_lexicon for mask="lex"


def build_proper_lexicon(texts, min_count=2, min_share=0.8):
    """Words that appear capitalised in >= min_share of their mid-sentence occurrences (proper nouns:
    people, places, parties, organisations), so that their sentence-initial occurrences can be masked too."""
    cap, low = {}, {}
    for t in texts:
        toks = TOKEN.findall(t)
        for i, w in enumerate(toks):
            if i == 0 or toks[i - 1] in SENTENCE_END or not w[0].isalpha():
                continue
            key = w.lower()
            if w[0].isupper():
                cap[key] = cap.get(key, 0) + 1
            else:
                low[key] = low.get(key, 0) + 1
    return {k for k, c in cap.items() if c >= min_count and c / (c + low.get(k, 0)) >= min_share and k != "i"
            and not k.startswith("i'") and not k.startswith("i’")}


def mask_entities(text, mode):
    out = []
    pos = 0
    toks = list(TOKEN.finditer(text))
    for i, m in enumerate(toks):
        w = m.group()
        if w[0].isupper() and w != "I" and not w.startswith(("I'", "I’")):
            initial = i == 0 or toks[i - 1].group() in SENTENCE_END
            if (not initial) or (mode == "lex" and w.lower() in PROPER_LEXICON):
                out.append(text[pos:m.start()])
                out.append("Ent")
                pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def normalise(text, numbers=True, mask=None):
    if numbers:
        text = NUM.sub("0", text)
    if mask in ("caps", "lex"):
        text = mask_entities(text, mask)
    return text


def build_vectorizers(feats):
    vs = []
    feats = feats.split(",")
    if "w12" in feats:
        vs.append(TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, lowercase=True,
                                  token_pattern=r"(?u)\b\w+\b"))
    if "w13" in feats:
        vs.append(TfidfVectorizer(ngram_range=(1, 3), min_df=2, sublinear_tf=True, lowercase=True,
                                  token_pattern=r"(?u)\b\w+\b"))
    if "c25" in feats:
        vs.append(TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True,
                                  lowercase=True))
    if "c35" in feats:
        vs.append(TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True,
                                  lowercase=True))
    if "hw13" in feats:  # hashed, binary, L2 (what crates/linear's FeatureHasher does; no idf)
        vs.append(HashingVectorizer(ngram_range=(1, 3), n_features=2**20, binary=True, alternate_sign=False,
                                    norm="l2", lowercase=True, token_pattern=r"(?u)\b\w+\b"))
    if "hc25" in feats:
        vs.append(HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), n_features=2**20, binary=True,
                                    alternate_sign=False, norm="l2", lowercase=True))
    return vs


def featurize(vs, fit_texts, *others):
    mats = [[] for _ in range(len(others) + 1)]
    for v in vs:
        mats[0].append(v.fit_transform(fit_texts))
        for i, o in enumerate(others):
            mats[i + 1].append(v.transform(o))
    k = len(vs)
    return [sp.hstack(m).tocsr() / np.sqrt(k) for m in mats]


def make_model(kind, C, cw):
    if kind == "lr":
        return LogisticRegression(C=C, class_weight=cw, solver="liblinear", max_iter=1000)
    if kind == "svm":
        return CalibratedClassifierCV(LinearSVC(C=C, class_weight=cw, max_iter=5000), method="sigmoid", cv=3)
    raise ValueError(kind)


def scores(model, X):
    return model.predict_proba(X)[:, 1]


def oof_scores(texts, y, args, C):
    out = np.zeros(len(y))
    texts = np.array(texts, dtype=object)
    for tr, te in cv_folds(y, args.cv):
        vs = build_vectorizers(args.feats)
        Xtr, Xte = featurize(vs, list(texts[tr]), list(texts[te]))
        m = make_model(args.model, C, args.cw).fit(Xtr, y[tr])
        out[te] = scores(m, Xte)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--feats", default="w12")
    ap.add_argument("--model", default="lr")
    ap.add_argument("--C", type=float, nargs="+", default=[1.0])
    ap.add_argument("--cw", default=None)
    ap.add_argument("--numbers", type=int, default=1)
    ap.add_argument("--mask", default=None)
    ap.add_argument("--traindev", action="store_true")
    ap.add_argument("--save-scores", default=None, help="prefix for dev/devtest/seed score .npy in cache")
    ap.add_argument("--tag", default="")
    ap.add_argument("--cv", default="random", help="random | blocked (Sentence_id blocks, see common.cv_folds)")
    args = ap.parse_args()
    if args.traindev and args.cv == "blocked":
        ap.error("--traindev uses random folds over train+dev; blocked folds are defined for train only")
    if args.cw == "none":
        args.cw = None
    if args.mask == "lex":
        PROPER_LEXICON.update(build_proper_lexicon(load("train")[0]))
    norm = lambda ts: [normalise(t, bool(args.numbers), args.mask) for t in ts]
    tr, ytr = load("train")
    dv, ydv = load("dev")
    dt, ydt = load("devtest")
    seed = seed_sentences()
    tr, dv, dt, seedn = norm(tr), norm(dv), norm(dt), norm(seed)
    for C in args.C:
        t0 = time.time()
        oof = oof_scores(tr, ytr, args, C)
        cv_thr, cv_f1 = best_threshold(ytr, oof)
        vs = build_vectorizers(args.feats)
        Xtr, Xdv, Xdt, Xsd = featurize(vs, tr, dv, dt, seedn)
        m = make_model(args.model, C, args.cw).fit(Xtr, ytr)
        fit_s = time.time() - t0
        sdv, sdt, ssd = scores(m, Xdv), scores(m, Xdt), scores(m, Xsd)
        thr, dev_f1 = best_threshold(ydv, sdv)
        dt_f1 = f1_yes(ydt, (sdt > thr).astype(int))
        res = dict(script="sparse", feats=args.feats, model=args.model, C=C, cw=args.cw, numbers=args.numbers,
                   mask=args.mask, cv=args.cv, cv_train=round(cv_f1, 4), dev=round(dev_f1, 4), thr=round(thr, 4),
                   devtest=round(dt_f1, 4), cv_thr=round(cv_thr, 4),
                   devtest_at_cv_thr=round(f1_yes(ydt, (sdt > cv_thr).astype(int)), 4),
                   n_features=Xtr.shape[1], secs=round(fit_s, 1), tag=args.tag)
        bthr, bdev = bootstrap_threshold(ydv, sdv)
        res.update(boot_thr=round(bthr, 4), devtest_at_boot_thr=round(f1_yes(ydt, (sdt > bthr).astype(int)), 4),
                   devtest_oracle_info_only=round(oracle_f1(ydt, sdt), 4))
        rank = np.argsort(-ssd)
        res["seed_rank"] = [int(i) for i in rank]  # sentence indices, best first
        res["seed_scores"] = [round(float(x), 3) for x in ssd]
        if args.save_scores:
            from common import CACHE
            import os
            for name, s in (("dev", sdv), ("devtest", sdt), ("seed", ssd), ("trainoof", oof)):
                np.save(os.path.join(CACHE, f"{args.save_scores}_{name}.npy"), s)
        if args.traindev:
            all_t, all_y = tr + dv, np.r_[ytr, ydv]
            oof2 = oof_scores(all_t, all_y, args, C)
            thr2, f2 = best_threshold(all_y, oof2)
            vs = build_vectorizers(args.feats)
            Xa, Xdt2 = featurize(vs, all_t, dt)
            m2 = make_model(args.model, C, args.cw).fit(Xa, all_y)
            res.update(traindev_cv=round(f2, 4), traindev_thr=round(thr2, 4),
                       traindev_devtest=round(f1_yes(ydt, (scores(m2, Xdt2) > thr2).astype(int)), 4))
        print(json.dumps(res), flush=True)
        with open("results.jsonl", "a") as f:
            f.write(json.dumps(res) + "\n")


if __name__ == "__main__":
    main()
