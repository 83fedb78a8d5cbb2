#!/usr/bin/env bash
# Build the release server and the browser bundle (hashed, precompressed) into target/site.
# `scripts/build.sh assets` builds only the browser bundle (scripts/test.sh: `cargo test`
# builds the server itself, so it is compiled once). Idempotent: unchanged sources rebuild in
# seconds. Compiled code goes to the machine's build cache ($CARGO_TARGET_DIR, see lib.sh).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

ensure_build_tools

if [ "${1:-}" != "assets" ]; then
  log "building the server (release)"
  cargo build --release --locked -p carenav
fi

log "building the browser bundle (wasm32, size-optimised)"
cargo build --locked -p carenav-frontend --lib --target wasm32-unknown-unknown --profile wasm-release
WASM_IN="$CARGO_TARGET_DIR/wasm32-unknown-unknown/wasm-release/carenav_frontend.wasm"

PKG="$SITE/pkg"
stamp="$( (sha256sum "$WASM_IN" style/main.css; wasm-bindgen --version; "$WASM_OPT" --version) | sha256sum | cut -c1-16)"
if [ -f "$PKG/manifest.json" ] && [ "$(cat "$PKG/.stamp" 2>/dev/null)" = "$stamp" ]; then
  log "browser assets up to date ($PKG)"
  exit 0
fi

log "packaging browser assets"
TMP="$SITE/pkg.tmp"
rm -rf "$TMP"; mkdir -p "$TMP"
hash() { sha256sum "$1" | cut -c1-16; }
# package NAME IN.wasm: JS glue and optimised WASM, named by their content; prints "js wasm".
package() {
  local name="$1" in="$2" work="$TMP/$1"
  mkdir -p "$work"
  wasm-bindgen --target web --no-typescript --out-dir "$work" --out-name carenav "$in"
  "$WASM_OPT" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-reference-types --enable-multivalue --enable-mutable-globals \
    -o "$work/opt.wasm" "$work/carenav_bg.wasm"
  local js="$name.$(hash "$work/carenav.js").js" wasm="$name.$(hash "$work/opt.wasm").wasm"
  mv "$work/carenav.js" "$TMP/$js"
  mv "$work/opt.wasm" "$TMP/$wasm"
  rm -rf "$work"
  echo "$js $wasm"
}
read -r js wasm < <(package carenav "$WASM_IN")
css="carenav.$(hash style/main.css).css"
cp style/main.css "$TMP/$css"
for f in "$js" "$wasm" "$css"; do
  brotli -q 11 -k -f "$TMP/$f"
  gzip -9 -k -f "$TMP/$f"
done
printf '{ "js": "%s", "wasm": "%s", "css": "%s" }\n' "$js" "$wasm" "$css" > "$TMP/manifest.json"
echo "$stamp" > "$TMP/.stamp"
rm -rf "$SITE/pkg.old"
[ -d "$PKG" ] && mv "$PKG" "$SITE/pkg.old"
mv "$TMP" "$PKG"
rm -rf "$SITE/pkg.old"
log "assets: $(cd "$PKG" && ls -1 | grep -v -e '\.br$' -e '\.gz$' | tr '\n' ' ')"
