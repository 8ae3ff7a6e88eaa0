//! Generates the crate's data from the gRPC fixture registry into
//! `OUT_DIR`; the crate commits no outputs.
#![forbid(unsafe_code)]

const REGISTRY: &str = "../fixtures/grpc/registry.yaml";
/// The Google body fixture (`envelope: google`): the module `google`.
const GOOGLE: &str = "../fixtures/layouts/google-rpc.yaml";

fn main() {
    println!("cargo::rerun-if-changed={REGISTRY}");
    println!("cargo::rerun-if-changed=../fixtures/grpc/error-codes.lock");
    println!("cargo::rerun-if-changed={GOOGLE}");
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    for built in [
        error_codes_codegen::Builder::new(REGISTRY).write(),
        error_codes_codegen::Builder::new(GOOGLE)
            .out_dir(out.join("google"))
            .write(),
    ] {
        if let Err(error) = built {
            for line in error.to_string().lines() {
                println!("cargo::error={line}");
            }
        }
    }
}
