//! The API's error codes: every `error.code` it can answer with, its HTTP
//! status, meaning and category.
//!
//! Generated at build time from `registry/error-codes.yaml`: edit the
//! registry, `cargo build`, done. Clients branch on the code, never on the
//! HTTP status.
//!
//! ```
//! use error_codes::{Category, ErrorCode};
//!
//! let code: ErrorCode = "token_expired".parse().unwrap();
//! assert_eq!(code, ErrorCode::TokenExpired);
//! assert_eq!(code.http_status(), 401);
//! assert_eq!(code.category(), Category::AuthenticationAuthorization);
//! assert_eq!(code.to_string(), "token_expired");
//! assert!("TOKEN_EXPIRED".parse::<ErrorCode>().is_err());
//! ```
//!
//! Cargo features: `serde` (default) serializes codes as their wire string
//! and adds the error envelope (`ErrorEnvelope`, `ErrorBody`, and [`Code`]
//! for codes this build may not know yet); `http` converts codes to
//! `http::StatusCode`; `axum` adds `axum::ApiError`, an error response in one
//! expression; `client` reads error responses (`client::ErrorResponse`), and
//! `reqwest` does so from `reqwest::Response`.
//!
//! # The vocabulary
//!
#![doc = include_str!(concat!(env!("OUT_DIR"), "/tables.md"))]
#![forbid(unsafe_code)]

include!(concat!(env!("OUT_DIR"), "/error_codes.rs"));

mod advice;
#[cfg(feature = "axum")]
pub mod axum;
#[cfg(feature = "client")]
pub mod client;
mod code;
#[cfg(feature = "serde")]
mod envelope;
#[cfg(feature = "http")]
mod http_status;
mod parse;
mod response_headers;
#[cfg(any(feature = "utoipa", feature = "schemars"))]
mod schema;
#[cfg(feature = "serde")]
mod serde_impls;

pub use advice::{Deprecation, DetailsShape, Retry, StatusKind};
pub use code::{Code, StatusClass, UnknownCode};
#[cfg(feature = "serde")]
pub use envelope::{ErrorBody, ErrorEnvelope, FieldErrors, TypedDetails};
pub use parse::UnknownErrorCode;
pub use response_headers::RateLimit;
