"""Shared by the event research scripts: the gold sets, each analysed by a rhetor binary.

`held_out_set_names()` lists the gold sets present (`events`, `events-heldout`, `events-heldoutN`
in order); `analysed_gold_set(name, corpora, binary)` returns the set's records and, by document
id, the analysis of every document they come from; `gold_actor_key` compares gold actors the way
`rhetor eval events` does (`USA/GOV` -> `USA`, `org:UN` stays); `speaker_of` is a gold document's
speaker by its id, and `set_number` a gold set's number.
"""
import collections
import json
import os
import re
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOLD = os.path.join(ROOT, 'data', 'gold')


def held_out_set_names():
    numbered = sorted(int(match.group(1)) for name in os.listdir(GOLD)
                      if (match := re.fullmatch(r'events-heldout(\d+)\.jsonl', name)))
    return ['events', 'events-heldout'] + [f'events-heldout{number}' for number in numbered]


def analysed_gold_set(setname, corpora, binary, tokens=False):
    gold = [json.loads(line) for line in open(os.path.join(GOLD, f'{setname}.jsonl'))]
    wanted = collections.defaultdict(set)
    for record in gold:
        wanted[record['corpus']].add(record['doc_id'])
    documents = {}
    for corpus, ids in wanted.items():
        for line in open(os.path.join(corpora, corpus)):
            document = json.loads(line)
            if document['id'] in ids:
                documents[document['id']] = document
    command = [binary, 'analyze', '--format', 'jsonl', '-', '--input-format', 'jsonl'] + (['--tokens'] if tokens else [])
    lines = '\n'.join(json.dumps(documents[i]) for i in documents) + '\n'
    out = subprocess.run(command, input=lines.encode(), capture_output=True).stdout.decode()
    analyses = {}
    for line in out.split('\n'):
        if line:
            analysis = json.loads(line)
            analyses[analysis['id']] = analysis
    return gold, analyses


# Gold organisation codes whose actor has another id in the gazetteer, as `rhetor eval events`
# maps them (crates/evaluate/src/event_gold.rs).
GOLD_CODES_OF_OTHER_GAZETTEER_IDS = {'org:LAS': 'org:ARAB_LEAGUE'}


def gold_actor_key(code):
    if code is None:
        return None
    if code.startswith('org:'):
        return GOLD_CODES_OF_OTHER_GAZETTEER_IDS.get(code, code)
    return code.split('/')[0]


def speaker_of(document_id):
    """The speaker of a gold document: the country in a UN General Debate speech's id
    (`ungdc_NIC_57_2002` -> `NIC`), the United States for a State Department release."""
    return document_id.split('_')[1] if document_id.startswith('ungdc') else 'USA'


def set_number(name):
    """A gold set's number: 0 for the development set `events`, 1 for `events-heldout`."""
    if name == 'events':
        return 0
    return int(name[14:]) if len(name) > 14 else 1
