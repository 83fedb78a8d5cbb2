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

log "formatting"
cargo fmt --all --check

"$ROOT/scripts/build.sh"

log "clippy: server side"
cargo clippy --locked --workspace --exclude carenav-frontend --all-targets -- -D warnings
log "clippy: browser bundle"
cargo clippy --locked -p carenav-frontend --target wasm32-unknown-unknown -- -D warnings

start_postgres

log "unit, integration and end-to-end tests"
cargo test --locked --release --workspace --exclude carenav-frontend
