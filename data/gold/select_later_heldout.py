#!/usr/bin/env python3
"""Deterministic sentence selection for the eighth and every later held-out event gold set.

Usage:
    python3 data/gold/select_later_heldout.py N [CORPORA_DIR] > /tmp/heldoutN-sentences.txt

From the eighth set on, every held-out set is made the same way, so one script selects them all
(the first seven have scripts of their own, select_heldout.py ... select_heldout7.py). The N-th
set (N >= 8) uses the splitter, usability filter and strata of select_sentences.py (through
heldout_selection.py), and:
  * the seed SEED = 20270101 + (N - 8), a seed no other set used;
  * every document that holds a sentence of the first set (selection.jsonl) or of any earlier
    held-out set (selection-heldout.jsonl, selection-heldout2.jsonl ... selection-heldout{N-1}.jsonl)
    is excluded, so no document of the set was read while the coder's rules were written;
  * no hand picks, and the fourth to seventh sets' quotas, which the corpora's pools fill less
    and less as the sets go on.

Writes data/gold/selection-heldoutN.jsonl (corpus, doc_id, start, end, sha1, stratum; no text)
and prints the selected sentences, with the document's title, date and the preceding text as
context, for the annotator.
"""
import sys

from heldout_selection import default_corpora_directory, select_heldout

# The seed of the eighth set; the N-th set uses FIRST_SEED + (N - 8).
FIRST_SEED = 20270101

# Quotas: the same as the fourth to seventh held-out sets (the first set's random quotas scaled
# by about 0.55; about 25 % no-cue sentences in each corpus).
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


def earlier_selections(number):
    """The selection files of the first set and of every held-out set before set `number`."""
    held_out = ["selection-heldout.jsonl"] + [
        f"selection-heldout{earlier}.jsonl" for earlier in range(2, number)
    ]
    return ["selection.jsonl"] + held_out


if __name__ == "__main__":
    if len(sys.argv) < 2 or not sys.argv[1].isdigit() or int(sys.argv[1]) < 8:
        sys.exit("usage: select_later_heldout.py N [CORPORA_DIR]  (N >= 8)")
    number = int(sys.argv[1])
    corpora_directory = sys.argv[2] if len(sys.argv) > 2 else default_corpora_directory()
    select_heldout(
        FIRST_SEED + number - 8,
        CORPORA,
        earlier_selections(number),
        f"selection-heldout{number}.jsonl",
        corpora_directory,
    )
