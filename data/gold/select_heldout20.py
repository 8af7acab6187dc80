#!/usr/bin/env python3
"""Deterministic sentence selection for the TWENTIETH held-out event gold set.

Usage:
    python3 data/gold/select_heldout20.py [CORPORA_DIR] > /tmp/heldout20-sentences.txt

The first nineteen held-out sets (selection-heldout.jsonl ... selection-heldout19.jsonl)
have been read while the coder's rules were changed, or will be, so this set is
the next honest test. Same splitter, usability filter and strata as
select_sentences.py (through heldout_selection.py), but:
  * the seed is SEED = 20270113, a seed no earlier set used;
  * every document that holds a sentence of the first set (selection.jsonl) or of
    any earlier held-out set (selection-heldout.jsonl ... selection-heldout19.jsonl)
    is excluded, so no sentence and no document of this set was read while the
    coder's rules were written;
  * no hand picks: the whole held-out set is the random stratified sample, so the
    figures measured on it are not shaped by anyone's search for hard cases.

Writes data/gold/selection-heldout20.jsonl (corpus, doc_id, start, end, sha1,
stratum; no text) and prints the selected sentences, with the document's title,
date and the preceding text as context, for the annotator.
"""
from heldout_selection import select_heldout

SEED = 20270113

# Quotas: the same as the fourth, fifth and sixth held-out sets (the first set's
# random quotas scaled by about 0.55; about 25 % no-cue sentences in each corpus).
CORPORA = {
    "statements_state_dept_pr.jsonl": {
        "neg": 8, "capital": 3, "reported": 5, "future": 3, "demand": 6,
        "cue": 19, "nocue": 14,
    },
    "statements_ungdc_2020_2024.jsonl": {
        "neg": 5, "capital": 2, "reported": 2, "future": 2, "demand": 4,
        "cue": 14, "nocue": 9,
    },
}

EARLIER_SELECTIONS = [
    "selection.jsonl",
    "selection-heldout.jsonl",
    "selection-heldout2.jsonl",
    "selection-heldout3.jsonl",
    "selection-heldout4.jsonl",
    "selection-heldout5.jsonl",
    "selection-heldout6.jsonl",
    "selection-heldout7.jsonl",
    "selection-heldout8.jsonl",
    "selection-heldout9.jsonl",
    "selection-heldout10.jsonl",
    "selection-heldout11.jsonl",
    "selection-heldout12.jsonl",
    "selection-heldout13.jsonl",
    "selection-heldout14.jsonl",
    "selection-heldout15.jsonl",
    "selection-heldout16.jsonl",
    "selection-heldout17.jsonl",
    "selection-heldout18.jsonl",
    "selection-heldout19.jsonl",
]

if __name__ == "__main__":
    select_heldout(SEED, CORPORA, EARLIER_SELECTIONS, "selection-heldout20.jsonl")
