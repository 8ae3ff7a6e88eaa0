//! Helpers for the tests that run the `error-codes` binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The workspace root, where the committed registry and outputs are.
pub(crate) fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from(".."), Path::to_path_buf)
}

/// Runs the real binary in `dir`.
pub(crate) fn run(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_error-codes"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("cannot run error-codes: {e}"))
}

pub(crate) fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Generated Rust, parsed: the tests check its items, not how prettyplease
/// lays them out.
pub(crate) fn parse_rust(source: &str) -> syn::File {
    syn::parse_file(source)
        .unwrap_or_else(|e| panic!("the generated Rust does not parse: {e}\n{source}"))
}
