//! Generates the crate's data from `registry.yaml` into `OUT_DIR`. Unlike
//! a generated crate's build script (`Builder::run_build_script`), this
//! crate commits no outputs, so there are none to compare.
#![forbid(unsafe_code)]

const REGISTRY: &str = "registry.yaml";

fn main() {
    println!("cargo::rerun-if-changed={REGISTRY}");
    if let Err(error) = error_codes_codegen::Builder::new(REGISTRY).write() {
        for line in error.to_string().lines() {
            println!("cargo::error={line}");
        }
    }
}
