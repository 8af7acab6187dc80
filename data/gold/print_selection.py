#!/usr/bin/env python3
"""Print the sentences of an existing selection file for an annotator, without selecting anew.

Usage: python3 data/gold/print_selection.py SELECTION_FILE [CORPORA_DIR] > /tmp/sentences.txt

The output has the layout of the selection scripts' (`### ROW corpus doc_id start-end [stratum] date
country | title`, up to 400 characters of preceding context, then the sentence), so that a second
annotator can annotate the very sentences of an earlier set (the agreement study in agreement/) from
the same view the first one had. SELECTION_FILE is relative to data/gold/; offsets are UTF-8 bytes.
"""
import json
import os
import sys

from heldout_selection import default_corpora_directory


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    selection = [json.loads(line) for line in open(os.path.join(here, sys.argv[1]), encoding="utf-8")]
    corpora_directory = sys.argv[2] if len(sys.argv) > 2 else default_corpora_directory()
    wanted = {(r["corpus"], r["doc_id"]) for r in selection}
    documents = {}
    for corpus in {corpus for corpus, _ in wanted}:
        for line in open(os.path.join(corpora_directory, corpus), encoding="utf-8"):
            document = json.loads(line)
            if (corpus, document["id"]) in wanted:
                documents[(corpus, document["id"])] = document
    for row, record in enumerate(selection):
        document = documents[(record["corpus"], record["doc_id"])]
        text = document["text"].encode("utf-8")
        context = text[max(0, record["start"] - 400):record["start"]].decode("utf-8", errors="ignore")
        print(f"### {row} {record['corpus'][11:16]} {record['doc_id']} {record['start']}-{record['end']} "
              f"[{record['stratum']}] {document.get('date', '')} {document.get('country_iso3', '')} | "
              f"{document.get('title', '')[:120]}")
        print(f"    ...{context.replace(chr(10), ' ')}")
        print(text[record["start"]:record["end"]].decode("utf-8"))


if __name__ == "__main__":
    main()
