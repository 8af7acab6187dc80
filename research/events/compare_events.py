"""Research: how two builds' events differ on the same documents.

Each input is the output of `rhetor analyze --format jsonl` on the same documents, in the same
order. Events are keyed by trigger offset and CAMEO code; an event of the first output is `lost`
when the second has no event with its key, `changed` when the second's has another source or
target, and an event of the second output is `new` when the first has none with its key.

Usage (from the repository root):

    rhetor-old analyze DOCS.jsonl --input-format jsonl --format jsonl > old.jsonl
    rhetor-new analyze DOCS.jsonl --input-format jsonl --format jsonl > new.jsonl
    python3 research/events/compare_events.py old.jsonl new.jsonl [SHOWN]

prints up to SHOWN differences (default 0) and then the counts, and the events of each output (an
event per coordinated target shares its key with the others, so the keys are fewer than the events).

Result (2026-11-30, nineteenth session): on the first 1,100 documents of
`bulk_ungdc_1990_2019.jsonl`, b6c9ca4 against 740056d: 1,860 + 246 = 2,106 lost, 26 changed,
5 new, of 50,646 events; on the first 1,500 lines of `statements_state_dept_pr.jsonl`: 384 lost,
1 changed, 1 new, of 28,874.
"""
import collections
import json
import sys


def events_by_key(analysis):
    return {(event['trigger']['start'], event['cameo']): event for event in analysis['events']}


def main():
    first_path, second_path = sys.argv[1], sys.argv[2]
    shown = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    counts = collections.Counter()
    totals = [0, 0]
    with open(first_path) as first_file, open(second_path) as second_file:
        for first_line, second_line in zip(first_file, second_file):
            first, second = json.loads(first_line), json.loads(second_line)
            first_events, second_events = events_by_key(first), events_by_key(second)
            totals[0] += len(first['events'])
            totals[1] += len(second['events'])
            for key in sorted(set(first_events) | set(second_events)):
                old, new = first_events.get(key), second_events.get(key)
                if old and new and (old['source'], old['target']) == (new['source'], new['target']):
                    continue
                kind = 'lost' if new is None else 'new' if old is None else 'changed'
                counts[kind] += 1
                if sum(counts.values()) <= shown:
                    print(first['id'], key[0], kind, describe(old), '->', describe(new), (old or new)['trigger']['text'])
    print(f"lost {counts['lost']}, changed {counts['changed']}, new {counts['new']}; "
          f"events {totals[0]} in the first output, {totals[1]} in the second")


def describe(event):
    return event and (event['plover'], event['source'], event['target'])


if __name__ == '__main__':
    main()
