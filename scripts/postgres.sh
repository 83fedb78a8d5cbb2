# Start (once) a private Postgres server for the tests on 127.0.0.1:$CARENAV_PG_PORT and export
# CARENAV_TEST_POSTGRES_URL / CARENAV_E2E_POSTGRES_URL / CARENAV_E2E_SHARED_POSTGRES_URL /
# CARENAV_OUTAGE_POSTGRES_URL.
# Source this file.
# shellcheck shell=bash

CARENAV_PG_PORT="${CARENAV_PG_PORT:-54329}"
PG_DIR="${CARENAV_PG_DIR:-/tmp/carenav-postgres}"
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"

pg_as_owner() {
  # Postgres refuses to run as root: use the `postgres` user the Debian package creates.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  [ -n "$PG_BIN" ] || { echo "Postgres binaries not found (package postgresql)" >&2; return 1; }
  mkdir -p "$PG_DIR"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$PG_DIR"
  if [ ! -f "$PG_DIR/data/PG_VERSION" ]; then
    log "initialising a test Postgres cluster in $PG_DIR"
    pg_as_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U carenav --no-instructions >/dev/null
  fi
  if ! pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; then
    log "starting Postgres on 127.0.0.1:$CARENAV_PG_PORT"
    pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
      -o "-p $CARENAV_PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  fi
  for db in carenav_store_test carenav_e2e carenav_e2e_shared carenav_outage; do
    pg_as_owner "$PG_BIN/psql" -h 127.0.0.1 -p "$CARENAV_PG_PORT" -U carenav -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1 ||
      pg_as_owner "$PG_BIN/createdb" -h 127.0.0.1 -p "$CARENAV_PG_PORT" -U carenav "$db"
  done
  export CARENAV_TEST_POSTGRES_URL="postgres://carenav@127.0.0.1:$CARENAV_PG_PORT/carenav_store_test"
  export CARENAV_E2E_POSTGRES_URL="postgres://carenav@127.0.0.1:$CARENAV_PG_PORT/carenav_e2e"
  export CARENAV_E2E_SHARED_POSTGRES_URL="postgres://carenav@127.0.0.1:$CARENAV_PG_PORT/carenav_e2e_shared"
  export CARENAV_OUTAGE_POSTGRES_URL="postgres://carenav@127.0.0.1:$CARENAV_PG_PORT/carenav_outage"
}
