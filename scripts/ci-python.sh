#!/usr/bin/env bash
# The Python side of CI: builds the rhetor wheel (maturin, release, abi3) and the rhetor CLI,
# installs the wheel in a virtual environment with pinned test dependencies, and runs pytest
# (crates/python/tests), including the Spark local-mode test of examples/spark_events.py.
#
# The virtual environment and pip's downloads (pyspark is about 400 MB) are cached under
# $HOME/.cache so that reruns on the same machine download nothing; a fresh machine needs PyPI.
# Java 17 must be on PATH for Spark. Usage: scripts/ci-python.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-${RHETOR_CI_TARGET_DIR:-$HOME/.cache/rhetor-ci-target}}"
cache="${RHETOR_PYTHON_CACHE:-$HOME/.cache/rhetor-python}"
venv="$cache/venv"
requirements=crates/python/requirements-ci.txt

python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
# Reinstall only when the pinned requirements change.
if ! cmp -s "$requirements" "$venv/requirements-ci.txt"; then
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements"
    cp "$requirements" "$venv/requirements-ci.txt"
fi

# The CLI is the reference the tests compare the binding and the Spark job with; release, so
# that analysing the State Department corpus takes seconds.
cargo build --release --locked -p rhetor-cli

wheels="$cache/wheels"
rm -rf "$wheels"
"$venv/bin/maturin" build --release --locked --manifest-path crates/python/Cargo.toml --out "$wheels"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps "$wheels"/rhetor-*.whl

export RHETOR_BIN="$CARGO_TARGET_DIR/release/rhetor"
"$venv/bin/python" -m pytest crates/python/tests "$@"
