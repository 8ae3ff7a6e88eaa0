#!/usr/bin/env bash
# What users of `error-codes` hit, checked the way they hit it:
#   1. the three crates package, and cargo verifies each package builds on
#      its own (codegen against the packaged runtime, error-codes against
#      both, through a local overlay);
#   2. a consumer of the unpacked `error-codes` package builds offline, with no
#      registry anywhere near it, and reproduces the registry's table;
#   3. a consumer of `error-codes` as a git dependency, vendored with
#      `cargo vendor`, builds offline from the vendored copy alone.
# Run by .ci/run; needs crates.io for step 1's index and step 3's vendoring.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/target/package-check
rm -rf "$work"
mkdir -p "$work"

step() { printf '\n== %s\n' "$*"; }

step "cargo package (with verification) of error-codes-runtime, error-codes-codegen and error-codes"
# Cargo takes a crate from a registry (here the local overlay through which
# the packaged runtime reaches the packaged codegen) as immutable: the
# sources it extracted, and what it built, in an earlier run would be this
# run's. Start from nothing: a target folder of its own, and no extracted
# copy of these crates. It gets the workspace's builds of the registry's
# crates (never these three: scripts/seed-build-dir.py), so a dependency
# the workspace built with the same features does not compile again; every
# build below shares it, so the rest compile once.
packaged=$work/target
python3 scripts/seed-build-dir.py "${CARGO_TARGET_DIR:-$root/target}" "$packaged"
export CARGO_TARGET_DIR=$packaged
rm -rf "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/error-codes-runtime-* \
  "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/error-codes-codegen-*
cargo package -p error-codes-runtime -p error-codes-codegen -p error-codes

# A consumer that prints `code status Category` for every code, sorted: the
# stability lock's own lines, so the two can be compared with diff. Named
# after its folder: cargo names a path package's build by its name and its
# path from its workspace root, which two consumers in one target folder
# must not share.
consumer() {
  local dir=$1 dependency=$2
  mkdir -p "$dir/src"
  cat >"$dir/Cargo.toml" <<TOML
[package]
name = "consumer-$(basename "$dir")"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
$dependency

[workspace]

# The runtime is not published yet: the packaged one stands in for it.
[patch.crates-io]
error-codes-runtime = { path = "$runtime" }
TOML
  cat >"$dir/src/main.rs" <<'RUST'
fn main() {
    let mut lines: Vec<String> = error_codes::ErrorCode::ALL
        .iter()
        .map(|code| format!("{} {} {:?}", code, code.http_status(), code.category()))
        .collect();
    lines.sort();
    for line in lines {
        println!("{line}");
    }
}
RUST
}

expected=$work/expected.txt
# The lock's code lines (`code status Category`); its other lines start with
# a keyword (`body:`, `wire:`), a first field no code is spelled like.
grep -v '^#' registry/error-codes.lock | awk '$1 !~ /:$/' >"$expected"

step "a consumer of the unpacked package, offline, without a registry"
# Each package at its own version (the runtime's moves on its own).
version=$(cargo pkgid -p error-codes | sed 's/.*[#@]//')
runtime_version=$(cargo pkgid -p error-codes-runtime | sed 's/.*[#@]//')
runtime=
tar xzf "$packaged/package/error-codes-$version.crate" -C "$work"
tar xzf "$packaged/package/error-codes-runtime-$runtime_version.crate" -C "$work"
runtime=$work/error-codes-runtime-$runtime_version
# The build script checks the committed data against the registry, which
# the package does not have: the package leaves it out, so that a consumer
# neither builds nor runs it (cargo writes `build = false`).
if [ -e "$work/error-codes-$version/build.rs" ] || ! grep -qx 'build = false' "$work/error-codes-$version/Cargo.toml"; then
  echo "the packaged error-codes has a build script" >&2
  exit 1
fi
echo "the package has no build script"
consumer "$work/unpacked" "error-codes = { path = \"$work/error-codes-$version\" }"
cp Cargo.lock "$work/unpacked/Cargo.lock"
(cd "$work/unpacked" && cargo run -q --offline) >"$work/unpacked.txt"
diff -u "$expected" "$work/unpacked.txt"
echo "reproduces the registry's $(wc -l <"$expected") codes"

step "a consumer of a vendored git dependency, offline"
git clone -q --no-local "$root" "$work/repo"
consumer "$work/vendored" "error-codes = { git = \"file://$work/repo\" }"
cp Cargo.lock "$work/vendored/Cargo.lock"
mkdir -p "$work/vendored/.cargo"
(cd "$work/vendored" && cargo vendor -q vendor >.cargo/config.toml)
test ! -e "$work/vendored/vendor/registry" || {
  echo "unexpected: the registry was vendored" >&2
  exit 1
}
# The git checkout is gone from the picture: only vendor/ remains.
rm -rf "$work/repo"
(cd "$work/vendored" && cargo run -q --offline) >"$work/vendored.txt"
diff -u "$expected" "$work/vendored.txt"
echo "reproduces the registry's $(wc -l <"$expected") codes"
