#!/usr/bin/env python3
"""Deterministic sentence selection for the rhetor hand-annotated event gold set.

Usage:
    python3 data/gold/select_sentences.py [CORPORA_DIR] > /tmp/candidates.txt

CORPORA_DIR defaults to ../shared/data/corpora relative to the repository root.
Writes data/gold/selection.jsonl (corpus, doc_id, start, end, sha1, stratum; no
text) and prints the selected sentences to stdout for the annotator.

Procedure (seed fixed, no coder output involved):
  1. Split every document `text` into sentences: paragraph breaks (newlines)
     always end a sentence; inside a paragraph we split after . ! ? (optionally
     followed by a closing quote/bracket) when followed by whitespace and an
     upper-case letter, digit or opening quote, except after common
     abbreviations (Mr., U.S., Dr., No., St., etc.).
  2. Keep sentences of 40..450 characters that contain at least one lower-case
     word and a space (drops headers, datelines, name lists).
  3. Classify each sentence with keyword regexes into strata, in priority
     order: negation+cue, capital-metonym+cue, reported-speech+cue,
     future+cue, demand/recommendation, other behaviour cue, no cue.
  4. Shuffle with random.Random(SEED) and take a fixed quota per stratum and
     corpus, at most one sentence per document.
  5. Append the hand-added picks in MANUAL_PICKS (chosen by reading documents,
     to reach the minimum counts of negated events / metonyms; never chosen by
     looking at any software output).
"""
import hashlib
import json
import os
import random
import re
import sys

SEED = 20240611

CORPORA = {
    "statements_state_dept_pr.jsonl": {
        "neg": 14, "capital": 6, "reported": 9, "future": 5, "demand": 10,
        "cue": 34, "nocue": 26,
    },
    "statements_ungdc_2020_2024.jsonl": {
        "neg": 9, "capital": 3, "reported": 3, "future": 3, "demand": 8,
        "cue": 25, "nocue": 17,
    },
}

CUE = re.compile(
    r"\b(condemn\w*|denounc\w*|critici[sz]\w*|accus\w*|call(?:s|ed|ing)? (?:on|upon|for)|"
    r"urg(?:e|es|ed|ing)|demand\w*|reject\w*|den(?:y|ies|ied)|threat\w*|sanction\w*|"
    r"welcom\w*|prais\w*|support\w*|commend\w*|meet(?:s|ing)?|met|discuss\w*|"
    r"sign(?:s|ed|ing)?|agree\w*|appeal\w*|warn\w*|attack\w*|occup\w*|invad\w*|"
    r"invasion|assistance|aid|pledg\w*|impos\w*|negotiat\w*|visit\w*|deplor\w*|"
    r"killed|detain\w*|arrest\w*|bomb\w*|strikes?|cooperat\w*|host\w*)\b",
    re.I,
)
NEG = re.compile(
    r"\b(did not|does not|do not|has not|have not|had not|never|refus\w+|"
    r"failed to|didn't|hasn't|haven't|won't|will not|no longer|not been)\b",
    re.I,
)
DEMAND = re.compile(
    r"\b(should|must|call(?:s|ed)? (?:on|upon)|urg(?:e|es|ed)|demand(?:s|ed)? that|insist\w*)\b",
    re.I,
)
REPORTED = re.compile(
    r"\b(said|says|stated|told|noted|claimed|alleged|reported|announced)\b[^.]{0,40}\bthat\b|"
    r"\baccording to\b",
    re.I,
)
FUTURE = re.compile(r"\b(will|plans? to|intends? to)\b", re.I)
CAPITAL = re.compile(
    r"\b(Washington|Moscow|Beijing|Kyiv|Kiev|Tehran|Pyongyang|Minsk|Caracas|Havana|"
    r"Damascus|Ankara|Baku|Yerevan|Kabul|Brussels|Tokyo|Seoul|Taipei|Riyadh|"
    r"Islamabad|New Delhi|Managua|Naypyidaw|Khartoum|Addis Ababa|Belgrade|Pristina)"
    r"(?:'s|’s)?\s+(?:has|have|had|is|was|must|should|will|would|continues|"
    r"refuses|refused|and|\w+ed|\w+s)\b"
)

ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|No|Nos|Gen|Lt|Col|Sen|Rep|Amb|Gov|Jr|Sr|Prof|Inc|Ltd|Co|vs|etc|"
    r"e\.g|i\.e|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Art|para|approx)"
    r"|\b(?:[A-Z]\.){1,3}[A-Z]?)\.$"
)
BOUNDARY = re.compile(r"[.!?][\"”’')\]]*(?=\s+[\"“‘(]?[A-Z0-9])")


def paragraphs(text):
    """Yield (start, end) char spans of paragraphs.  Line breaks end a paragraph
    after sentence-final punctuation, or after a short single-line heading when
    the next line starts upper-case; otherwise (hard-wrapped or PDF-extracted
    speeches) they are treated as spaces."""
    start = 0
    for m in re.finditer(r"\n+", text):
        prev = text[start:m.start()].rstrip()
        nxt = text[m.end():m.end() + 1]
        brk = (not prev) or (not nxt) or prev[-1] in ".!?:;\"”’)"
        if not brk and not nxt.islower():
            brk = len(prev) < 60 and "\n" not in prev
        if brk:
            yield start, m.start()
            start = m.end()
    yield start, len(text)


def split_sentences(text):
    """Yield (char_start, char_end) for trimmed sentences."""
    for p0, p1 in paragraphs(text):
        s = text[p0:p1]
        start = 0
        for m in BOUNDARY.finditer(s):
            end = m.end()
            head = s[start:end]
            if ABBREV.search(head.rstrip("\"”’')]")):
                continue
            yield from _trim(text, p0 + start, p0 + end)
            start = end
        yield from _trim(text, p0 + start, p0 + len(s))


def _trim(text, a, b):
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        yield a, b


def byte_offsets(text):
    """Map char index -> byte index (list of len(text)+1)."""
    out = [0] * (len(text) + 1)
    acc = 0
    for i, ch in enumerate(text):
        out[i] = acc
        acc += len(ch.encode("utf-8"))
    out[len(text)] = acc
    return out


def stratum(sent):
    cue = bool(CUE.search(sent))
    if cue and NEG.search(sent):
        return "neg"
    if cue and CAPITAL.search(sent):
        return "capital"
    if cue and REPORTED.search(sent):
        return "reported"
    if cue and FUTURE.search(sent):
        return "future"
    if DEMAND.search(sent):
        return "demand"
    if cue:
        return "cue"
    return "nocue"


def usable(sent):
    return 40 <= len(sent) <= 450 and " " in sent and re.search(r"\b[a-z]{3,}\b", sent) \
        and not sent.endswith(":") and not sent.startswith(("QUESTION", "Q:", "MR. PRICE: Thank"))


# Hand-added picks: (corpus, doc_id, char offset of a word inside the sentence).
# Filled in by the annotator after reading the documents (see README).
S = "statements_state_dept_pr.jsonl"
U = "statements_ungdc_2020_2024.jsonl"
MANUAL_PICKS = [
    (U, 'ungdc_ARE_77_2022', 3021),
    (S, 'state_pr_704cf4fd07f5', 2674),
    (U, 'ungdc_RUS_77_2022', 5914),
    (S, 'state_pr_69de0247cb7d', 16233),
    (S, 'state_pr_9d790ba50827', 19356),
    (S, 'state_pr_3c95b864368f', 8809),
    (S, 'state_pr_4399a84ea78d', 32850),
    (S, 'state_pr_3128929e1737', 19574),
    (S, 'state_pr_72bdc37ae638', 2998),
    (S, 'state_pr_9424a74ee763', 36145),
    (U, 'ungdc_BLR_77_2022', 7474),
    (U, 'ungdc_GEO_75_2020', 2959),
    (S, 'state_pr_42e6f982d8d9', 37371),
    (U, 'ungdc_CYP_76_2021', 7826),
    (S, 'state_pr_e1abc95b7bb8', 25299),
    (S, 'state_pr_e4d0c73231ad', 29061),
    (S, 'state_pr_7d7f3caba9ee', 758),
    (S, 'state_pr_a087ebece8ea', 69827),
    (S, 'state_pr_aca0c65b294a', 8589),
    (S, 'state_pr_34c2aa86e228', 3599),
    (S, 'state_pr_1d5c1a66059c', 9967),
    (U, 'ungdc_BFA_79_2024', 7518),
    (S, 'state_pr_765e40afb43b', 1108),
    (S, 'state_pr_5c3d50392bda', 6200),
    (U, 'ungdc_ETH_76_2021', 10836),
    (S, 'state_pr_a087ebece8ea', 50892),
    (S, 'state_pr_d81af03f2897', 1213),
    (U, 'ungdc_CUB_75_2020', 9770),
    (S, 'state_pr_58154db3baf6', 580),
    (U, 'ungdc_EST_77_2022', 5236),
    (U, 'ungdc_COD_79_2024', 6096),
    (U, 'ungdc_UKR_76_2021', 8402),
    (U, 'ungdc_ARG_76_2021', 10468),
    (U, 'ungdc_SYR_79_2024', 5402),
    (S, 'state_pr_28ac706f7e93', 1570),
    (U, 'ungdc_CUB_78_2023', 13162),
    (U, 'ungdc_PSE_79_2024', 3344),
    (U, 'ungdc_LUX_77_2022', 2323),
    (U, 'ungdc_YEM_77_2022', 4227),
    (S, 'state_pr_09e0e4cdf7ca', 29950),
    (S, 'state_pr_14e5fe43263e', 10840),
    (S, 'state_pr_13e517a137a8', 26012),
    (S, 'state_pr_44b974d120b7', 44822),
    (S, 'state_pr_7d41bc466a3a', 2036),
    (S, 'state_pr_3128929e1737', 35410),
    (U, 'ungdc_ITA_77_2022', 3410),
]


STRATA = ["neg", "capital", "reported", "future", "demand", "cue", "nocue"]


def sample_strata(rng, docs, quota, excluded_ids=frozenset(), is_excluded_sentence=None):
    """The random stratified sample of one corpus: each stratum's usable sentences shuffled with
    `rng`, in STRATA order, taking at most one sentence per document, up to the stratum's quota.
    `docs` are sorted by id; documents in `excluded_ids` are skipped, and so is every sentence
    for which `is_excluded_sentence(document, a, b)` is true. Returns (doc_id, a, b, stratum)
    with character offsets."""
    pools = {k: [] for k in quota}
    for d in docs:
        if d["id"] in excluded_ids:
            continue
        for a, b in split_sentences(d["text"]):
            s = d["text"][a:b]
            if usable(s) and not (is_excluded_sentence and is_excluded_sentence(d, a, b)):
                pools[stratum(s)].append((d["id"], a, b))
    selected = []
    used_docs = set()
    for st in STRATA:
        pool = pools[st]
        rng.shuffle(pool)
        n = 0
        for doc_id, a, b in pool:
            if n >= quota[st]:
                break
            if doc_id in used_docs:
                continue
            used_docs.add(doc_id)
            selected.append((doc_id, a, b, st))
            n += 1
    return selected


def selection_record(corpus, doc_id, text, a, b, st):
    """The selection record of sentence text[a:b]: byte offsets and a SHA-1 prefix, no text."""
    bo = byte_offsets(text)
    bs, be = bo[a], bo[b]
    sent_bytes = text.encode("utf-8")[bs:be]
    assert sent_bytes.decode("utf-8") == text[a:b]
    sha = hashlib.sha1(sent_bytes).hexdigest()[:12]
    return {"corpus": corpus, "doc_id": doc_id, "start": bs, "end": be,
            "sha1": sha, "stratum": st}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    cdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(repo, "..", "shared", "data", "corpora")
    rng = random.Random(SEED)
    selected = []
    for corpus, quota in CORPORA.items():
        docs = [json.loads(l) for l in open(os.path.join(cdir, corpus), encoding="utf-8")]
        docs.sort(key=lambda d: d["id"])
        for doc_id, a, b, st in sample_strata(rng, docs, quota):
            selected.append((corpus, doc_id, a, b, st))
        bydoc = {d["id"]: d for d in docs}
        for c, doc_id, pos in MANUAL_PICKS:
            if c != corpus:
                continue
            for a, b in split_sentences(bydoc[doc_id]["text"]):
                if a <= pos < b:
                    # a hand pick never spans a blank line (speaker turns in
                    # transcripts): keep the blank-line segment holding pos
                    t = bydoc[doc_id]["text"]
                    cut = t.rfind("\n\n", a, pos)
                    if cut != -1:
                        a = cut + 2
                    cut = t.find("\n\n", pos, b)
                    if cut != -1:
                        b = cut
                    a, b = next(_trim(t, a, b))
                    selected.append((corpus, doc_id, a, b, "manual"))
                    break
        cache = bydoc
        globals().setdefault("_DOCS", {})[corpus] = cache

    out = []
    for corpus, doc_id, a, b, st in selected:
        text = _DOCS[corpus][doc_id]["text"]
        record = selection_record(corpus, doc_id, text, a, b, st)
        out.append(record)
        print(f"### {len(out)-1} {corpus[11:16]} {doc_id} {record['start']}-{record['end']} [{st}]")
        print(text[a:b])
    with open(os.path.join(here, "selection.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r) + "\n")


if __name__ == "__main__":
    main()
