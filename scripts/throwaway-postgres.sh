#!/usr/bin/env bash
# Sourced by scripts/test.sh and scripts/bench-relay.sh: starts a throwaway PostgreSQL
# server from Debian's packages (scripts/setup.sh installs them), in a temporary folder, as
# the `postgres` user, on a free port of 127.0.0.1, with its socket in that folder, and
# stops it and removes the folder when the calling script exits.
#
#   throwaway_postgres_start   exports REGIE_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:<port>/postgres
#                              and PG_THROWAWAY_SOCKET_URL (the same over the Unix socket)
#                              and REGIE_TEST_PG_DATA (the server's data folder, which the
#                              crypto-shredding test scans)
#   throwaway_postgres_stop    (also run on exit)

throwaway_postgres_bin() {
  local initdb
  initdb=$(command -v initdb 2>/dev/null || ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1)
  [ -n "$initdb" ] || { echo "throwaway-postgres: initdb not found (run scripts/setup.sh test)" >&2; return 1; }
  dirname "$(readlink -f "$initdb")"
}

throwaway_postgres_free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 40000))
    # Nothing answers there: free (a race with another starter is caught by pg_ctl failing).
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

throwaway_postgres_start() {
  local bin port as_postgres=()
  bin=$(throwaway_postgres_bin) || return 1
  PG_THROWAWAY_DIR=$(mktemp -d /tmp/regie-pg.XXXXXX)
  # PostgreSQL refuses to run as root; CI runs as root.
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$PG_THROWAWAY_DIR"
    as_postgres=(runuser -u postgres --)
  fi
  PG_THROWAWAY_AS=("${as_postgres[@]}")
  PG_THROWAWAY_BIN=$bin
  "${as_postgres[@]}" "$bin/initdb" -D "$PG_THROWAWAY_DIR/data" -U postgres --auth=trust \
    --no-sync -E UTF8 >"$PG_THROWAWAY_DIR/initdb.log" 2>&1 \
    || { cat "$PG_THROWAWAY_DIR/initdb.log" >&2; return 1; }
  port=$(throwaway_postgres_free_port)
  trap throwaway_postgres_stop EXIT
  # fsync off: a throwaway server has nothing to lose, and tests should not wait on disks.
  # wal_recycle off, as docs/deploy.md asks of production: old WAL segments are removed, not
  # renamed for reuse with their old content in them.
  "${as_postgres[@]}" "$bin/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -l "$PG_THROWAWAY_DIR/server.log" -w \
    -o "-p $port -k $PG_THROWAWAY_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c wal_recycle=off -c max_connections=200 ${PG_THROWAWAY_OPTIONS:-}" \
    start >/dev/null || { cat "$PG_THROWAWAY_DIR/server.log" >&2; return 1; }
  export REGIE_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
  # The same server over its Unix socket, for a relay on this machine.
  export REGIE_TEST_PG_DATA="$PG_THROWAWAY_DIR/data"
  export PG_THROWAWAY_SOCKET_URL="postgresql:///postgres?host=$PG_THROWAWAY_DIR&port=$port&user=postgres"
  echo "[postgres] throwaway server on 127.0.0.1:$port"
}

throwaway_postgres_stop() {
  if [ -n "${PG_THROWAWAY_DIR:-}" ] && [ -d "$PG_THROWAWAY_DIR" ]; then
    "${PG_THROWAWAY_AS[@]}" "$PG_THROWAWAY_BIN/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_THROWAWAY_DIR"
    PG_THROWAWAY_DIR=
  fi
}
