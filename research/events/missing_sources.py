"""Research: where the event coder's wrong sources are, and whether a fallback for a missing source pays.

Part 1 reads `rhetor eval events GOLD --errors` for the held-out sets FIRST..LAST (default 2..73) and
sorts every detected event whose source is wrong: the coder gives none and the gold has the speaker,
none and the gold has another actor, the gold has none, or another actor. It also counts the detected
gold events without a source (all of them minus those `--errors` lists as not detected), so that the
events where the coder's "no source" is right are known: a fallback would lose each of them.

Part 2 runs `rhetor analyze` on every document of the sets 2..85, matches the coder's events to the
gold triggers (an event whose trigger overlaps the gold trigger), and for the events the coder gives
no source counts how often two fallbacks would be right: the speaker, and the source of the
document's last event before the sentence; and how often the gold source is named in the sentence
itself or in the sentence before. (Its matching is simpler than `eval events`'s, so its counts differ
a little from part 1's.)

Usage (from the repository root, after `cargo build --release`):

    python3 research/events/missing_sources.py [RHETOR_BINARY] [CORPORA_DIR]

Result (2026-11-30, the eleventh session's final coder): part 1, sets 2..73: 345 wrong sources, of
which the coder gives none for 168 (the gold has the speaker for 76, another actor for 92), the gold
has none for 46, and another actor for 131; the coder's "no source" is right for 86 detected events.
Part 2, sets 2..85: of the 309 events without a source, the gold has none for 105, the speaker for 85
and another actor for 119; the speaker fallback would win 85 and lose 105, the previous-event fallback
win 53 and lose 102; of the 119 whose gold is another actor, 62 are named in the sentence and 24 in
the sentence before. No fallback pays.
"""
import bisect
import collections
import json
import os
import re
import subprocess
import sys

from gold_analyses import speaker_of

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target", "release", "rhetor")
CORPORA = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "..", "shared", "data", "corpora")
GOLD = os.path.join(ROOT, "data", "gold")


def country(code):
    return None if code in (None, "-") else code.split("/")[0]


def error_categories(first, last):
    categories = collections.Counter()
    gold_none = undetected_none = 0
    for number in range(first, last + 1):
        path = os.path.join(GOLD, f"events-heldout{number}.jsonl")
        records = [json.loads(line) for line in open(path, encoding="utf-8")]
        gold_none += sum(event["source"] is None for record in records for event in record["events"])
        out = subprocess.run([BINARY, "eval", "events", path, "--errors", "--corpora", CORPORA],
                             capture_output=True, text=True).stdout
        for block in out.split("\n\n"):
            match = re.search(r"^\S+:(\d+)\s+\[.*?\]\n\s+gold\s+\S+ (\S+) -> \S+\n\s+predicted (\S+) (\S+)",
                              block, re.S | re.M)
            if not match:
                continue
            gold_source, predicted = match.group(2), match.group(4)
            if match.group(3) == "(not":
                undetected_none += gold_source == "-"
                continue
            if gold_source == predicted:
                continue
            speaker = speaker_of(records[int(match.group(1)) - 1]["doc_id"])
            if gold_source == "-":
                categories["gold none, coder some"] += 1
            elif predicted == "-":
                who = "speaker" if country(gold_source) == speaker else "another actor"
                categories[f"coder none, gold {who}"] += 1
            else:
                categories["another actor"] += 1
    wrong_none = categories["gold none, coder some"]
    return categories, gold_none - undetected_none - wrong_none


def fallback_study(first, last):
    records = []
    for number in range(first, last + 1):
        for line in open(os.path.join(GOLD, f"events-heldout{number}.jsonl"), encoding="utf-8"):
            records.append(json.loads(line))
    wanted = {(record["corpus"], record["doc_id"]) for record in records}
    lines = {}
    for corpus in {key[0] for key in wanted}:
        for line in open(os.path.join(CORPORA, corpus), encoding="utf-8"):
            document = json.loads(line)
            if (corpus, document["id"]) in wanted:
                lines[(corpus, document["id"])] = json.dumps(document)
    keys = sorted(lines)
    out = subprocess.run([BINARY, "analyze", "-", "--input-format", "jsonl", "--format", "jsonl"],
                         input="\n".join(lines[key] for key in keys) + "\n", capture_output=True, text=True).stdout
    analyses = dict(zip(keys, (json.loads(line) for line in out.split("\n") if line)))
    counts = collections.Counter()
    for record in records:
        analysis = analyses[(record["corpus"], record["doc_id"])]
        speaker = speaker_of(record["doc_id"])
        starts = [sentence["start"] for sentence in analysis["sentences"]]
        index = bisect.bisect_right(starts, record["start"]) - 1
        previous = analysis["sentences"][index - 1] if index >= 1 else None

        def actors_in(start, end):
            return {country(actor["id"]) for actor in analysis["actors"]
                    for mention in actor["mentions"] if start <= mention["start"] < end}

        in_sentence = actors_in(record["start"], record["end"])
        in_previous = actors_in(previous["start"], previous["end"]) if previous else set()
        earlier = [event["source"] for event in analysis["events"]
                   if event["trigger"]["start"] < record["start"] and event["source"]]
        last_source = country(earlier[-1]) if earlier else None
        for gold in record["events"]:
            found = [event for event in analysis["events"]
                     if event["trigger"]["start"] < gold["trigger_end"] and gold["trigger_start"] < event["trigger"]["end"]]
            if not found or found[0]["source"] is not None:
                continue
            truth = country(gold["source"])
            kind = "gold none" if truth is None else "gold speaker" if truth == speaker else "gold another actor"
            counts[(kind, "events")] += 1
            counts[(kind, "speaker fallback right")] += truth == speaker
            counts[(kind, "previous-event fallback right")] += truth == last_source
            counts[(kind, "named in the sentence")] += truth is not None and truth in in_sentence
            counts[(kind, "named in the sentence before")] += truth is not None and truth in in_previous
    return counts


if __name__ == "__main__":
    categories, right_none = error_categories(2, 73)
    print("part 1, sets 2..73: wrong sources", sum(categories.values()))
    for name, count in categories.most_common():
        print(f"  {name}: {count}")
    print(f"  detected events whose 'no source' is right: {right_none}")
    print("part 2, sets 2..85, events the coder gives no source:")
    for (kind, what), count in sorted(fallback_study(2, 85).items()):
        print(f"  {kind}: {what}: {count}")
