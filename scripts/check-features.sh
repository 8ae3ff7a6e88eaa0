#!/usr/bin/env bash
# The feature matrix of `error-codes`: no feature at all, then each feature
# without the default ones, is checked on every target (the lib, the tests
# and the examples, so every `cfg` gate is compiled).
#
# One command builds the three targets, so the tests' dev-dependencies take
# part in the features: the generator turns on the runtime's `serde` and
# `schema` in every row. Checking the library truly alone (`--lib` by itself,
# as a user builds it) compiles most dependencies again per row with
# features of their own (about 100 s more on two cores), so it is not done.
#
# Tier 1 (`cargo test --workspace`) runs the tests with all of them: the
# tests crate depends on `error-codes` with every feature, which this script
# checks. Running them here too, with no default features, ran tests that
# tier 1 runs (a test is gated on a feature, never on its absence) after a
# full build of every dependency with this package's features alone, about
# 40 s on two cores: checking them compiles every `cfg` gate, from the
# build the rows share.
# `-p error-codes` alone leaves `regenerate` off, so this is the committed
# `src/generated/` that consumers compile.
set -euo pipefail
cd "$(dirname "$0")/.."

features=$(cargo metadata --no-deps --format-version 1 |
  python3 -c 'import json, sys
packages = json.load(sys.stdin)["packages"]
pkg = next(p for p in packages if p["name"] == "error-codes")
features = sorted(f for f in pkg["features"] if f not in ("default", "regenerate"))
tests = next(p for p in packages if p["name"] == "error-codes-tests")
used = set()
for dep in tests["dependencies"]:
    if dep["name"] == "error-codes":
        used.update(dep["features"])
missing = [f for f in features + ["regenerate"] if f not in used]
if missing:
    sys.exit("tests/Cargo.toml: error-codes-tests depends on error-codes without "
             + ", ".join(missing) + ": tier 1 is the all-features test run only with every feature")
print(" ".join(features))')

run() {
  printf '\n== cargo %s\n' "$*"
  cargo "$@"
}

run check -p error-codes --no-default-features --lib --tests --examples
for feature in $features; do
  run check -p error-codes --no-default-features --features "$feature" --lib --tests --examples
done
