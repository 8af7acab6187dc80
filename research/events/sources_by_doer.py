"""Research: how the event coder's source accuracy splits by who the gold doer is.

For every gold event whose trigger the coder found (matched as `rhetor eval events` matches: an
overlapping trigger, the best of several by type, source and target), the gold source is the
document's speaker, another actor, or no one, and the coder's source is counted right or wrong in
each group. The speaker of a UN General Debate speech is the country in its document id
(`ungdc_NIC_57_2002` -> `NIC`); a State Department release's is `USA`. Actors are compared by
country, or by organisation for organisations and their office holders.

Usage (from the repository root, after `cargo build --release`):

    python3 research/events/sources_by_doer.py [CORPORA_DIR] [RHETOR_BINARY] [FIRST-LAST]

(the development set, the first held-out set and the held-out sets 2..LAST are counted, and the sets
FIRST..LAST also apart; default 124-131).

Result (2026-11-30, seventeenth session, the coder of rounds 1-63, a9107b8, and 8bbe1ef's identical
output; all sets up to the hundred-and-thirty-first): of 3,953 detected events, the speaker's 2,697
(the coder right on 2,563, 95.0%), another actor's 981 (660, 67.3%), no one's 275 (200, 72.7%); on
the hundred-and-twenty-fourth to hundred-and-thirty-first, 157 of the speaker's (142 right), 77 of
another actor's (32), 20 of no one's (16). The sources the coder misses are third parties'.
Eighteenth session, the coder of rounds 1-68 (00e7ec3), sets FIRST-LAST = 140-147 (blind, unread): of 201 detected events,
the speaker's 135 (122 right, 90.4%), another actor's 46 (25, 54.3%), no one's 20 (14, 70.0%); all sets up to the
hundred-and-forty-seventh: 2,964 (2,806, 94.7%), 1,083 (722, 66.7%), 308 (223, 72.4%).
Nineteenth session, the coder of rounds 1-72 (334a990), sets FIRST-LAST = 148-155 (blind, unread): of 199 detected
events, the speaker's 138 (125 right, 90.6%), another actor's 49 (26, 53.1%), no one's 12 (7, 58.3%); all sets up to
the hundred-and-fifty-fifth: 3,101 (2,931, 94.5%), 1,131 (749, 66.2%), 319 (229, 71.8%).
Twenty-third session, sets 204-211 (blind) with 64d02d9 and 5786d68 alike: the speaker's 125 (113 right, 90.4%),
another actor's 41 (16, 39.0%), no one's 15 (13, 86.7%); sets 212-219 (blind, unread) with 64d02d9: 90 (88, 97.8%),
39 (15, 38.5%), 12 (7, 58.3%).
Twenty-fourth session, the statement series (State Department releases and briefings, UN speeches of 2020-2024):
sets 220-227 with abca3cf: the speaker's 148 (128, 86.5%), another actor's 74 (37, 50.0%), no one's 11 (8, 72.7%);
228-235 with abca3cf and 180d708 alike: 159 (144, 90.6%), 81 (44, 54.3%), 13 (7, 53.8%); 236-243 (unread) with
abca3cf: 163 (137, 84.0%), 66 (32, 48.5%), 8 (3, 37.5%), with 1f9ad5b: 164 (140, 85.4%), 66 (38, 57.6%), 8 (3, 37.5%).
"""
import collections
import os
import sys

from gold_analyses import ROOT, analysed_gold_set, gold_actor_key, held_out_set_names, set_number, speaker_of

CORPORA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '..', 'shared', 'data', 'corpora')
BINARY = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, 'target', 'release', 'rhetor')
FIRST, LAST = map(int, (sys.argv[3] if len(sys.argv) > 3 else '124-131').split('-'))


def main():
    counts = {'all': collections.Counter(), 'apart': collections.Counter()}
    for name in held_out_set_names():
        number = set_number(name)
        if number > LAST:
            continue
        gold, analyses = analysed_gold_set(name, CORPORA, BINARY)
        for record in gold:
            analysis = analyses[record['doc_id']]
            keys = {actor['id']: actor.get('country') or actor.get('organisation') or actor['id']
                    for actor in analysis['actors']}
            events = [event for event in analysis['events']
                      if record['start'] <= event['trigger']['start'] < record['end']]
            speaker = speaker_of(record['doc_id'])
            for gold_event in record['events']:
                overlapping = [event for event in events
                               if gold_event['trigger_start'] < event['trigger']['end']
                               and event['trigger']['start'] < gold_event['trigger_end']]
                if not overlapping:
                    continue
                wanted = (gold_event['plover'], gold_actor_key(gold_event['source']),
                          gold_actor_key(gold_event['target']))
                best = max(overlapping, key=lambda event: (
                    event['plover'] == wanted[0],
                    keys.get(event['source'], event['source']) == wanted[1],
                    keys.get(event['target'], event['target']) == wanted[2]))
                doer = 'none' if wanted[1] is None else 'speaker' if wanted[1] == speaker else 'other'
                right = keys.get(best['source'], best['source']) == wanted[1]
                for group in ('all',) + (('apart',) if FIRST <= number else ()):
                    counts[group][(doer, right)] += 1
    for group, label in (('all', f'all sets up to {LAST}'), ('apart', f'sets {FIRST}-{LAST}')):
        total = sum(counts[group].values())
        print(f'{label}: {total} detected events')
        for doer in ('speaker', 'other', 'none'):
            right, wrong = counts[group][(doer, True)], counts[group][(doer, False)]
            if right + wrong:
                print(f'  gold source {doer:8} {right + wrong:5}  coder right {right:5} ({100 * right / (right + wrong):.1f}%)')


if __name__ == '__main__':
    main()
