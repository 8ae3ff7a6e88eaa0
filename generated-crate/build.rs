//! Regenerates the crate's data from the registry. Cargo reruns this only
//! when the registry file changes (see the `rerun-if-changed` line the
//! builder prints).
#![forbid(unsafe_code)]

fn main() {
    error_codes_codegen::Builder::new("../registry/error-codes.yaml")
        .display_path("registry/error-codes.yaml")
        .run_build_script();
}
