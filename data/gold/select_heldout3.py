#!/usr/bin/env python3
"""Deterministic sentence selection for the THIRD held-out event gold set.

Usage:
    python3 data/gold/select_heldout3.py [CORPORA_DIR] > /tmp/heldout3-sentences.txt

The first and second held-out sets (selection-heldout.jsonl,
selection-heldout2.jsonl) guided rounds of rule work, so they are no longer
blind. This set replaces them as the honest test. Same splitter,
usability filter and strata as select_sentences.py (through heldout_selection.py), but:
  * a different seed (SEED = 20261201);
  * every document that holds a sentence of the first set (selection.jsonl), of
    the first held-out set (selection-heldout.jsonl) or of the second
    (selection-heldout2.jsonl) is excluded, so no sentence
    and no document of this set was read while the coder's rules were written;
  * no hand picks: the whole held-out set is the random stratified sample, so the
    figures measured on it are not shaped by anyone's search for hard cases.

Writes data/gold/selection-heldout3.jsonl (corpus, doc_id, start, end, sha1,
stratum; no text) and prints the selected sentences, with the document's title,
date and the preceding sentence as context, for the annotator.
"""
from heldout_selection import select_heldout

SEED = 20261201

# Quotas: the first set's random quotas scaled by about 0.42 (time-boxed) (same proportions,
# about 25 % no-cue sentences in each corpus).
CORPORA = {
    "statements_state_dept_pr.jsonl": {
        "neg": 6, "capital": 3, "reported": 4, "future": 3, "demand": 5,
        "cue": 13, "nocue": 10,
    },
    "statements_ungdc_2020_2024.jsonl": {
        "neg": 4, "capital": 1, "reported": 2, "future": 1, "demand": 3,
        "cue": 10, "nocue": 7,
    },
}

if __name__ == "__main__":
    select_heldout(SEED, CORPORA, ["selection.jsonl", "selection-heldout.jsonl", "selection-heldout2.jsonl"], "selection-heldout3.jsonl")
