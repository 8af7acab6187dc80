#!/usr/bin/env python3
"""Inter-annotator agreement on event gold sets annotated twice, scored the way `rhetor eval events`
scores the coder, so that the two figures can be read side by side.

Usage: python3 data/gold/agreement.py FIRST SECOND [FIRST SECOND ...]
       (paths relative to data/gold/, e.g. events-heldout78.jsonl agreement/events-heldout78-second.jsonl)

Both files must annotate the same selection (same rows, same offsets). Each annotation is taken in
turn as the reference and the other as the "prediction": a reference event is matched when an event
of the other annotation has an overlapping trigger (the best of several by type, then source, then
target agreement, as in the evaluator); type (PLOVER, else the CAMEO code for the 01x/02x codes that
PLOVER dropped), source and target agree when their comparison keys do (`USA/GOV` -> `USA`,
`org:UN` stays). Reported per pair of files and pooled, in both directions and as the mean of the two.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def actor_key(code):
    if code is None:
        return None
    return code if code.startswith("org:") else code.split("/")[0]


def comparable(event):
    return {"start": event["trigger_start"], "end": event["trigger_end"],
            "type": event.get("plover") or event["cameo"],
            "source": actor_key(event.get("source")), "target": actor_key(event.get("target"))}


def load(name):
    return [json.loads(line) for line in open(os.path.join(HERE, name), encoding="utf-8")]


def score(reference_rows, other_rows):
    totals = dict(reference=0, matched=0, type=0, source=0, target=0)
    for reference, other in zip(reference_rows, other_rows):
        assert (reference["doc_id"], reference["start"]) == (other["doc_id"], other["start"]), "different selections"
        others = [comparable(e) for e in other["events"]]
        for event in map(comparable, reference["events"]):
            totals["reference"] += 1
            overlapping = [o for o in others if o["start"] < event["end"] and event["start"] < o["end"]]
            if not overlapping:
                continue
            best = max(overlapping, key=lambda o: tuple(o[k] == event[k] for k in ("type", "source", "target")))
            totals["matched"] += 1
            for key in ("type", "source", "target"):
                totals[key] += int(best[key] == event[key])
    return totals


def line(label, totals):
    matched = totals["matched"] or 1
    return (f"{label:44s} events {totals['reference']:4d}  matched {totals['matched']:4d} "
            f"({100 * totals['matched'] / max(totals['reference'], 1):5.1f}%)  type {100 * totals['type'] / matched:5.1f}%  "
            f"source {100 * totals['source'] / matched:5.1f}%  target {100 * totals['target'] / matched:5.1f}%")


def main():
    names = sys.argv[1:]
    if not names or len(names) % 2:
        sys.exit(__doc__)
    pooled = {direction: dict(reference=0, matched=0, type=0, source=0, target=0) for direction in ("first", "second")}
    for first_name, second_name in zip(names[::2], names[1::2]):
        first, second = load(first_name), load(second_name)
        for direction, totals in (("first", score(first, second)), ("second", score(second, first))):
            print(line(f"{os.path.basename(first_name if direction == 'first' else second_name)} as reference", totals))
            for key in totals:
                pooled[direction][key] += totals[key]
    print(line("pooled, first annotation as reference", pooled["first"]))
    print(line("pooled, second annotation as reference", pooled["second"]))
    mean = {key: pooled["first"][key] + pooled["second"][key] for key in pooled["first"]}
    print(line("pooled, both directions", mean))


if __name__ == "__main__":
    main()
