#!/usr/bin/env bash
# The feature matrix of `error-codes`, as its users build it: no default
# features, each feature alone, all of them; every target built once (the
# examples too) and the tests that apply run: one `cargo test` each, never a
# `cargo check` of the same targets beside it. `-p error-codes` alone leaves `regenerate` off, so
# this is the committed `src/generated/` that consumers compile.
set -euo pipefail
cd "$(dirname "$0")/.."

features=$(cargo metadata --no-deps --format-version 1 |
  python3 -c 'import json, sys
pkg = next(p for p in json.load(sys.stdin)["packages"] if p["name"] == "error-codes")
print(" ".join(sorted(f for f in pkg["features"] if f not in ("default", "regenerate"))))')

run() {
  printf '\n== cargo %s\n' "$*"
  cargo "$@"
}

run test -p error-codes --no-default-features --lib --tests --examples
for feature in $features; do
  # Doctests once per combination would dominate the time; the lib and
  # integration tests say whether the feature's items and gates are right,
  # and the examples that need the feature build.
  run test -p error-codes --no-default-features --features "$feature" --lib --tests --examples
done
run test -p error-codes --all-features --all-targets
run test -p error-codes --all-features --doc
