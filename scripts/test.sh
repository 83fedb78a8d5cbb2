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
# Arguments go to `cargo test` (always over the whole workspace, so the server is built with
# the same features): scripts/test.sh estimator::, or --test browser.
# The server binary first, with the tests' feature set (the server's own integration tests
# need it, so this builds it even when "$@" picks only the browser tests).
cargo test --locked --release --workspace --exclude carenav-frontend --no-run --test it
# The end-to-end harness runs this clone's server binary (CARENAV_BIN, copied out of the
# shared cache at once by keep_binary) and assets.
keep_binary
export CARENAV_SITE_ROOT="$SITE"
# axe-core for the accessibility checks (ensure_test_tools installed it).
export CARENAV_AXE_JS="$AXE_JS"
cargo test --locked --release --workspace --exclude carenav-frontend "$@"
log "done"
