//! The crate `error-codes-codegen` makes from
//! `tests/fixtures/grpc/registry.yaml`, generated at build time.
#![forbid(unsafe_code)]

::error_codes_runtime::generated_module! {
    made_for: "0.3",
    regenerate: "cargo build -p error-codes-grpc-fixture",

    mod generated {
        include!(concat!(env!("OUT_DIR"), "/error_codes.rs"));
    }
    pub use generated::*;
}

/// The crate `error-codes-codegen` makes from
/// `tests/fixtures/layouts/google-rpc.yaml` (`envelope: google`), generated
/// at build time.
pub mod google {
    ::error_codes_runtime::generated_module! {
        made_for: "0.3",
        regenerate: "cargo build -p error-codes-grpc-fixture",

        mod generated {
            include!(concat!(env!("OUT_DIR"), "/google/error_codes.rs"));
        }
        pub use generated::*;
    }
}
