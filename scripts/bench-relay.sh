#!/usr/bin/env bash
# Load test of the relay's hot path, `POST /api/shares/{id}/open`, on loopback.
#
# Builds the relay in release, starts it with a throwaway data folder and rate limiting off,
# creates one share (about 10 KiB of age content, no open limit), hammers it with wrk from
# a second process, prints opens/s and p50/p99 latency, then stops the relay and cleans up.
#
# Settings (environment): BENCH_PORT (18080), BENCH_DURATION (10s), BENCH_THREADS (2),
# BENCH_CONNECTIONS (32), BENCH_CONTENT_BYTES (10240), BENCH_RELAY_LOG (the relay's stderr,
# kept after the run; default: thrown away). Needs wrk and curl.
set -euo pipefail

port="${BENCH_PORT:-18080}"
duration="${BENCH_DURATION:-10s}"
threads="${BENCH_THREADS:-2}"
connections="${BENCH_CONNECTIONS:-32}"
content_bytes="${BENCH_CONTENT_BYTES:-10240}"
base="http://127.0.0.1:${port}"

for tool in wrk curl cargo; do
  command -v "$tool" >/dev/null || { echo "bench-relay: $tool is not installed" >&2; exit 1; }
done

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
target_dir="${CARGO_TARGET_DIR:-$root/target}"

if curl -fsS -m 1 "$base/healthz" >/dev/null 2>&1; then
  echo "bench-relay: something already answers on port $port (set BENCH_PORT)" >&2
  exit 1
fi

echo "== building regie-relay (release)"
cargo build --release --quiet -p regie-relay --bin regie-relay --example bench_share
# Flush what the build wrote, so its writeback does not stall the relay's disk mid-run.
sync

work="$(mktemp -d)"
relay_log="${BENCH_RELAY_LOG:-$work/relay.log}"
relay_pid=""
cleanup() {
  if [[ -n "$relay_pid" ]] && kill -0 "$relay_pid" 2>/dev/null; then
    kill "$relay_pid" 2>/dev/null || true
    wait "$relay_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

mkdir -p "$work/static"
echo '<!doctype html><title>bench</title>' >"$work/static/index.html"

echo "== starting the relay on 127.0.0.1:$port"
REGIE_LISTEN="127.0.0.1:${port}" \
REGIE_DATA="$work/data" \
REGIE_STATIC="$work/static" \
REGIE_RATE_LIMIT_PER_MIN=0 \
RUST_LOG="${RUST_LOG:-warn}" \
  "$target_dir/release/regie-relay" 2>"$relay_log" &
relay_pid=$!

for _ in $(seq 1 100); do
  curl -fsS -m 1 "$base/healthz" >/dev/null 2>&1 && break
  kill -0 "$relay_pid" 2>/dev/null || { cat "$relay_log" >&2; exit 1; }
  sleep 0.1
done
curl -fsS -m 1 "$base/healthz" >/dev/null || { echo "relay did not start" >&2; exit 1; }

"$target_dir/release/examples/bench_share" "$content_bytes" >"$work/share.json"
created="$(curl -fsS -m 10 -H 'content-type: application/json' \
  --data-binary "@$work/share.json" "$base/api/shares")"
id="$(sed -n 's/.*"id":"\([A-Za-z0-9_-]*\)".*/\1/p' <<<"$created")"
[[ -n "$id" ]] || { echo "bench-relay: no share id in: $created" >&2; exit 1; }
got="$(curl -fsS -m 10 -X POST "$base/api/shares/$id/open" | wc -c)"
echo "== share $id, content $got bytes"

cat >"$work/open.lua" <<'LUA'
wrk.method = "POST"
LUA

echo "== wrk -t$threads -c$connections -d$duration POST /api/shares/{id}/open"
timeout 300 wrk -t"$threads" -c"$connections" -d"$duration" --latency \
  -s "$work/open.lua" "$base/api/shares/$id/open" | tee "$work/wrk.txt"

rps="$(awk '/^Requests\/sec:/ {print $2}' "$work/wrk.txt")"
p50="$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")"
p99="$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")"
errors="$(awk '/Non-2xx or 3xx responses:/ {print $5}' "$work/wrk.txt")"
echo
echo "opens/s: $rps   p50: $p50   p99: $p99   non-2xx: ${errors:-0}"
if [[ -n "${errors:-}" && "$errors" != "0" ]]; then
  echo "bench-relay: some opens failed" >&2
  exit 1
fi
