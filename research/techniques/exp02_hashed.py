"""Exp 02: hashed (FNV-1a) word 1-2 + char_wb 3-5 grams (+ hand cues, + context blocks) + OvR LR.

--blocks: comma list from features.get_blocks (para, word, char, prev, next, article, hand)
--w:      per-block weight, e.g. prev=0.5,article=0.3,hand=0.5 (multiplies the l2-normalised tf-idf block)
"""
import numpy as np
import scipy.sparse as sp

import common as cm
import features as F


def extra(ap):
    ap.add_argument("--blocks", default="para,hand")
    ap.add_argument("--w", default="")
    ap.add_argument("--C", type=float, default=4.0)
    ap.add_argument("--balanced", action="store_true")
    ap.add_argument("--mode", default="micro", choices=["micro", "perclass"])
    ap.add_argument("--min-df", type=int, default=2)


class BlockModel:
    def __init__(self, blocks, weights, C, cw, min_df=2):
        self.blocks, self.weights, self.C, self.cw, self.min_df = blocks, weights, C, cw, min_df

    def _X(self, idx, fit):
        parts = []
        for name in self.blocks:
            B = self.B[name][idx]
            w = self.weights.get(name, 1.0)
            if name == "hand":
                B = B.toarray()
                if fit:
                    self.mu, self.sd = B.mean(0), B.std(0) + 1e-6
                parts.append(sp.csr_matrix((B - self.mu) / self.sd * (w * 0.1)))
            else:
                if fit:
                    df = np.bincount(B.indices, minlength=B.shape[1])
                    self.cols[name] = np.where(df >= self.min_df)[0]
                    B = B[:, self.cols[name]]
                    self.tf[name] = cm.TfidfFit().fit(B)
                else:
                    B = B[:, self.cols[name]]
                parts.append(self.tf[name].transform(B) * w)
        return sp.hstack(parts).tocsr()

    def fit(self, data, idx):
        self.B = F.get_blocks(data, self.blocks)
        self.cols, self.tf = {}, {}
        X = self._X(idx, True)
        self.clf = cm.OvrLinear(self.C, self.cw).fit(X, data.Y[idx])

    def scores(self, data, idx):
        return self.clf.decision(self._X(idx, False))


def parse_w(s):
    out = {}
    for kv in filter(None, s.split(",")):
        k, v = kv.split("=")
        out[k] = float(v)
    return out


if __name__ == "__main__":
    args = cm.parse_args(extra)
    data = cm.load(args.data)
    blocks = args.blocks.split(",")
    w = parse_w(args.w)
    cw = "balanced" if args.balanced else None
    cm.report(lambda: BlockModel(blocks, w, args.C, cw, args.min_df), data,
              "exp02 hashed blocks=%s w=%s C=%g cw=%s thr=%s" % (args.blocks, args.w, args.C, cw, args.mode),
              args, mode=args.mode)
