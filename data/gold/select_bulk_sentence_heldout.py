#!/usr/bin/env python3
"""Deterministic sentence selection for held-out event sets drawn from unread sentences of the
bulk UN General Debate corpus's documents, from the hundred-and-twenty-fourth set on.

Usage:
    python3 data/gold/select_bulk_sentence_heldout.py N [CORPORA_DIR] > /tmp/heldoutN-sentences.txt

After the hundred-and-twenty-third set every document of `bulk_ungdc_1990_2019.jsonl` holds a
sentence of some earlier set (select_bulk_heldout.py 124 finds none), but each of them holds about
ninety sentences of which one was read. From the hundred-and-twenty-fourth set on, a set draws
sentences that nobody working on the coder has seen:
  * the splitter, usability filter and strata of select_sentences.py and the bulk sets' quotas
    (through heldout_selection.py), and the seed 20290101 + (N - 124);
  * in a document that holds a sentence of the first 123 sets, every sentence that overlaps the
    window from READ_CONTEXT_BEFORE characters before such a sentence to READ_CONTEXT_AFTER
    characters after it is excluded: the annotators were shown 400 characters before their
    sentence, and the error listings showed the sentence alone;
  * a sentence whose text is that of any earlier set's sentence (same SHA-1 prefix) is excluded;
  * every document of an earlier set of this series (124 to N-1) is excluded whole, so the sets
    of the series share no document.
The leakage left is the document: its speaker, year and subject were seen with the one sentence
read from it, and rules were written from that sentence's errors.

Writes data/gold/selection-heldoutN.jsonl (corpus, doc_id, start, end, sha1, stratum; no text)
and prints the selected sentences, with the document's title, date and the preceding text as
context, for the annotator.
"""
import hashlib
import json
import os
import sys

from heldout_selection import default_corpora_directory, select_heldout
from select_bulk_heldout import CORPORA
from select_later_heldout import earlier_selections
from select_sentences import byte_offsets

# The seed of the hundred-and-twenty-fourth set; the N-th set uses FIRST_SEED + (N - 124).
FIRST_SEED = 20290101

# The first set of this series: sets before it excluded documents, this series excludes windows.
FIRST_SET = 124

# The window around a read sentence, in characters, in which no sentence is selected.
READ_CONTEXT_BEFORE = 600
READ_CONTEXT_AFTER = 300


def read_sentences(here, selections):
    """Byte ranges of the sentences of `selections`, by (corpus, doc_id), and their SHA-1s."""
    ranges = {}
    hashes = set()
    for name in selections:
        for record in map(json.loads, open(os.path.join(here, name), encoding="utf-8")):
            key = (record["corpus"], record["doc_id"])
            ranges.setdefault(key, []).append((record["start"], record["end"]))
            hashes.add(record["sha1"])
    return ranges, hashes


def window_filter(read_ranges, read_hashes):
    """The sentence filter: true for a sentence near a read one, or with a read one's text."""
    offsets_of_document = {}

    def is_excluded(corpus, document, a, b):
        key = (corpus, document["id"])
        text = document["text"]
        if key in read_ranges:
            if key not in offsets_of_document:
                offsets = byte_offsets(text)
                # Byte offset -> character offset, for the read ranges of this document only.
                character_of_byte = {byte: character for character, byte in enumerate(offsets)}
                offsets_of_document[key] = [
                    (character_of_byte[start], character_of_byte[end])
                    for start, end in read_ranges[key]
                ]
            for start, end in offsets_of_document[key]:
                if a < end + READ_CONTEXT_AFTER and start - READ_CONTEXT_BEFORE < b:
                    return True
        # The SHA-1 prefix of the sentence's UTF-8 bytes, as selection_record computes it.
        return hashlib.sha1(text[a:b].encode("utf-8")).hexdigest()[:12] in read_hashes

    return is_excluded


def select_series_set(script, number, first_set, first_seed, corpora, read_before):
    """Selects the `number`-th set of a series of unread-sentence sets that starts at `first_set`
    (the command line's N and optional CORPORA_DIR, checked against `script`'s usage): the seed
    `first_seed + (number - first_set)`, the quotas `corpora`, the read windows of the selections
    before set `read_before`, and every document of the series' earlier sets excluded whole."""
    if number < first_set:
        sys.exit(f"usage: {script} N [CORPORA_DIR]  (N >= {first_set})")
    corpora_directory = sys.argv[2] if len(sys.argv) > 2 else default_corpora_directory()
    here = os.path.dirname(os.path.abspath(__file__))
    read_ranges, read_hashes = read_sentences(here, earlier_selections(read_before))
    select_heldout(
        first_seed + number - first_set,
        corpora,
        [f"selection-heldout{earlier}.jsonl" for earlier in range(first_set, number)],
        f"selection-heldout{number}.jsonl",
        corpora_directory,
        window_filter(read_ranges, read_hashes),
    )


def set_number_argument():
    """The set number N of the command line, or 0 when it is missing or not a number."""
    return int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 0


if __name__ == "__main__":
    select_series_set("select_bulk_sentence_heldout.py", set_number_argument(), FIRST_SET, FIRST_SEED, CORPORA,
                      FIRST_SET)
