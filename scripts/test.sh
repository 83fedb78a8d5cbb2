#!/usr/bin/env bash
# README command 2: every test. Formatting, clippy (server and browser builds), unit and
# integration tests, the store against SQLite and a local Postgres (started here), and
# end-to-end tests of the release server in headless Chromium.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/postgres.sh"
cd "$ROOT"

ensure_build_tools
ensure_test_tools

# With arguments (a test-name filter such as `estimator::`, or `--test browser`) only the tests run: no fmt or clippy.
FULL=1; [ $# -gt 0 ] && FULL=0

if [ "$FULL" = 1 ]; then
  log "formatting"
  cargo fmt --all --check
fi

# The browser bundle only: `cargo test` below builds the release server itself (with the
# test build's feature set), so it is compiled once, not twice.
"$ROOT/scripts/build.sh" assets

if [ "$FULL" = 1 ]; then
  log "clippy: server side"
  cargo clippy --locked --workspace --exclude carenav-frontend --all-targets -- -D warnings
  log "clippy: browser bundle"
  cargo clippy --locked -p carenav-frontend --target wasm32-unknown-unknown -- -D warnings
fi

start_postgres

log "unit, integration and end-to-end tests"
# The end-to-end harness finds the server at $CARGO_TARGET_DIR/release/carenav and the assets
# in target/site. Arguments go to `cargo test` (always over the whole workspace, so the server
# is built with the same features): scripts/test.sh estimator::, or --test browser.
export CARENAV_SITE_ROOT="$SITE"
if [ "$FULL" = 0 ]; then
  # A filter such as `--test browser` builds only the selected test targets, not the server
  # the end-to-end harness starts ($CARGO_TARGET_DIR/release/carenav): build every target
  # first (the same feature set as the run below, so nothing is compiled twice).
  cargo test --locked --release --workspace --exclude carenav-frontend --no-run
fi
# axe-core for the accessibility checks (ensure_test_tools installed it).
export CARENAV_AXE_JS="$AXE_JS"
cargo test --locked --release --workspace --exclude carenav-frontend "$@"
log "done"
