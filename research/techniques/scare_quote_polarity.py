"""How the SemEval-2023 annotators labelled short scare-quoted phrases, by the polarity of the quoted words.

Usage: python3 research/techniques/scare_quote_polarity.py ../shared/data/semeval2023-en

For every quoted phrase of one to three words (straight or curly double quotes, not ending in punctuation) in
the training paragraphs, the polarity of its words in rhetor's stance lexicon (`crates/stance/data/polarity.tsv`,
`quality` rows) sorts it as positive (`"independent"`, `"authoritative"`: irony, the candidates for Doubt),
negative or neutral, and capitalised or not. Prints, per group, the share of their paragraphs labelled with each
technique and the share of the phrases that a gold span of each technique overlaps (README, persuasion
techniques: scare quotes as evidence for Doubt). Result (thirty-second session): positive phrases sit in Doubt
paragraphs 13.5% of the time and under Doubt spans 5.4%, against 43% and 11% for Loaded_Language.
"""
import collections
import glob
import re
import sys

data = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/semeval2023-en"
QUOTED = re.compile(r'[“"]([^“”"]{2,40})[”"]')
pol = {}
for line in open("crates/stance/data/polarity.tsv"):
    if line.startswith("#"): continue
    p = line.rstrip("\n").split("\t")
    if len(p) >= 3 and p[2] == "quality": pol[p[0]] = float(p[1])
labels = collections.defaultdict(dict)
for line in open(f"{data}/train-labels-subtask-3.txt"):
    parts = line.rstrip("\n").split("\t")
    labels[parts[0]][int(parts[1])] = set(filter(None, parts[2].split(","))) if len(parts) > 2 else set()
spans = collections.defaultdict(list)
for f in glob.glob(f"{data}/train-labels-subtask-3-spans/*"):
    for line in open(f):
        a, t, s, e = line.rstrip("\n").split("\t"); spans[a].append((t, int(s), int(e)))
tot = collections.Counter(); para = collections.defaultdict(collections.Counter); span = collections.defaultdict(collections.Counter); n = collections.Counter()
npar = 0; base = collections.Counter()
for art, pl in labels.items():
    text = open(f"{data}/train-articles-subtask-3/article{art}.txt", encoding="utf-8").read()
    lines = text.split("\n"); offs = []; o = 0
    for l in lines: offs.append(o); o += len(l) + 1
    for num, ls in pl.items():
        npar += 1; base.update(ls)
        if num - 1 >= len(lines): continue
        t = lines[num-1]
        for m in QUOTED.finditer(t):
            ph = m.group(1).strip()
            if len(ph.split()) > 3 or ph[-1:] in ".,!?": continue
            words = re.findall(r"[a-z]+", ph.lower())
            ps = [pol[w] for w in words if w in pol]
            g = "pos" if ps and max(ps) > 0 else ("neg" if ps and min(ps) < 0 else "neu")
            lower = "lower" if ph[:1].islower() else "cap"
            for key in (g, g + "-" + lower, "all"):
                n[key] += 1; para[key].update(ls)
                s0 = offs[num-1] + m.start(); e0 = offs[num-1] + m.end()
                span[key].update({tt for tt, a, b in spans[art] if a < e0 and b > s0})
print("paragraphs", npar, {k: round(v/npar,3) for k, v in base.items() if k in ("Doubt","Questioning_the_Reputation","Name_Calling-Labeling","Loaded_Language")})
for key in sorted(n):
    print(key, n[key], "para:", {k: round(v/n[key],3) for k, v in para[key].most_common(6)})
    print("   span:", {k: round(v/n[key],3) for k, v in span[key].most_common(6)})
