"""Feature blocks (all stateless given the article text, so computed once and cached in /tmp).

Blocks (each a CSR matrix with one row per paragraph):
  para      hashed word 1-2 grams + char_wb 3-5 grams of the paragraph (FNV-1a 64, 2^20 buckets)
  word      hashed word 1-2 grams only
  hand      hand-made cue counts (see HAND_NAMES / hand_features), log1p-scaled
  prev/next hashed word 1-2 grams of the neighbouring paragraphs (namespaced 'prev|' / 'next|')
  article   hashed word 1-2 grams of the whole article (namespaced 'art|')
"""
import math
import os
import re

import numpy as np
import scipy.sparse as sp

import common as cm

N_BUCKETS = 1 << 20

# small closed lexicons (project-owned lists; lowercase; multiword entries matched on token sequences)
LEX = {
    "second_person": ["you", "your", "yours", "yourself", "yourselves"],
    "first_plural": ["we", "our", "us", "ours", "ourselves"],
    "flag": ["nation", "country", "patriot", "patriots", "patriotic", "america", "american", "americans",
             "homeland", "motherland", "fatherland", "flag", "freedom", "sovereignty", "our nation",
             "our country", "our people", "great again"],
    "fear": ["threat", "threats", "danger", "dangerous", "fear", "afraid", "terror", "terrorist", "deadly",
             "kill", "killed", "killing", "destroy", "destruction", "catastrophe", "catastrophic", "disaster",
             "crisis", "invasion", "collapse", "death", "die", "war", "attack", "risk", "warn", "warned"],
    "superlative": ["most", "least", "best", "worst", "biggest", "greatest", "largest", "never", "ever",
                    "always", "all", "every", "everyone", "nothing", "nobody", "totally", "completely",
                    "absolutely", "entire", "million", "millions", "billion", "billions", "huge", "massive"],
    "doubt": ["allegedly", "alleged", "claim", "claims", "claimed", "so-called", "supposedly", "questionable",
              "really", "whether", "doubt", "why", "how", "suspicious", "apparently"],
    "authority": ["said", "says", "according", "expert", "experts", "scientist", "scientists", "professor",
                  "dr", "study", "report", "official", "officials", "according to"],
    "causal": ["because", "therefore", "thus", "hence", "cause", "caused", "causes", "result", "leads",
               "led", "due", "as a result", "so that"],
    "dilemma": ["either", "only", "choice", "alternative", "or else", "no choice", "only option"],
    "killer": ["period", "enough", "simply", "end of story", "nothing more", "that's it", "no debate"],
    "whatabout": ["what about", "but what about", "how about", "what of"],
    "hypocrisy": ["hypocrisy", "hypocrite", "hypocrites", "hypocritical", "double standard", "double standards",
                  "while", "yet", "at the same time", "same people", "themselves"],
    "guilt": ["nazi", "nazis", "hitler", "communist", "communists", "fascist", "fascists", "stalin", "marxist",
              "socialist", "terrorists", "kkk", "soros"],
    "namecall": ["idiot", "idiots", "liar", "liars", "thug", "thugs", "radical", "radicals", "leftist",
                 "leftists", "elite", "elites", "globalist", "globalists", "puppet", "regime", "clown",
                 "crooked", "corrupt", "traitor", "traitors", "mob", "snowflake"],
    "popularity": ["everyone", "everybody", "majority", "most people", "millions", "polls", "poll", "popular"],
}

_ALNUM = re.compile(r"\w+", re.UNICODE)


def _lex_counts(toks):
    out = {}
    joined = " " + " ".join(toks) + " "
    tokset = {}
    for t in toks:
        tokset[t] = tokset.get(t, 0) + 1
    for name, words in LEX.items():
        n = 0
        for w in words:
            if " " in w or "-" in w:
                n += joined.count(" " + w + " ")
            else:
                n += tokset.get(w, 0)
        out[name] = n
    return out


HAND_NAMES = None


def hand_features(data):
    """Returns (n_paras x F) dense float32 matrix. All counts log1p'd."""
    global HAND_NAMES
    rows = []
    # article-level: word 3-gram and content-word counts for Repetition
    art_ngrams = {}
    art_words = {}
    para_tok = []
    for i, p in enumerate(data.paras):
        toks = [t for t in cm.word_tokens(p.text.lower()) if t[0].isalnum()]
        para_tok.append(toks)
        a = p.aid
        g = art_ngrams.setdefault(a, {})
        for tri in set(tuple(toks[j:j + 3]) for j in range(len(toks) - 2)):
            g[tri] = g.get(tri, 0) + 1
        w = art_words.setdefault(a, {})
        for t in set(toks):
            if len(t) >= 4:
                w[t] = w.get(t, 0) + 1
    n_in_article = {a: len(v) for a, v in data.by_article.items()}
    for i, p in enumerate(data.paras):
        text = p.text
        toks = para_tok[i]
        alltoks = cm.word_tokens(text.lower())
        f = {}
        f["len_chars"] = len(text)
        f["len_tokens"] = len(toks)
        f["sentences"] = len(re.findall(r"[.!?]+(\s|$)", text))
        f["qmark"] = text.count("?")
        f["excl"] = text.count("!")
        f["quote_chars"] = sum(text.count(q) for q in ['"', "\u201c", "\u201d"])
        short_q = re.findall(r"[\"\u201c\u2018']([^\"\u201d\u201c\u2019']{1,30})[\"\u201d\u2019']", text)
        f["scare_quotes"] = sum(1 for s in short_q if len(s.split()) <= 3)
        f["allcaps"] = sum(1 for w in text.split() if len(w) >= 2 and w.isupper() and any(c.isalpha() for c in w))
        f["numbers"] = sum(1 for t in toks if any(c.isdigit() for c in t))
        f["est_words"] = sum(1 for t in toks if len(t) > 5 and t.endswith("est"))
        f["ly_adverbs"] = sum(1 for t in toks if len(t) > 5 and t.endswith("ly"))
        g = art_ngrams[p.aid]
        f["rep_trigrams"] = sum(1 for tri in set(tuple(toks[j:j + 3]) for j in range(len(toks) - 2)) if g[tri] > 1)
        w = art_words[p.aid]
        f["rep_words3"] = sum(1 for t in set(toks) if len(t) >= 4 and w.get(t, 0) >= 3)
        inpara = {}
        for t in toks:
            if len(t) >= 4:
                inpara[t] = inpara.get(t, 0) + 1
        f["rep_inpara"] = sum(1 for v in inpara.values() if v >= 2)
        f["is_title"] = 1 if p.idx_in_article == 0 else 0
        f["rel_pos"] = p.idx_in_article / max(1, n_in_article[p.aid] - 1)
        f["dash"] = text.count("\u2014") + text.count(" - ")
        f["colon"] = text.count(":")
        lc = _lex_counts(alltoks)
        for k in LEX:
            f["lex_" + k] = lc[k]
        if HAND_NAMES is None:
            HAND_NAMES = list(f)
        rows.append([math.log1p(f[k]) if k not in ("is_title", "rel_pos") else f[k] for k in HAND_NAMES])
    return np.array(rows, dtype=np.float32)


def _hashed_block(texts, word_ngrams, char_ngrams, prefix):
    h = cm.Hasher(N_BUCKETS)
    return cm.counts_to_csr([cm.hashed_features(t, h, word_ngrams, char_ngrams, prefix) for t in texts],
                            N_BUCKETS)


def get_blocks(data, names):
    os.makedirs(cm.CACHE, exist_ok=True)
    out = {}
    for name in names:
        path = os.path.join(cm.CACHE, "block_%s.npz" % name)
        if os.path.exists(path) and name != "hand":
            out[name] = sp.load_npz(path).tocsr()
            continue
        if name == "para":
            X = _hashed_block([p.text for p in data.paras], (1, 2), (3, 5), "")
        elif name == "word":
            X = _hashed_block([p.text for p in data.paras], (1, 2), None, "")
        elif name == "char":
            X = _hashed_block([p.text for p in data.paras], None, (3, 5), "")
        elif name in ("prev", "next"):
            texts = []
            for i, p in enumerate(data.paras):
                idxs = data.by_article[p.aid]
                j = p.idx_in_article + (-1 if name == "prev" else 1)
                texts.append(data.paras[idxs[j]].text if 0 <= j < len(idxs) else "")
            X = _hashed_block(texts, (1, 2), None, name + "|")
        elif name == "article":
            texts = [data.articles[p.aid] for p in data.paras]
            # compute once per article
            h = cm.Hasher(N_BUCKETS)
            cache = {}
            rows = []
            for p in data.paras:
                if p.aid not in cache:
                    cache[p.aid] = cm.hashed_features(data.articles[p.aid], h, (1, 1), None, "art|")
                rows.append(cache[p.aid])
            X = cm.counts_to_csr(rows, N_BUCKETS)
        elif name == "hand":
            X = sp.csr_matrix(hand_features(data))
        else:
            raise ValueError(name)
        if name != "hand":
            sp.save_npz(path, X)
        out[name] = X
    return out
