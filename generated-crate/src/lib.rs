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
//! Cargo features: `serde` (default) serializes codes as their wire string;
//! `http` converts them to `http::StatusCode`.
//!
//! # The vocabulary
//!
#![doc = include_str!(concat!(env!("OUT_DIR"), "/tables.md"))]
#![forbid(unsafe_code)]

include!(concat!(env!("OUT_DIR"), "/error_codes.rs"));

mod advice;
#[cfg(feature = "http")]
mod http_status;
mod parse;
#[cfg(feature = "serde")]
mod serde_impls;

pub use advice::{Deprecation, DetailsShape, Retry, StatusKind};
pub use parse::UnknownErrorCode;
