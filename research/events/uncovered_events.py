"""Research: how many of the coder's events in gold sentences a gold event covers.

Every gold sentence is annotated with all of its events, so a coder event whose trigger lies in a
gold sentence and overlaps no gold event's trigger is one the annotators did not code: most often
a word that is no event where it stands (`It gives me great pleasure`, `to meet the challenges`,
`free and fair elections`, `a threat to peace`). This counts them, and with `--by-trigger` lists
the trigger words that make most of them, which is how round 70's idioms and round 71's threat
nouns were found. The overlap is approximate: a gold event coded on other words of the same act
leaves the coder's event uncovered.

Usage (from the repository root, after `cargo build --release`):

    python3 research/events/uncovered_events.py [CORPORA_DIR] [RHETOR_BINARY] [FIRST-LAST] [--by-trigger]

(the development set counts as set 0 and the first held-out set as set 1; default 0-147).

Result (2026-11-30, nineteenth session): on the sets 0-147 (read), the coder of rounds 1-69
(b6c9ca4) codes 7,554 events in the gold sentences, 4,290 of them covered (56.8%); the coder of
rounds 1-74 (740056d) 7,334, 4,286 covered (58.4%). On the sets 148-155 (blind when first
measured): 325 events, 188 covered (57.8%), against 317, 188 covered (59.3%).
"""
import collections
import os
import sys

from gold_analyses import ROOT, analysed_gold_set, held_out_set_names, set_number

ARGUMENTS = [argument for argument in sys.argv[1:] if argument != '--by-trigger']
BY_TRIGGER = '--by-trigger' in sys.argv[1:]
CORPORA = ARGUMENTS[0] if len(ARGUMENTS) > 0 else os.path.join(ROOT, '..', 'shared', 'data', 'corpora')
BINARY = ARGUMENTS[1] if len(ARGUMENTS) > 1 else os.path.join(ROOT, 'target', 'release', 'rhetor')
FIRST, LAST = map(int, (ARGUMENTS[2] if len(ARGUMENTS) > 2 else '0-147').split('-'))

# How many trigger words `--by-trigger` lists.
LISTED_TRIGGERS = 40


def main():
    coded = collections.Counter()
    covered = collections.Counter()
    for name in held_out_set_names():
        if not FIRST <= set_number(name) <= LAST:
            continue
        gold, analyses = analysed_gold_set(name, CORPORA, BINARY)
        for record in gold:
            for event in analyses[record['doc_id']]['events']:
                start, end = event['trigger']['start'], event['trigger']['end']
                if not record['start'] <= start < record['end']:
                    continue
                key = (event['trigger']['text'].lower(), event['cameo'][:2])
                coded[key] += 1
                if any(gold_event['trigger_start'] < end and start < gold_event['trigger_end']
                       for gold_event in record['events']):
                    covered[key] += 1
    total, total_covered = sum(coded.values()), sum(covered.values())
    print(f'sets {FIRST}-{LAST}: {total} coder events in gold sentences, {total_covered} covered by a gold event '
          f'({100 * total_covered / max(total, 1):.1f}%)')
    if BY_TRIGGER:
        print('uncovered  coded  trigger (CAMEO root)')
        for key in sorted(coded, key=lambda key: covered[key] - coded[key])[:LISTED_TRIGGERS]:
            print(f'{coded[key] - covered[key]:9}  {coded[key]:5}  {key[0]} ({key[1]})')


if __name__ == '__main__':
    main()
