#!/bin/sh
# Blocked (by Sentence_id ~ debate) CV for the portable sparse model: out-of-fold scores on unseen debates.
PY=${PY:-/work/venv-claims/bin/python}
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
$PY sparse.py --feats hw13,hc25 --C 4 --mask lex --cv blocked --save-scores sp_hash_lex_blocked
