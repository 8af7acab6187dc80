#!/usr/bin/env python3
"""Deterministic sentence selection for the THIRD held-out event gold set.

Usage:
    python3 data/gold/select_heldout3.py [CORPORA_DIR] > /tmp/heldout3-sentences.txt

The first and second held-out sets (selection-heldout.jsonl,
selection-heldout2.jsonl) guided rounds of rule work, so they are no longer
blind. This set replaces them as the honest test. Same splitter,
usability filter and strata as select_sentences.py (imported from it), but:
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
import hashlib
import json
import os
import random
import sys

from select_sentences import byte_offsets, split_sentences, stratum, usable

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
STRATA = ["neg", "capital", "reported", "future", "demand", "cue", "nocue"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    cdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(repo, "..", "shared", "data", "corpora")
    first_set_docs = {
        (r["corpus"], r["doc_id"])
        for name in ("selection.jsonl", "selection-heldout.jsonl",
                     "selection-heldout2.jsonl")
        for r in map(json.loads, open(os.path.join(here, name), encoding="utf-8"))
    }
    rng = random.Random(SEED)
    selected = []
    documents = {}
    for corpus, quota in CORPORA.items():
        docs = [json.loads(l) for l in open(os.path.join(cdir, corpus), encoding="utf-8")]
        docs.sort(key=lambda d: d["id"])
        pools = {k: [] for k in quota}
        for d in docs:
            documents[(corpus, d["id"])] = d
            if (corpus, d["id"]) in first_set_docs:
                continue
            for a, b in split_sentences(d["text"]):
                s = d["text"][a:b]
                if usable(s):
                    pools[stratum(s)].append((d["id"], a, b))
        used_docs = set()
        for st in STRATA:
            pool = pools[st]
            rng.shuffle(pool)
            n = 0
            for doc_id, a, b in pool:
                if n >= quota[st]:
                    break
                if doc_id in used_docs:
                    continue
                used_docs.add(doc_id)
                selected.append((corpus, doc_id, a, b, st))
                n += 1

    out = []
    for corpus, doc_id, a, b, st in selected:
        d = documents[(corpus, doc_id)]
        text = d["text"]
        bo = byte_offsets(text)
        bs, be = bo[a], bo[b]
        sent_bytes = text.encode("utf-8")[bs:be]
        assert sent_bytes.decode("utf-8") == text[a:b]
        sha = hashlib.sha1(sent_bytes).hexdigest()[:12]
        out.append({"corpus": corpus, "doc_id": doc_id, "start": bs, "end": be,
                    "sha1": sha, "stratum": st})
        context = text[max(0, a - 400):a].replace("\n", " ")
        print(f"### {len(out)-1} {corpus[11:16]} {doc_id} {bs}-{be} [{st}] "
              f"{d.get('date', '')} {d.get('country_iso3', '')} | {d.get('title', '')[:120]}")
        print(f"    ...{context}")
        print(text[a:b])
    with open(os.path.join(here, "selection-heldout3.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r) + "\n")


if __name__ == "__main__":
    main()
