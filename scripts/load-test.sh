#!/usr/bin/env bash
# Load test of `rhetor serve` (issue 8.3): N concurrent connections POST the seed statement to
# /api/analyze on 127.0.0.1 for a bounded time, with wrk (Debian package `wrk`). Prints the
# throughput, p50/p99 latency, the count of every status code, the server's peak RSS (VmHWM), a
# 413 check, and whether SIGTERM shut the server down cleanly. Fails when any 5xx was answered.
#
#   scripts/load-test.sh [--bin target/release/rhetor] [--connections 200] [--duration 20s]
#                        [--threads 2] [--statement ../shared/examples/statement-wac-blinken.txt]
set -euo pipefail
cd "$(dirname "$0")/.."

bin="${CARGO_TARGET_DIR:-target}/release/rhetor"
connections=200
duration=20s
threads=2
statement=../shared/examples/statement-wac-blinken.txt
while [[ $# -gt 0 ]]; do
  case "$1" in
    --bin) bin="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --statement) statement="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[[ -x "$bin" ]] || { echo "no rhetor binary at $bin: cargo build --release -p rhetor-cli" >&2; exit 1; }
[[ -f "$statement" ]] || statement=examples/statement-ngo-accusation.txt

work="$(mktemp -d)"
server_pid=
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then kill "$server_pid"; fi
  rm -rf "$work"
}
trap cleanup EXIT

"$bin" serve --addr 127.0.0.1:0 2>"$work/server.log" &
server_pid=$!
for _ in $(seq 1 100); do
  address="$(grep -o 'listening address=127\.0\.0\.1:[0-9]*' "$work/server.log" | head -1 | cut -d= -f2 || true)"
  [[ -n "$address" ]] && break
  sleep 0.1
done
[[ -n "${address:-}" ]] || { echo "the server did not start:"; cat "$work/server.log"; exit 1; }
echo "server: pid $server_pid on $address ($(grep -o 'workers=[0-9]* queue=[0-9]*' "$work/server.log" | head -1))"

# wrk's Lua: every request posts the statement; each thread counts the status codes it sees, and
# done() adds them up and prints the latency percentiles.
cat > "$work/post.lua" <<'LUA'
local file = assert(io.open(os.getenv("STATEMENT"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      totals[status] = (totals[status] or 0) + count
    end
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("requests: %d in %.1f s = %.1f requests/s\n", summary.requests, seconds, summary.requests / seconds))
  io.write(string.format("latency (all answers): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("socket errors: connect %d, read %d, write %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  local server_errors = 0
  for status, count in pairs(totals) do
    io.write(string.format("status %d: %d (%.1f/s)\n", status, count, count / seconds))
    if status >= 500 then server_errors = server_errors + count end
  end
  io.write(string.format("5xx answers: %d\n", server_errors))
end
LUA

echo "load: $connections connections, $threads wrk threads, $duration, POST /api/analyze with $statement ($(wc -c <"$statement") bytes)"
STATEMENT="$statement" wrk --threads "$threads" --connections "$connections" --duration "$duration" --timeout 10s \
  --script "$work/post.lua" "http://$address/api/analyze" | tee "$work/wrk.out"

# Within capacity: as many connections as the server admits (workers + queue), so that every
# answer is a real analysis; this phase gives the latency of analyses rather than of refusals.
limits="$(curl -s "http://$address/api/status")"
workers="$(grep -o '"analysis_workers":[0-9]*' <<<"$limits" | cut -d: -f2)"
queue="$(grep -o '"analysis_queue":[0-9]*' <<<"$limits" | cut -d: -f2)"
within=$((workers + queue))
echo
echo "within capacity: $within connections (workers $workers + queue $queue), 10s"
STATEMENT="$statement" wrk --threads 1 --connections "$within" --duration 10s --timeout 10s \
  --script "$work/post.lua" "http://$address/api/analyze" | tee -a "$work/wrk.out"

# A document over the limit is refused with 413, under load or not.
oversized_status="$(head -c 3000000 /dev/zero | tr '\0' 'a' | curl -s -o /dev/null -w '%{http_code}' \
  -H 'Content-Type: text/plain' --data-binary @- "http://$address/api/analyze")"
echo "oversized document (3,000,000 bytes): HTTP $oversized_status"

echo "server peak RSS: $(grep VmHWM "/proc/$server_pid/status" | awk '{print $2, $3}') (VmHWM); now $(grep VmRSS "/proc/$server_pid/status" | awk '{print $2, $3}')"
kill -TERM "$server_pid"
wait "$server_pid" && shutdown_status=0 || shutdown_status=$?
server_pid=
echo "SIGTERM: the server exited with status $shutdown_status"
grep -c ' status=5' "$work/server.log" | sed 's/^/5xx lines in the server log: /' || true

if grep '^5xx answers: ' "$work/wrk.out" | grep -vq '^5xx answers: 0$'; then
  echo "FAIL: the server answered 5xx under load"; exit 1
fi
[[ "$oversized_status" == 413 ]] || { echo "FAIL: the oversized document got $oversized_status, not 413"; exit 1; }
[[ "$shutdown_status" == 0 ]] || { echo "FAIL: the server did not shut down cleanly"; exit 1; }
echo "load test passed"
