"""Exp 07: other stacks and thresholds over the margins `rhetor train techniques` used.

`rhetor train techniques [--accurate] --stack-rows DIR` writes the stack inputs of its nested
cross-validation (see `write_stack_rows` in crates/cli/src/train_command.rs): for every paragraph,
the six inputs of every technique from the models trained without its fold (`out-of-fold.f32`,
what each outer fold's stack is scored on) and, per outer fold, the inputs of the paragraphs
outside it from the models trained without both folds (`nested-K.f32`, what the fold's stack and
threshold are fitted on). This script fits other stacks on exactly those rows, with the same
protocol, so a stack idea costs a minute instead of a training run:

    python3 research/techniques/exp07_stacks.py DIR shipped cross:0.01 boosted network:64
    python3 research/techniques/exp07_stacks.py DIR --fast shipped      # the fast tier's inputs

Variants:
  shipped         per technique a logistic regression (L2 1 on standardised inputs) over its own
                  inputs, one global threshold, the `distraction` rules: what training ships
                  (reproduces its printed figure to about 0.001);
  oracle          the shipped stack with each fold's threshold chosen on the fold itself: an
                  upper bound of what any threshold rule could add;
  cross:C         per technique a logistic regression (inverse L2 C) over every technique's inputs;
  boosted         per technique gradient-boosted trees over every technique's inputs;
  network:H       one network with H hidden units over every technique's inputs (three seeds);
  scare           the shipped stack with one more input, whether the paragraph has scare quotes
                  (the `scare_quote_doubt` rule's finding), for every technique;
  l2:C            the shipped stack with inverse L2 C instead of 1;
  position        the shipped stack with two more inputs for every technique: whether the paragraph
                  is its article's first (the title) or second (the lead);
  rare:LIMIT:S    the shipped stack and threshold, but techniques with fewer than LIMIT positives
                  in the fitting rows move the fraction S of the way to their own F1-optimal
                  threshold (macro-F1 against micro-F1).
The variants that read every technique's inputs choose their threshold on their own
out-of-fold probabilities (3 article folds inside the fitting rows), since their in-sample
probabilities are overfitted; the shipped stack has six parameters and uses its in-sample ones,
as training does.
"""
import json
import os
import sys

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

SHIPPED_RULE_GROUPS = ("distraction",)
THRESHOLD_FLOOR = 0.02  # crates/techniques/src/thresholds.rs


class Rows:
    def __init__(self, directory, fast):
        meta = json.load(open(os.path.join(directory, "stack-rows.json")))
        self.names = meta["techniques"]
        self.inputs = meta["inputs"]
        self.fold = np.array(meta["paragraph_fold"])
        self.article = np.array(meta["paragraph_article"])
        self.gold = np.array(meta["gold"], dtype=bool)
        self.token_known = np.array(meta["token_known"])
        n, labels, width = len(self.fold), len(self.names), len(self.inputs)
        self.shipped_rules = np.zeros((n, labels), bool)
        self.scare_quotes = np.zeros(n)
        for paragraph, findings in enumerate(meta["rules"]):
            for label, group in findings:
                if group in SHIPPED_RULE_GROUPS:
                    self.shipped_rules[paragraph, label] = True
                if group == "scare_quote_doubt":
                    self.scare_quotes[paragraph] = 1.0

        index_in_article = np.zeros(n, int)
        for paragraph in range(1, n):
            same = self.article[paragraph] == self.article[paragraph - 1]
            index_in_article[paragraph] = index_in_article[paragraph - 1] + 1 if same else 0
        self.position = np.c_[index_in_article == 0, index_in_article == 1].astype(float)

        def read(name, count):
            return np.fromfile(os.path.join(directory, name), dtype="<f4").reshape(count, labels, width).astype(float)

        self.out_of_fold = read(meta["out_of_fold"], n)
        self.nested = [read(name, int((self.fold != k).sum())) for k, name in enumerate(meta["nested"])]
        if fast:  # the fast tier's stack reads the first four inputs only
            self.out_of_fold[:, :, 4:] = 0
            for rows in self.nested:
                rows[:, :, 4:] = 0


def global_threshold(probabilities, gold):
    """The cut that maximises pooled micro-F1: midway between two distinct scores, as training."""
    p, y = probabilities.ravel(), gold.ravel()
    order = np.argsort(-p, kind="stable")
    p, y = p[order], y[order]
    true_positives, false_positives = np.cumsum(y), np.cumsum(~y)
    f1 = 2 * true_positives / (true_positives + false_positives + y.sum())
    f1[np.r_[p[1:] == p[:-1], False] | (p < THRESHOLD_FLOOR)] = -1
    best = int(np.argmax(f1))
    following = p[best + 1] if best + 1 < len(p) else 0.0
    return following + (p[best] - following) / 2


def label_threshold(probabilities, gold):
    return global_threshold(probabilities[:, None], gold[:, None])


def scores(predicted, gold):
    tp = (predicted & gold).sum(0)
    fp = (predicted & ~gold).sum(0)
    fn = (~predicted & gold).sum(0)
    micro = 2 * tp.sum() / max(1, 2 * tp.sum() + fp.sum() + fn.sum())
    per_label = np.where(2 * tp + fp + fn > 0, 2 * tp / np.maximum(1, 2 * tp + fp + fn), 0.0)
    return micro, per_label.mean()


def own_inputs(rows, data, label, extra=None):
    columns = [c for c in range(rows.shape[2]) if c != 2 or data.token_known[label]]
    x = rows[:, label, columns]
    return x if extra is None else np.c_[x, extra]


def fit_shipped(data, fit_rows, fit_gold, test_rows, fit_extra=None, test_extra=None, inverse_l2=1.0):
    labels = len(data.names)
    fitted, tested = np.full(fit_gold.shape, 1e-5), np.full((len(test_rows), labels), 1e-5)
    for label in range(labels):
        if fit_gold[:, label].sum() == 0:
            continue
        x_fit = own_inputs(fit_rows, data, label, fit_extra)
        x_test = own_inputs(test_rows, data, label, test_extra)
        scaler = StandardScaler().fit(x_fit)
        model = LogisticRegression(C=inverse_l2, max_iter=500).fit(scaler.transform(x_fit), fit_gold[:, label])
        fitted[:, label] = model.predict_proba(scaler.transform(x_fit))[:, 1]
        tested[:, label] = model.predict_proba(scaler.transform(x_test))[:, 1]
    return fitted, tested


def fit_joint(kind, parameter, fit_rows, fit_gold, test_rows):
    x_fit, x_test = fit_rows.reshape(len(fit_rows), -1), test_rows.reshape(len(test_rows), -1)
    scaler = StandardScaler().fit(x_fit)
    x_fit, x_test = scaler.transform(x_fit), scaler.transform(x_test)
    tested = np.full((len(test_rows), fit_gold.shape[1]), 1e-5)
    if kind == "network":
        from sklearn.neural_network import MLPClassifier

        networks = [
            MLPClassifier(hidden_layer_sizes=(int(parameter),), alpha=1e-2, max_iter=60, random_state=seed).fit(x_fit, fit_gold)
            for seed in range(3)
        ]
        return np.mean([network.predict_proba(x_test) for network in networks], 0)
    for label in range(fit_gold.shape[1]):
        if fit_gold[:, label].sum() < 5:
            continue
        if kind == "cross":
            model = LogisticRegression(C=float(parameter), max_iter=1000)
        else:
            from sklearn.ensemble import HistGradientBoostingClassifier

            model = HistGradientBoostingClassifier(
                max_iter=150, learning_rate=0.05, max_leaf_nodes=15, min_samples_leaf=40, l2_regularization=1.0, random_state=0
            )
        tested[:, label] = model.fit(x_fit, fit_gold[:, label]).predict_proba(x_test)[:, 1]
    return tested


def run(data, variant):
    name, _, parameters = variant.partition(":")
    labels = len(data.names)
    fold_micro, fold_macro, thresholds = [], [], []
    for outer in range(len(data.nested)):
        inside, held_out = data.fold != outer, data.fold == outer
        fit_rows, fit_gold, test_rows = data.nested[outer], data.gold[inside], data.out_of_fold[held_out]
        if name in ("shipped", "oracle", "rare"):
            fitted, tested = fit_shipped(data, fit_rows, fit_gold, test_rows)
        elif name == "scare":
            fitted, tested = fit_shipped(
                data, fit_rows, fit_gold, test_rows, data.scare_quotes[inside], data.scare_quotes[held_out]
            )
        elif name == "l2":
            fitted, tested = fit_shipped(data, fit_rows, fit_gold, test_rows, inverse_l2=float(parameters))
        elif name == "position":
            fitted, tested = fit_shipped(
                data, fit_rows, fit_gold, test_rows, data.position[inside], data.position[held_out]
            )
        elif name in ("cross", "boosted", "network"):
            tested = fit_joint(name, parameters, fit_rows, fit_gold, test_rows)
            fitted = np.zeros(fit_gold.shape)
            part = data.article[inside] % 3
            for k in range(3):
                fitted[part == k] = fit_joint(name, parameters, fit_rows[part != k], fit_gold[part != k], fit_rows[part == k])
        else:
            sys.exit(f"unknown variant {variant}")
        cut = np.full(labels, global_threshold(tested, data.gold[held_out]) if name == "oracle" else global_threshold(fitted, fit_gold))
        if name == "rare":
            limit, share = (float(value) for value in parameters.split(":"))
            for label in range(labels):
                if 5 <= fit_gold[:, label].sum() < limit:
                    cut[label] += share * (label_threshold(fitted[:, label], fit_gold[:, label]) - cut[label])
        predicted = (tested >= cut) | data.shipped_rules[held_out]
        micro, macro = scores(predicted, data.gold[held_out])
        fold_micro.append(micro)
        fold_macro.append(macro)
        thresholds.append(float(cut.mean()))
    print(
        f"{variant:<16} micro-F1 {np.mean(fold_micro):.4f} ± {np.std(fold_micro):.4f}  macro-F1 {np.mean(fold_macro):.4f}"
        f"  folds {' '.join(f'{value:.3f}' for value in fold_micro)}  macro folds {' '.join(f'{value:.3f}' for value in fold_macro)}",
        flush=True,
    )


def main():
    arguments = sys.argv[1:]
    fast = "--fast" in arguments
    arguments = [argument for argument in arguments if argument != "--fast"]
    if len(arguments) < 2:
        sys.exit(__doc__)
    data = Rows(arguments[0], fast)
    for variant in arguments[1:]:
        run(data, variant)


if __name__ == "__main__":
    main()
