#!/usr/bin/env bash
# What each export of the TypeScript package costs a frontend's bundle,
# measured (docs/guides/performance.md shows the figures; the tier-2 test
# tests/tests/it/ts_bundle_size.rs holds the limits with it): for this API's
# package (clients/typescript) and the packages `init` makes of a synthetic
# registry of 3,000 codes (benches' `synthetic` example), of the RFC 9457
# fixture, of each body-layout fixture and of the gRPC fixture (whose package
# has the Connect reader, `parseConnectError`), an entry that imports one export
# from the package root is bundled with esbuild (`--bundle --minify
# --format=esm`) and with rollup (node-resolve, terser), minified and
# gzipped. The bundlers are pinned by tests/tools/ts-bundle-size/package-lock.json.
#
# Usage: scripts/ts-bundle-size.sh [--json DIR] [--limits]
#   prints a Markdown table per package; with --json, also writes DIR/NAME.json
#   (NAME: this-api, synthetic-3000, rfc9457, layout-azure, ...); with
#   --limits, measures only the exports the tier-2 test holds to a limit (the
#   readers, and the gRPC fixture's Connect reader), not every export of this
#   API's and the synthetic package (the performance guide's tables).
# Needs Node.js and npm (and the npm registry the first time), and cargo.
# The generator's command line and the benches' `synthetic` example run with
# `cargo run -p`, or are the executables ERROR_CODES_CLI and
# ERROR_CODES_SYNTHETIC name (the tier-2 test passes those `cargo test
# --workspace` built, which `cargo run -p` would compile again).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
json= limits=false
while [ $# -gt 0 ]; do
  case $1 in
    --json)
      json=$(realpath -m "${2:?--json takes a folder}")
      mkdir -p "$json"
      shift 2
      ;;
    --limits)
      limits=true
      shift
      ;;
    *)
      echo "usage: scripts/ts-bundle-size.sh [--json DIR] [--limits]" >&2
      exit 2
      ;;
  esac
done
target=${CARGO_TARGET_DIR:-$root/target}
work=$target/tmp/ts-bundle-size
rm -rf "$work"
mkdir -p "$work"
tools=$root/tests/tools/ts-bundle-size
client=$root/clients/typescript

# `installed DIR`: whether DIR/node_modules holds each devDependency at the
# version DIR/package-lock.json pins.
installed() {
  node -e '
    const fs = require("fs"), path = require("path"), dir = process.argv[1];
    const lock = JSON.parse(fs.readFileSync(path.join(dir, "package-lock.json"), "utf8"));
    const wanted = Object.keys(JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).devDependencies);
    const ok = wanted.every((name) => {
      try {
        const got = JSON.parse(fs.readFileSync(path.join(dir, "node_modules", name, "package.json"), "utf8"));
        return got.version === lock.packages[`node_modules/${name}`].version;
      } catch { return false; }
    });
    process.exit(ok ? 0 : 1);' "$1"
}
for dir in "$tools" "$client"; do
  installed "$dir" || (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
done

# `build NAME PACKAGE_DIR`: the package's sources, manifest and tsconfig
# copied to $work/NAME, its dist/ built with the package's pinned tsc.
build() {
  local out=$work/$1
  mkdir -p "$out"
  cp -r "$2/src" "$2/package.json" "$2/tsconfig.json" "$out/"
  ln -s "$client/node_modules" "$out/node_modules"
  node "$client/node_modules/typescript/bin/tsc" -p "$out"
}

# `cli ARGS...`: the generator's command line.
cli() {
  if [ -n "${ERROR_CODES_CLI:-}" ]; then
    "$ERROR_CODES_CLI" "$@"
  else
    cargo run --quiet -p error-codes-codegen -- "$@"
  fi
}
# `synthetic ARGS...`: the benches' `synthetic` example.
synthetic() {
  if [ -n "${ERROR_CODES_SYNTHETIC:-}" ]; then
    "$ERROR_CODES_SYNTHETIC" "$@"
  else
    cargo run --quiet -p error-codes-benches --example synthetic -- "$@"
  fi
}

# `made NAME REGISTRY`: the package `init` makes of REGISTRY, built.
made() {
  cli init "$work/project-$1" --crate "$1-errors" \
    --registry "$2" >"$work/init-$1.log" 2>&1 || { cat "$work/init-$1.log" >&2; exit 1; }
  build "$1" "$work/project-$1/clients/typescript"
}

build this-api "$client"
synthetic 3000 "$work/synthetic-3000.yaml" >/dev/null
made synthetic-3000 "$work/synthetic-3000.yaml"
made rfc9457 "$root/tests/fixtures/rfc9457/registry.yaml"
made grpc "$root/tests/fixtures/grpc/registry.yaml"
for layout in "$root"/tests/fixtures/layouts/*.yaml; do
  name=$(basename "$layout" .yaml)
  made "layout-$name" "$layout"
done

# This API and the synthetic registry: every export. The fixtures: the
# readers, whose cost depends on the envelope (and the gRPC fixture's
# Connect reader with its tables).
readers=isErrorCode,hasCode,parseErrorEnvelope,DETAIL_MEMBERS,ErrorResponse
connect=parseConnectError,GRPC_REASONS,GRPC_MEMBERS
for package in this-api synthetic-3000 rfc9457 grpc "$work"/layout-*; do
  name=$(basename "$package")
  only=()
  case $name in
    this-api | synthetic-3000) if $limits; then only=(--exports "$readers"); fi ;;
    grpc) only=(--exports "$readers,$connect") ;;
    *) only=(--exports "$readers") ;;
  esac
  out=()
  [ -z "$json" ] || out=(--json "$json/$name.json")
  echo
  node "$tools/measure.mjs" "$work/$name" "${only[@]}" "${out[@]}"
done
