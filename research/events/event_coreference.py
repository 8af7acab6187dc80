"""Research: would an earlier event of the same document give the sources the coder misses?

For every gold event that the coder detects with no source, the candidate source is that of the
latest earlier coded event in the document of the same PLOVER type and CAMEO root (and the same
target, when the event has one), or, more narrowly, with a trigger of the same first five letters.
Each candidate is counted right or wrong against the gold source, apart for events whose gold has
a source and those whose gold has none (where any candidate is a loss).

Usage (from the repository root, after `cargo build --release`):

    python3 research/events/event_coreference.py [CORPORA_DIR] [RHETOR_BINARY] [LAST_SET]

Result (2026-11-30, twelfth session, the development set and the held-out sets up to the eighty-fifth,
with round 46's first build): the same type and
target would be right 12 times and wrong 17 (9 where the gold has another source, 8 where it has
none), with no candidate for 318; the same trigger word right 5 times and wrong 7. The missing
sources are not the document's earlier ones; not built.
"""
import collections
import os
import sys

from gold_analyses import ROOT, analysed_gold_set, gold_actor_key, held_out_set_names

CORPORA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '..', 'shared', 'data', 'corpora')
BINARY = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, 'target', 'release', 'rhetor')
LAST_SET = int(sys.argv[3]) if len(sys.argv) > 3 else 85


def main():
    counts = collections.Counter()
    sets = [name for name in held_out_set_names() if name in ('events', 'events-heldout') or int(name[14:]) <= LAST_SET]
    for setname in sets:
        gold, analyses = analysed_gold_set(setname, CORPORA, BINARY)
        for record in gold:
            analysis = analyses[record['doc_id']]
            key = {actor['id']: (actor.get('country') or actor['id']) for actor in analysis['actors']}
            events = analysis['events']
            for gold_event in record['events']:
                detected = [event for event in events
                            if event['trigger']['start'] < gold_event['trigger_end']
                            and gold_event['trigger_start'] < event['trigger']['end']]
                if not detected:
                    continue
                gold_source = gold_actor_key(gold_event['source'])
                best = max(detected, key=lambda event: (event['plover'] == gold_event['plover'],
                                                        key.get(event.get('source')) == gold_source))
                if best.get('source'):
                    continue
                target = best.get('target')
                earlier = [event for event in events
                           if event['trigger']['end'] <= best['trigger']['start'] and event.get('source')
                           and event['plover'] == best['plover'] and event['cameo'][:2] == best['cameo'][:2]
                           and (target is None or event.get('target') == target)]
                same_word = [event for event in earlier
                             if event['trigger']['text'].lower()[:5] == best['trigger']['text'].lower()[:5]]
                gold_side = 'gold has none' if gold_source is None else 'gold has a source'
                for name, pool in (('same type and target', earlier), ('same trigger word', same_word)):
                    if not pool:
                        counts[name, 'no candidate', gold_side] += 1
                        continue
                    candidate = key.get(pool[-1]['source'], pool[-1]['source'])
                    counts[name, 'right' if candidate == gold_source else 'wrong', gold_side] += 1
    for outcome in sorted(counts):
        print(' / '.join(outcome), counts[outcome])


if __name__ == '__main__':
    main()
