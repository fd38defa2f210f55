#!/usr/bin/env bash
# zhibiao build entry point:
#   ./build.sh build      the CLI and the web page (www/pkg/)
#   ./build.sh web        only the web page's wasm package (www/pkg/)
#   ./build.sh serve      build the page and serve www/ on http://127.0.0.1:8080
#   ./build.sh test       fmt check, cargo tests, wasm build, real-browser tests
#   ./build.sh bench-web  wasm size, first-load transfer, paste→table timings
# Installs what it needs when missing: the wasm32 target, the wasm-bindgen CLI
# matching the crate, npm packages from e2e/package-lock.json, Chromium.
set -euo pipefail
cd "$(dirname "$0")"

WASM_TARGET=wasm32-unknown-unknown
WASM_PROFILE=wasm-release
PKG_DIR=www/pkg
E2E=e2e

# The CLI must match the crate exactly, so its version is read from Cargo.toml.
wasm_bindgen_version() {
  sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml
}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx "$WASM_TARGET"; then
    rustup target add "$WASM_TARGET"
  fi
}

ensure_wasm_bindgen() {
  local want
  want="$(wasm_bindgen_version)"
  if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $want" ]; then
    return
  fi
  echo "installing wasm-bindgen-cli $want (a few minutes)" >&2
  # The lockfile shipped in the CLI's package can name a dependency version
  # the registry no longer serves; then resolve afresh rather than fail.
  cargo install wasm-bindgen-cli --version "$want" --locked ||
    cargo install wasm-bindgen-cli --version "$want"
}

# npm packages (binaryen's wasm-opt, playwright-core, axe-core) from the lockfile.
ensure_npm() {
  if [ ! -f "$E2E/node_modules/.package-lock.json" ] ||
    [ "$E2E/package-lock.json" -nt "$E2E/node_modules/.package-lock.json" ]; then
    (cd "$E2E" && npm ci --no-audit --no-fund)
  fi
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
  fi
}

cmd_cli() {
  cargo build --release --bin zhibiao
}

cmd_web() {
  ensure_wasm_target
  ensure_wasm_bindgen
  ensure_npm
  cargo build --lib --target "$WASM_TARGET" --profile "$WASM_PROFILE"
  rm -rf "$PKG_DIR"
  wasm-bindgen --target web --out-dir "$PKG_DIR" \
    "target/$WASM_TARGET/$WASM_PROFILE/zhibiao.wasm"
  # Debian's binaryen 108 writes modules that fail to instantiate: use npm's.
  "$E2E/node_modules/.bin/wasm-opt" -Oz --enable-bulk-memory \
    --enable-nontrapping-float-to-int --enable-reference-types \
    --enable-sign-ext --enable-mutable-globals --enable-multivalue \
    "$PKG_DIR/zhibiao_bg.wasm" -o "$PKG_DIR/zhibiao_bg.wasm"
  node "$E2E/write-assets.mjs" www
  echo "web build: $PKG_DIR/zhibiao_bg.wasm $(wc -c <"$PKG_DIR/zhibiao_bg.wasm") bytes" >&2
}

cmd_build() {
  cmd_cli
  cmd_web
}

cmd_serve() {
  cmd_web
  exec node "$E2E/serve.mjs" www 8080
}

cmd_test() {
  cargo fmt --check
  cargo test --release
  cmd_web
  ensure_chromium
  (cd "$E2E" && node --test --test-concurrency=1 tests/)
}

cmd_bench_web() {
  cmd_web
  ensure_chromium
  node "$E2E/bench.mjs"
}

case "${1:-build}" in
  build) cmd_build ;;
  web) cmd_web ;;
  serve) cmd_serve ;;
  test) cmd_test ;;
  bench-web) cmd_bench_web ;;
  *)
    echo "usage: $0 build|web|serve|test|bench-web" >&2
    exit 2
    ;;
esac
