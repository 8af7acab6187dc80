"""Shared code for the persuasion-technique research experiments (SemEval-2023 Task 3, subtask 3, English).

Data is read from a path argument (third-party, never copied into the repository).

Protocol implemented here (what every figure in RESULTS.md means):
  * unit of evaluation: paragraph (= line of the article that has a row in train-labels-subtask-3.txt);
  * metric: micro-F1 over paragraph labels (predicted set vs gold set) + macro-F1 over the 23 techniques
    (classes with no gold and no prediction count as F1 = 0, as sklearn's zero_division=0 does; 4 of the 23
    never occur in the English training data, so macro-23 is capped at 19/23 = 0.826; macro-19 over the
    classes that occur is reported too);
  * 5-fold cross-validation BY ARTICLE (articles shuffled with a fixed seed, fold = rank % 5);
  * per-class decision thresholds chosen by nested validation: 3 inner article folds inside the training
    folds give out-of-fold scores, thresholds are tuned on those, then the model is refit on all the
    training folds and applied to the test fold with those thresholds;
  * a fixed held-out 15% of articles (seed 2023) as a sanity check for the best setup.

Tokenizer and hash (meant to be ported to Rust bit for bit):
  * text is lowercased with str.lower() (Rust: str::to_lowercase; identical for ASCII and nearly all text);
  * word tokens: maximal runs of characters c with c.isalnum() or c == '_' ... see `word_tokens`;
  * hash: FNV-1a 64-bit over the UTF-8 bytes of a namespaced feature string, bucket = hash % n_buckets.
"""
import argparse
import json
import os
import re
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import numpy as np
import scipy.sparse as sp

CV_SEED = 0
HOLDOUT_SEED = 2023
N_FOLDS = 5
INNER_FOLDS = 3
CACHE = "/tmp/rhetor-techniques-cache"


def parse_args(extra=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--holdout", action="store_true", help="also report the fixed 15%% held-out figure")
    ap.add_argument("--per-class", action="store_true", help="print a per-technique P/R/F1 table")
    if extra:
        extra(ap)
    return ap.parse_args()


# ----------------------------------------------------------------------------------------------------------
# data


class Para:
    __slots__ = ("aid", "line", "idx_in_article", "text", "start", "end", "labels")

    def __init__(self, aid, line, idx, text, start, end, labels):
        self.aid, self.line, self.idx_in_article = aid, line, idx
        self.text, self.start, self.end, self.labels = text, start, end, labels


class Data:
    def __init__(self, techniques, articles, paras, spans):
        self.techniques = techniques  # list of 23 ids
        self.tid = {t: i for i, t in enumerate(techniques)}
        self.articles = articles  # aid -> full text
        self.paras = paras  # list[Para] in file order (article, line)
        self.spans = spans  # aid -> list[(label, start, end)] character offsets
        self.Y = np.zeros((len(paras), len(techniques)), dtype=np.int8)
        for i, p in enumerate(paras):
            for l in p.labels:
                self.Y[i, self.tid[l]] = 1
        self.groups = np.array([p.aid for p in paras])
        # paragraphs of an article, in order
        self.by_article = {}
        for i, p in enumerate(paras):
            self.by_article.setdefault(p.aid, []).append(i)


def line_offsets(text):
    """(start, end) character offsets of each line, 1-based line number -> index line-1."""
    out, pos = [], 0
    for ln in text.split("\n"):
        out.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    return out


def load(data_root):
    base = os.path.join(data_root, "semeval2023-en")
    techniques = [l.strip() for l in open(os.path.join(base, "techniques.txt"), encoding="utf-8") if l.strip()]
    articles = {}
    adir = os.path.join(base, "train-articles-subtask-3")
    for fn in sorted(os.listdir(adir)):
        aid = fn[len("article"):-len(".txt")]
        with open(os.path.join(adir, fn), encoding="utf-8", newline="") as f:
            articles[aid] = f.read()
    paras = []
    counters = {}
    with open(os.path.join(base, "train-labels-subtask-3.txt"), encoding="utf-8") as f:
        for row in f:
            row = row.rstrip("\n")
            if not row:
                continue
            parts = row.split("\t")
            aid, line = parts[0], int(parts[1])
            labels = set(x for x in (parts[2].split(",") if len(parts) > 2 else []) if x)
            offs = line_offsets(articles[aid])
            s, e = offs[line - 1]
            idx = counters.get(aid, 0)
            counters[aid] = idx + 1
            paras.append(Para(aid, line, idx, articles[aid][s:e], s, e, labels))
    spans = {}
    sdir = os.path.join(base, "train-labels-subtask-3-spans")
    for fn in sorted(os.listdir(sdir)):
        for row in open(os.path.join(sdir, fn), encoding="utf-8"):
            parts = row.rstrip("\n").split("\t")
            if len(parts) < 4:
                continue
            spans.setdefault(parts[0], []).append((parts[1], int(parts[2]), int(parts[3])))
    return Data(techniques, articles, paras, spans)


def article_folds(aids, n=N_FOLDS, seed=CV_SEED):
    """aid -> fold number; deterministic."""
    u = sorted(set(aids))
    perm = np.random.RandomState(seed).permutation(len(u))
    return {u[j]: r % n for r, j in enumerate(perm)}


def holdout_articles(aids, frac=0.15, seed=HOLDOUT_SEED):
    u = sorted(set(aids))
    perm = np.random.RandomState(seed).permutation(len(u))
    k = int(round(frac * len(u)))
    return set(u[j] for j in perm[:k])


# ----------------------------------------------------------------------------------------------------------
# tokenizer + hashing (Rust port reference)

FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3
MASK64 = (1 << 64) - 1


def fnv1a64(data: bytes) -> int:
    h = FNV_OFFSET
    for b in data:
        h ^= b
        h = (h * FNV_PRIME) & MASK64
    return h


def is_word_char(c):
    return c.isalnum() or c == "'" or c == "\u2019"


def word_tokens(text_lower):
    """Maximal runs of alphanumeric characters (plus apostrophes inside); every other non-space character is
    its own token (so '!' '?' '"' are tokens). Apostrophes at the start/end of a run are stripped off
    into separate punctuation tokens."""
    toks = []
    cur = []
    for c in text_lower:
        if c.isalnum() or ((c == "'" or c == "\u2019") and cur):
            cur.append(c)
        else:
            if cur:
                w = "".join(cur)
                trail = ""
                while w and (w[-1] == "'" or w[-1] == "\u2019"):
                    trail = w[-1] + trail
                    w = w[:-1]
                toks.append(w)
                toks.extend(trail)
                cur = []
            if not c.isspace():
                toks.append(c)
    if cur:
        w = "".join(cur)
        trail = ""
        while w and (w[-1] == "'" or w[-1] == "\u2019"):
            trail = w[-1] + trail
            w = w[:-1]
        toks.append(w)
        toks.extend(trail)
    return toks


class Hasher:
    """Feature string -> bucket with FNV-1a 64 over UTF-8 bytes, memoised."""

    def __init__(self, n_buckets):
        self.n = n_buckets
        self.memo = {}

    def __call__(self, s):
        b = self.memo.get(s)
        if b is None:
            b = fnv1a64(s.encode("utf-8")) % self.n
            self.memo[s] = b
        return b


def hashed_features(text, hasher, word_ngrams=(1, 2), char_ngrams=(3, 5), prefix=""):
    """Counts of hashed features for one text. Namespaces: 'w1:', 'w2:' word n-grams (tokens joined with a
    single space), 'c3:'..'c5:' char n-grams inside ' word ' (whitespace-delimited words of the lowercased
    text padded with one space on each side, like sklearn char_wb). `prefix` namespaces a whole block
    (e.g. 'prev|' for the previous paragraph)."""
    low = text.lower()
    counts = {}
    if word_ngrams:
        toks = word_tokens(low)
        for n in range(word_ngrams[0], word_ngrams[1] + 1):
            for i in range(len(toks) - n + 1):
                k = hasher(prefix + "w%d:" % n + " ".join(toks[i:i + n]))
                counts[k] = counts.get(k, 0) + 1
    if char_ngrams:
        for w in low.split():
            w = " " + w + " "
            L = len(w)
            for n in range(char_ngrams[0], char_ngrams[1] + 1):
                if L < n:
                    # sklearn char_wb emits the whole padded word once when it is shorter than n
                    continue
                for i in range(L - n + 1):
                    k = hasher(prefix + "c%d:" % n + w[i:i + n])
                    counts[k] = counts.get(k, 0) + 1
    return counts


def counts_to_csr(list_of_counts, n_cols):
    indptr = [0]
    indices = []
    data = []
    for c in list_of_counts:
        ks = sorted(c)
        indices.extend(ks)
        data.extend(c[k] for k in ks)
        indptr.append(len(indices))
    return sp.csr_matrix((np.array(data, dtype=np.float32), np.array(indices, dtype=np.int64),
                          np.array(indptr, dtype=np.int64)), shape=(len(list_of_counts), n_cols))


class TfidfFit:
    """sublinear tf (1+log tf), smooth idf fitted on training rows, l2 row norm. Port: store idf vector."""

    def fit(self, X):
        df = np.bincount(X.indices, minlength=X.shape[1]).astype(np.float64)
        n = X.shape[0]
        self.idf = (np.log((1.0 + n) / (1.0 + df)) + 1.0).astype(np.float32)
        return self

    def transform(self, X):
        X = X.copy().astype(np.float32)
        X.data = 1.0 + np.log(X.data)
        X = X @ sp.diags(self.idf)
        norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return sp.csr_matrix(sp.diags(1.0 / norms) @ X)


# ----------------------------------------------------------------------------------------------------------
# metrics + thresholds


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(Y, P):
    Y = Y.astype(bool)
    P = P.astype(bool)
    tp = (Y & P).sum(0)
    fp = (~Y & P).sum(0)
    fn = (Y & ~P).sum(0)
    micro = prf(tp.sum(), fp.sum(), fn.sum())
    per = [prf(tp[c], fp[c], fn[c]) for c in range(Y.shape[1])]
    f1s = np.array([x[2] for x in per])
    present = Y.sum(0) > 0
    return {
        "micro_p": micro[0], "micro_r": micro[1], "micro_f1": micro[2],
        "macro_f1": float(f1s.mean()),
        "macro_f1_present": float(f1s[present].mean()) if present.any() else 0.0,
        "per_class": per, "tp": tp, "fp": fp, "fn": fn,
    }


def tune_thresholds(S, Y, mode="micro", min_pos=1, default=0.5, passes=2):
    """Per-class thresholds on out-of-fold scores S (n x C) for gold Y.
    mode='perclass': each class maximises its own F1.
    mode='micro': coordinate ascent on the global micro-F1 (starting from per-class optimum).
    Classes with fewer than min_pos positives get threshold +inf (never predicted)."""
    n, C = S.shape
    Y = Y.astype(bool)
    thr = np.full(C, np.inf)
    curves = []
    for c in range(C):
        pos = Y[:, c].sum()
        if pos < min_pos:
            curves.append(None)
            continue
        order = np.argsort(-S[:, c], kind="stable")
        s_sorted = S[order, c]
        y_sorted = Y[order, c]
        tp = np.cumsum(y_sorted)
        k = np.arange(1, n + 1)
        fp = k - tp
        # only cut between distinct scores
        last = np.r_[s_sorted[1:] != s_sorted[:-1], True]
        tp, fp, cand = tp[last], fp[last], s_sorted[last]
        fn = pos - tp
        # option "predict none": tp=0, fp=0, fn=pos
        tp = np.r_[0, tp]
        fp = np.r_[0, fp]
        fn = np.r_[pos, fn]
        cand = np.r_[np.inf, cand]
        curves.append((tp, fp, fn, cand))
        f1 = 2 * tp / np.maximum(2 * tp + fp + fn, 1)
        thr[c] = cand[int(np.argmax(f1))]
    if mode == "perclass":
        return thr
    # coordinate ascent on micro-F1
    choice = {}
    for c in range(C):
        if curves[c] is None:
            continue
        tp, fp, fn, cand = curves[c]
        choice[c] = int(np.where(cand == thr[c])[0][0])
    fixed_fn = sum(Y[:, c].sum() for c in range(C) if curves[c] is None)
    for _ in range(passes):
        for c in choice:
            TP = sum(curves[d][0][choice[d]] for d in choice if d != c)
            FP = sum(curves[d][1][choice[d]] for d in choice if d != c)
            FN = sum(curves[d][2][choice[d]] for d in choice if d != c) + fixed_fn
            tp, fp, fn, cand = curves[c]
            f = 2 * (TP + tp) / np.maximum(2 * (TP + tp) + FP + fp + FN + fn, 1)
            choice[c] = int(np.argmax(f))
    for c in choice:
        thr[c] = curves[c][3][choice[c]]
    return thr


# ----------------------------------------------------------------------------------------------------------
# CV harness
#
# A "model factory" is a callable returning an object with
#   fit(data, idx)            -- train on paragraph indices idx (may use data.spans/articles of those articles only)
#   scores(data, idx) -> (len(idx), 23) float array


def _inner_oof(factory, data, tr, inner_k, seed):
    folds = article_folds(data.groups[tr], n=inner_k, seed=seed + 1)
    f = np.array([folds[a] for a in data.groups[tr]])
    S = np.zeros((len(tr), len(data.techniques)))
    for k in range(inner_k):
        m = factory()
        m.fit(data, tr[f != k])
        S[f == k] = m.scores(data, tr[f == k])
    return S


def fit_predict_with_thresholds(factory, data, tr, te, mode="micro", inner_k=INNER_FOLDS, seed=CV_SEED):
    S_in = _inner_oof(factory, data, tr, inner_k, seed)
    thr = tune_thresholds(S_in, data.Y[tr], mode=mode)
    t0 = time.time()
    m = factory()
    m.fit(data, tr)
    t_fit = time.time() - t0
    t0 = time.time()
    S = m.scores(data, te)
    t_pred = time.time() - t0
    return S, thr, t_fit, t_pred, m


def cross_validate(factory, data, name, mode="micro", idx=None, log=True):
    if idx is None:
        idx = np.arange(len(data.paras))
    folds = article_folds(data.groups[idx])
    f = np.array([folds[a] for a in data.groups[idx]])
    per_fold = []
    allP = np.zeros((len(idx), len(data.techniques)), dtype=bool)
    fit_times, pred_rates = [], []
    t_all = time.time()
    for k in range(N_FOLDS):
        tr, te = idx[f != k], idx[f == k]
        S, thr, t_fit, t_pred, _ = fit_predict_with_thresholds(factory, data, tr, te, mode=mode)
        P = S >= thr[None, :]
        allP[f == k] = P
        r = evaluate(data.Y[te], P)
        per_fold.append(r)
        fit_times.append(t_fit)
        pred_rates.append(len(te) / max(t_pred, 1e-9))
        if log:
            print("  fold %d: micro-F1 %.4f (P %.3f R %.3f) macro-F1 %.4f  fit %.1fs  %.0f para/s" % (
                k, r["micro_f1"], r["micro_p"], r["micro_r"], r["macro_f1"], t_fit, pred_rates[-1]), flush=True)
    mic = np.array([r["micro_f1"] for r in per_fold])
    mac = np.array([r["macro_f1"] for r in per_fold])
    mac19 = np.array([r["macro_f1_present"] for r in per_fold])
    pooled = evaluate(data.Y[idx], allP)
    res = {
        "name": name, "micro_f1_mean": float(mic.mean()), "micro_f1_sd": float(mic.std(ddof=1)),
        "macro_f1_mean": float(mac.mean()), "macro_f1_sd": float(mac.std(ddof=1)),
        "macro19_f1_mean": float(mac19.mean()),
        "pooled_micro_f1": pooled["micro_f1"], "pooled_macro_f1": pooled["macro_f1"],
        "fit_s_mean": float(np.mean(fit_times)), "pred_para_per_s": float(np.median(pred_rates)),
        "total_s": time.time() - t_all, "mode": mode,
    }
    print("RESULT %s: CV micro-F1 %.4f ± %.4f | macro-F1(23) %.4f ± %.4f | macro-F1(19 present) %.4f | "
          "pooled micro %.4f | fit %.1fs | predict %.0f para/s | total %.0fs" % (
              name, res["micro_f1_mean"], res["micro_f1_sd"], res["macro_f1_mean"], res["macro_f1_sd"],
              res["macro19_f1_mean"], res["pooled_micro_f1"], res["fit_s_mean"], res["pred_para_per_s"],
              res["total_s"]), flush=True)
    res["_pooled"] = pooled
    return res


def holdout(factory, data, name, mode="micro"):
    ho = holdout_articles(data.groups)
    te = np.array([i for i, a in enumerate(data.groups) if a in ho])
    tr = np.array([i for i, a in enumerate(data.groups) if a not in ho])
    S, thr, t_fit, t_pred, _ = fit_predict_with_thresholds(factory, data, tr, te, mode=mode)
    r = evaluate(data.Y[te], S >= thr[None, :])
    print("HOLDOUT %s: %d articles / %d paragraphs: micro-F1 %.4f (P %.3f R %.3f) macro-F1(23) %.4f "
          "macro-F1(19) %.4f" % (name, len(ho), len(te), r["micro_f1"], r["micro_p"], r["micro_r"],
                                 r["macro_f1"], r["macro_f1_present"]), flush=True)
    return r


def print_per_class(data, r):
    print("%-36s %6s %6s %6s %5s" % ("technique", "P", "R", "F1", "gold"))
    gold = r["tp"] + r["fn"]
    for c, t in enumerate(data.techniques):
        p, rr, f = r["per_class"][c]
        print("%-36s %6.3f %6.3f %6.3f %5d" % (t, p, rr, f, gold[c]))


def append_log(res, cmd):
    os.makedirs(CACHE, exist_ok=True)
    r = {k: v for k, v in res.items() if not k.startswith("_")}
    r["cmd"] = cmd
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "results.jsonl"), "a") as f:
        f.write(json.dumps(r) + "\n")


def report(factory, data, name, args, mode="micro"):
    res = cross_validate(factory, data, name, mode=mode)
    append_log(res, " ".join(["python3"] + sys.argv))
    if args.per_class:
        print_per_class(data, res["_pooled"])
    if args.holdout:
        holdout(factory, data, name, mode=mode)
    return res


class OvrLinear:
    """One binary LogisticRegression (liblinear, deterministic) per technique; classes without positives
    in the training rows always score -inf. Port: weight matrix (n_features x 23) + bias vector."""

    def __init__(self, C=4.0, class_weight=None):
        self.C, self.class_weight = C, class_weight

    def fit(self, X, Y):
        from sklearn.linear_model import LogisticRegression
        self.models = []
        for c in range(Y.shape[1]):
            y = Y[:, c]
            if y.sum() == 0:
                self.models.append(None)
                continue
            m = LogisticRegression(C=self.C, solver="liblinear", class_weight=self.class_weight,
                                   max_iter=200, random_state=0)
            m.fit(X, y)
            self.models.append(m)
        return self

    def decision(self, X):
        out = np.full((X.shape[0], len(self.models)), -1e9)
        for c, m in enumerate(self.models):
            if m is not None:
                out[:, c] = m.decision_function(X)
        return out
