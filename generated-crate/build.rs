// Generated from registry/error-codes.yaml by error-codes-codegen. Do not edit.
// Regenerate with `cargo run -p error-codes-codegen -- generate`.
//! The crate compiles the data committed in `src/generated/`, which
//! `error-codes-codegen` generated from the registry. This script makes sure
//! that data is never silently stale:
//!
//! - With the `regenerate` feature and the registry where the repository
//!   keeps it, it generates the data from the registry into `OUT_DIR` (and
//!   sets `cfg(error_codes_regenerated)`, which makes `lib.rs` compile that),
//!   and warns about committed outputs that no longer match the registry.
//! - Otherwise it uses no dependency: when the registry is there and differs
//!   from what `src/generated/` was made from, the build fails with the
//!   command that fixes it; when there is no registry, the committed data is
//!   the crate.
//!
//! The published package has no registry and leaves this script out (its
//! manifest says `build = false`), so a consumer neither builds nor runs it;
//! the crate's manifest declares the `cfg` for that build.
#![forbid(unsafe_code)]
/// Where the repository keeps the registry and the project's
/// configuration, relative to this crate.
const REGISTRY: &str = "../registry/error-codes.yaml";
#[cfg(feature = "regenerate")]
const CONFIG: &str = "../error-codes.gen.yaml";
fn main() {
    println!("cargo::rustc-check-cfg=cfg(error_codes_regenerated)");
    #[cfg(feature = "regenerate")]
    if std::path::Path::new(REGISTRY).is_file() {
        println!("cargo::rustc-cfg=error_codes_regenerated");
        let builder = if std::path::Path::new(CONFIG).is_file() {
            error_codes_codegen::Builder::project(CONFIG)
        } else {
            error_codes_codegen::Builder::new(REGISTRY)
        };
        builder.run_build_script();
        return;
    }
    pregenerated::check();
}
mod pregenerated {
    use super::REGISTRY;
    /// The pregenerated source, and the line of it that records
    /// the registry's fingerprint.
    const SOURCE: &str = "src/generated/error_codes.rs";
    const PREFIX: &str = "// registry fingerprint: ";
    const REGENERATE: &str = "cargo run -p error-codes-codegen -- generate";
    const REGISTRY_NAME: &str = "registry/error-codes.yaml";
    pub(crate) fn check() {
        println!("cargo::rerun-if-changed={SOURCE}");
        let Ok(registry) = std::fs::read_to_string(REGISTRY) else {
            return;
        };
        println!("cargo::rerun-if-changed={REGISTRY}");
        let source = std::fs::read_to_string(SOURCE).unwrap_or_default();
        let recorded = source.lines().take(8).find_map(|l| l.strip_prefix(PREFIX));
        if recorded != Some(fingerprint(&registry).as_str()) {
            println!(
                "cargo::error={REGISTRY_NAME} changed since {SOURCE} was generated from it: \
                             run `{REGENERATE}` (or build with `--features regenerate`)"
            );
        }
    }
    /// FNV-1a (64 bit) with CRLF read as LF: the same few lines as
    /// the generator's, which wrote the value this compares (a
    /// build script without dependencies cannot call it; every
    /// build of the crate checks the two agree).
    fn fingerprint(text: &str) -> String {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        let bytes = text.as_bytes();
        for (i, &byte) in bytes.iter().enumerate() {
            if byte == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                continue;
            }
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        format!("fnv1a64:{hash:016x}")
    }
}
