//! [`vocabulary!`](crate::vocabulary): the whole public API of a generated
//! crate, written once here.
//!
//! A generator emits only data: the two enums, their [`Vocabulary`] impl
//! (rows, roles, headers, `lookup`) and the header constants. One call of
//! this macro then gives the code enum its inherent `const fn`s and standard
//! impls, and the crate the paths its users know (`Code`, `ErrorEnvelope`,
//! `axum::ApiError`, `client::ErrorResponse`, …) as aliases of this
//! runtime's generic types. Features are the calling crate's own: a
//! generated crate forwards each of its features to this crate's.
//!
//! [`Vocabulary`]: crate::Vocabulary

/// The crate-level names [`vocabulary!`](crate::vocabulary) gives the
/// calling crate (with `headers`, which the generated code declares): the
/// generator keeps the two enums' configured names out of them.
pub const CRATE_ITEMS: &[&str] = &[
    "Code",
    "Deprecation",
    "RateLimit",
    "DetailsShape",
    "Envelope",
    "Retry",
    "StatusClass",
    "StatusKind",
    "UnknownCode",
    "UnknownErrorCode",
    "ErrorEnvelope",
    "ErrorBody",
    "ProblemDetails",
    "FieldErrors",
    "InvalidParam",
    "TypedDetails",
    "ENVELOPE",
    "DOCS_URL",
    "axum",
    "client",
    "headers",
];

/// Gives a generated code enum and its category enum their API, and the
/// calling crate its public paths. Called once by generated code:
///
/// ```ignore
/// error_codes_runtime::vocabulary!(ErrorCode, Category, CATEGORIES);
/// ```
#[macro_export]
macro_rules! vocabulary {
    ($code:ident, $category:ident, $categories:ident) => {
        impl $code {
            /// The code as sent on the wire, e.g. `"internal_error"`.
            pub const fn as_str(self) -> &'static str {
                <Self as $crate::Vocabulary>::ENTRIES[self as usize].code
            }

            /// The HTTP status that carries this code. For codes whose
            /// category's status kind is `Reported`, the status describes
            /// something else (a webhook delivery), not the response.
            pub const fn http_status(self) -> u16 {
                <Self as $crate::Vocabulary>::ENTRIES[self as usize].status
            }

            /// What the code means, as the docs page says it.
            pub const fn meaning(self) -> ::core::option::Option<&'static str> {
                <Self as $crate::Vocabulary>::ENTRIES[self as usize].meaning
            }

            /// The category the code is listed under.
            pub const fn category(self) -> $category {
                <Self as $crate::Vocabulary>::ENTRIES[self as usize].category
            }

            /// Whether, and how, repeating the failed request may succeed.
            pub const fn retry(self) -> $crate::Retry {
                <Self as $crate::Vocabulary>::ENTRIES[self as usize].retry
            }

            /// Whether repeating the failed request may succeed (see `retry`).
            pub const fn is_retryable(self) -> bool {
                self.retry().is_retryable()
            }

            /// The typed shape of `error.details`, for codes that have one.
            pub const fn details_shape(self) -> ::core::option::Option<$crate::DetailsShape> {
                <Self as $crate::Vocabulary>::ENTRIES[self as usize].details
            }

            /// The deprecation, for codes that are deprecated. Deprecated
            /// codes still parse: servers may still send them.
            pub const fn deprecation(self) -> ::core::option::Option<$crate::Deprecation<$code>> {
                <Self as $crate::Vocabulary>::ENTRIES[self as usize].deprecated
            }

            /// The URL of this code's row in the published docs.
            pub const fn doc_url(self) -> ::core::option::Option<&'static str> {
                <Self as $crate::Vocabulary>::ENTRIES[self as usize].doc_url
            }

            /// What this code's HTTP status describes (its category's).
            pub const fn status_kind(self) -> $crate::StatusKind {
                <Self as $crate::Vocabulary>::ENTRIES[self as usize].status_kind
            }

            /// The HTTP status as an `http::StatusCode` (cargo feature `http`).
            #[cfg(feature = "http")]
            pub fn status_code(self) -> $crate::__private::http::StatusCode {
                $crate::status_code(self.http_status())
            }
        }

        impl $category {
            const fn entry(self) -> &'static $crate::CategoryEntry {
                &$categories[self as usize]
            }

            /// The category's title, as the docs page heads its table.
            pub const fn title(self) -> &'static str {
                self.entry().title
            }

            /// The category's codes, in registry order.
            pub const fn codes(self) -> &'static [$code] {
                let entry = self.entry();
                <$code as $crate::Vocabulary>::ALL
                    .split_at(entry.first)
                    .1
                    .split_at(entry.len)
                    .0
            }

            /// What the statuses of this category's codes describe.
            pub const fn status_kind(self) -> $crate::StatusKind {
                self.entry().status_kind
            }
        }

        impl ::core::str::FromStr for $code {
            type Err = $crate::UnknownErrorCode;

            #[inline]
            fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                $code::lookup(s).ok_or_else(|| $crate::UnknownErrorCode::new(s))
            }
        }

        impl ::core::convert::TryFrom<&str> for $code {
            type Error = $crate::UnknownErrorCode;

            fn try_from(s: &str) -> ::core::result::Result<Self, Self::Error> {
                s.parse()
            }
        }

        impl ::core::fmt::Display for $code {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::core::convert::AsRef<str> for $code {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl ::core::convert::From<$code> for &'static str {
            fn from(code: $code) -> Self {
                code.as_str()
            }
        }

        impl ::core::cmp::PartialEq<$crate::Code<$code>> for $code {
            fn eq(&self, other: &$crate::Code<$code>) -> bool {
                other == self
            }
        }

        #[cfg(feature = "http")]
        impl ::core::convert::From<$code> for $crate::__private::http::StatusCode {
            fn from(code: $code) -> Self {
                code.status_code()
            }
        }

        /// Codes serialize as their wire string and deserialize from exactly it.
        #[cfg(feature = "serde")]
        impl $crate::__private::serde::Serialize for $code {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $code {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::__private::deserialize_known(deserializer)
            }
        }

        #[cfg(feature = "utoipa")]
        impl $crate::__private::utoipa::PartialSchema for $code {
            fn schema() -> $crate::__private::utoipa::openapi::RefOr<
                $crate::__private::utoipa::openapi::schema::Schema,
            > {
                $crate::__private::utoipa_schema::<$code>()
            }
        }

        #[cfg(feature = "utoipa")]
        impl $crate::__private::utoipa::ToSchema for $code {
            fn name() -> ::std::borrow::Cow<'static, str> {
                ::std::borrow::Cow::Borrowed(<$code as $crate::Vocabulary>::NAME)
            }
        }

        #[cfg(feature = "schemars")]
        impl $crate::__private::schemars::JsonSchema for $code {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                ::std::borrow::Cow::Borrowed(<$code as $crate::Vocabulary>::NAME)
            }

            fn json_schema(
                _: &mut $crate::__private::schemars::SchemaGenerator,
            ) -> $crate::__private::schemars::Schema {
                $crate::__private::schemars_schema::<$code>()
            }
        }

        #[cfg(feature = "axum")]
        impl ::core::convert::From<$code> for $crate::axum::ApiError<$code> {
            /// An error whose message is the code's meaning in the registry.
            fn from(code: $code) -> Self {
                $crate::axum::ApiError::new(code, code.meaning().unwrap_or_default())
            }
        }

        /// The shape of the API's error bodies (`envelope:` in the
        /// registry): what the axum integration sends. Clients read both.
        pub const ENVELOPE: $crate::Envelope = <$code as $crate::Vocabulary>::ENVELOPE;

        /// The published docs page (`page.docs_url` in the registry): a
        /// code's docs URL, and its problem `type`, is this with `#` and the
        /// code.
        pub const DOCS_URL: ::core::option::Option<&'static str> =
            <$code as $crate::Vocabulary>::DOCS_URL;

        /// The `error.code` of a response: one of this crate's codes, or a
        /// code the API added after this crate was built, kept as received.
        pub type Code = $crate::Code<$code>;

        /// Why and since when a code is deprecated.
        pub type Deprecation = $crate::Deprecation<$code>;

        /// The rate-limit figures of a response, under this registry's header names.
        pub type RateLimit = $crate::RateLimit<$code>;

        pub use $crate::{
            DetailsShape, Envelope, Retry, StatusClass, StatusKind, UnknownCode, UnknownErrorCode,
        };

        /// An error response body: `{"error": {...}}`.
        #[cfg(feature = "serde")]
        pub type ErrorEnvelope = $crate::ErrorEnvelope<$code>;

        /// The `error` member of an [`ErrorEnvelope`].
        #[cfg(feature = "serde")]
        pub type ErrorBody = $crate::ErrorBody<$code>;

        /// An RFC 9457 problem document: the error response body of an
        /// API whose registry says `envelope: rfc9457`.
        #[cfg(feature = "serde")]
        pub type ProblemDetails = $crate::ProblemDetails<$code>;

        #[cfg(feature = "serde")]
        pub use $crate::{FieldErrors, InvalidParam, TypedDetails};

        /// Error responses from axum handlers (cargo feature `axum`), and a
        /// layer that makes every other error response of a service an
        /// envelope too. See `error_codes_runtime::axum`.
        #[cfg(feature = "axum")]
        pub mod axum {
            /// An error an axum handler returns.
            pub type ApiError = $crate::axum::ApiError<super::$code>;
            /// Makes every error response of a service an envelope.
            pub type ErrorLayer = $crate::axum::ErrorLayer<super::$code>;
            /// The service [`ErrorLayer`] wraps around a service `S`.
            pub type ErrorService<S> = $crate::axum::ErrorService<S, super::$code>;
            pub use $crate::axum::{ErrorFuture, Source, new_request_id};
        }

        /// Reading error responses (cargo feature `client`; feature
        /// `reqwest` adds `check` and `read_error` for `reqwest::Response`).
        /// See `error_codes_runtime::client`.
        #[cfg(feature = "client")]
        pub mod client {
            /// An error response the API sent: its status, envelope and headers.
            pub type ErrorResponse = $crate::client::ErrorResponse<super::$code>;
            pub use $crate::client::NotAnEnvelope;

            /// The `Retry-After` of a response, as a delay from now.
            pub fn retry_after(
                headers: &$crate::__private::http::HeaderMap,
            ) -> ::core::option::Option<::std::time::Duration> {
                $crate::client::retry_after(headers)
            }

            /// The request id of a response, from the registry's request-id header.
            pub fn request_id(
                headers: &$crate::__private::http::HeaderMap,
            ) -> ::core::option::Option<::std::string::String> {
                $crate::client::request_id::<super::$code>(headers)
            }

            /// Why reading a `reqwest::Response` gave no success.
            #[cfg(feature = "reqwest")]
            pub type ClientError = $crate::client::ClientError<super::$code>;
            /// Reads error responses, reading no more of a body than a limit.
            #[cfg(feature = "reqwest")]
            pub type ErrorReader = $crate::client::ErrorReader<super::$code>;

            /// The response itself when its status is a success; otherwise
            /// the API's error, read from its body.
            #[cfg(feature = "reqwest")]
            pub async fn check(
                response: $crate::__private::reqwest::Response,
            ) -> ::core::result::Result<$crate::__private::reqwest::Response, ClientError> {
                $crate::client::check(response).await
            }

            /// Reads an error response's body (with the default size limit).
            #[cfg(feature = "reqwest")]
            pub async fn read_error(response: $crate::__private::reqwest::Response) -> ClientError {
                $crate::client::read_error(response).await
            }
        }
    };
}
