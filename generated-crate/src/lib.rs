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
//! Cargo features (all off by default but `serde`): `serde` serializes codes
//! as their wire string and adds the error envelope (`ErrorEnvelope`,
//! `ErrorBody`, and `Code` for codes this build may not know yet); `http`
//! converts codes to `http::StatusCode` and names the headers as
//! `http::HeaderName`s; `axum` adds `axum::ApiError` and `axum::ErrorLayer`,
//! which make every error response of a service an envelope; `client` reads
//! error responses (`client::ErrorResponse`), and `reqwest` does so from
//! `reqwest::Response`; `tracing` logs error responses; `utoipa` and
//! `schemars` give the codes and the envelope schemas; `regenerate` generates
//! the data from the registry at build time (for the registry's repository).
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
