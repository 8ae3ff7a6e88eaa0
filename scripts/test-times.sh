#!/usr/bin/env bash
# How long the tests take, measured (the README and CONTRIBUTING.md link the figures):
#   1. cold, as on a fresh machine: a copy of the working tree (tracked and
#      untracked files, nothing ignored: no target/, no node_modules/), an
#      empty CARGO_TARGET_DIR and an empty CARGO_HOME (so cargo downloads
#      every crate, timed apart as `cargo fetch`), no npm packages and no
#      Python virtual environment: tier 1 (`cargo test --workspace`, the
#      README's test command);
#   2. warm, the maintainer's loop: in the same copy, one code added to the
#      registry by structure with PyYAML (so the file's layout changes too,
#      as when a script edits it), the README's `generate`, then tier 1;
#   3. tier 2 (`cargo test --workspace -- --ignored`, the scenarios that
#      build copies of the workspace): its first run (its own target
#      directories empty, as in CI), then after another such edit.
# Writes Markdown to docs/figures/test-times.md (with the machine's core
# count and the date) and prints it. Needs the network for step 1 (crates.io,
# npm, PyPI) and python3 with PyYAML. Usage: scripts/test-times.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
figures=$root/docs/figures/test-times.md
# Outside the repository: tools that honour the .gitignore files of the
# folders above (oxlint) would find nothing to lint in a copy under target/.
work=${TMPDIR:-/tmp}/error-codes-test-times
rm -rf "$work"
mkdir -p "$work"

now() { date +%s.%N; }
# `quiet CMD...`: runs CMD, showing its output only if it fails.
quiet() {
  if ! "$@" >"$work/last.log" 2>&1; then
    cat "$work/last.log" >&2
    exit 1
  fi
}
# `elapsed START`: seconds since START, rounded.
elapsed() { awk -v s="$1" -v e="$(now)" 'BEGIN { printf "%.0f", e - s }'; }
# `timed CMD...`: runs CMD quietly in the copy; prints its wall time.
timed() {
  local start
  start=$(now)
  (cd "$copy" && quiet "$@")
  elapsed "$start"
}

python3 -c 'import yaml' 2>/dev/null || {
  echo "scripts/test-times.sh needs PyYAML (python3 -m pip install pyyaml)" >&2
  exit 1
}

# The copy, as a clone of this working tree would have it.
copy=$work/repo
mkdir -p "$copy"
git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' file; do
  [ -e "$file" ] && printf '%s\0' "$file"
done | tar -c --null -T - | tar -x -C "$copy"
# Fresh download caches: cargo's (cargo itself comes from the toolchain),
# npm's and pip's.
export CARGO_TARGET_DIR=$work/target CARGO_HOME=$work/cargo-home
export npm_config_cache=$work/npm-cache PIP_CACHE_DIR=$work/pip-cache
unset RUSTC_WRAPPER
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# `edit`: adds a new code, first in the first category, by structure, and
# writes the registry back with PyYAML (its layout, not the file's); then
# the README's regenerate command, timed.
edit() {
  (cd "$copy" && python3 - registry/error-codes.yaml <<'PY')
import sys, yaml
path = sys.argv[1]
with open(path) as f:
    registry = yaml.safe_load(f)
taken = {c["code"] for cat in registry["categories"] for c in cat["codes"]}
code = "test_times_added"
while code in taken:
    code += "_too"
registry["categories"][0]["codes"].insert(
    0, {"code": code, "status": 409, "meaning": "Added by scripts/test-times.sh"})
with open(path, "w") as f:
    yaml.safe_dump(registry, f, sort_keys=False)
PY
  timed cargo run -p error-codes-codegen -- generate
}
# `say WHAT SECONDS`: progress on stderr, so a long run shows its figures.
say() { echo "test-times: $1: $2 s" >&2; }

fetch=$(timed cargo fetch)
say "cargo fetch" "$fetch"
cold1=$(timed cargo test --workspace)
say "tier 1, cold" "$cold1"
regenerate=$(edit)
say "generate after an edit" "$regenerate"
warm1=$(timed cargo test --workspace)
say "tier 1 after an edit" "$warm1"
# Tier 2's first run: its copies' target directories are empty, as in CI
# after tier 1.
# Each scenario appends its own time (`Clock` in tests/tests/it/main.rs).
export ERROR_CODES_SCENARIO_TIMES=$work/scenario-times.tsv
cold2=$(timed cargo test --workspace -- --ignored)
unset ERROR_CODES_SCENARIO_TIMES
say "tier 2, first run" "$cold2"
edit >/dev/null
warm2=$(timed cargo test --workspace -- --ignored)
say "tier 2 after an edit" "$warm2"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

mkdir -p "$(dirname "$figures")"
{
  echo "<!-- Written by scripts/test-times.sh; do not edit. -->"
  echo "# Test times"
  echo
  echo "Measured by \`scripts/test-times.sh\` on $(date -u +%Y-%m-%d), $(nproc) cores,"
  echo "$(rustc --version | cut -d' ' -f1-2), Node.js $(node --version), $(python3 --version)."
  echo "Wall time of each command, in seconds, in a copy of the repository. The"
  echo "machine is shared: load average $load_before before, $load_after after."
  echo
  echo "| run | command | seconds | goal |"
  echo "|---|---|---:|---|"
  echo "| cold | \`cargo fetch\` (every crate downloaded) | $fetch | |"
  echo "| cold | tier 1: \`cargo test --workspace\` (npm and PyPI downloads included) | $cold1 | |"
  echo "| cold | **tier 1 with the crates' download** | **$((fetch + cold1))** | at most 300 |"
  echo "| after a registry edit | \`cargo run -p error-codes-codegen -- generate\` | $regenerate | |"
  echo "| after a registry edit | **tier 1: \`cargo test --workspace\`** | **$warm1** | at most 30 |"
  echo "| first run | tier 2: \`cargo test --workspace -- --ignored\` | $cold2 | |"
  echo "| after a registry edit | tier 2: \`cargo test --workspace -- --ignored\` | $warm2 | |"
  echo
  echo "Tier 2's first run, each scenario's wall time (they run side by side, as"
  echo "many at a time as the machine has cores, so each shares the machine):"
  echo
  echo "| scenario | seconds |"
  echo "|---|---:|"
  sort -rn "$work/scenario-times.tsv" | awk -F'\t' '{ printf "| `%s` | %s |\n", $2, $1 }'
  echo
  echo "The registry edit adds one code with PyYAML, which also rewrites the file"
  echo "in its own layout (no comments, sequences not indented)."
} >"$figures"
cat "$figures"
