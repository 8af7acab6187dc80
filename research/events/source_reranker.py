"""Research: can a learned source chooser beat the event coder's rules on gold sets it has not seen?

For every gold event whose trigger the coder found, the candidates are: no source, each actor
mentioned in the sentence, the speaker, and the rules' choice. Each candidate gets features (the
rules chose it, it is the speaker, side and distance of its nearest mention from the trigger, the
closed-class words around that mention, other actors between, a speech verb between, pronoun,
actor type, the trigger's neighbouring words and CAMEO root) and a logistic regression scores it;
the best-scored candidate is the source. Each gold set is scored by a model trained on the others
(leave one set out), against the rules' own accuracy on it.

Usage (from the repository root, after `cargo build --release`; needs numpy and scikit-learn):

    python3 research/events/source_reranker.py [CORPORA_DIR] [RHETOR_BINARY] [UNREAD_FIRST-UNREAD_LAST]

(the gold sets up to UNREAD_LAST are used, and those from UNREAD_FIRST on are reported apart; default 90-93).

Result (2026-11-29, gold sets events, -heldout, -heldout2, -heldout3): with the coder before the
fourth round of rules the rules got 246 of 304 detected events right, the re-ranker at best 244
(per set -5 to +8 points); with the fourth round's coder the rules get 250 of 305 and the
re-ranker at best 243. Not adopted.

Result (2026-11-30, all 86 gold sets, development, -heldout and -heldout2 to -heldout85, leave one set
out, with bdce8f4's coder): the rules get 2,522 of 2,960 detected events right (85.2%), the re-ranker
2,543, 2,546, 2,544 and 2,535 for C = 0.1, 0.3, 1.0 and 3.0 (at best 86.0%); on the eight sets no rule
was written from (seventy-eighth to eighty-fifth, 161 events) the rules get 126 and the re-ranker (C =
0.3) 124. Its gain is on the sets the rules were written from; not adopted.

Result (2026-11-30, twelfth session, SETS extended to the eighty-ninth and then the ninety-third set, the
final coder of each step): trained on the others and scored on sets no rule had read, the eighty-sixth to
eighty-ninth give the re-ranker 64 of 79 against the rules' 60 (C = 0.3), the ninetieth to ninety-third 67 of 91
against 67; with the seventy-eighth to eighty-fifth, 255 against 253 of 331 blind events. Not adopted.

Result (2026-11-30, thirteenth session, all 100 gold sets, development, -heldout and -heldout2 to
-heldout101, leave one set out, with 05a37a9's coder; `... 98-101`): the rules 2,808 of 3,285
detected events, the re-ranker 2,824-2,831 (C 0.1-3); on the ninety-eighth to hundred-and-first,
unread, the rules 64 of 75 and the re-ranker 63. Not adopted.

Result (2026-11-30, seventeenth session, all 133 gold sets up to the hundred-and-thirty-first, leave one
set out, with the coder of rounds 1-63 (a9107b8, and 8bbe1ef's identical output); `... 124-131`): the
rules 3,415 of 3,953 detected events (86.4%), the re-ranker 3,419-3,422 (C 0.1-3); on the
hundred-and-twenty-fourth to hundred-and-thirty-first, unread sentences of used bulk documents, the rules
190 of 254 and the re-ranker 190-191. Not adopted.
"""
import collections
import os
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.feature_extraction import DictVectorizer

from gold_analyses import ROOT, analysed_gold_set, gold_actor_key, held_out_set_names

CORPORA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '..', 'shared', 'data', 'corpora')
BINARY = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, 'target', 'release', 'rhetor')
# The sets no rule had read when the re-ranker was measured (`78-85`, `86-89`, `90-93`); sets after them are left out.
UNREAD_FIRST, UNREAD_LAST = map(int, (sys.argv[3] if len(sys.argv) > 3 else '90-93').split('-'))
SETS = [name for name in held_out_set_names() if name in ('events', 'events-heldout') or int(name[14:]) <= UNREAD_LAST]
CLOSED = set('by of from on to with against in at for and or but the a an that said says say told according has have had is are was were will would should must did does do not also its their his her as which who whom'.split())

def examples(setname):
    gold, analyses = analysed_gold_set(setname, CORPORA, BINARY, tokens=True)
    out = []
    for g in gold:
        a = analyses[g['doc_id']]; text = a['text'].encode()
        def T(tok): return text[tok['start']:tok['end']].decode(errors='replace').lower()
        toks = [t for s in a['sentences'] for t in s.get('tokens', []) if g['start'] <= t['start'] < g['end']]
        if not toks: continue
        def tok_index(byte):
            for i, t in enumerate(toks):
                if t['start'] <= byte < t['end'] or byte < t['start']: return i
            return len(toks)
        actor_key = {act['id']: (act.get('country') or act['id']) for act in a['actors']}
        actor_type = {act['id']: act['type'] + '/' + str(act.get('sector')) for act in a['actors']}
        mentions = []
        for act in a['actors']:
            for m in act['mentions']:
                if g['start'] <= m['start'] < g['end']:
                    mentions.append((tok_index(m['start']), tok_index(max(m['start'], m['end'] - 1)), act['id'], m['text']))
        rb = collections.Counter(e.get('reported_by') for e in a['events'] if e.get('reported_by'))
        speaker = rb.most_common(1)[0][0] if rb else None
        preds = [e for e in a['events'] if g['start'] <= e['trigger']['start'] and e['trigger']['end'] <= g['end']]
        for ge in g['events']:
            cands = [p for p in preds if p['trigger']['start'] < ge['trigger_end'] and ge['trigger_start'] < p['trigger']['end']]
            if not cands: continue
            def agree(p): return (p['plover'] == ge['plover'], actor_key.get(p.get('source'), p.get('source')) == gold_actor_key(ge['source']))
            best = max(cands, key=agree)
            ti = tok_index(best['trigger']['start']); tl = tok_index(best['trigger']['end'] - 1)
            rule = actor_key.get(best.get('source'), best.get('source')) if best.get('source') else None
            gold_key = gold_actor_key(ge['source'])
            prev_word = T(toks[ti - 1]) if ti > 0 else '<s>'
            next_word = T(toks[tl + 1]) if tl + 1 < len(toks) else '</s>'
            trig = T(toks[ti]) if ti < len(toks) else ''
            base = {'tprev=' + (prev_word if prev_word in CLOSED else 'O'): 1, 'tnext=' + (next_word if next_word in CLOSED else 'O'): 1,
                    'cameo2=' + best['cameo'][:2]: 1, 'trig_ed': int(trig.endswith('ed')), 'trig_ion': int(trig.endswith('ion') or trig.endswith('ment')),
                    'modality=' + best['modality']: 1}
            rows = []
            # candidate: none
            f = {'none': 1, 'none_rule': int(rule is None)}
            for k in base: f['none&' + k] = base[k]
            rows.append((None, f))
            keys = {}
            for (first, last, aid, mtext) in mentions:
                k = actor_key[aid]
                keys.setdefault(k, []).append((first, last, aid, mtext))
            if speaker and actor_key.get(speaker) not in keys: keys.setdefault(actor_key.get(speaker, speaker), [])
            if rule is not None and rule not in keys: keys.setdefault(rule, [])
            for k, ms in keys.items():
                f = {'rule': int(k == rule), 'speaker': int(speaker is not None and actor_key.get(speaker, speaker) == k), 'inside': int(bool(ms))}
                if ms:
                    # nearest mention before the trigger, else nearest after
                    before = [m for m in ms if m[1] < ti]; after = [m for m in ms if m[0] > tl]
                    m = max(before, key=lambda m: m[1]) if before else min(after, key=lambda m: m[0]) if after else ms[0]
                    side = 'before' if m[1] < ti else 'after' if m[0] > tl else 'over'
                    dist = (ti - m[1]) if side == 'before' else (m[0] - tl) if side == 'after' else 0
                    db = 'd0-2' if dist <= 2 else 'd3-5' if dist <= 5 else 'd6-10' if dist <= 10 else 'd11-20' if dist <= 20 else 'd21+'
                    wb = T(toks[m[0] - 1]) if m[0] > 0 else '<s>'
                    wa = T(toks[m[1] + 1]) if m[1] + 1 < len(toks) else '</s>'
                    wb = wb if wb in CLOSED else 'O'; wa = wa if wa in CLOSED else 'O'
                    between = [T(t) for t in toks[m[1] + 1:ti]] if side == 'before' else []
                    others_between = sum(1 for mm in mentions if side == 'before' and m[1] < mm[0] and mm[1] < ti and actor_key[mm[2]] != k)
                    f.update({'side=' + side: 1, side + '&' + db: 1, side + '&wb=' + wb: 1, side + '&wa=' + wa: 1,
                              'first_mention': int(min(mm[0] for mm in mentions) == m[0]),
                              'others_between': min(others_between, 3), 'comma_between': int(',' in between),
                              'speech_between': int(any(x in ('said', 'says', 'say', 'told', 'that') for x in between)),
                              'pron': int(mtext.lower() in ('we', 'our', 'us', 'i', 'my', 'they', 'their', 'its', 'it', 'he', 'she', 'his', 'her')),
                              'atype=' + actor_type.get(m[2], '?'): 1, 'n_mentions': min(len(ms), 3)})
                    for kk in ('tprev', 'cameo2', 'trig_ion'):
                        for bk, bv in base.items():
                            if bk.startswith(kk): f[side + '&' + bk] = bv
                    f['rule&' + side] = int(k == rule)
                rows.append((k, f))
            out.append({'set': setname, 'gold': gold_key, 'rule': rule, 'rows': rows, 'doc': g['doc_id']})
    return out

data = {s: examples(s) for s in SETS}
for s in SETS:
    n = len(data[s]); r = sum(e['rule'] == e['gold'] for e in data[s]); c = sum(any(k == e['gold'] for k, _ in e['rows']) for e in data[s])
    print(f'{s}: {n} detected, rule right {r} ({r/n:.3f}), gold among candidates {c} ({c/n:.3f})')

def fit(train, C):
    X = []; y = []
    for e in train:
        for k, f in e['rows']:
            X.append(f); y.append(int(k == e['gold']))
    vec = DictVectorizer(); Xm = vec.fit_transform(X)
    model = LogisticRegression(C=C, max_iter=2000).fit(Xm, y)
    return vec, model
def predict(vec, model, e):
    scores = model.decision_function(vec.transform([f for _, f in e['rows']]))
    return e['rows'][int(np.argmax(scores))][0]
rule_total = sum(sum(e['rule'] == e['gold'] for e in data[s]) for s in SETS)
count = sum(len(data[s]) for s in SETS)
print(f'rules: {rule_total} of {count} ({rule_total / count:.4f})')
for C in (0.1, 0.3, 1.0, 3.0):
    right = 0
    unread = [f'events-heldout{n}' for n in range(UNREAD_FIRST, UNREAD_LAST + 1)]
    unread_rule = unread_right = unread_count = 0
    for s in SETS:
        train = [e for t in SETS if t != s for e in data[t]]
        vec, model = fit(train, C)
        got = sum(predict(vec, model, e) == e['gold'] for e in data[s])
        right += got
        if s in unread:
            unread_right += got
            unread_rule += sum(e['rule'] == e['gold'] for e in data[s])
            unread_count += len(data[s])
    print(f'C {C}: re-ranker {right} of {count} ({right / count:.4f}); unread sets {UNREAD_FIRST}-{UNREAD_LAST}: rules {unread_rule}, re-ranker {unread_right} of {unread_count}', flush=True)
