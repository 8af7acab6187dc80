#!/usr/bin/env python3
"""Deterministic sentence selection for the HELD-OUT event gold set.

Usage:
    python3 data/gold/select_heldout.py [CORPORA_DIR] > /tmp/heldout-sentences.txt

Same splitter, usability filter and strata as select_sentences.py (through
heldout_selection.py), but:
  * a different seed (SEED = 20261129);
  * every document that holds a sentence of the first set (selection.jsonl) is
    excluded, so no sentence and no document of the held-out set was read while
    the first set was annotated or the coder's rules were written against it;
  * no hand picks: the whole held-out set is the random stratified sample, so the
    figures measured on it are not shaped by anyone's search for hard cases.

Writes data/gold/selection-heldout.jsonl (corpus, doc_id, start, end, sha1,
stratum; no text) and prints the selected sentences, with the document's title,
date and the preceding sentence as context, for the annotator.
"""
from heldout_selection import select_heldout

SEED = 20261129

# Quotas: the first set's random quotas scaled by about 0.9 (same proportions,
# 25 % no-cue sentences in each corpus).
CORPORA = {
    "statements_state_dept_pr.jsonl": {
        "neg": 12, "capital": 5, "reported": 8, "future": 5, "demand": 9,
        "cue": 30, "nocue": 23,
    },
    "statements_ungdc_2020_2024.jsonl": {
        "neg": 8, "capital": 3, "reported": 3, "future": 3, "demand": 7,
        "cue": 22, "nocue": 15,
    },
}

if __name__ == "__main__":
    select_heldout(SEED, CORPORA, ["selection.jsonl"], "selection-heldout.jsonl")
