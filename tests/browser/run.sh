#!/usr/bin/env bash
# Browser tests of the rhetor page: builds the `rhetor` binary, installs playwright-core from the
# lockfile (no browser download: Debian's /usr/bin/chromium is used), and runs the Node tests.
# Screenshots go to target/browser-artifacts (git-ignored). Needs: cargo, node >= 20, npm, and
# the `chromium` package (`apt-get install -y chromium`).
set -euo pipefail
cd "$(dirname "$0")/../.."

if [[ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]]; then
  echo "browser tests: ${CHROMIUM:-/usr/bin/chromium} is missing (apt-get install -y chromium)" >&2
  exit 1
fi

target_dir="${CARGO_TARGET_DIR:-target}"
profile="${RHETOR_BROWSER_PROFILE:-debug}"
if [[ "$profile" == release ]]; then
  cargo build --release -p rhetor-cli
else
  cargo build -p rhetor-cli
fi
export RHETOR_BIN="$(cd "$target_dir" && pwd)/$profile/rhetor"
export RHETOR_ARTIFACTS="${RHETOR_ARTIFACTS:-$PWD/target/browser-artifacts}"
# Playwright must never fetch a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

cd tests/browser
npm ci --no-audit --no-fund --loglevel=error
timeout 300 node --test --test-concurrency=1 offsets.test.mjs page.test.mjs
