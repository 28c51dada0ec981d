#!/usr/bin/env bash
# From a fresh clone: installs what is missing, builds, and serves Regie on
# http://127.0.0.1:8080 (override with REGIE_LISTEN=host:port).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh app
scripts/build.sh
export REGIE_STATIC="${REGIE_STATIC:-dist}"
export REGIE_DATA="${REGIE_DATA:-regie-data}"
echo "Regie: http://${REGIE_LISTEN:-127.0.0.1:8080}/"
exec "${CARGO_TARGET_DIR:-target}/release/regie-relay"
