"""The selection shared by the held-out event gold sets (select_heldout*.py).

Each held-out set is a deterministic random stratified sample of the statement corpora, with the
splitter, usability filter and strata of select_sentences.py, one sentence per document at most,
no hand picks, and every document of the earlier sets excluded. A set's script gives its seed,
its quotas per corpus and stratum, the earlier selections to exclude and its output file.

Writes the selection (corpus, doc_id, start, end, sha1, stratum; no text) and prints the selected
sentences, with the document's title, date and the preceding text as context, for the annotator.
"""
import json
import os
import random
import sys

from select_sentences import sample_strata, selection_record


def default_corpora_directory():
    """../shared/data/corpora beside the repository."""
    repository = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    return os.path.join(repository, "..", "shared", "data", "corpora")


def select_heldout(seed, quotas, excluded_selections, output_name, corpora_directory=None,
                   is_excluded_sentence=None):
    """Selects the sentences of a held-out set and writes `output_name` (see the module docs).

    The corpora are read from `corpora_directory`, else from the first command-line argument,
    else from ../shared/data/corpora beside the repository. Every document of
    `excluded_selections` is excluded, and every sentence for which
    `is_excluded_sentence(corpus, document, a, b)` is true (character offsets)."""
    here = os.path.dirname(os.path.abspath(__file__))
    cdir = corpora_directory or (sys.argv[1] if len(sys.argv) > 1 else default_corpora_directory())
    excluded_docs = {
        (r["corpus"], r["doc_id"])
        for name in excluded_selections
        for r in map(json.loads, open(os.path.join(here, name), encoding="utf-8"))
    }
    rng = random.Random(seed)
    selected = []
    documents = {}
    for corpus, quota in quotas.items():
        docs = [json.loads(l) for l in open(os.path.join(cdir, corpus), encoding="utf-8")]
        docs.sort(key=lambda d: d["id"])
        for d in docs:
            documents[(corpus, d["id"])] = d
        excluded_ids = {doc_id for excluded_corpus, doc_id in excluded_docs if excluded_corpus == corpus}
        sentence_filter = None
        if is_excluded_sentence is not None:
            def sentence_filter(document, a, b, corpus=corpus):
                return is_excluded_sentence(corpus, document, a, b)
        for doc_id, a, b, st in sample_strata(rng, docs, quota, excluded_ids, sentence_filter):
            selected.append((corpus, doc_id, a, b, st))

    out = []
    for corpus, doc_id, a, b, st in selected:
        d = documents[(corpus, doc_id)]
        text = d["text"]
        record = selection_record(corpus, doc_id, text, a, b, st)
        out.append(record)
        context = text[max(0, a - 400):a].replace("\n", " ")
        print(f"### {len(out)-1} {corpus[11:16]} {doc_id} {record['start']}-{record['end']} [{st}] "
              f"{d.get('date', '')} {d.get('country_iso3', '')} | {d.get('title', '')[:120]}")
        print(f"    ...{context}")
        print(text[a:b])
    with open(os.path.join(here, output_name), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r) + "\n")

