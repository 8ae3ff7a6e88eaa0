#!/usr/bin/env bash
# The feature matrix of `error-codes`, as its users build it:
#   - the library with each feature alone (and no default features), checked
#     by itself: a command that also builds the tests or examples turns on
#     what their dev-dependencies need (the generator asks the runtime for
#     `serde` and `schema`), which a user's build of the library does not;
#   - each example with only the features it requires, as `cargo run
#     --example NAME --features ...` builds it;
#   - the tests, run with no default features. Tier 1 (`cargo test
#     --workspace`) is the run with all of them: the tests crate depends on
#     `error-codes` with every feature, which this script checks.
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

# `NAME FEATURES` per example, FEATURES its required features, comma-joined.
examples=$(cargo metadata --no-deps --format-version 1 |
  python3 -c 'import json, sys
pkg = next(p for p in json.load(sys.stdin)["packages"] if p["name"] == "error-codes")
for target in pkg["targets"]:
    if "example" in target["kind"]:
        print(target["name"], ",".join(target.get("required-features", [])) or "-")')

run check -p error-codes --no-default-features --lib
for feature in $features; do
  run check -p error-codes --no-default-features --features "$feature" --lib
done
while read -r example required; do
  [ "$required" != - ] || required=
  run check -p error-codes --no-default-features --features "$required" --example "$example"
done <<<"$examples"
run test -p error-codes --no-default-features --lib --tests --examples
