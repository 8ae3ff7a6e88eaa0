// Generated from registry/error-codes.yaml by error-codes-codegen. Do not edit.
// Regenerate with `cargo run -p error-codes-codegen -- generate`.
//! The API's error codes: every `error.code` it can answer with, its HTTP
//! status, meaning and category.
//!
//! Generated from the API's error-code registry (`registry/error-codes.yaml` in the
//! repository) by `error-codes-codegen`. The generated data is committed in
//! `src/generated/`, so depending on this crate compiles no generator; with
//! the `regenerate` feature its build script generates it from the registry
//! instead. Clients branch on the code, never on the HTTP status.
//!
//! ```
//! use error_codes::ErrorCode;
//!
//! let code: ErrorCode = "authentication_required".parse().unwrap();
//! assert_eq!(code, ErrorCode::AuthenticationRequired);
//! assert_eq!(code.http_status(), 401);
//! assert!(code.category().codes().contains(&code));
//! assert_eq!(code.to_string(), "authentication_required");
//! ```
//!
//! [`ErrorCode`] and [`Category`] are this API's; everything else (`Code`,
//! `ErrorEnvelope`, `axum::ApiError`, `client::ErrorResponse`, …) is the
//! registry-independent runtime, `error_codes_runtime`, for these codes.
//!
//! Cargo features, each the runtime's of the same name but `regenerate`:
//!
//! - `serde` (default): codes serialize as their wire string; the error envelope types
//! - `http`: `status_code()` of a code, `headers::name::*` as `http::HeaderName`
//! - `axum`: `axum::ApiError` and the layer that makes every error response an envelope
//! - `client`: `client::ErrorResponse`: read any error response
//! - `reqwest`: read it from a `reqwest::Response`
//! - `tracing`: with `axum`: log error responses and record the code on the span
//! - `schema`: the JSON Schema of the codes and the error bodies, as values (`schema::definitions`)
//! - `utoipa`: `utoipa::ToSchema` for the codes and the envelope
//! - `schemars`: `schemars::JsonSchema` for the codes and the envelope
//! - `metrics`: count error responses in `error_responses_total` (the `metrics` facade), every code's series from 0: with `axum`, `ErrorLayer::with_metrics()`; with `tonic`, `RequestIdLayer::with_metrics()`
//! - `tonic`: gRPC: `tonic::Status` from errors (Google's `ErrorInfo`), `tonic::read`, the request-id layer (needs `grpc:` in the registry)
//! - `regenerate`: generate the data from the registry at build time (for the
//!   registry's repository)
//!
//! # The vocabulary
//!
#![cfg_attr(not(error_codes_regenerated), doc = include_str!("generated/tables.md"))]
#![cfg_attr(
    error_codes_regenerated,
    doc = include_str!(concat!(env!("OUT_DIR"), "/tables.md"))
)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]

::error_codes_runtime::generated_module! {
    made_for: "0.3",
    regenerate: "cargo run -p error-codes-codegen -- generate",

    /// The registry's data, as `error-codes-codegen` generated it:
    /// committed, or generated into `OUT_DIR` by the build script with
    /// the `regenerate` feature when the registry is there (the build
    /// fails when the two differ; see `build.rs`).
    #[cfg(not(error_codes_regenerated))]
    #[path = "generated/error_codes.rs"]
    #[rustfmt::skip]
    mod generated;
    #[cfg(error_codes_regenerated)]
    mod generated {
        include!(concat!(env!("OUT_DIR"), "/error_codes.rs"));
    }
    pub use generated::*;
}
