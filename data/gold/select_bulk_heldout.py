#!/usr/bin/env python3
"""Deterministic sentence selection for held-out event sets drawn from the bulk UN General Debate
corpus (1990-2019), from the twenty-sixth set on.

Usage:
    python3 data/gold/select_bulk_heldout.py N [CORPORA_DIR] > /tmp/heldoutN-sentences.txt

By the twenty-fifth set the statement corpora's pools were nearly spent (that set found 45
sentences), so later sets come from `bulk_ungdc_1990_2019.jsonl`, which no rule of the coder was
ever written from: UN General Debate speeches of 1990-2019, a genre the statement corpora share
(`statements_ungdc_2020_2024.jsonl`) but not their documents. The N-th set (N >= 26) uses the
splitter, usability filter and strata of select_sentences.py (through heldout_selection.py), the
seed 20280101 + (N - 26), and excludes every document that holds a sentence of any earlier set.

Writes data/gold/selection-heldoutN.jsonl (corpus, doc_id, start, end, sha1, stratum; no text)
and prints the selected sentences, with the document's title, date and the preceding text as
context, for the annotator.
"""
import sys

from heldout_selection import default_corpora_directory, select_heldout
from select_later_heldout import earlier_selections

# The seed of the twenty-sixth set; the N-th set uses FIRST_SEED + (N - 26).
FIRST_SEED = 20280101

# Quotas: the statement corpora's two quotas of the later sets together, in one corpus.
CORPORA = {
    "bulk_ungdc_1990_2019.jsonl": {
        "neg": 8, "capital": 3, "reported": 4, "future": 3, "demand": 6,
        "cue": 22, "nocue": 14,
    },
}

if __name__ == "__main__":
    if len(sys.argv) < 2 or not sys.argv[1].isdigit() or int(sys.argv[1]) < 26:
        sys.exit("usage: select_bulk_heldout.py N [CORPORA_DIR]  (N >= 26)")
    number = int(sys.argv[1])
    corpora_directory = sys.argv[2] if len(sys.argv) > 2 else default_corpora_directory()
    select_heldout(
        FIRST_SEED + number - 26,
        CORPORA,
        earlier_selections(number),
        f"selection-heldout{number}.jsonl",
        corpora_directory,
    )
