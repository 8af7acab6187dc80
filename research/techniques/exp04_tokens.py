"""Exp 04: token-level tagger from the SPAN annotations for short-span techniques, aggregated to paragraphs.

Each word token (maximal run of alphanumerics, see `tokens_with_offsets`) is labelled with the techniques
whose gold span overlaps it. Token features (hashed FNV-1a, 2^20 buckets, binary):
  t0:<w> t-1:<w> t+1:<w> b-:<w-1 w> b+:<w w+1> s3:<last 3 chars> p3:<first 3 chars> cap:<shape>
  rep:<bucket of how often w (len>=4) occurs in the article> rep3:<the trigram starting here repeats in article>
  q:1 if the token is inside double quotes in its paragraph
  with --clusters FILE (word_clusters.py's table): k64:/k256:/k1024:<the word's cluster ids>,
  kl:/kr:<the neighbours' 256-cluster or ->, k256v:<w-1>|<c256>, k256w:<c256>|<w+1>
An OvR LR per technique in TOKEN_CLASSES; paragraph score = max token decision value.
Final paragraph score (agg=mix) = z(paragraph model: hashed blocks + hand) + z(max-token) for TOKEN_CLASSES,
paragraph model alone for the others (z = standardised with training-row mean/sd).
"""
import numpy as np
import scipy.sparse as sp

import common as cm
import features as F
from exp02_hashed import BlockModel

TOKEN_CLASSES = ["Loaded_Language", "Name_Calling-Labeling", "Repetition", "Exaggeration-Minimisation",
                 "Flag_Waving", "Slogans", "Conversation_Killer", "Doubt", "Appeal_to_Fear-Prejudice"]


def tokens_with_offsets(text):
    out = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isalnum():
            j = i
            while j < n and (text[j].isalnum() or (text[j] in "'\u2019" and j + 1 < n and text[j + 1].isalnum())):
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def shape(w):
    if w.isupper() and len(w) > 1:
        return "A"
    if w[0].isupper():
        return "Aa"
    if w[0].isdigit():
        return "0"
    return "a"


_cache = {}
WORD_CLUSTERS = {}


def load_word_clusters(path):
    with open(path, encoding="utf-8") as table:
        for line in table:
            word, *ids = line.rstrip("\n").split("\t")
            WORD_CLUSTERS[word] = ids


def token_block(data):
    if "tok" in _cache:
        return _cache["tok"]
    h = cm.Hasher(F.N_BUCKETS)
    rows, tpara, toff = [], [], []
    art_counts, art_tri = {}, {}
    for aid, text in data.articles.items():
        ws = [text[s:e].lower() for s, e in tokens_with_offsets(text)]
        c = {}
        for w in ws:
            c[w] = c.get(w, 0) + 1
        t = {}
        for j in range(len(ws) - 2):
            k = (ws[j], ws[j + 1], ws[j + 2])
            t[k] = t.get(k, 0) + 1
        art_counts[aid], art_tri[aid] = c, t
    for i, p in enumerate(data.paras):
        toks = tokens_with_offsets(p.text)
        ws = [p.text[s:e].lower() for s, e in toks]
        # quote state
        inq = []
        q = False
        qpos = [k for k, ch in enumerate(p.text) if ch in "\"\u201c\u201d"]
        for s, e in toks:
            inq.append(sum(1 for k in qpos if k < s) % 2 == 1)
        ac, at = art_counts[p.aid], art_tri[p.aid]
        for j, (s, e) in enumerate(toks):
            w = ws[j]
            prv = ws[j - 1] if j > 0 else "<s>"
            nxt = ws[j + 1] if j + 1 < len(ws) else "</s>"
            feats = ["t0:" + w, "t-1:" + prv, "t+1:" + nxt, "b-:" + prv + " " + w, "b+:" + w + " " + nxt,
                     "s3:" + w[-3:], "p3:" + w[:3], "cap:" + shape(p.text[s:e]), "bias"]
            if WORD_CLUSTERS:
                c = WORD_CLUSTERS.get(w)
                if c:
                    feats += ["k64:" + c[0], "k256:" + c[1], "k1024:" + c[2],
                              "k256w:%s|%s" % (c[1], nxt), "k256v:%s|%s" % (prv, c[1])]
                cl, cr = WORD_CLUSTERS.get(prv), WORD_CLUSTERS.get(nxt)
                feats += ["kl:" + (cl[1] if cl else "-"), "kr:" + (cr[1] if cr else "-")]
            if len(w) >= 4:
                k = ac.get(w, 0)
                feats.append("rep:" + ("1" if k <= 1 else "2" if k == 2 else "3-4" if k <= 4 else "5+"))
                feats.append("repw:" + w + ":" + ("1" if k <= 1 else "2+"))
            if j + 2 < len(ws) and at.get((w, ws[j + 1], ws[j + 2]), 0) > 1:
                feats.append("rep3:1")
            if inq[j]:
                feats.append("q:1")
                feats.append("qw:" + w)
            rows.append({h(f): 1 for f in feats})
            tpara.append(i)
            toff.append((p.start + s, p.start + e))
    X = cm.counts_to_csr(rows, F.N_BUCKETS)
    tpara = np.array(tpara)
    Y = np.zeros((len(tpara), len(data.techniques)), dtype=np.int8)
    # label tokens
    start_of = {}
    for k, i in enumerate(tpara):
        start_of.setdefault(data.paras[i].aid, []).append(k)
    for aid, ks in start_of.items():
        ks = np.array(ks)
        s = np.array([toff[k][0] for k in ks])
        e = np.array([toff[k][1] for k in ks])
        for lab, a, b in data.spans.get(aid, []):
            m = (s < b) & (e > a)
            Y[ks[m], data.tid[lab]] = 1
    _cache["tok"] = (X, tpara, Y)
    return _cache["tok"]


class TokModel:
    def __init__(self, C, Cp, agg, para_blocks):
        self.C, self.Cp, self.agg, self.para_blocks = C, Cp, agg, para_blocks

    def fit(self, data, idx):
        X, tpara, Y = token_block(data)
        self.cls = [data.tid[t] for t in TOKEN_CLASSES]
        rows = np.where(np.isin(tpara, idx))[0]
        Xr = X[rows]
        df = np.bincount(Xr.indices, minlength=X.shape[1])
        self.cols = np.where(df >= 2)[0]
        self.clf = cm.OvrLinear(self.C).fit(Xr[:, self.cols], Y[rows][:, self.cls])
        if self.agg == "mix":
            self.pm = BlockModel(self.para_blocks, {}, self.Cp, None)
            self.pm.fit(data, idx)
            a, b = self._tok_scores(data, idx), self.pm.scores(data, idx)
            self.na = (a.mean(0), a.std(0) + 1e-6)
            self.nb = (b.mean(0), b.std(0) + 1e-6)

    def _tok_scores(self, data, idx):
        X, tpara, Y = token_block(data)
        pos = {p: j for j, p in enumerate(idx)}
        rows = np.where(np.isin(tpara, idx))[0]
        D = self.clf.decision(X[rows][:, self.cols])
        out = np.full((len(idx), D.shape[1]), -20.0)  # paragraphs without tokens
        js = np.array([pos[tpara[r]] for r in rows])
        for c in range(D.shape[1]):
            np.maximum.at(out[:, c], js, D[:, c])
        return out

    def scores(self, data, idx):
        a = self._tok_scores(data, idx)
        if self.agg == "max":
            out = np.full((len(idx), len(data.techniques)), -1e9)
            out[:, self.cls] = a
            return out
        b = self.pm.scores(data, idx)
        out = (b - self.nb[0]) / self.nb[1]
        out[:, self.cls] += (a - self.na[0]) / self.na[1]
        return out


def extra(ap):
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--Cp", type=float, default=4.0)
    ap.add_argument("--agg", default="mix", choices=["max", "mix"])
    ap.add_argument("--para-blocks", default="word,hand")
    ap.add_argument("--mode", default="micro", choices=["micro", "perclass"])
    ap.add_argument("--clusters", help="word_clusters.py's table: add the words' cluster features")


if __name__ == "__main__":
    args = cm.parse_args(extra)
    data = cm.load(args.data)
    if args.clusters:
        load_word_clusters(args.clusters)
    import time
    t0 = time.time()
    X, tpara, Y = token_block(data)
    print("tokens %d, features %.1fs, positive tokens per class: %s" % (
        len(tpara), time.time() - t0, {t: int(Y[:, data.tid[t]].sum()) for t in TOKEN_CLASSES}), flush=True)
    cm.report(lambda: TokModel(args.C, args.Cp, args.agg, args.para_blocks.split(",")), data,
              "exp04 token-tagger agg=%s C=%g para=%s Cp=%g thr=%s clusters=%s" % (
                  args.agg, args.C, args.para_blocks, args.Cp, args.mode, args.clusters), args, mode=args.mode)
