#!/usr/bin/env bash
# Run the end-to-end suite N times in a row (default 10) while both cores are kept busy, and
# report failures and any Chromium or chromedriver left running afterwards (orphans).
# Needs a built tree (scripts/build.sh). Usage: scripts/e2e-repeat.sh [N] [--no-load]
set -uo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
export CARENAV_SITE_ROOT="$SITE"
ensure_axe_core
export CARENAV_AXE_JS="$AXE_JS"
N="${1:-10}"
LOAD=1; [ "${2:-}" = "--no-load" ] && LOAD=0

# The server binary (built with the tests' feature set) and the browser tests; then this
# clone's own copy of the server (keep_binary), as scripts/test.sh does.
cargo test --locked --release --workspace --exclude carenav-frontend --test it --test browser --no-run >/dev/null 2>&1 || {
  echo "the tests do not build: run scripts/test.sh" >&2; exit 2; }
keep_binary

pids=()
if [ "$LOAD" = 1 ]; then
  for _ in 1 2; do yes >/dev/null & pids+=($!); done
  trap 'kill "${pids[@]}" 2>/dev/null' EXIT
fi
count() { pgrep -c -f "$1" 2>/dev/null || true; }
before_chromium=$(count '/usr/lib/chromium/chromium'); before_driver=$(count chromedriver)
fail=0
for i in $(seq 1 "$N"); do
  start=$(date +%s)
  if cargo test --locked --release --workspace --exclude carenav-frontend --test browser >"/tmp/e2e-run-$i.log" 2>&1; then
    result=pass
  else
    result=FAIL; fail=$((fail + 1))
  fi
  sleep 1
  echo "run $i: $result in $(( $(date +%s) - start )) s; chromium processes $(count '/usr/lib/chromium/chromium') (before: $before_chromium), chromedriver $(count chromedriver) (before: $before_driver); log /tmp/e2e-run-$i.log"
done
echo "$fail of $N runs failed"
[ "$fail" = 0 ]
