#!/usr/bin/env bash
# Runs every fuzz target of rhetor for a fixed number of executions, one after another, and
# prints how many each ran and whether it crashed.
#
#   fuzz/run-all.sh [RUNS] [TARGET...]     (default: 1000000 runs of jsonl segment html analyze)
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`) and a nightly compiler for libFuzzer's flags:
# `cargo +nightly` when a nightly toolchain is installed, else the stable compiler with
# RUSTC_BOOTSTRAP=1. Targets are built without a sanitizer by default, because rhetor's crates
# forbid unsafe code and a sanitizer halves the executions per second; FUZZ_SANITIZER=address
# builds with AddressSanitizer. Each sanitizer has its own build directory under
# $CARGO_TARGET_DIR (default fuzz/target), so that switching does not rebuild the other. The corpus grows in fuzz/corpus/<target>, seeded from the golden test inputs; crashes
# are saved in fuzz/artifacts/<target>/ and reproduce with
# `cargo fuzz run <target> fuzz/artifacts/<target>/<file>`. Logs go to fuzz/logs/<target>.log.
set -uo pipefail

runs="${1:-1000000}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(jsonl segment html analyze)
fi
fuzz_dir="$(cd "$(dirname "$0")" && pwd)"
repo_dir="$(dirname "$fuzz_dir")"
cd "$repo_dir"

if rustup run nightly rustc --version >/dev/null 2>&1; then
    cargo_fuzz=(cargo +nightly fuzz)
else
    export RUSTC_BOOTSTRAP=1
    cargo_fuzz=(cargo fuzz)
fi
sanitizer="${FUZZ_SANITIZER:-none}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$fuzz_dir/target}/$sanitizer"

# Longer inputs cost the whole pipeline more time per run than they add coverage.
max_len_of() {
    case "$1" in
        analyze | html) echo 4096 ;;
        *) echo 8192 ;;
    esac
}

# Seeds: the golden inputs and examples, by the format each target reads.
seed_dir_of() {
    case "$1" in
        html) echo "$repo_dir/fuzz/seeds/html" ;;
        jsonl) echo "$repo_dir/fuzz/seeds/jsonl" ;;
        *) echo "$repo_dir/fuzz/seeds/text" ;;
    esac
}
mkdir -p fuzz/seeds/html fuzz/seeds/jsonl fuzz/seeds/text fuzz/logs
cp tests/golden/*.html examples/*.html fuzz/seeds/html/
cp tests/golden/*.jsonl examples/*.jsonl fuzz/seeds/jsonl/
cp tests/golden/*.txt examples/*.txt fuzz/seeds/text/

failed=0
for target in "${targets[@]}"; do
    corpus="fuzz/corpus/$target"
    mkdir -p "$corpus" "fuzz/artifacts/$target"
    log="fuzz/logs/$target.log"
    "${cargo_fuzz[@]}" run --release --sanitizer "$sanitizer" "$target" "$corpus" "$(seed_dir_of "$target")" -- \
        -runs="$runs" -max_len="$(max_len_of "$target")" -seed=1 >"$log" 2>&1
    status=$?
    done_line="$(grep -E '^Done [0-9]+ runs' "$log" | tail -n 1)"
    crashes="$(find "fuzz/artifacts/$target" -type f | wc -l)"
    echo "$target: exit $status; ${done_line:-no 'Done' line, see $log}; $crashes crash files"
    if [ "$status" -ne 0 ]; then
        failed=1
    fi
done
exit "$failed"
