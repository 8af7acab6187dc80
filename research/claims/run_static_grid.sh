#!/bin/sh
PY=${PY:-/work/venv-claims/bin/python}
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
$PY emb.py --emb static --sif 1e-3 --clf lr --C 4 16
$PY emb.py --emb static --sif 0 --clf lr --C 16
$PY emb.py --emb static --sif 1e-3 --clf lr --C 16 --combine avg --sparse-prefix sp_lex
