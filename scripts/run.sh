#!/usr/bin/env bash
# README command 1: install what is missing, build in release mode, prepare the embedded
# SQLite database, demonstration provider data and the search indexes in ./data, and serve at http://127.0.0.1:3000.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

"$ROOT/scripts/build.sh"
keep_binary
export CARENAV_DATA_DIR="${CARENAV_DATA_DIR:-$ROOT/data}"
export LEPTOS_SITE_ROOT="${LEPTOS_SITE_ROOT:-$SITE}"
log "migrating the database in $CARENAV_DATA_DIR"
"$CARENAV_BIN" migrate
# Demonstration data (60,000 generated CQC-format locations, labelled as such on every page)
# goes through the real importer the first time only; real data loaded later replaces nothing
# unless it has the same location ids. Set CARENAV_DEMO_LOCATIONS=0 to skip.
if [ "${CARENAV_DEMO_LOCATIONS:-60000}" != "0" ]; then
  log "loading demonstration provider data if the directory is empty"
  "$CARENAV_BIN" demo-data --if-empty --locations "${CARENAV_DEMO_LOCATIONS:-60000}"
fi
log "serving at http://${CARENAV_ADDR:-127.0.0.1:3000} (Ctrl-C to stop)"
exec "$CARENAV_BIN" serve "$@"
