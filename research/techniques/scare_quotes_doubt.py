"""How often a paragraph with a short quoted phrase (a likely scare quote) is labelled Doubt.

Usage: python3 research/techniques/scare_quotes_doubt.py ../shared/data/semeval2023-en

Counts quoted phrases of one to three words in straight or curly double quotes that do not end in
punctuation, in the training paragraphs of SemEval-2023 subtask 3 (English), and how many of them
sit in a paragraph labelled Doubt, against the share of Doubt among all labelled paragraphs; and,
for the narrowest scare quotes (one lower-case word), which techniques their paragraphs carry. The
figure decides whether scare quotes are evidence for Doubt in this data (README, persuasion
techniques).
"""
import collections
import re
import sys

QUOTED = re.compile(r'[“"]([^“”"]{2,40})[”"]')


def main(data):
    labels = collections.defaultdict(dict)
    for line in open(f"{data}/train-labels-subtask-3.txt", encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        labels[parts[0]][int(parts[1])] = set(filter(None, parts[2].split(","))) if len(parts) > 2 else set()
    quoted = quoted_in_doubt = paragraphs = doubt_paragraphs = 0
    # One lower-case word in quotes (`"independent"`), the narrowest form of a scare quote, and the
    # techniques of the paragraphs that hold one.
    single_words = 0
    single_word_labels = collections.Counter()
    for article, paragraph_labels in labels.items():
        lines = open(f"{data}/train-articles-subtask-3/article{article}.txt", encoding="utf-8").read().split("\n")
        for number, paragraph_label_set in paragraph_labels.items():
            paragraphs += 1
            doubt = "Doubt" in paragraph_label_set
            doubt_paragraphs += doubt
            text = lines[number - 1] if number - 1 < len(lines) else ""
            for match in QUOTED.finditer(text):
                phrase = match.group(1).strip()
                if len(phrase.split()) > 3 or phrase[-1:] in ".,!?":
                    continue
                quoted += 1
                quoted_in_doubt += doubt
                if len(phrase.split()) == 1 and phrase.islower():
                    single_words += 1
                    single_word_labels.update(paragraph_label_set)
    print(f"short quoted phrases: {quoted}, in paragraphs labelled Doubt: {quoted_in_doubt} "
          f"({100 * quoted_in_doubt / quoted:.1f}%)")
    print(f"paragraphs labelled Doubt: {doubt_paragraphs} of {paragraphs} ({100 * doubt_paragraphs / paragraphs:.1f}%)")
    print(f"one lower-case quoted word: {single_words}; techniques of their paragraphs: "
          + ", ".join(f"{label} {count}" for label, count in single_word_labels.most_common(5)))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/semeval2023-en")
