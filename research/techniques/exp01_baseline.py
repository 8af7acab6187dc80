"""Exp 01: sklearn TfidfVectorizer word 1-2 grams (fit on training folds) + one-vs-rest LR, nested thresholds."""
import common as cm
import numpy as np


def extra(ap):
    ap.add_argument("--C", type=float, default=4.0)
    ap.add_argument("--balanced", action="store_true")
    ap.add_argument("--mode", default="micro", choices=["micro", "perclass"])


class Model:
    def __init__(self, C, cw):
        self.C, self.cw = C, cw

    def fit(self, data, idx):
        from sklearn.feature_extraction.text import TfidfVectorizer
        self.vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, lowercase=True)
        X = self.vec.fit_transform([data.paras[i].text for i in idx])
        self.clf = cm.OvrLinear(self.C, self.cw).fit(X, data.Y[idx])

    def scores(self, data, idx):
        return self.clf.decision(self.vec.transform([data.paras[i].text for i in idx]))


if __name__ == "__main__":
    args = cm.parse_args(extra)
    data = cm.load(args.data)
    print("paragraphs %d, articles %d, labelled paragraphs %d" % (
        len(data.paras), len(data.by_article), int((data.Y.sum(1) > 0).sum())))
    cw = "balanced" if args.balanced else None
    cm.report(lambda: Model(args.C, cw), data,
              "exp01 tfidf-word12 LR C=%g cw=%s thr=%s" % (args.C, cw, args.mode), args, mode=args.mode)
