#!/usr/bin/env bash
# README command 1: install what is missing, build in release mode, prepare the embedded
# SQLite database and the search index in ./data, and serve at http://127.0.0.1:3000.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

"$ROOT/scripts/build.sh"
export CARENAV_DATA_DIR="${CARENAV_DATA_DIR:-$ROOT/data}"
export LEPTOS_SITE_ROOT="${LEPTOS_SITE_ROOT:-$ROOT/target/site}"
log "migrating the database in $CARENAV_DATA_DIR"
"$ROOT/target/release/carenav" migrate
log "serving at http://${CARENAV_ADDR:-127.0.0.1:3000} (Ctrl-C to stop)"
exec "$ROOT/target/release/carenav" serve "$@"
