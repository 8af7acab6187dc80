"""How often narrow scare-quote patterns sit in paragraphs labelled Doubt (SemEval-2023 subtask 3).

Usage: python3 research/techniques/scare_quote_patterns.py ../shared/data/semeval2023-en

`scare_quotes_doubt.py` counts every short quoted phrase; this script asks whether a narrower
pattern would carry Doubt precisely enough to be a rule. For each pattern (one or two lower-case
quoted words; a quoted word before a noun, with or without a determiner; `so-called` before the
quotes; a capitalised quoted phrase after a determiner; a lower-case quoted phrase after a
determiner or `of`/`for`), it prints the paragraphs holding it, how many are labelled Doubt (the
precision a pattern-to-Doubt rule would have) and the techniques those paragraphs carry most.

Result (2026-11-30, twelfth session, the English training paragraphs): precision 0.083 to 0.182
(`so-called`, 2 of 11), against about 0.22 needed to raise a micro-F1 near 0.43 (a finding adds to
micro-F1 only when its precision exceeds about half the F1); the paragraphs are mostly labelled
Loaded_Language and Name_Calling-Labeling. No scare-quote rule for Doubt.
"""
import collections
import re
import sys

QUOTED = re.compile(r'(\S+\s+)?[“"]([^“”"]{2,40})[”"](\s+\S+)?')
DETERMINERS = ('the', 'a', 'an', 'their', 'its', 'his', 'her', 'these', 'those')


def patterns_in(text):
    fired = set()
    for match in QUOTED.finditer(text):
        before = (match.group(1) or '').strip().lower()
        phrase = match.group(2).strip()
        after = (match.group(3) or '').strip()
        words = phrase.split()
        if len(words) > 3 or phrase[-1:] in '.,!?':
            continue
        lower = phrase == phrase.lower()
        word_before_noun = lower and len(words) == 1 and after[:1].islower() and after.isalpha()
        if before in ('so-called', 'so called'):
            fired.add('so-called')
        if word_before_noun:
            fired.add('quoted word + noun')
            if before in DETERMINERS:
                fired.add('determiner + quoted word + noun')
        if lower and len(words) <= 2:
            fired.add('one or two lower-case words')
        if not lower and before in DETERMINERS:
            fired.add('determiner + capitalised quoted phrase')
        if lower and before in DETERMINERS + ('of', 'for'):
            fired.add('determiner or of/for + lower-case phrase')
    return fired


def main(data):
    labels = collections.defaultdict(dict)
    for line in open(f'{data}/train-labels-subtask-3.txt', encoding='utf-8'):
        parts = line.rstrip('\n').split('\t')
        labels[parts[0]][int(parts[1])] = set(filter(None, parts[2].split(','))) if len(parts) > 2 else set()
    paragraphs = doubt = 0
    counts = collections.Counter()
    techniques = collections.defaultdict(collections.Counter)
    for article, paragraph_labels in labels.items():
        lines = open(f'{data}/train-articles-subtask-3/article{article}.txt', encoding='utf-8').read().split('\n')
        for number, label_set in paragraph_labels.items():
            paragraphs += 1
            doubt += 'Doubt' in label_set
            text = lines[number - 1] if number - 1 < len(lines) else ''
            for pattern in patterns_in(text):
                counts[pattern, 'paragraphs'] += 1
                counts[pattern, 'doubt'] += 'Doubt' in label_set
                techniques[pattern].update(label_set)
    print(f'Doubt in {doubt} of {paragraphs} paragraphs ({doubt / paragraphs:.3f})')
    for pattern in sorted({pattern for pattern, _ in counts}):
        held, with_doubt = counts[pattern, 'paragraphs'], counts[pattern, 'doubt']
        print(f'{pattern:45s} {held:4d} paragraphs, Doubt {with_doubt:3d} (precision {with_doubt / held:.3f}); '
              f'most: {techniques[pattern].most_common(3)}')


if __name__ == '__main__':
    main(sys.argv[1])
