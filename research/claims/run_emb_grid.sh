#!/bin/sh
# Embedding experiments (after embed_sets.py, static_distill.py and run_sparse_grid2.sh wrote their caches).
PY=${PY:-/work/venv-claims/bin/python}
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
$PY emb.py --emb minilm --clf lr --C 1 4 16 --save-scores mini_lr
$PY emb.py --emb minilm --clf lr --C 4 --combine avg --sparse-prefix sp_hash_lex
$PY emb.py --emb minilm --clf lr --C 4 --combine stack --sparse-prefix sp_hash_lex --alpha 1
while [ ! -f /work/cache-claims/sp_hash_lex_blocked_trainoof.npy ]; do sleep 10; done
$PY emb.py --emb minilm --clf lr --C 4 --combine stack --sparse-prefix sp_hash_lex_blocked --alpha 1 --cv blocked
$PY emb.py --emb minilm --clf lr --C 4 --combine concat --alpha 1 --feats hw13,hc25 --mask lex
$PY emb.py --emb minilm --clf mlp --C 256
