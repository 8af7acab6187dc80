"""Trains the word clusters the token tagger reads (`crates/techniques/data/word_clusters.tsv`).

    python3 research/techniques/word_clusters.py ../shared/data crates/techniques/data/word_clusters.tsv

(with the packages of `requirements.txt`; about 5 minutes on the 2-core reference machine, one thread, so that the
output is the same file byte for byte on every run).

Why: the token tagger reads a word as itself, so a loaded word it never saw in training (`atrocious` when training
had `heinous`) is a word with no weight. Words that occur in the same contexts are grouped here, and a word's group
is a feature of the tagger beside the word itself, so what it learned about one member reaches the others
(`research/techniques/RESULTS.md`, thirty-first session, measured it).

How: skip-gram word2vec (gensim; 100 dimensions, window 5, words seen at least 5 times, 3 epochs, seed 1) over the
lowercased words (`exp04_tokens.tokens_with_offsets`: runs of letters and digits with inner apostrophes) of every
line of the SemEval-2023 English training articles (subtask 1's, the same texts as subtask 3's) and every paragraph
of the three corpora in `corpora/` (UN General Debate speeches 1990-2024, State Department releases). The unit-length
vectors are clustered three times with mini-batch k-means (64, 256 and 1,024 clusters, seed 1). No label is read: the
clusters know words, not techniques. Output: one line per word, `word<TAB>c64<TAB>c256<TAB>c1024`, the most frequent
words first (the tagger's evidence names a cluster by its first members).
"""
import json
import os
import sys

# Determinism: gensim seeds each word's initial vector with Python's str hash, and threads reorder updates.
if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)
for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[variable] = "1"

import numpy as np  # noqa: E402
from gensim.models import Word2Vec  # noqa: E402
from sklearn.cluster import MiniBatchKMeans  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exp04_tokens import tokens_with_offsets  # noqa: E402

CORPORA = ["bulk_ungdc_1990_2019.jsonl", "statements_state_dept_pr.jsonl", "statements_ungdc_2020_2024.jsonl"]
CLUSTER_COUNTS = (64, 256, 1024)


def lowercased_words(line):
    return [line[start:end].lower() for start, end in tokens_with_offsets(line)]


def training_sentences(data_root):
    sentences = []
    articles = os.path.join(data_root, "semeval2023-en", "train-articles-subtask-1")
    for name in sorted(os.listdir(articles)):
        with open(os.path.join(articles, name), encoding="utf-8") as article:
            sentences.extend(words for words in map(lowercased_words, article) if words)
    for name in CORPORA:
        with open(os.path.join(data_root, "corpora", name), encoding="utf-8") as corpus:
            for line in corpus:
                for paragraph in json.loads(line)["text"].split("\n"):
                    words = lowercased_words(paragraph)
                    if words:
                        sentences.append(words)
    return sentences


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: word_clusters.py DATA_DIR OUTPUT_TSV")
    data_root, output = sys.argv[1], sys.argv[2]
    sentences = training_sentences(data_root)
    print("%d paragraphs, %d words" % (len(sentences), sum(map(len, sentences))), flush=True)
    model = Word2Vec(sentences, vector_size=100, window=5, min_count=5, workers=1, sg=1, epochs=3, seed=1)
    words = model.wv.index_to_key
    vectors = model.wv.vectors / np.linalg.norm(model.wv.vectors, axis=1, keepdims=True)
    clusterings = [
        MiniBatchKMeans(n_clusters=count, random_state=1, batch_size=4096, n_init=3).fit(vectors).labels_
        for count in CLUSTER_COUNTS
    ]
    with open(output, "w", encoding="utf-8", newline="\n") as out:
        for index in range(len(words)):
            out.write("%s\t%s\n" % (words[index], "\t".join(str(labels[index]) for labels in clusterings)))
    print("%d words written to %s" % (len(words), output), flush=True)


if __name__ == "__main__":
    main()
