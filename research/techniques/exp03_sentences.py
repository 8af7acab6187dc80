"""Exp 03: use the SPAN annotations. Paragraphs are split into sentences; a sentence gets every technique
whose gold span overlaps it by >= 1 character. A sentence-level OvR LR (hashed word 1-2 + char_wb 3-5)
is trained on the sentences of the training articles; a paragraph's score for a technique is
  agg='max':  max over its sentences of the sentence decision value
  agg='mix':  max-sentence score + paragraph-model score (both standardised on training rows), i.e. an
              equal-weight ensemble with the exp02 paragraph model on the same blocks.
--add-para: train the sentence model on sentences + whole paragraphs (paragraph gold labels).
"""
import re

import numpy as np
import scipy.sparse as sp

import common as cm
import features as F
from exp02_hashed import BlockModel

# sentence splitter (port: same regex). A boundary is after . ! ? (optionally followed by closing quotes or
# brackets) when followed by whitespace.
SENT_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*\s+")


def split_sentences(text, base):
    out = []
    pos = 0
    for m in SENT_END.finditer(text):
        e = m.end()
        if text[pos:e].strip():
            out.append((base + pos, base + e))
        pos = e
    if text[pos:].strip():
        out.append((base + pos, base + len(text)))
    return out


def build_sentences(data):
    sents = []  # (para index, start, end)
    for i, p in enumerate(data.paras):
        for s, e in split_sentences(p.text, p.start):
            sents.append((i, s, e))
    S_para = np.array([x[0] for x in sents])
    Ys = np.zeros((len(sents), len(data.techniques)), dtype=np.int8)
    by_art = {}
    for k, (i, s, e) in enumerate(sents):
        by_art.setdefault(data.paras[i].aid, []).append(k)
    for aid, ks in by_art.items():
        for lab, a, b in data.spans.get(aid, []):
            c = data.tid[lab]
            for k in ks:
                _, s, e = sents[k]
                if a < e and b > s:
                    Ys[k, c] = 1
    return sents, S_para, Ys


_cache = {}


def sentence_block(data, char=True):
    key = ("sent", char)
    if key not in _cache:
        sents, S_para, Ys = build_sentences(data)
        h = cm.Hasher(F.N_BUCKETS)
        rows = []
        for i, s, e in sents:
            t = data.articles[data.paras[i].aid][s:e]
            rows.append(cm.hashed_features(t, h, (1, 2), (3, 5) if char else None, ""))
        X = cm.counts_to_csr(rows, F.N_BUCKETS)
        _cache[key] = (sents, S_para, Ys, X)
    return _cache[key]


class SentModel:
    def __init__(self, C, agg, add_para, char, cw=None):
        self.C, self.agg, self.add_para, self.char, self.cw = C, agg, add_para, char, cw

    def fit(self, data, idx):
        sents, S_para, Ys, Xs = sentence_block(data, self.char)
        pset = np.zeros(len(data.paras), bool)
        pset[idx] = True
        rows = np.where(pset[S_para])[0]
        X = Xs[rows]
        Y = Ys[rows]
        if self.add_para:
            Bp = F.get_blocks(data, ["para" if self.char else "word"])["para" if self.char else "word"]
            X = sp.vstack([X, Bp[idx]]).tocsr()
            Y = np.vstack([Y, data.Y[idx]])
        df = np.bincount(X.indices, minlength=X.shape[1])
        self.cols = np.where(df >= 2)[0]
        self.tf = cm.TfidfFit().fit(X[:, self.cols])
        self.clf = cm.OvrLinear(self.C, self.cw).fit(self.tf.transform(X[:, self.cols]), Y)
        if self.agg == "mix":
            self.pm = BlockModel(["para" if self.char else "word", "hand"], {}, self.C, self.cw)
            self.pm.fit(data, idx)
            a = self._sent_scores(data, idx)
            b = self.pm.scores(data, idx)
            self.na = (a.mean(0), a.std(0) + 1e-6)
            self.nb = (b.mean(0), b.std(0) + 1e-6)

    def _sent_scores(self, data, idx):
        sents, S_para, Ys, Xs = sentence_block(data, self.char)
        pos = {p: j for j, p in enumerate(idx)}
        rows = np.where(np.isin(S_para, idx))[0]
        D = self.clf.decision(self.tf.transform(Xs[rows][:, self.cols]))
        out = np.full((len(idx), D.shape[1]), -1e9)
        for r, d in zip(rows, D):
            j = pos[S_para[r]]
            np.maximum(out[j], d, out=out[j])
        # empty paragraphs (no sentence) keep -1e9
        return out

    def scores(self, data, idx):
        a = self._sent_scores(data, idx)
        if self.agg == "max":
            return a
        b = self.pm.scores(data, idx)
        return (a - self.na[0]) / self.na[1] + (b - self.nb[0]) / self.nb[1]


def extra(ap):
    ap.add_argument("--C", type=float, default=4.0)
    ap.add_argument("--agg", default="max", choices=["max", "mix"])
    ap.add_argument("--add-para", action="store_true")
    ap.add_argument("--nochar", action="store_true")
    ap.add_argument("--mode", default="micro", choices=["micro", "perclass"])


if __name__ == "__main__":
    args = cm.parse_args(extra)
    data = cm.load(args.data)
    sents, S_para, Ys = build_sentences(data)
    # consistency of span-derived labels with paragraph gold
    Yp = np.zeros_like(data.Y)
    for k, i in enumerate(S_para):
        Yp[i] |= Ys[k]
    agree = (Yp == data.Y).all(1).mean()
    r = cm.evaluate(data.Y, Yp)
    print("sentences %d (%.2f per paragraph); span->paragraph labels vs gold: exact %.3f, micro-F1 %.4f" % (
        len(sents), len(sents) / len(data.paras), agree, r["micro_f1"]))
    cm.report(lambda: SentModel(args.C, args.agg, args.add_para, not args.nochar), data,
              "exp03 sentence-LR agg=%s add_para=%s char=%s C=%g thr=%s" % (
                  args.agg, args.add_para, not args.nochar, args.C, args.mode), args, mode=args.mode)
