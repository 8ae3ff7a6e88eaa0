#!/usr/bin/env bash
# The feature matrix of `error-codes`, as its users build it: no default
# features and each feature alone are checked (every target: the lib, the
# tests and the examples, so every `cfg` gate is compiled as users meet it),
# and the tests run twice, with no default features and with all of them.
# Running each feature's tests again would repeat what those two runs and
# tier 1 already ran, at the cost of a full build per row.
# `-p error-codes` alone leaves `regenerate` off, so this is the committed
# `src/generated/` that consumers compile.
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

for feature in $features; do
  run check -p error-codes --no-default-features --features "$feature" --lib --tests --examples
done
run test -p error-codes --no-default-features --lib --tests --examples
run test -p error-codes --all-features --all-targets
run test -p error-codes --all-features --doc
