"""Shared helpers: data loading, F1 of class Yes, threshold selection, seed-statement sentences."""
import csv
import os
import re

import numpy as np

DATA = os.environ.get("CLAIMS_DATA", os.path.join(os.path.dirname(__file__), "../../../shared/data/checkworthiness"))
CACHE = os.environ.get("CLAIMS_CACHE", "/work/cache-claims")
SEED_TEXT = os.path.join(os.path.dirname(__file__), "../../../shared/examples/statement-wac-blinken.txt")
SPLITS = {"train": "CT24_checkworthy_english_train.tsv", "dev": "CT24_checkworthy_english_dev.tsv",
          "devtest": "CT24_checkworthy_english_dev-test.tsv"}


def load(split):
    texts, ys = [], []
    with open(os.path.join(DATA, SPLITS[split]), newline="", encoding="utf-8") as f:
        r = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(r)
        ti, li = header.index("Text"), header.index("class_label")
        for row in r:
            t = row[ti]
            if len(t) >= 2 and t[0] == '"' and t[-1] == '"':
                t = t[1:-1].replace('""', '"')
            texts.append(t)
            ys.append(1 if row[li].strip() == "Yes" else 0)
    return texts, np.array(ys)


def f1_yes(y, pred):
    tp = int(((pred == 1) & (y == 1)).sum())
    fp = int(((pred == 1) & (y == 0)).sum())
    fn = int(((pred == 0) & (y == 1)).sum())
    return 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)


def best_threshold(y, s):
    """Threshold maximising F1(Yes) on (y, s); midpoint between adjacent distinct scores."""
    order = np.argsort(-s, kind="stable")
    ys, ss = y[order], s[order]
    tp = np.cumsum(ys)
    k = np.arange(1, len(ys) + 1)
    f1 = 2 * tp / (k + ys.sum())
    # only cut between distinct scores
    valid = np.r_[ss[1:] < ss[:-1], True]
    f1 = np.where(valid, f1, -1)
    i = int(np.argmax(f1))
    thr = (ss[i] + ss[i + 1]) / 2 if i + 1 < len(ss) else ss[i] - 1e-9
    return float(thr), float(f1[i])


def seed_sentences():
    text = open(SEED_TEXT, encoding="utf-8").read()
    parts = []
    for para in re.split(r"\n\s*\n|\n", text):
        para = para.strip()
        if not para:
            continue
        # approximate sentence split: end punctuation followed by space + capital/quote
        for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“(])", para):
            s = s.strip()
            if len(s) > 1:
                parts.append(s)
    return parts


def bootstrap_threshold(y, s, n_boot=200, seed=0):
    """Threshold maximising the mean F1(Yes) over bootstrap resamples of (y, s): a smoother, less noisy
    choice than the single best cut on a small dev set. Candidates: the 200 quantiles of s."""
    rng = np.random.default_rng(seed)
    cands = np.unique(np.quantile(s, np.linspace(0.3, 0.95, 200)))
    total = np.zeros(len(cands))
    n = len(y)
    for _ in range(n_boot):
        idx = rng.integers(0, n, n)
        yb, sb = y[idx], s[idx]
        pred = sb[None, :] > cands[:, None]
        tp = (pred & (yb[None, :] == 1)).sum(1)
        total += 2 * tp / (pred.sum(1) + yb.sum())
    i = int(np.argmax(total))
    return float(cands[i]), float(total[i] / n_boot)


def oracle_f1(y, s):
    """Best achievable F1 on (y, s) over all thresholds. For information only (never used to choose)."""
    return best_threshold(y, s)[1]


def load_ids(split):
    with open(os.path.join(DATA, SPLITS[split]), newline="", encoding="utf-8") as f:
        r = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(r)
        return np.array([int(row[0]) for row in r])


def cv_folds(y, kind, split="train", n=5):
    """'random': stratified 5-fold (seed 0). 'blocked': Sentence_id blocks of 1000 assigned to folds by
    block index % n. Ids run in order through each debate, so a block approximates one debate (or part of
    one) and out-of-fold scores are for debates the model has not seen - like dev-test, which comes from
    later debates than train and dev."""
    from sklearn.model_selection import StratifiedKFold
    if kind == "random":
        return list(StratifiedKFold(n, shuffle=True, random_state=0).split(np.zeros(len(y)), y))
    fold = (load_ids(split) // 1000) % n
    return [(np.where(fold != k)[0], np.where(fold == k)[0]) for k in range(n)]
