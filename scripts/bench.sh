#!/usr/bin/env bash
# Measure what docs/performance.md records: bundle sizes, first-load transfer of the home
# page, HTTP latency on loopback (wrk), and in-process timings (`carenav bench`).
# Usage: scripts/bench.sh            (builds first; needs wrk: Debian package `wrk`)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
ensure_apt wrk curl
"$ROOT/scripts/build.sh" >/dev/null
keep_binary

PKG="$SITE/pkg"
manifest() { python3 -c "import json,sys;print(json.load(open('$PKG/manifest.json'))['$1'])"; }
size() { stat -c %s "$1"; }
echo "## Machine"
echo "- $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr), rustc $(rustc --version | awk '{print $2}')"
echo
echo "## Browser bundles (bytes: raw / gzip -9 / brotli -q 11)"
for kind in wasm js css; do
  f="$PKG/$(manifest $kind)"
  echo "- $kind: $(size "$f") / $(size "$f.gz") / $(size "$f.br")"
done

DATA="$(mktemp -d)"; PORT="$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')"
"$CARENAV_BIN" serve --addr "127.0.0.1:$PORT" --data-dir "$DATA" >"$DATA/log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.1; done

echo
echo "## First load per page type (compressed bytes on the wire, brotli)"
echo "(HTML + CSS, and the bundle if the page has an island, as the boot script decides."
echo " Times on an emulated slow phone: scripts/test.sh"
echo " --test browser measure_first_visits -- --ignored --nocapture)"
get() { curl -s -o /dev/null -w '%{size_download}' -H 'accept-encoding: br' "http://127.0.0.1:$PORT$1"; }
css=$(get "/pkg/$(manifest css)")
for page in / /explainers/paying-for-care /about "/estimate" "/estimate?setting=care_home&weekly_cost=1250&nursing=no&partner=no&savings=60000&state_pension=230&start_date=2026-11-29&view=results" "/search?q=care%20home"; do
  body=$(curl -s "http://127.0.0.1:$PORT$page")
  html=$(get "$page")
  bundle=0
  if grep -q '<leptos-island' <<<"$body"; then
    bundle=$(( $(get "/pkg/$(manifest js)") + $(get "/pkg/$(manifest wasm)") ))
  fi
  total=$((html + css + bundle))
  echo "- $page: html $html + css $css + bundle $bundle = $total bytes ($((total / 1024)) KiB)"
done

echo
echo "## HTTP latency on loopback (wrk, 1 thread, 1 connection, 10 s; includes brotli)"
for path in "/" "/search?q=care%20home" "/api/v1/search?q=care%20home"; do
  echo "### GET $path"
  wrk -t1 -c1 -d10s --latency -H 'accept-encoding: br' "http://127.0.0.1:$PORT$path" | grep -E 'Requests/sec|50%|99%|requests in'
done

echo
echo "## Provider directory at national scale"
PDATA="$(mktemp -d)"; PPORT="$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')"
N="${BENCH_LOCATIONS:-60000}"
start=$(date +%s.%N)
"$CARENAV_BIN" demo-data --locations "$N" --seed 2026 --data-dir "$PDATA" >"$PDATA/import.log" 2>&1
end=$(date +%s.%N)
echo "- generate + import + index build, $N locations: $(python3 -c "print(f'{$end-$start:.1f}')") s ($(tail -2 "$PDATA/import.log" | tr '\n' ' '))"
"$CARENAV_BIN" serve --addr "127.0.0.1:$PPORT" --data-dir "$PDATA" >"$PDATA/log" 2>&1 &
PPID2=$!
trap 'kill $PID $PPID2 2>/dev/null; rm -rf "$DATA" "$PDATA"' EXIT
for _ in $(seq 300); do curl -sf "http://127.0.0.1:$PPORT/readyz" >/dev/null && break; sleep 0.1; done
curl -s -o /dev/null "http://127.0.0.1:$PPORT/api/v1/providers?q=warm"
# Shared machines vary: this trivial request's rate says how fast this one was at the time.
echo "- machine check, GET /healthz on 1 connection: $(wrk -t1 -c1 -d5s "http://127.0.0.1:$PPORT/healthz" | awk '/Requests\/sec/{print $2}') req/s"
python3 "$ROOT/scripts/provider-queries.py" "http://127.0.0.1:$PPORT" "$PDATA/api.lua" /api/v1/providers --by-kind
python3 "$ROOT/scripts/provider-queries.py" "http://127.0.0.1:$PPORT" "$PDATA/html.lua" /providers
for kind in api html; do
  echo "### $kind: 4,000 distinct queries (names, typos, prefixes, postcodes, places + filters), wrk -t2 -c32 -d20s"
  wrk -t2 -c32 -d20s --latency -s "$PDATA/$kind.lua" "http://127.0.0.1:$PPORT" | grep -E 'Requests/sec|50%|90%|99%|requests in|Non-2xx'
done
echo "- server memory after the runs: $(grep -E 'VmHWM' /proc/$PPID2/status | awk '{print $2, $3}') peak resident"
kill $PPID2 2>/dev/null || true

echo
echo "## In-process (carenav bench, 1000 iterations each; provider searches: each kind's 400 queries twice)"
"$CARENAV_BIN" bench --iterations 1000 \
  --provider-data-dir "$PDATA" --provider-queries "$PDATA/api-kinds.tsv"
