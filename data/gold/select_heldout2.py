#!/usr/bin/env python3
"""Deterministic sentence selection for the SECOND held-out event gold set.

Usage:
    python3 data/gold/select_heldout2.py [CORPORA_DIR] > /tmp/heldout2-sentences.txt

The first held-out set (selection-heldout.jsonl) guided a round of rule work, so
it is no longer blind. This set replaces it as the honest test. Same splitter,
usability filter and strata as select_sentences.py (through heldout_selection.py), but:
  * a different seed (SEED = 20261130);
  * every document that holds a sentence of the first set (selection.jsonl) or of
    the first held-out set (selection-heldout.jsonl) is excluded, so no sentence
    and no document of this set was read while the coder's rules were written;
  * no hand picks: the whole held-out set is the random stratified sample, so the
    figures measured on it are not shaped by anyone's search for hard cases.

Writes data/gold/selection-heldout2.jsonl (corpus, doc_id, start, end, sha1,
stratum; no text) and prints the selected sentences, with the document's title,
date and the preceding sentence as context, for the annotator.
"""
from heldout_selection import select_heldout

SEED = 20261130

# Quotas: the first set's random quotas scaled by about 0.65 (same proportions,
# about 25 % no-cue sentences in each corpus).
CORPORA = {
    "statements_state_dept_pr.jsonl": {
        "neg": 9, "capital": 4, "reported": 6, "future": 3, "demand": 7,
        "cue": 22, "nocue": 17,
    },
    "statements_ungdc_2020_2024.jsonl": {
        "neg": 6, "capital": 2, "reported": 2, "future": 2, "demand": 5,
        "cue": 16, "nocue": 11,
    },
}

if __name__ == "__main__":
    select_heldout(SEED, CORPORA, ["selection.jsonl", "selection-heldout.jsonl"], "selection-heldout2.jsonl")
