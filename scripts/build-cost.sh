#!/usr/bin/env bash
# What the generated crate costs to build:
#   1. a consumer binary (serde_json + the crate as `cargo package` packages
#      it, default features) built cold,
#      next to the same consumer of a hand-written crate with the same API
#      (benches/handwritten, serde derive only), alternating, 4 pairs, each
#      the whole `cargo build` process, without incremental compilation as
#      for a registry dependency (wall time, and CPU time: user + system
#      of cargo and every rustc it runs); the ratios of the medians are the
#      figures the performance guide reports (goal: <= 1.05); then, less
#      moved by the load, the CPU time of rebuilding only the crates that
#      differ (4 more alternating pairs);
#   2. with the `regenerate` feature (this workspace's own builds): a no-op
#      rebuild, which must not rerun the build script (cargo -v: Fresh), and
#      the rebuild after the registry changes (build script + rustc);
#   3. how long the build script itself runs, and codegen's dependency tree;
#   4. the crate generated from a synthetic 10,000-code registry, compiled once.
# Prints Markdown; scripts/bench.sh saves it. Needs no network once the
# dependencies are in cargo's cache.
# Usage: scripts/build-cost.sh [codes]    (everything)
#        scripts/build-cost.sh consumer   (step 1 only)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
only_consumer=false
if [ "${1:-}" = consumer ]; then
  only_consumer=true
  shift
fi
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
# `median A B C`
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# `consumer NAME DEPENDENCY [PATCH]`: a binary crate outside this workspace
# that depends on serde_json and DEPENDENCY (a Cargo.toml dependency line),
# with PATCH (lines of `[patch.crates-io]`) if given, and uses the crate as a
# service would: parse a code, read its status, serialize.
consumer() {
  local dir=$work/consumer-$1
  rm -rf "$dir"
  mkdir -p "$dir/src"
  cat >"$dir/Cargo.toml" <<TOML
[package]
name = "consumer-$1"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
serde_json = "1"
$2

[workspace]
TOML
  if [ -n "${3:-}" ]; then
    printf '\n[patch.crates-io]\n%s\n' "$3" >>"$dir/Cargo.toml"
  fi
  cp Cargo.lock "$dir/Cargo.lock"
  cat >"$dir/src/main.rs" <<'RUST'
use error_codes::ErrorCode;

fn main() {
    let code: ErrorCode = std::env::args().nth(1).unwrap_or_default().parse().unwrap_or(ErrorCode::ALL[0]);
    println!("{} {}", serde_json::to_string(&code).unwrap_or_default(), code.http_status());
}
RUST
  echo "$dir"
}

# `cold DIR`: cargo build of the consumer in DIR into an empty target dir,
# the whole process: prints `WALL CPU` in seconds (CPU: user + system time
# of cargo and of every process it waited for, every rustc). Without
# incremental compilation, as cargo builds a dependency from a registry:
# both crates are path dependencies here, which cargo would otherwise
# build incrementally (writing each one's incremental cache, a cost in
# proportion to the crate that no consumer of the published crate pays).
# BUILD_COST_INCREMENTAL=1 measures them as path dependencies instead.
cold() {
  rm -rf "$1/target"
  local incremental=0
  [ -n "${BUILD_COST_INCREMENTAL:-}" ] && incremental=1
  quiet env CARGO_INCREMENTAL=$incremental /usr/bin/time -f "%e %U %S" -o "$work/time.txt" \
    cargo build --offline --manifest-path "$1/Cargo.toml" --target-dir "$1/target"
  awk '{ printf "%.2f %.2f", $1, $2 + $3 }' "$work/time.txt"
}

# The crate as published, not generated-crate/ itself: the package leaves
# files out (the build script among them), and its manifest is cargo's
# normalized one. Its runtime is not on crates.io yet: the packaged one
# stands in for it (as in scripts/check-package.sh). Codegen is packaged
# only because `error-codes` names it (an optional build-dependency).
packaged=$work/package-target
rm -rf "$packaged/package"
quiet env CARGO_TARGET_DIR=$packaged cargo package --offline --no-verify --allow-dirty \
  -p error-codes-runtime -p error-codes-codegen -p error-codes
version=$(cargo pkgid -p error-codes | sed 's/.*[#@]//')
runtime_version=$(cargo pkgid -p error-codes-runtime | sed 's/.*[#@]//')
unpacked=$work/unpacked
rm -rf "$unpacked"
mkdir -p "$unpacked"
tar xzf "$packaged/package/error-codes-$version.crate" -C "$unpacked"
tar xzf "$packaged/package/error-codes-runtime-$runtime_version.crate" -C "$unpacked"
generated=$(consumer generated "error-codes = { path = \"$unpacked/error-codes-$version\" }" \
  "error-codes-runtime = { path = \"$unpacked/error-codes-runtime-$runtime_version\" }")
handwritten=$(consumer handwritten "error-codes = { package = \"error-codes-handwritten\", path = \"$root/benches/handwritten\" }")
# Fetch (and warm the file cache) once, untimed.
quiet cargo fetch --manifest-path "$generated/Cargo.toml"
quiet cargo fetch --manifest-path "$handwritten/Cargo.toml"
gen_wall=()
gen_cpu=()
hand_wall=()
hand_cpu=()
for _ in 1 2 3 4; do
  read -r wall cpu <<<"$(cold "$generated")"
  gen_wall+=("$wall")
  gen_cpu+=("$cpu")
  read -r wall cpu <<<"$(cold "$handwritten")"
  hand_wall+=("$wall")
  hand_cpu+=("$cpu")
done
# `own DIR`: the same build again with only the crates that differ between
# the two consumers rebuilt (error-codes and its runtime, or the hand-written
# crate, and the binary), the rest kept from the cold build: prints their
# CPU time, which the load of a shared machine moves much less than a
# whole build's.
own() {
  local out=$1/target/debug
  rm -rf "$out"/.fingerprint/error-codes-* "$out"/.fingerprint/consumer-* "$out"/build/error-codes-* \
    "$out"/deps/liberror_codes* "$out"/deps/error_codes* "$out"/deps/consumer*
  quiet env CARGO_INCREMENTAL=0 /usr/bin/time -f "%U %S" -o "$work/time.txt" \
    cargo build --offline --manifest-path "$1/Cargo.toml" --target-dir "$1/target"
  awk '{ printf "%.2f", $1 + $2 }' "$work/time.txt"
}
gen_own=()
hand_own=()
for _ in 1 2 3 4; do
  gen_own+=("$(own "$generated")")
  hand_own+=("$(own "$handwritten")")
done
ratio() { awk -v g="$1" -v h="$2" 'BEGIN { printf "%.2f", g / h }'; }
gen=$(median "${gen_wall[@]}")
hand=$(median "${hand_wall[@]}")
gen_c=$(median "${gen_cpu[@]}")
hand_c=$(median "${hand_cpu[@]}")
crates() { cargo tree -q --manifest-path "$1/Cargo.toml" -e normal,build --prefix none | sed 's/ (\*)$//; s/ (.*)$//' | awk '{print $1}' | sort -u; }
extra=$(comm -23 <(crates "$generated" | grep -v '^consumer-') <(crates "$handwritten" | grep -v '^consumer-') | grep -vx -e 'error-codes' -e 'error-codes-runtime' || true)

echo "### Build cost"
echo
if [ -n "${BUILD_COST_INCREMENTAL:-}" ]; then how="incremental, as path dependencies"; else how="not incremental, as registry dependencies"; fi
echo "A consumer binary (serde_json + the crate, as packaged), cold \`cargo build\` ($how; the whole process), medians of 4 alternating pairs:"
echo
echo "| consumer of | wall time (s) | CPU time (s) |"
echo "|---|---:|---:|"
echo "| \`error-codes\` (default features) | $gen | $gen_c |"
echo "| the hand-written baseline | $hand | $hand_c |"
echo "| **ratio** (goal: at most 1.05) | **$(ratio "$gen" "$hand")** | **$(ratio "$gen_c" "$hand_c")** |"
echo
echo "Each run: wall $(printf '%s ' "${gen_wall[@]}")/ $(printf '%s ' "${hand_wall[@]}"); CPU $(printf '%s ' "${gen_cpu[@]}")/ $(printf '%s ' "${hand_cpu[@]}")(error-codes / baseline)."
echo
own_g=$(median "${gen_own[@]}")
own_h=$(median "${hand_own[@]}")
echo "The part that differs (the same builds with only error-codes and its runtime, or the hand-written crate, and the binary rebuilt; medians of 4 alternating pairs): CPU $own_g s against $own_h s, $(awk -v g="$own_g" -v h="$own_h" -v c="$hand_c" 'BEGIN { printf "%.2f", g - h }') s more, $(awk -v g="$own_g" -v h="$own_h" -v c="$hand_c" 'BEGIN { printf "%.1f", 100 * (g - h) / c }')% of the baseline's whole build (each: $(printf '%s ' "${gen_own[@]}")/ $(printf '%s' "${hand_own[*]}"))."
echo
if [ -n "$extra" ]; then
  echo "FAILED: the error-codes consumer compiles crates the baseline's does not: $extra"
  exit 1
fi
echo "The error-codes consumer compiles no crate the baseline's consumer does not, besides error-codes itself and its runtime, error-codes-runtime."
echo
if $only_consumer; then
  exit 0
fi
echo "With the \`regenerate\` feature (this workspace's own builds):"
echo
echo "| build | wall time (s) |"
echo "|---|---:|"

gen_target=$work/regenerate-target
quiet env CARGO_TARGET_DIR=$gen_target cargo build -p error-codes --features regenerate
start=$(now)
noop_log=$(CARGO_TARGET_DIR=$gen_target cargo build -v -p error-codes --features regenerate 2>&1)
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
quiet env CARGO_TARGET_DIR=$gen_target cargo build -v -p error-codes --features regenerate
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
echo "| the build script alone (this registry, debug build of codegen) | $(elapsed "$start") |"
rm -rf "$out"

echo
deps=$(cargo tree -q -p error-codes-codegen --no-default-features -e normal --prefix none | sed 's/ (\*)$//' | sort -u)
count=$(($(wc -l <<<"$deps") - 1))
echo "error-codes-codegen's normal dependency tree as a build script uses it (no \`cli\`): $count crates besides itself:"
echo "$(grep -v '^error-codes-codegen ' <<<"$deps" | awk '{print $1}' | paste -sd ' ')."
echo

# The crate generated from a synthetic registry, in a copy of the workspace
# with its own target dir (sharing ours would mix up the two builds).
syn_root=$work/synthetic-$codes
rm -rf "$syn_root"
mkdir -p "$syn_root/registry"
cp -r Cargo.toml Cargo.lock codegen runtime generated-crate "$syn_root/"
[ -f README.md ] && cp README.md "$syn_root/"
sed -i -e 's/^members = .*/members = ["runtime", "codegen", "generated-crate"]/' \
  -e 's/^default-members = .*/default-members = ["runtime", "codegen", "generated-crate"]/' "$syn_root/Cargo.toml"
quiet cargo run --profile bench -p error-codes-benches --example synthetic -- "$codes" "$syn_root/registry/error-codes.yaml"
syn_target=$work/synthetic-target
(
  cd "$syn_root"
  # Dependencies first, so that the timed builds below are this crate only.
  quiet env CARGO_TARGET_DIR=$syn_target cargo build -p error-codes --features regenerate
  touch registry/error-codes.yaml
  start=$(now)
  quiet env CARGO_TARGET_DIR=$syn_target cargo build -p error-codes --features regenerate
  both=$(elapsed "$start")
  touch generated-crate/src/lib.rs
  start=$(now)
  quiet env CARGO_TARGET_DIR=$syn_target cargo build -p error-codes --features regenerate
  rustc_only=$(elapsed "$start")
  lines=$(wc -l <"$(ls -t "$syn_target"/debug/build/error-codes-*/out/error_codes.rs | head -1)")
  echo "### The crate generated from $codes codes ($lines lines of Rust)"
  echo
  echo "| debug build of \`error-codes\` alone | wall time (s) |"
  echo "|---|---:|"
  echo "| build script + rustc (after a registry change) | $both |"
  echo "| rustc only | $rustc_only |"
)
