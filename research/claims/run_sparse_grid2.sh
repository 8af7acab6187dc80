#!/bin/sh
# Reduced sparse grid (the machine is shared; C=4 was best by CV on train for w12/w13). Appends to results.jsonl.
PY=${PY:-/work/venv-claims/bin/python}
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
$PY sparse.py --feats w13,c25 --C 4 --mask lex --save-scores sp_lex
$PY sparse.py --feats hw13,hc25 --C 4 --mask lex --save-scores sp_hash_lex
$PY sparse.py --feats w13,c25 --C 4 --mask caps
$PY sparse.py --feats w13,c25 --C 4 --mask lex --cw balanced
$PY sparse.py --feats w13,c25 --model svm --C 0.1 --mask lex
