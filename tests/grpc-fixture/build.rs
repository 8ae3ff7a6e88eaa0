//! Generates the crate's data from the gRPC fixture registry into
//! `OUT_DIR`; the crate commits no outputs.
#![forbid(unsafe_code)]

const REGISTRY: &str = "../fixtures/grpc/registry.yaml";

fn main() {
    println!("cargo::rerun-if-changed={REGISTRY}");
    println!("cargo::rerun-if-changed=../fixtures/grpc/error-codes.lock");
    if let Err(error) = error_codes_codegen::Builder::new(REGISTRY).write() {
        for line in error.to_string().lines() {
            println!("cargo::error={line}");
        }
    }
}
