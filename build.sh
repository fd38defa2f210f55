#!/usr/bin/env bash
# zhibiao build entry point:
#   ./build.sh build      the CLI and the web page (www/pkg/)
#   ./build.sh web        only the web page's wasm package (www/pkg/)
#   ./build.sh serve [--port N]  build what changed and serve www/ on http://127.0.0.1:8080 (or N)
#   ./build.sh test       fmt check, clippy, cargo tests (with the size limits), wasm build, JS type check, real-browser tests
#   ./build.sh typecheck  the page's scripts against their JSDoc types (tsc --checkJs)
#   ./build.sh bench-web  wasm size, first-load transfer, paste→table timings
#   ./build.sh bench-node median ms per sample with the wasm build in Node
#   ./build.sh xlsx       the on-demand module: renderers, panel, XLSX (www/pkg/zhibiao_xlsx*)
#   ./build.sh package    the npm package in pkg/ (and its tarball)
#   ./build.sh single     one self-contained HTML file, dist/zhibiao.html
#   ./build.sh sizes      raw and gzip size of each embedding route
#   ./build.sh python     the Python wheel (python/, maturin) in target/wheels/
#   ./build.sh test-python  a fresh venv, `pip install ./python[test]`, pytest
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

# A font with Chinese glyphs, else Chromium draws empty boxes (screenshots,
# the PDF reader's print-to-PDF test). WenQuanYi Micro Hei: 1.6 MB, the
# smallest Debian CJK font package (Noto CJK: 57 MB).
ensure_cjk_font() {
  if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y fonts-wqy-microhei
  fi
}

# Debian's nginx, for the hosting smoke test: e2e/tests/nginx.test.mjs serves
# www/ with deploy/nginx.conf on a local port (its own prefix; the system's
# nginx service is not used).
ensure_nginx() {
  if [ ! -x /usr/sbin/nginx ]; then
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y nginx
  fi
}

cmd_cli() {
  cargo build --release --bin zhibiao
}

# The shipped wasm builds. -Zlocation-detail=none leaves out the file, line
# and column of every panic site: a module built with panic=abort traps
# without printing them, so they were bytes no one could read (-3.4 KB gzip
# on the core, 111,348 -> 107,974 bytes, 2026-12-07). The flag is unstable:
# RUSTC_BOOTSTRAP lets the pinned stable rustc take it, for these builds only
# (it changes what a panic says, never what the code does).
cargo_wasm() {
  RUSTC_BOOTSTRAP=1 RUSTFLAGS="${RUSTFLAGS:-} -Zlocation-detail=none" \
    cargo build --lib --target "$WASM_TARGET" --profile "$WASM_PROFILE" "$@"
}

# True when file $1 exists and is newer than each of the others: then
# wasm-bindgen and wasm-opt (most of a build's 50 s) have nothing to redo.
# cargo itself rebuilds only what changed; build.sh and the npm lockfile
# (wasm-opt's flags, pdf.js) count as inputs too.
fresh() {
  local out="$1" input
  [ -f "$out" ] || return 1
  shift
  for input in "$@" build.sh "$E2E/package-lock.json"; do
    [ "$out" -nt "$input" ] || return 1
  done
}

cmd_web() {
  ensure_wasm_target
  ensure_wasm_bindgen
  ensure_npm
  cargo_wasm
  local built="target/$WASM_TARGET/$WASM_PROFILE/zhibiao.wasm"
  if fresh "$PKG_DIR/zhibiao_bg.wasm" "$built" && [ -d "$PKG_DIR/pdfjs" ]; then
    echo "web build: up to date" >&2
    copy_tables
    node "$E2E/write-assets.mjs" www # the page's own files may have changed
    return
  fi
  rm -rf "$PKG_DIR"
  wasm-bindgen --target web --out-dir "$PKG_DIR" "$built"
  # --converge: the passes again until nothing changes (-0.2 KB gzip, +20 s).
  wasm_opt_into "$PKG_DIR/zhibiao_bg.wasm" --converge
  # Then --flatten --rereloop and -Oz again on the optimised module: control
  # flow rebuilt from scratch folds what LLVM's z left branched (-1.3 KB
  # gzip on the core; parsing as fast in Node, 2.5 MB/s either way on three
  # dev reports, 2026-12-07). On the unoptimised module it saves less.
  wasm_opt_into "$PKG_DIR/zhibiao_bg.wasm" --flatten --rereloop -Oz --converge
  # And one plain -Oz more on the rebuilt module: -0.2 KB gzip (109,992 →
  # 109,760 B on 2026-12-07; with --converge it saved less).
  wasm_opt_into "$PKG_DIR/zhibiao_bg.wasm"
  vendor_pdfjs
  copy_tables
  node "$E2E/write-assets.mjs" www
  echo "web build: $PKG_DIR/zhibiao_bg.wasm $(wc -c <"$PKG_DIR/zhibiao_bg.wasm") bytes" >&2
}

# The data tables the core module does not embed (the crate's `tables`
# feature is off): the administrative divisions and the standard
# indicators. The worker and <zhibiao-table> fetch them while the module
# compiles and hand them over with setTables. Pre-cached by the service
# worker as the wasm is.
copy_tables() {
  cp src/lexicon/divisions.txt "$PKG_DIR/divisions.txt"
  cp src/lexicon/indicators.tsv "$PKG_DIR/indicators.tsv"
}

# pdf.js for the PDF reader (www/js/readers/pdf.js), from e2e's lockfile:
# the module, its worker (same-origin, as the page's CSP wants) and the
# packed CMaps of PDFs whose CJK fonts are not embedded. Loaded only when a
# PDF is opened; not in the service worker's pre-cache. The legacy build
# (+37 KB gzip): the modern one calls Map.getOrInsertComputed and other
# very new built-ins unpolyfilled, which the older Chromium cores of
# browsers common in offices (360, QQ) lack.
vendor_pdfjs() {
  local from="$E2E/node_modules/pdfjs-dist" to="$PKG_DIR/pdfjs"
  rm -rf "$to"
  mkdir -p "$to"
  cp "$from/legacy/build/pdf.min.mjs" "$from/legacy/build/pdf.worker.min.mjs" "$from/LICENSE" "$to/"
  cp -r "$from/cmaps" "$to/cmaps"
}

cmd_build() {
  cmd_cli
  cmd_web
  cmd_xlsx
}

# Options after `serve` go to the server: --port N.
cmd_serve() {
  cmd_web
  cmd_xlsx
  exec node "$E2E/serve.mjs" www "$@"
}

cmd_test() {
  cargo fmt --all --check
  cargo clippy --all-targets -- -D warnings
  # The Python binding (python/, a workspace member of its own).
  cargo clippy -p zhibiao-python --all-targets -- -D warnings
  # The wasm boundary (src/wasm/) with no feature and with all: features only add.
  ensure_wasm_target
  cargo clippy --lib --target "$WASM_TARGET" -- -D warnings
  cargo clippy --lib --target "$WASM_TARGET" --features xlsx -- -D warnings
  # tests/limits.rs checks the size limits (files ≤ 600 lines, functions ≤ 60).
  cargo test --release
  cmd_test_python
  cmd_web
  cmd_xlsx
  cmd_typecheck
  cmd_package
  cmd_single
  ensure_chromium
  ensure_cjk_font
  ensure_nginx
  (cd "$E2E" && node --test --test-concurrency=1 tests/)
}

# The page's scripts against their JSDoc types (tsc --checkJs, no output;
# the worker protocol: www/js/protocol.js). After the wasm builds: the
# modules' .d.ts in www/pkg/ type what the scripts import from them.
cmd_typecheck() {
  ensure_npm
  "$E2E/node_modules/.bin/tsc" -p www/jsconfig.json
  "$E2E/node_modules/.bin/tsc" -p www/jsconfig.sw.json
}

# ---------- Python (python/, docs: python/README.md) ----------

PY_VENV=target/python-venv

# The wheel: an abi3 wheel (CPython >= 3.9) in target/wheels/. maturin is
# installed with pip when missing.
cmd_python() {
  if ! command -v maturin >/dev/null; then
    python3 -m pip install --quiet "maturin>=1.9,<2"
  fi
  (cd python && maturin build --release)
}

# What a user does on a fresh machine: a new virtual environment,
# `pip install ./python[test]` (maturin, pandas and pytest from PyPI; the
# crate built from source), then pytest, which compares the package's rows
# with the CLI's (target/release/zhibiao, built by `cargo test --release`).
cmd_test_python() {
  rm -rf "$PY_VENV"
  python3 -m venv "$PY_VENV"
  "$PY_VENV/bin/pip" install --quiet --disable-pip-version-check "./python[test]"
  cargo build --release --bin zhibiao
  ZHIBIAO_BIN="$PWD/target/release/zhibiao" "$PY_VENV/bin/python" -m pytest python/tests
}

cmd_bench_web() {
  cmd_web
  cmd_xlsx
  ensure_chromium
  ensure_cjk_font
  node "$E2E/bench.mjs"
}

# ---------- embedding (docs/embedding.md) ----------

XLSX_TARGET_DIR=target/xlsx

# Debian's binaryen 108 writes modules that fail to instantiate: use npm's.
# --low-memory-unused: no address below 1 KB is ever reached by wrapping
# around (Rust never does), so constant offsets fold into loads and stores
# (-1 KB gzip on the core); the producers and target-features sections are
# metadata no browser reads.
wasm_opt_into() {
  "$E2E/node_modules/.bin/wasm-opt" -Oz --low-memory-unused \
    --strip-producers --strip-target-features --enable-bulk-memory \
    --enable-nontrapping-float-to-int --enable-reference-types \
    --enable-sign-ext --enable-mutable-globals --enable-multivalue "${@:2}" "$1" -o "$1"
}

# The on-demand module: the crate with the `xlsx` feature (which includes
# `export`): the parser, the renderers (render), the panel and the sheet
# writer, for the page's downloads, copying and panel page. At opt-level z
# (-32 KB gzip; writing a sheet is not speed-critical). Its own target dir
# keeps the core build's artifacts untouched. Not in the service worker's
# pre-cache: it caches it in the background once the page is idle.
cmd_xlsx() {
  ensure_wasm_target
  ensure_wasm_bindgen
  ensure_npm
  CARGO_PROFILE_WASM_RELEASE_OPT_LEVEL=z cargo_wasm --features xlsx --target-dir "$XLSX_TARGET_DIR"
  local built="$XLSX_TARGET_DIR/$WASM_TARGET/$WASM_PROFILE/zhibiao.wasm"
  if fresh "$PKG_DIR/zhibiao_xlsx_bg.wasm" "$built"; then
    echo "xlsx module: up to date" >&2
    node "$E2E/write-assets.mjs" www
    return
  fi
  mkdir -p "$PKG_DIR"
  wasm-bindgen --target web --out-dir "$PKG_DIR" --out-name zhibiao_xlsx "$built"
  wasm_opt_into "$PKG_DIR/zhibiao_xlsx_bg.wasm"
  # The service worker caches it in the background: list it with its hash.
  node "$E2E/write-assets.mjs" www
  echo "xlsx module: $PKG_DIR/zhibiao_xlsx_bg.wasm $(wc -c <"$PKG_DIR/zhibiao_xlsx_bg.wasm") bytes" >&2
}

EXPORT_TARGET_DIR=target/export

# The npm package: wasm-bindgen output for --target web and --target bundler
# (pkg/wasm/) plus the hand-written entry points, types and README in npm/.
# Built with the `export` feature: parse and the renderers (toCSV…) in one
# module, in its own target dir.
cmd_package() {
  ensure_wasm_target
  ensure_wasm_bindgen
  ensure_npm
  cargo_wasm --features export --target-dir "$EXPORT_TARGET_DIR"
  local wasm="$EXPORT_TARGET_DIR/$WASM_TARGET/$WASM_PROFILE/zhibiao.wasm"
  rm -rf pkg
  wasm-bindgen --target web --out-dir pkg/wasm "$wasm"
  wasm-bindgen --target bundler --out-dir pkg/bundler "$wasm"
  # Both targets give the same .wasm: ship one, next to both glues (the
  # bundler's module imports ./zhibiao_bg.js, the web glue ignores it).
  cmp -s pkg/wasm/zhibiao_bg.wasm pkg/bundler/zhibiao_bg.wasm
  mv pkg/bundler/zhibiao_bg.js pkg/wasm/zhibiao_bg.js
  mv pkg/bundler/zhibiao.js pkg/wasm/zhibiao_bundler.js
  rm -rf pkg/bundler
  wasm_opt_into pkg/wasm/zhibiao_bg.wasm
  node npm/build.mjs pkg
  (cd pkg && npm pack --silent >/dev/null)
  echo "npm package: $(ls pkg/*.tgz)" >&2
}

# One HTML file with the wasm (base64) and scripts inlined: for file:// and
# plain-http intranets, where no service worker runs.
# It needs the renderers (CSV download, TSV copy): the npm package's wasm,
# built with the `export` feature.
cmd_single() {
  if [ ! -f pkg/wasm/zhibiao_bg.wasm ]; then cmd_package; fi
  node scripts/single.mjs pkg/wasm dist/zhibiao.html
}

cmd_sizes() {
  node scripts/sizes.mjs
}

case "${1:-build}" in
  build) cmd_build ;;
  web) cmd_web ;;
  serve) cmd_serve "${@:2}" ;;
  test) cmd_test ;;
  bench-web) cmd_bench_web ;;
  bench-node) cmd_package && node scripts/bench-node.mjs ;;
  xlsx) cmd_xlsx ;;
  typecheck) cmd_typecheck ;;
  package) cmd_package ;;
  single) cmd_single ;;
  sizes) cmd_sizes ;;
  python) cmd_python ;;
  test-python) cmd_test_python ;;
  *)
    echo "usage: $0 build|web|serve|test|typecheck|bench-web|bench-node|xlsx|package|single|sizes|python|test-python" >&2
    exit 2
    ;;
esac
