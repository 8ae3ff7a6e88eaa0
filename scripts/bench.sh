#!/usr/bin/env bash
# Every benchmark of docs/guides/performance.md, in one run:
#   criterion benches (parse, accessors, envelope, generator scaling, the
#   response path without and with the `metrics` feature),
#   callgrind instruction counts for parsing (stable on a busy machine),
#   and the build-cost measurements (scripts/build-cost.sh).
# Writes target/bench-results/summary.md and prints it.
#
# Usage: scripts/bench.sh [criterion options]
#   default options: --warm-up-time 1 --measurement-time 3 (short: the figures
#   are for comparing contenders side by side, within one run).
# BENCH_SKIP_BUILD_COST=1 skips the cold builds (a few minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
results=target/bench-results
mkdir -p "$results"
summary=$results/summary.md

if [ $# -eq 0 ]; then
  set -- --warm-up-time 1 --measurement-time 3
fi

{
  echo "## Benchmark run $(date -u +'%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(rustc --version)."
  echo
} >"$summary"

# Criterion keeps the previous run for its change report; start clean so the
# table shows this run only.
rm -rf target/criterion
cargo bench -p error-codes-benches --benches -- "$@" 2>&1 | tee "$results/criterion.log" | grep -E '^[a-z]+/|time:' || true
# The response path again with the `metrics` feature (a group of its own).
cargo bench -p error-codes-benches --features metrics --bench response -- "$@" 2>&1 | tee -a "$results/criterion.log" | grep -E '^[a-z]+|time:' || true
{
  echo "### Criterion (median of this run)"
  echo
  cargo run -q --profile bench -p error-codes-benches --example bench_report -- target/criterion
  echo
} >>"$summary"

if command -v valgrind >/dev/null; then
  cargo build -q --profile bench -p error-codes-benches --example parse_count
  bin=target/release/examples/parse_count
  # Instructions per parse: (count with N rounds − count with 0 rounds) / parses,
  # which takes out start-up and building the inputs.
  count() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$@" 2>&1 >/dev/null |
      sed -n 's/.*Collected : //p'
  }
  {
    echo "### Instructions per parse (callgrind)"
    echo
    echo "| contender | hits | misses |"
    echo "|---|---:|---:|"
    for contender in "error_codes from_str" "error_codes lookup" "error_codes Deserialize" \
      "strum EnumString" "serde derive Deserialize" "phf Map" "std HashMap"; do
      row="| $contender"
      for set in hits misses; do
        base=$(count "$contender" "$set" 0)
        total=$(count "$contender" "$set" 200)
        parses=$("$bin" "$contender" "$set" 200)
        row="$row | $(awk -v t="$total" -v b="$base" -v n="$parses" 'BEGIN { printf "%.1f", (t - b) / n }')"
      done
      echo "$row |"
    done
    echo
  } >>"$summary"
else
  echo "valgrind not found: no instruction counts" >>"$summary"
fi

{
  echo "### Generator, one run per size (\`cargo run --profile bench -p error-codes-benches --example synthetic -- N\`)"
  echo
  echo '```'
  for codes in 100 1000 10000; do
    cargo run -q --profile bench -p error-codes-benches --example synthetic -- "$codes"
    echo
  done
  echo '```'
  echo
} >>"$summary"

if command -v valgrind >/dev/null; then
  # Instruction counts grow with the work done, not with cache misses or the
  # load of the machine: the fairest check of linear growth.
  {
    echo "### Generator instructions (callgrind, whole \`synthetic N\` run)"
    echo
    echo "| codes | instructions | per code |"
    echo "|---:|---:|---:|"
    for codes in 100 1000 10000; do
      ir=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        target/release/examples/synthetic "$codes" 2>&1 >/dev/null | sed -n 's/.*Collected : //p')
      echo "| $codes | $ir | $((ir / codes)) |"
    done
    echo
  } >>"$summary"
fi

if [ -z "${BENCH_SKIP_BUILD_COST:-}" ]; then
  scripts/build-cost.sh >>"$summary"
fi

echo
cat "$summary"
