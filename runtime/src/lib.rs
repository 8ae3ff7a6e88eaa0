//! The runtime of generated error-code crates: everything of such a crate
//! that is not data, generic over the [`Vocabulary`] its code enum
//! implements. It names no code and no header of any API.
//!
//! A generator (`error-codes-codegen`) turns an API's error-code registry
//! into a crate whose generated source holds only data and one call of
//! [`vocabulary!`]; that crate's users see `ErrorCode`, `Code`,
//! `ErrorEnvelope`, `axum::ApiError`, `client::ErrorResponse`, … under its
//! own name, as aliases of the types here. This is prost's split: `prost`
//! is the runtime, `prost-build` the generator, and the generated code
//! names the runtime by a configurable path.
//!
//! Depend on a generated crate, not on this one: the generated crate
//! forwards its features, the ones in [`FEATURES`], to these.
//!
//! # Roles
//!
//! The integrations answer some failures by themselves: a handler's `?` on
//! any error, a panic, an unmatched route, a wrong method, a malformed body.
//! A registry names the code each of these [`Role`]s gets (`roles:` in the
//! registry; a role left out is played by the code of the same name). What
//! needs a role at compile time says so with a trait bound, [`Has`]: the
//! axum integration needs `internal_error`, so for a registry without one
//! `axum::ApiError` does not compile, with a message naming the role. The
//! other roles are optional: see `axum::ErrorLayer` (feature `axum`) for
//! what answers a failure whose role has no code.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]

// The body engine (`wire`, and the readers in `envelope`, `layout` and
// `grpc` that it shares) marks its non-generic functions `#[inline]`: rustc
// then compiles one to machine code in the crate that calls it, not in every
// build of this crate. A default build of a generated crate's consumer calls
// almost none of them, and they, with the `serde_json` and `BTreeMap` code
// they instantiate, were most of this crate's build time (the performance
// guide, "Build cost"). A new engine function that a default build would
// compile gets the attribute too.
#[cfg(feature = "__example")]
#[doc(hidden)]
pub mod __example;
mod api;
#[cfg(feature = "axum")]
pub mod axum;
#[cfg(feature = "client")]
pub mod client;
mod code;
#[cfg(feature = "serde")]
mod envelope;
mod grpc;
#[cfg(feature = "serde")]
mod layout;
#[cfg(feature = "metrics")]
pub mod metrics;
#[cfg(feature = "utoipa")]
mod operation;
#[cfg(feature = "serde")]
pub mod problem;
#[cfg(any(feature = "axum", feature = "tonic"))]
mod request_id;
mod response_headers;
#[cfg(feature = "schema")]
pub mod schema;
#[cfg(feature = "tonic")]
pub mod tonic;
mod unknown;
mod vocabulary;
#[cfg(feature = "serde")]
pub mod wire;

pub use api::{CATEGORY_ITEMS, CRATE_ITEMS, ERROR_CODE_ITEMS, FEATURES, Feature};
pub use code::{Code, StatusClass, UnknownCode};
#[cfg(feature = "serde")]
pub use envelope::{ErrorBody, ErrorEnvelope, FieldErrors};
pub use grpc::{GoogleBody, Grpc, GrpcCode, GrpcEntry};
#[cfg(feature = "serde")]
pub use problem::{InvalidParam, ProblemDetails};
pub use response_headers::RateLimit;
pub use unknown::UnknownErrorCode;
#[cfg(feature = "serde")]
pub use vocabulary::HasDetails;
pub use vocabulary::{
    BodyLayout, CategoryEntry, Deprecation, DetailsShape, Entry, Envelope, Has, Headers,
    MetricNames, Metrics, Retry, Role, Roles, StatusKind, Vocabulary, role,
};

/// The longest code a registry may define, in bytes: the generator refuses
/// longer ones, and [`UnknownErrorCode`] keeps this much of an input.
pub const MAX_CODE_LEN: usize = 64;

/// What the expansion of [`vocabulary!`] refers to. Not part of the API.
#[doc(hidden)]
pub mod __private {
    #[cfg(feature = "axum")]
    pub use axum;
    #[cfg(feature = "http")]
    pub use http;
    #[cfg(feature = "reqwest")]
    pub use reqwest;
    #[cfg(feature = "schemars")]
    pub use schemars;
    #[cfg(feature = "serde")]
    pub use serde;
    #[cfg(feature = "serde")]
    pub use serde_json;
    #[cfg(feature = "tonic")]
    pub use tonic;
    #[cfg(feature = "utoipa")]
    pub use utoipa;

    #[cfg(feature = "axum")]
    pub use crate::axum::framework::api_error_among;
    #[cfg(feature = "serde")]
    pub use crate::code::deserialize_known;
    #[cfg(feature = "utoipa")]
    pub use crate::operation::utoipa_responses;
    #[cfg(feature = "schemars")]
    pub use crate::schema::schemars_named;
    #[cfg(feature = "utoipa")]
    pub use crate::schema::utoipa_named;
    #[cfg(feature = "schema")]
    pub use crate::schema::{
        CodeDetails, CodeSchema, DescribeSchemas, Description, MemberKind, MemberSchema, Text,
    };

    /// The runtime versions generated code fits, as the generator writes
    /// them in `generated_module!`'s `made_for`: the semver-compatible part
    /// of this crate's version.
    pub const GENERATED_FOR: &str = "0.3";

    /// `status` as an `http::StatusCode`; a generated crate's statuses are
    /// validated to be 400–599 (200–599 in a layout with an error marker).
    #[cfg(feature = "http")]
    #[expect(
        clippy::expect_used,
        reason = "the generator keeps every status within 200..=599"
    )]
    pub fn status_code(status: u16) -> http::StatusCode {
        http::StatusCode::from_u16(status).expect("registry statuses are 200..=599")
    }
}
