#!/usr/bin/env bash
# What the generated crate costs to build, next to a hand-written crate with
# the same API (benches/handwritten, serde derive only):
#   1. `cargo build -p <crate>` from an empty target directory, each;
#   2. a no-op rebuild, which must not rerun the build script (cargo -v: Fresh);
#   3. the rebuild after the registry changes (build script + rustc);
#   4. how long the build script itself runs, and codegen's dependency tree;
#   5. the crate generated from a synthetic 10,000-code registry, compiled once.
# Prints Markdown; scripts/bench.sh saves it. Needs no network once the
# dependencies are in cargo's cache. Usage: scripts/build-cost.sh [codes]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
codes=${1:-10000}
work=$root/target/bench-results
mkdir -p "$work"

now() { date +%s.%N; }
# `quiet CMD...`: runs CMD, showing its output only if it fails.
quiet() {
  if ! "$@" >"$work/last.log" 2>&1; then
    cat "$work/last.log" >&2
    exit 1
  fi
}
# `elapsed START`: seconds since START, two decimals.
elapsed() { awk -v s="$1" -v e="$(now)" 'BEGIN { printf "%.2f", e - s }'; }

# `cold NAME PACKAGE`: cargo build of PACKAGE into an empty target dir.
cold() {
  local dir=$work/cold-$1
  rm -rf "$dir"
  local start
  start=$(now)
  quiet env CARGO_TARGET_DIR=$dir cargo build -p "$2"
  elapsed "$start"
}

echo "### Build cost"
echo
echo "| build | wall time (s) |"
echo "|---|---:|"
echo "| \`cargo build -p error-codes\`, empty target dir | $(cold generated error-codes) |"
echo "| \`cargo build -p error-codes-handwritten\`, empty target dir | $(cold handwritten error-codes-handwritten) |"

gen_target=$work/cold-generated
start=$(now)
noop_log=$(CARGO_TARGET_DIR=$gen_target cargo build -v -p error-codes 2>&1)
noop=$(elapsed "$start")
echo "| no-op rebuild (\`cargo build -v\` says \`Fresh error-codes\`) | $noop |"
if ! grep -q "Fresh error-codes v" <<<"$noop_log" || grep -Eq "Compiling|Running .*build-script" <<<"$noop_log"; then
  echo
  echo "FAILED: the no-op rebuild was not fresh:"
  echo '```'
  echo "$noop_log"
  echo '```'
  exit 1
fi

# A registry edit: touching the file is enough for cargo's rerun-if-changed.
touch registry/error-codes.yaml
start=$(now)
quiet env CARGO_TARGET_DIR=$gen_target cargo build -v -p error-codes
changed=$(elapsed "$start")
if ! grep -q "Running .*error-codes-.*/build-script-build" "$work/last.log"; then
  echo "FAILED: touching the registry did not rerun the build script" >&2
  exit 1
fi
echo "| rebuild after a registry change (build script reruns, then rustc) | $changed |"

# The build script alone, as cargo runs it (dev profile: codegen unoptimized).
script=$(ls -t "$gen_target"/debug/build/error-codes-*/build-script-build | head -1)
out=$(mktemp -d)
start=$(now)
(cd generated-crate && OUT_DIR=$out "$script" >/dev/null)
echo "| the build script alone (73 codes, debug build of codegen) | $(elapsed "$start") |"
rm -rf "$out"

echo
deps=$(cargo tree -q -p error-codes-codegen -e normal --prefix none | sed 's/ (\*)$//' | sort -u)
count=$(($(wc -l <<<"$deps") - 1))
echo "error-codes-codegen's normal dependency tree: $count crates besides itself:"
echo "$(grep -v '^error-codes-codegen ' <<<"$deps" | awk '{print $1}' | paste -sd ' ')."
echo

# The crate generated from a synthetic registry, in a copy of the workspace
# with its own target dir (sharing ours would mix up the two builds).
syn_root=$work/synthetic-$codes
rm -rf "$syn_root"
mkdir -p "$syn_root/registry"
cp -r Cargo.toml Cargo.lock codegen generated-crate "$syn_root/"
[ -f README.md ] && cp README.md "$syn_root/"
sed -i -e 's/^members = .*/members = ["codegen", "generated-crate"]/' \
  -e 's/^default-members = .*/default-members = ["codegen", "generated-crate"]/' "$syn_root/Cargo.toml"
quiet cargo run --profile bench -p error-codes-benches --example synthetic -- "$codes" "$syn_root/registry/error-codes.yaml"
syn_target=$work/synthetic-target
(
  cd "$syn_root"
  # Dependencies first, so that the timed builds below are this crate only.
  quiet env CARGO_TARGET_DIR=$syn_target cargo build -p error-codes
  touch registry/error-codes.yaml
  start=$(now)
  quiet env CARGO_TARGET_DIR=$syn_target cargo build -p error-codes
  both=$(elapsed "$start")
  touch generated-crate/src/lib.rs
  start=$(now)
  quiet env CARGO_TARGET_DIR=$syn_target cargo build -p error-codes
  rustc_only=$(elapsed "$start")
  lines=$(wc -l <"$(ls -t "$syn_target"/debug/build/error-codes-*/out/error_codes.rs | head -1)")
  echo "### The crate generated from $codes codes ($lines lines of Rust)"
  echo
  echo "| debug build of \`error-codes\` alone | wall time (s) |"
  echo "|---|---:|"
  echo "| build script + rustc (after a registry change) | $both |"
  echo "| rustc only | $rustc_only |"
)
