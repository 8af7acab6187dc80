#!/usr/bin/env python3
"""Deterministic sentence selection for held-out event sets drawn from unread sentences of the two
statement corpora's documents, from the two-hundred-and-twentieth set on.

Usage:
    python3 data/gold/select_statement_sentence_heldout.py N [CORPORA_DIR] > /tmp/heldoutN-sentences.txt

The first twenty-five sets came from the statement corpora (`statements_state_dept_pr.jsonl`,
`statements_ungdc_2020_2024.jsonl`), the press releases and speeches rhetor is mostly used on,
and excluded every document read before them whole, which used up the 2020-2024 speeches by the
twenty-fifth set; the sets after them came from the bulk UN speeches of 1990-2019. This series
measures the coder on its own genre again, the way the hundred-and-twenty-fourth set's series
(select_bulk_sentence_heldout.py) reads the bulk corpus:
  * the splitter, usability filter and strata of select_sentences.py (through heldout_selection.py),
    the quotas below and the seed 20310101 + (N - 220);
  * in a document that holds a sentence of any earlier set, every sentence that overlaps the window
    from 600 characters before such a sentence to 300 characters after it is excluded (the
    annotators were shown 400 characters before their sentence), and so is a sentence with the
    text of any earlier set's sentence;
  * every document of an earlier set of this series (220 to N-1) is excluded whole.

Writes data/gold/selection-heldoutN.jsonl (corpus, doc_id, start, end, sha1, stratum; no text)
and prints the selected sentences, with the document's title, date and the preceding text as
context, for the annotator.
"""
from select_bulk_sentence_heldout import select_series_set, set_number_argument

# The seed of the two-hundred-and-twentieth set; the N-th set uses FIRST_SEED + (N - 220).
FIRST_SEED = 20310101

# The first set of this series.
FIRST_SET = 220

# Quotas: about half the eighth to twenty-fifth sets' (select_later_heldout.py), so that a set has
# about fifty sentences, as the bulk sets have; about a quarter are no-cue sentences.
CORPORA = {
    "statements_state_dept_pr.jsonl": {
        "neg": 4, "capital": 2, "reported": 3, "future": 2, "demand": 3,
        "cue": 10, "nocue": 7,
    },
    "statements_ungdc_2020_2024.jsonl": {
        "neg": 3, "capital": 1, "reported": 1, "future": 1, "demand": 2,
        "cue": 7, "nocue": 5,
    },
}

if __name__ == "__main__":
    number = set_number_argument()
    # The read windows are those of every set before this one, this series' included.
    select_series_set("select_statement_sentence_heldout.py", number, FIRST_SET, FIRST_SEED, CORPORA, number)
