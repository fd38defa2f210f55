#!/usr/bin/env bash
# zhibiao build entry point: ./build.sh build | serve | test
set -euo pipefail
cd "$(dirname "$0")"

cmd_build() {
  cargo build --release --bin zhibiao
}

cmd_serve() {
  cmd_build
  echo "CLI built: target/release/zhibiao --format table report.txt"
}

cmd_test() {
  cargo fmt --check
  cargo test --release
}

case "${1:-build}" in
  build) cmd_build ;;
  serve) cmd_serve ;;
  test) cmd_test ;;
  *) echo "usage: $0 build|serve|test" >&2; exit 2 ;;
esac
