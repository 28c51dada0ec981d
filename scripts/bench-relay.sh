#!/usr/bin/env bash
# Load test of the relay on loopback, with SQLite and with PostgreSQL side by side, and its
# memory while large uploads stream in.
#
# 1. Opens: for each backend, starts the release relay (rate limits and quotas off), creates
#    one share (about 10 KiB of age content, no open limit), hammers
#    `POST /api/shares/{id}/open` with wrk at each connection count, and prints opens/s and
#    p50/p99 latency. PostgreSQL is a throwaway server on this machine (see
#    scripts/throwaway-postgres.sh) with fsync on and synchronous_commit off, the nearest
#    match to SQLite's WAL with synchronous=NORMAL.
# 2. Uploads: BENCH_UPLOADS clients upload a share of BENCH_UPLOAD_BYTES each at once, to the
#    SQLite relay, and the relay's peak resident memory (VmHWM) is printed. They all come
#    from 127.0.0.1, so the relay allows that many uploads per client.
#
# Settings (environment): BENCH_DURATION (10s), BENCH_THREADS (1), BENCH_CONNECTIONS
# ("4 32"), BENCH_CONTENT_BYTES (10240), BENCH_UPLOADS (8), BENCH_UPLOAD_BYTES (125829120,
# i.e. 120 MiB), BENCH_BACKENDS ("sqlite postgres"), BENCH_RELAY_LOG (a folder for the
# relays' stderr, kept after the run), BENCH_PG_OPTIONS (the throwaway server's settings;
# "-c synchronous_commit=on" measures with every commit on disk), BENCH_BASELINE (the path
# of another built regie-relay, e.g. one built from an earlier commit: then each measurement
# runs on that relay and on this one in turn, and the table shows both side by side). Needs
# wrk and curl.
set -euo pipefail

duration="${BENCH_DURATION:-10s}"
threads="${BENCH_THREADS:-1}"
connections="${BENCH_CONNECTIONS:-4 32}"
content_bytes="${BENCH_CONTENT_BYTES:-10240}"
uploads="${BENCH_UPLOADS:-8}"
upload_bytes="${BENCH_UPLOAD_BYTES:-125829120}"
backends="${BENCH_BACKENDS:-sqlite postgres}"

for tool in wrk curl cargo; do
  command -v "$tool" >/dev/null || { echo "bench-relay: $tool is not installed" >&2; exit 1; }
done

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
target_dir="${CARGO_TARGET_DIR:-$root/target}"
# shellcheck source=scripts/throwaway-postgres.sh
source scripts/throwaway-postgres.sh

echo "== building regie-relay (release)"
cargo build --release --quiet -p regie-relay --bin regie-relay --example bench_share
# Flush what the build wrote, so its writeback does not stall the relay's disk mid-run.
sync

work="$(mktemp -d)"
logs="${BENCH_RELAY_LOG:-$work}"
mkdir -p "$logs"
relay_pid=""
stop_relay() {
  if [[ -n "$relay_pid" ]] && kill -0 "$relay_pid" 2>/dev/null; then
    kill "$relay_pid" 2>/dev/null || true
    wait "$relay_pid" 2>/dev/null || true
  fi
  relay_pid=""
}
cleanup() {
  stop_relay
  throwaway_postgres_stop
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

mkdir -p "$work/static"
echo '<!doctype html><title>bench</title>' >"$work/static/index.html"

baseline="${BENCH_BASELINE:-}"
if [[ -n "$baseline" && ! -x "$baseline" ]]; then
  echo "bench-relay: BENCH_BASELINE is not an executable: $baseline" >&2
  exit 1
fi

# start_relay BACKEND [BINARY [LABEL]]: starts the relay (this build's, or BINARY) on a free port,
# sets $base and $relay_pid.
start_relay() {
  local backend=$1 binary=${2:-$target_dir/release/regie-relay} label=${3:-this} port
  port=$(throwaway_postgres_free_port)
  base="http://127.0.0.1:${port}"
  local database=()
  if [[ "$backend" == postgres ]]; then
    # Over the Unix socket, as a relay beside its database would connect.
    database=(REGIE_DATABASE_URL="${PG_THROWAWAY_SOCKET_URL:-$REGIE_TEST_DATABASE_URL}")
  fi
  env "${database[@]}" \
    REGIE_LISTEN="127.0.0.1:${port}" \
    REGIE_DATA="$work/data-$backend-$label" \
    REGIE_STATIC="$work/static" \
    REGIE_RATE_LIMIT_PER_MIN=0 \
    REGIE_QUOTA_BYTES=0 \
    REGIE_CLIENT_QUOTA_BYTES=0 \
    REGIE_MAX_UPLOADS="$uploads" \
    REGIE_MAX_UPLOADS_PER_CLIENT="$uploads" \
    RUST_LOG="${RUST_LOG:-warn}" \
    "$binary" 2>>"$logs/relay-$backend.log" &
  relay_pid=$!
  for _ in $(seq 1 100); do
    curl -fsS -m 1 "$base/healthz" >/dev/null 2>&1 && return 0
    kill -0 "$relay_pid" 2>/dev/null || { cat "$logs/relay-$backend.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "bench-relay: the $backend relay did not start" >&2
  exit 1
}

upload() { # upload FILE: prints the answer
  curl -fsS -m 600 -X POST -H "content-type: application/octet-stream" \
    -T "$1" "$base/api/shares"
}

"$target_dir/release/examples/bench_share" "$content_bytes" >"$work/share.bin"
cat >"$work/open.lua" <<'LUA'
wrk.method = "POST"
LUA

# measure BACKEND LABEL [BINARY]: one relay, a share, wrk at each connection count.
measure() {
  local backend=$1 label=$2 binary=${3:-}
  start_relay "$backend" "${binary:-$target_dir/release/regie-relay}" "$label"
  created="$(upload "$work/share.bin")"
  id="$(sed -n 's/.*"id":"\([A-Za-z0-9_-]*\)".*/\1/p' <<<"$created")"
  [[ -n "$id" ]] || { echo "bench-relay: no share id in: $created" >&2; exit 1; }
  for c in $connections; do
    echo "-- $label: wrk -t$threads -c$c -d$duration POST /api/shares/{id}/open"
    timeout 300 wrk -t"$threads" -c"$c" -d"$duration" --latency \
      -s "$work/open.lua" "$base/api/shares/$id/open" >"$work/wrk.txt"
    rps="$(awk '/^Requests\/sec:/ {print $2}' "$work/wrk.txt")"
    p50="$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")"
    p99="$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")"
    errors="$(awk '/Non-2xx or 3xx responses:/ {print $5}' "$work/wrk.txt")"
    results+=("$(printf '%-9s %-8s %5s %12s %10s %10s %8s' "$backend" "$label" "$c" "$rps" "$p50" "$p99" "${errors:-0}")")
    if [[ -n "${errors:-}" && "$errors" != "0" ]]; then
      cat "$work/wrk.txt" >&2
      echo "bench-relay: some opens failed" >&2
      exit 1
    fi
  done
  stop_relay
}

results=()
for backend in $backends; do
  if [[ "$backend" == postgres && -z "${PG_THROWAWAY_DIR:-}" ]]; then
    PG_THROWAWAY_OPTIONS="-c fsync=on -c shared_buffers=256MB ${BENCH_PG_OPTIONS:--c synchronous_commit=off}" \
      throwaway_postgres_start
  fi
  echo "== $backend"
  if [[ -n "$baseline" ]]; then
    # The baseline first: this build may migrate the database to a schema it cannot read.
    measure "$backend" baseline "$baseline"
    measure "$backend" this
  else
    measure "$backend" this
  fi
done

echo
printf '%-9s %-8s %5s %12s %10s %10s %8s\n' backend relay conns opens/s p50 p99 non-2xx
printf '%s\n' "${results[@]}"

echo
echo "== $uploads clients upload $upload_bytes bytes each, at once (sqlite)"
"$target_dir/release/examples/bench_share" "$upload_bytes" >"$work/large.bin"
start_relay sqlite
pids=()
for i in $(seq 1 "$uploads"); do
  upload "$work/large.bin" >"$work/upload-$i.json" &
  pids+=($!)
done
failed=0
for pid in "${pids[@]}"; do
  wait "$pid" || failed=$((failed + 1))
done
peak_kib="$(awk '/^VmHWM:/ {print $2}' "/proc/$relay_pid/status")"
stop_relay
stored="$(grep -l '"id"' "$work"/upload-*.json | wc -l)"
echo "uploads stored: $stored of $uploads   relay peak RSS: $((peak_kib / 1024)) MiB"
echo "load average during the run: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores; figures are noisy above 2)"
if [[ "$failed" != 0 ]]; then
  echo "bench-relay: $failed uploads failed" >&2
  exit 1
fi
