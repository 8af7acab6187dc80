#!/usr/bin/env python3
"""Check every record of events.jsonl against the corpora and print it for review.

Usage: python3 data/gold/verify.py [CORPORA_DIR] [GOLD_FILE]   (defaults: ../shared/data/corpora
relative to the repository root, and data/gold/events.jsonl; a relative GOLD_FILE is taken relative to
data/gold/, e.g. events-heldout.jsonl).  Checks sentence offsets and sha1, that every
trigger lies inside its sentence and decodes as UTF-8, and prints
sentence + triggers.  Exit status 1 on any mismatch.
"""
import hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def main():
    cdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "..", "shared", "data", "corpora")
    gold = sys.argv[2] if len(sys.argv) > 2 else "events.jsonl"
    recs = [json.loads(l) for l in open(os.path.join(HERE, gold), encoding="utf-8")]
    docs = {}
    for c in {r["corpus"] for r in recs}:
        for l in open(os.path.join(cdir, c), encoding="utf-8"):
            d = json.loads(l)
            docs[(c, d["id"])] = d["text"].encode("utf-8")
    bad = 0
    for n, r in enumerate(recs):
        b = docs.get((r["corpus"], r["doc_id"]))
        if b is None:
            print(f"[{n}] MISSING DOC {r['doc_id']}"); bad += 1; continue
        sent = b[r["start"]:r["end"]]
        try:
            text = sent.decode("utf-8")
        except UnicodeDecodeError:
            print(f"[{n}] offsets split a UTF-8 character"); bad += 1; continue
        ok = hashlib.sha1(sent).hexdigest()[:12] == r["sha1"] and text == text.strip()
        if not ok:
            print(f"[{n}] SHA1/TRIM MISMATCH {r['doc_id']} {r['start']}-{r['end']}"); bad += 1
        print(f"[{n}] {r['doc_id']} {r['start']}-{r['end']}  {text}")
        for e in r["events"]:
            if not (r["start"] <= e["trigger_start"] < e["trigger_end"] <= r["end"]):
                print("    TRIGGER OUTSIDE SENTENCE"); bad += 1; continue
            trig = b[e["trigger_start"]:e["trigger_end"]].decode("utf-8")
            flags = ("NEG " if e["negated"] else "") + e["modality"] + (f" rep={e['reported_by']}" if e["reported_by"] else "")
            print(f"    -> {e['cameo']:>5} {str(e['plover']):<9} {str(e['source']):<10} -> {str(e['target']):<10} "
                  f"[{trig}] {flags}")
        if r.get("note"):
            print(f"    note: {r['note']}")
    print(f"{len(recs)} records, {sum(len(r['events']) for r in recs)} events, {bad} problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
