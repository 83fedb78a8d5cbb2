# Shared helpers for the project's scripts: install what is missing, once, and skip it when
# present. Source this file; do not run it.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-auto}"
export PATH="$HOME/.cargo/bin:$PATH"

# One build cache per machine, outside the clone, so that a fresh clone (CI runs on one) reuses
# what an earlier build compiled; override with CARGO_TARGET_DIR. The tools the scripts install
# (wasm-opt) live beside it. Browser assets stay in the clone, in target/site.
CARENAV_CACHE="${CARENAV_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/carenav}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$CARENAV_CACHE/target}"
TOOLS="${CARENAV_TOOLS_DIR:-$CARENAV_CACHE/tools}"
# The release server binary, wherever the build cache is. Scripts that run it take this
# clone's own copy first (keep_binary): another clone on the machine building into the same
# cache would otherwise replace it under a running server or test.
CARENAV_BIN="$CARGO_TARGET_DIR/release/carenav"
keep_binary() {
  mkdir -p "$ROOT/target"
  cp "$CARGO_TARGET_DIR/release/carenav" "$ROOT/target/carenav.tmp"
  mv -f "$ROOT/target/carenav.tmp" "$ROOT/target/carenav"
  CARENAV_BIN="$ROOT/target/carenav"
  export CARENAV_BIN
}
SITE="$ROOT/target/site"

# Each step is logged with the seconds since the script started, so the log shows where the
# time goes.
log() { printf '\033[1m==> [%4ss] %s\033[0m\n' "$SECONDS" "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "need root to run: $*" >&2; return 1; fi
}

# ensure_apt PKG...: install the Debian packages that are not installed yet.
APT_UPDATED=""
ensure_apt() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  if [ -z "$APT_UPDATED" ]; then as_root apt-get update -qq; APT_UPDATED=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

ensure_wasm_target() {
  rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown && return 0
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
}

# The wasm-bindgen CLI must match the library version in Cargo.lock exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_wasm_bindgen() {
  local want; want="$(wasm_bindgen_version)"
  if command -v wasm-bindgen >/dev/null && [ "$(wasm-bindgen --version | awk '{print $2}')" = "$want" ]; then
    return 0
  fi
  log "installing wasm-bindgen-cli $want (about 2 minutes, once)"
  # Not --locked: one of its locked dependencies is missing from the registry.
  cargo install wasm-bindgen-cli --version "$want" --quiet
}

# wasm-opt from npm's binaryen, pinned, installed into $TOOLS (Debian's wasm-opt 108 emits
# a module whose externref table fails to initialise: "WebAssembly.Table.set(): Argument 1
# is invalid", so the page never hydrates).
BINARYEN_VERSION="132.0.0"
WASM_OPT="$TOOLS/node_modules/.bin/wasm-opt"
ensure_wasm_opt() {
  if [ -x "$WASM_OPT" ] && "$WASM_OPT" --version | grep -q "version ${BINARYEN_VERSION%%.*}"; then
    return 0
  fi
  command -v npm >/dev/null || ensure_apt nodejs npm
  log "installing wasm-opt (npm binaryen $BINARYEN_VERSION) into $TOOLS"
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION"
}

ensure_build_tools() {
  ensure_apt brotli gzip ca-certificates
  ensure_wasm_target
  ensure_wasm_bindgen
  ensure_wasm_opt
}

# axe-core from npm, pinned, into $TOOLS: the end-to-end tests inject it into every page type
# and fail on any WCAG 2.2 AA violation (tests/tests/browser/accessibility.rs). The tests read
# its path from CARENAV_AXE_JS.
AXE_CORE_VERSION="4.14.1"
AXE_JS="$TOOLS/node_modules/axe-core/axe.min.js"
ensure_axe_core() {
  if [ -f "$AXE_JS" ] && grep -q "\"version\": \"$AXE_CORE_VERSION\"" "$TOOLS/node_modules/axe-core/package.json"; then
    return 0
  fi
  command -v npm >/dev/null || ensure_apt nodejs npm
  log "installing axe-core $AXE_CORE_VERSION (npm) into $TOOLS"
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-audit --no-fund --silent --save-exact "axe-core@$AXE_CORE_VERSION"
}

ensure_test_tools() {
  # procps: kill and pkill, which the end-to-end harness uses to end every browser process.
  ensure_apt chromium chromium-driver postgresql procps
  ensure_axe_core
}
