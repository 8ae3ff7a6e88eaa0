//! The crate `error-codes-codegen` makes from `registry.yaml`, generated at
//! build time: the benchmark's `details::InsufficientFunds` and its
//! `axum::ApiError`.
#![forbid(unsafe_code)]

::error_codes_runtime::generated_module! {
    made_for: "0.3",
    regenerate: "cargo build -p error-codes-bench-details",

    mod generated {
        include!(concat!(env!("OUT_DIR"), "/error_codes.rs"));
    }
    pub use generated::*;
}
