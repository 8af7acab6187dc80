#!/usr/bin/env python3
"""Build events.jsonl from selection.jsonl + annotations.py (hand annotations).

Usage: python3 data/gold/build_events.py [CORPORA_DIR] [PLOVER_MAP]
           [--selection FILE] [--annotations MODULE] [--output FILE]
Defaults: selection.jsonl + annotations.py -> events.jsonl (the first set). The
held-out set is built with --selection selection-heldout.jsonl
--annotations annotations_heldout --output events-heldout.jsonl (file names are
relative to data/gold/).
Trigger strings are located inside the annotated sentence and converted to
UTF-8 byte offsets into the document `text`; `plover` is looked up in
CAMEO2PLOVER-2021.txt (most specific code listed; CAMEO 01x/02x have no row
there -- PLOVER dropped them -- and get plover = null).
"""
import argparse, hashlib, importlib, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)


def plover_table(path):
    tab = {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^(\d{3,4}):\s*([A-Z]+)\s*,", line)
        if m and m.group(1) not in tab:
            tab[m.group(1)] = m.group(2)
    return tab


def plover_of(code, tab):
    for k in (code, code[:3]):
        if k in tab:
            return tab[k]
    return None


def main():
    shared = os.path.join(REPO, "..", "shared", "data")
    ap = argparse.ArgumentParser()
    ap.add_argument("corpora", nargs="?", default=os.path.join(shared, "corpora"))
    ap.add_argument("plover_map", nargs="?",
                    default=os.path.join(shared, "events", "plover", "CAMEO2PLOVER-2021.txt"))
    ap.add_argument("--selection", default="selection.jsonl")
    ap.add_argument("--annotations", default="annotations")
    ap.add_argument("--output", default="events.jsonl")
    args = ap.parse_args()
    cdir = args.corpora
    ANN = importlib.import_module(args.annotations).ANN
    tab = plover_table(args.plover_map)
    sel = [json.loads(l) for l in open(os.path.join(HERE, args.selection), encoding="utf-8")]
    assert set(ANN) == set(range(len(sel))), set(range(len(sel))) ^ set(ANN)
    docs = {}
    for c in {r["corpus"] for r in sel}:
        for l in open(os.path.join(cdir, c), encoding="utf-8"):
            d = json.loads(l)
            docs[(c, d["id"])] = d["text"].encode("utf-8")
    out = open(os.path.join(HERE, args.output), "w", encoding="utf-8")
    for i, r in enumerate(sel):
        b = docs[(r["corpus"], r["doc_id"])]
        sent = b[r["start"]:r["end"]]
        assert hashlib.sha1(sent).hexdigest()[:12] == r["sha1"]
        events, note = ANN[i]
        evs = []
        for trig, cameo, src, tgt, neg, mod, rep, nominal in events:
            k = 1
            if "@" in trig:
                trig, k = trig.rsplit("@", 1)
                k = int(k)
            tb = trig.encode("utf-8")
            pos = -1
            for _ in range(k):
                pos = sent.find(tb, pos + 1)
                assert pos >= 0, (i, trig, sent.decode())
            p = plover_of(cameo, tab)
            if not cameo.startswith(("01", "02")):
                assert p is not None, cameo
            evs.append({"trigger_start": r["start"] + pos, "trigger_end": r["start"] + pos + len(tb),
                        "cameo": cameo, "plover": p, "source": src, "target": tgt,
                        "negated": neg, "modality": mod, "reported_by": rep, "nominal": nominal})
        rec = {"corpus": r["corpus"], "doc_id": r["doc_id"], "start": r["start"], "end": r["end"],
               "sha1": r["sha1"], "stratum": r["stratum"], "events": evs}
        if note:
            rec["note"] = note
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    out.close()


if __name__ == "__main__":
    main()
