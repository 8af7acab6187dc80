#!/bin/sh
# Sparse grid, run sequentially (single thread). Appends to results.jsonl.
PY=${PY:-/work/venv-claims/bin/python}
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
$PY sparse.py --feats w12 --numbers 0 --C 1 4 16 --tag baseline
$PY sparse.py --feats w13 --C 1 4 16
$PY sparse.py --feats w13,c25 --C 1 4 16
$PY sparse.py --feats w13,c25 --C 1 4 16 --mask caps
$PY sparse.py --feats w13,c25 --C 1 4 16 --mask lex
$PY sparse.py --feats w13,c25 --C 1 4 --mask lex --cw balanced
$PY sparse.py --feats w13,c25 --model svm --C 0.1 0.3 --mask lex
