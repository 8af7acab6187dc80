"""Exp 05: ensemble of (a) paragraph LR on hashed blocks (optionally with context blocks: article bag of words,
previous/next paragraph), (b) sentence LR trained on span-derived sentence labels, max over sentences
(exp03), (c) optional token tagger, max over tokens (exp04). Each component's decision values are
standardised with their training-row mean/sd and summed; per-class thresholds tuned by nested validation.
"""
import numpy as np

import common as cm
from exp02_hashed import BlockModel, parse_w
from exp03_sentences import SentModel
from exp04_tokens import TokModel


class Ensemble:
    def __init__(self, blocks, w, C, use_sent, use_tok, sent_char):
        self.blocks, self.w, self.C = blocks, w, C
        self.use_sent, self.use_tok, self.sent_char = use_sent, use_tok, sent_char

    def fit(self, data, idx):
        self.parts = [BlockModel(self.blocks, self.w, self.C, None)]
        if self.use_sent:
            self.parts.append(SentModel(self.C, "max", False, self.sent_char))
        if self.use_tok:
            self.parts.append(TokModel(1.0, self.C, "max", None))
        self.norm = []
        for m in self.parts:
            m.fit(data, idx)
            s = m.scores(data, idx)
            s = np.where(s < -1e8, np.nan, s)
            mu, sd = np.nanmean(s, 0), np.nanstd(s, 0) + 1e-6
            self.norm.append((np.nan_to_num(mu), np.nan_to_num(sd, nan=1.0)))

    def scores(self, data, idx):
        out = 0
        for m, (mu, sd) in zip(self.parts, self.norm):
            s = m.scores(data, idx)
            z = (s - mu) / sd
            z[s < -1e8] = 0.0  # component has no opinion (class absent / no tokens)
            out = out + z
        return out


def extra(ap):
    ap.add_argument("--blocks", default="word,hand,article,prev,next")
    ap.add_argument("--w", default="article=0.5,prev=0.5,next=0.5")
    ap.add_argument("--C", type=float, default=4.0)
    ap.add_argument("--no-sent", action="store_true")
    ap.add_argument("--tok", action="store_true")
    ap.add_argument("--sent-char", action="store_true")
    ap.add_argument("--mode", default="micro", choices=["micro", "perclass"])


if __name__ == "__main__":
    args = cm.parse_args(extra)
    data = cm.load(args.data)
    cm.report(lambda: Ensemble(args.blocks.split(","), parse_w(args.w), args.C, not args.no_sent, args.tok,
                               args.sent_char), data,
              "exp05 ensemble para=%s w=%s sent=%s(char=%s) tok=%s C=%g thr=%s" % (
                  args.blocks, args.w, not args.no_sent, args.sent_char, args.tok, args.C, args.mode),
              args, mode=args.mode)
