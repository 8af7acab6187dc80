"""How much the PTC annotations add to SemEval-2023's: are they a second opinion on the same articles?

    python3 research/techniques/ptc_overlap.py ../shared/data

The issue suggests the older PTC annotations of the same articles, mapped onto the 2023 taxonomy, as more training
signal. This compares them span by span: the texts of an article in the two corpora differ by a character or two (a
trailing newline, some newlines that are spaces), so character offsets are comparable. Result (thirty-first
session): of PTC's 6,129 spans on the 357 articles both annotate, 5,523 have the same offsets and the mapped
technique in SemEval-2023, and 164 the same offsets and one of the classes 2023 split PTC's merged ones into
(Bandwagon,Reductio_ad_hitlerum -> Guilt_by_Association, Appeal_to_Popularity; Whataboutism,Straw_Men,Red_Herring ->
Red_Herring, Appeal_to_Hypocrisy, Whataboutism, Straw_Man). The 442 PTC spans and 450 SemEval-2023 spans left over
are the same techniques in the same numbers on both sides (Loaded_Language 157 and 156, Name_Calling 77 and 77,
Repetition 61 and 61, ...): spans whose boundaries moved. The 2023 English annotations are PTC's, relabelled: PTC is
no second opinion and adds no training signal, so rhetor does not train on it.
"""
import collections
import os
import sys

# PTC's 14 techniques onto SemEval-2023's ids; the merged classes have no single counterpart.
PTC_TO_SEMEVAL = {
    "Appeal_to_Authority": "Appeal_to_Authority",
    "Appeal_to_fear-prejudice": "Appeal_to_Fear-Prejudice",
    "Bandwagon,Reductio_ad_hitlerum": None,
    "Black-and-White_Fallacy": "False_Dilemma-No_Choice",
    "Causal_Oversimplification": "Causal_Oversimplification",
    "Doubt": "Doubt",
    "Exaggeration,Minimisation": "Exaggeration-Minimisation",
    "Flag-Waving": "Flag_Waving",
    "Loaded_Language": "Loaded_Language",
    "Name_Calling,Labeling": "Name_Calling-Labeling",
    "Repetition": "Repetition",
    "Slogans": "Slogans",
    "Thought-terminating_Cliches": "Conversation_Killer",
    "Whataboutism,Straw_Men,Red_Herring": None,
}


def read_spans(lines, columns):
    spans = collections.defaultdict(list)
    for line in lines:
        fields = line.rstrip("\n").split("\t")
        if len(fields) >= 4:
            article, technique, start, end = (fields[index] for index in columns)
            spans[article].append((technique, int(start), int(end)))
    return spans


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: ptc_overlap.py DATA_DIR")
    data = sys.argv[1]
    with open(os.path.join(data, "ptc", "train-task2-TC.labels"), encoding="utf-8") as labels:
        ptc = read_spans(labels, (0, 1, 2, 3))
    semeval_directory = os.path.join(data, "semeval2023-en", "train-labels-subtask-3-spans")
    semeval = collections.defaultdict(list)
    for name in sorted(os.listdir(semeval_directory)):
        with open(os.path.join(semeval_directory, name), encoding="utf-8") as labels:
            for article, spans in read_spans(labels, (0, 1, 2, 3)).items():
                semeval[article].extend(spans)
    articles = sorted(set(ptc) & set(semeval))
    same_offsets_same_technique = 0
    relabelled = collections.Counter()
    ptc_only, semeval_only = collections.Counter(), collections.Counter()
    lengths_equal = 0
    for article in articles:
        ptc_text = os.path.join(data, "ptc", "train-articles", "article%s.txt" % article)
        semeval_text = os.path.join(data, "semeval2023-en", "train-articles-subtask-3", "article%s.txt" % article)
        with open(ptc_text, encoding="utf-8") as first, open(semeval_text, encoding="utf-8") as second:
            lengths_equal += len(first.read()) == len(second.read())
        by_offsets = collections.defaultdict(set)
        for technique, start, end in semeval[article]:
            by_offsets[(start, end)].add(technique)
        matched = set()
        for technique, start, end in ptc[article]:
            mapped = PTC_TO_SEMEVAL[technique]
            there = by_offsets.get((start, end), set())
            if mapped in there:
                same_offsets_same_technique += 1
                matched.add((mapped, start, end))
            elif there:
                relabelled[(technique, ", ".join(sorted(there)))] += 1
                matched.update((other, start, end) for other in there)
            else:
                ptc_only[technique] += 1
        for span in semeval[article]:
            if span not in matched:
                semeval_only[span[0]] += 1
    print("articles annotated in both: %d (texts of equal length: %d)" % (len(articles), lengths_equal))
    print("PTC spans: %d; SemEval-2023 spans on those articles: %d" % (
        sum(len(ptc[article]) for article in articles), sum(len(semeval[article]) for article in articles)))
    print("same offsets, mapped technique: %d" % same_offsets_same_technique)
    print("same offsets, another technique: %d" % sum(relabelled.values()))
    for (technique, others), count in relabelled.most_common(12):
        print("  %5d  PTC %s -> %s" % (count, technique, others))
    print("PTC spans with no SemEval-2023 span at the same offsets: %d %s" % (
        sum(ptc_only.values()), dict(ptc_only.most_common(6))))
    print("SemEval-2023 spans with no PTC span at the same offsets: %d %s" % (
        sum(semeval_only.values()), dict(semeval_only.most_common(6))))


if __name__ == "__main__":
    main()
