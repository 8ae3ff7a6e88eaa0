//! [`vocabulary!`](crate::vocabulary): the whole public API of a generated
//! crate, written once here, and the contract between this runtime and the
//! code a generator writes for it, each fact in one table: the names the
//! macro gives a crate ([`CRATE_ITEMS`]) and the two enums
//! ([`ERROR_CODE_ITEMS`], [`CATEGORY_ITEMS`]), the cargo features a
//! generated crate forwards ([`FEATURES`]), and the runtime version a
//! generated crate was made for ([`generated_module!`](crate::generated_module)).
//!
//! A generator emits only data: the two enums, their [`Vocabulary`] impl
//! (rows, roles, headers, `lookup`), its capabilities (`HasDetails`,
//! `Metrics`, `Has`) and the header constants. One call of
//! this macro then gives the code enum its inherent `const fn`s and standard
//! impls, and the crate the paths its users know (`Code`, `ErrorEnvelope`,
//! `axum::ApiError`, `client::ErrorResponse`, …) as aliases of this
//! runtime's generic types. Features are the calling crate's own: a
//! generated crate forwards each of its features to this crate's (hence
//! [`FEATURES`]).
//!
//! [`Vocabulary`]: crate::Vocabulary

/// One cargo feature of this runtime. `#[cfg(feature = …)]` inside
/// [`vocabulary!`](crate::vocabulary) is evaluated in the calling crate, so
/// every generated crate declares each of these under the same name, turning
/// on the runtime's feature and the ones it [implies](Feature::implies).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Feature {
    /// The feature's name, in this crate and in every generated crate.
    pub name: &'static str,
    /// Whether it is a default feature.
    pub default: bool,
    /// The optional dependencies of this runtime it switches on.
    pub dependencies: &'static [&'static str],
    /// The other features it turns on.
    pub implies: &'static [&'static str],
    /// What it gives a generated crate, in one line (the crate's docs and
    /// the README's table).
    pub doc: &'static str,
}

/// The runtime's cargo features, which every generated crate has too: the
/// one list that its manifest, a generated crate's manifest (written by
/// `init`) and a generated crate's docs are made from or tested against.
pub const FEATURES: &[Feature] = &[
    Feature {
        name: "serde",
        default: true,
        dependencies: &["serde", "serde_json"],
        implies: &[],
        doc: "codes serialize as their wire string; the error envelope types",
    },
    Feature {
        name: "http",
        default: false,
        dependencies: &["http"],
        implies: &[],
        doc: "`status_code()` of a code, `headers::name::*` as `http::HeaderName`",
    },
    Feature {
        name: "axum",
        default: false,
        dependencies: &["axum", "tower", "pin-project-lite"],
        implies: &["http", "serde"],
        doc: "`axum::ApiError` and the layer that makes every error response an envelope",
    },
    Feature {
        name: "client",
        default: false,
        dependencies: &["httpdate"],
        implies: &["http", "serde"],
        doc: "`client::ErrorResponse`: read any error response",
    },
    Feature {
        name: "reqwest",
        default: false,
        dependencies: &["reqwest"],
        implies: &["client"],
        doc: "read it from a `reqwest::Response`",
    },
    Feature {
        name: "tracing",
        default: false,
        dependencies: &["tracing"],
        implies: &[],
        doc: "with `axum`: log error responses and record the code on the span",
    },
    Feature {
        name: "schema",
        default: false,
        dependencies: &[],
        implies: &["serde"],
        doc: "the JSON Schema of the codes and the error bodies, as values (`schema::definitions`)",
    },
    Feature {
        name: "utoipa",
        default: false,
        dependencies: &["utoipa"],
        implies: &["schema"],
        doc: "`utoipa::ToSchema` for the codes and the envelope",
    },
    Feature {
        name: "schemars",
        default: false,
        dependencies: &["schemars"],
        implies: &["schema"],
        doc: "`schemars::JsonSchema` for the codes and the envelope",
    },
    Feature {
        name: "metrics",
        default: false,
        dependencies: &["metrics"],
        implies: &[],
        doc: "count error responses in `error_responses_total` (the `metrics` facade), every code's series from 0: with `axum`, `ErrorLayer::with_metrics()`; with `tonic`, `RequestIdLayer::with_metrics()`",
    },
    Feature {
        name: "tonic",
        default: false,
        dependencies: &[
            "tonic",
            "tonic-types",
            "tower",
            "http-body",
            "pin-project-lite",
        ],
        implies: &["http", "serde"],
        doc: "gRPC: `tonic::Status` from errors (Google's `ErrorInfo`), `tonic::read`, the request-id layer (needs `grpc:` in the registry)",
    },
];

/// Declares a table of names, and (in this crate's tests, with every
/// feature on) checks at compile time that each is there: on the runtime's
/// example vocabulary, `use`d for crate items, or named as an associated
/// item of the code enum (`Has`'s after `has:`) or the category enum.
macro_rules! names {
    ($(#[$meta:meta])* CRATE_ITEMS = [$($item:ident),* $(,)?];) => {
        $(#[$meta])*
        pub const CRATE_ITEMS: &[&str] = &[$(::core::stringify!($item)),*];

        #[cfg(all(test, feature = "axum", feature = "reqwest", feature = "utoipa", feature = "schemars"))]
        #[allow(unused_imports)]
        mod crate_items_exist {
            use crate::__example::{$($item),*};
        }
    };
    ($(#[$meta:meta])* ERROR_CODE_ITEMS = [$($item:ident),* $(,)?] has: [$($has:ident),*];) => {
        $(#[$meta])*
        pub const ERROR_CODE_ITEMS: &[&str] =
            &[$(::core::stringify!($item),)* $(::core::stringify!($has)),*];

        #[cfg(all(test, feature = "axum", feature = "reqwest", feature = "utoipa", feature = "schemars"))]
        #[test]
        fn error_code_items_exist() {
            use crate::__example::ErrorCode;
            use crate::{Grpc as _, HasDetails as _, Metrics as _, Vocabulary as _};
            $(let _ = ErrorCode::$item;)*
            $(let _ = <ErrorCode as crate::Has<crate::role::InternalError>>::$has;)*
        }
    };
    ($(#[$meta:meta])* CATEGORY_ITEMS = [$($item:ident),* $(,)?];) => {
        $(#[$meta])*
        pub const CATEGORY_ITEMS: &[&str] = &[$(::core::stringify!($item)),*];

        #[cfg(all(test, feature = "axum", feature = "reqwest", feature = "utoipa", feature = "schemars"))]
        #[test]
        fn category_items_exist() {
            use crate::__example::Category;
            $(let _ = Category::$item;)*
        }
    };
}

names! {
    /// The crate-level names [`vocabulary!`](crate::vocabulary) gives the
    /// calling crate (with `headers` and `details`, which the generated code
    /// declares): the
    /// generator keeps the two enums' configured names out of them.
    CRATE_ITEMS = [
        Code,
        Deprecation,
        RateLimit,
        DetailsShape,
        Envelope,
        Retry,
        StatusClass,
        StatusKind,
        UnknownCode,
        UnknownErrorCode,
        ErrorEnvelope,
        ErrorBody,
        ProblemDetails,
        FieldErrors,
        InvalidParam,
        ENVELOPE,
        DOCS_URL,
        axum,
        client,
        tonic,
        headers,
        details,
    ];
}

names! {
    /// The associated items a generated code enum has from this runtime: the
    /// inherent ones [`vocabulary!`](crate::vocabulary) gives it, the
    /// [`Vocabulary`](crate::Vocabulary) trait's (some of which the generated
    /// code also defines inherently: `ALL`, `lookup`), and those of the
    /// capabilities it implements, `HasDetails`, [`Metrics`](crate::Metrics),
    /// [`Grpc`](crate::Grpc) and [`Has`](crate::Has). The generator keeps variants out of them.
    ERROR_CODE_ITEMS = [
        as_str,
        http_status,
        meaning,
        category,
        retry,
        is_retryable,
        details_shape,
        deprecation,
        doc_url,
        status_kind,
        status_code,
        detail_members,
        body_values,
        NAME,
        ALL,
        ENTRIES,
        CATEGORIES,
        ROLES,
        HEADERS,
        ENVELOPE,
        DOCS_URL,
        DOCS_ANCHORS,
        index,
        category_index,
        lookup,
        entry,
        category_entry,
        parse_details,
        METRICS,
        DOMAIN,
        GRPC,
        reason,
        grpc_code,
        from_reason,
    ] has: [CODE];
}

names! {
    /// The associated items [`vocabulary!`](crate::vocabulary) gives a
    /// generated category enum (besides the generated code's own `ALL`).
    CATEGORY_ITEMS = [name, title, codes, status_kind];
}

/// Gives a generated code enum and its category enum their API, and the
/// calling crate its public paths. Called once by generated code:
///
/// ```ignore
/// error_codes_runtime::vocabulary!(ErrorCode, Category);
/// ```
#[macro_export]
macro_rules! vocabulary {
    ($code:ident, $category:ident) => {
        impl $code {
            $crate::__code_accessors!(inherent);

            /// The category the code is listed under.
            pub const fn category(self) -> $category {
                <Self as $crate::Vocabulary>::ENTRIES[self as usize].category
            }

            /// Whether repeating the failed request may succeed (see `retry`).
            pub const fn is_retryable(self) -> bool {
                self.retry().is_retryable()
            }

            /// The HTTP status as an `http::StatusCode` (cargo feature `http`).
            #[cfg(feature = "http")]
            pub fn status_code(self) -> $crate::__private::http::StatusCode {
                $crate::__private::status_code(self.http_status())
            }
        }

        impl $category {
            /// The category's name in data and metrics (its `name` in the
            /// registry): the `metrics` feature's category label.
            pub const fn name(self) -> &'static str {
                <$code as $crate::Vocabulary>::CATEGORIES[self as usize].name
            }

            /// The category's title, as the docs page heads its table.
            pub const fn title(self) -> &'static str {
                <$code as $crate::Vocabulary>::CATEGORIES[self as usize].title
            }

            /// The category's codes, in registry order.
            pub const fn codes(self) -> &'static [$code] {
                let entry = &<$code as $crate::Vocabulary>::CATEGORIES[self as usize];
                <$code as $crate::Vocabulary>::ALL
                    .split_at(entry.first)
                    .1
                    .split_at(entry.len)
                    .0
            }

            /// What the statuses of this category's codes describe.
            pub const fn status_kind(self) -> $crate::StatusKind {
                <$code as $crate::Vocabulary>::CATEGORIES[self as usize].status_kind
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
                $crate::__private::utoipa_named::<$code>(<$code as $crate::Vocabulary>::NAME)
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
                generator: &mut $crate::__private::schemars::SchemaGenerator,
            ) -> $crate::__private::schemars::Schema {
                $crate::__private::schemars_named::<$code>(
                    generator,
                    <$code as $crate::Vocabulary>::NAME,
                )
            }
        }

        #[cfg(feature = "axum")]
        impl ::core::convert::From<$code> for $crate::axum::ApiError<$code> {
            /// An error whose message is the code's meaning in the registry.
            fn from(code: $code) -> Self {
                $crate::axum::ApiError::new(code, code.meaning().unwrap_or_default())
            }
        }

        #[cfg(feature = "tonic")]
        impl ::core::convert::From<$code> for $crate::tonic::GrpcError<$code> {
            /// An error whose message is the code's meaning in the registry.
            fn from(code: $code) -> Self {
                $crate::tonic::GrpcError::new(code, code.meaning().unwrap_or_default())
            }
        }

        /// The shape of the API's error bodies (`envelope:` in the
        /// registry): what the axum integration sends. Clients read both.
        pub const ENVELOPE: $crate::Envelope = <$code as $crate::Vocabulary>::ENVELOPE;

        /// The published docs page (`page.docs_url` in the registry): a
        /// code's docs URL, and its problem `type`, is this with `#` and the
        /// code, unless the registry gives each code its own
        /// (`page.code_docs_url`, `Vocabulary::DOCS_ANCHORS` `false`).
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
        pub use $crate::{FieldErrors, InvalidParam};

        /// Error responses from axum handlers (cargo feature `axum`), and a
        /// layer that makes every other error response of a service an
        /// envelope too. See `error_codes_runtime::axum`.
        #[cfg(feature = "axum")]
        pub mod axum {
            /// An error an axum handler returns.
            pub type ApiError = $crate::axum::ApiError<super::$code>;
            /// Makes every error response of a service an envelope, and
            /// shows each to its observers `O` (none by default).
            pub type ErrorLayer<O = ()> = $crate::axum::ErrorLayer<super::$code, O>;
            /// The service [`ErrorLayer`] wraps around a service `S`.
            pub type ErrorService<S, O = ()> = $crate::axum::ErrorService<S, super::$code, O>;
            /// An error response, as an [`ErrorObserver`] sees it.
            pub type ErrorEvent<'a> = $crate::axum::ErrorEvent<'a, super::$code>;
            pub use $crate::axum::{ErrorFuture, ErrorObserver, Source, new_request_id};
        }

        /// gRPC errors (cargo feature `tonic`, for a registry with `grpc:`):
        /// `tonic::Status` from errors, Google's `ErrorInfo`. See
        /// `error_codes_runtime::tonic`.
        #[cfg(feature = "tonic")]
        pub mod tonic {
            /// The error a tonic handler returns; converts into a `tonic::Status`.
            pub type GrpcError = $crate::tonic::GrpcError<super::$code>;
            /// Gives every status of a tonic service the request id.
            pub type RequestIdLayer = $crate::tonic::RequestIdLayer<super::$code>;
            /// The service [`RequestIdLayer`] wraps around a service `S`.
            pub type RequestIdService<S> = $crate::tonic::RequestIdService<S, super::$code>;
            pub use $crate::{Grpc, GrpcCode};
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

/// Declares a generated crate's data module, when the generated code was
/// made for this runtime: generated code implements the runtime's traits
/// and calls its constructors, so code made for an incompatible version
/// would fail with errors about their items. Instead, a mismatch is one error naming both versions
/// and the command that regenerates the code (prost's generated code is tied
/// to its `prost` the same way). The generator writes the call, in the
/// crate's `lib.rs`:
///
/// ```ignore
/// error_codes_runtime::generated_module! {
///     made_for: "0.3",
///     regenerate: "cargo run -p error-codes-codegen -- generate",
///     #[path = "generated/error_codes.rs"]
///     mod generated;
///     pub use generated::*;
/// }
/// ```
///
/// `made_for` is the semver-compatible part of the runtime version the
/// generator was built against (`__private::GENERATED_FOR`, which a unit
/// test ties to this macro's first arm and to the crate's version).
#[macro_export]
macro_rules! generated_module {
    (made_for: "0.3", regenerate: $regenerate:literal, $($module:tt)*) => {
        $($module)*
    };
    (made_for: $made_for:literal, regenerate: $regenerate:literal, $($module:tt)*) => {
        ::core::compile_error!(::core::concat!(
            "this crate's generated code was made for error-codes-runtime ",
            $made_for,
            ", but it is built with error-codes-runtime 0.3, which does not fit it: regenerate it with `",
            $regenerate,
            "`",
        ));
    };
}

#[cfg(test)]
#[expect(clippy::expect_used, reason = "tests")]
mod tests {
    use std::collections::BTreeSet;

    use super::{CATEGORY_ITEMS, CRATE_ITEMS, ERROR_CODE_ITEMS, FEATURES};

    const API: &str = include_str!("api.rs");
    /// The files that declare the traits a code enum implements.
    const VOCABULARY: [&str; 2] = [
        include_str!("vocabulary.rs"),
        include_str!("vocabulary/roles.rs"),
    ];
    const MANIFEST: &str = include_str!("../Cargo.toml");

    /// The text inside the braces of the first block that follows `opener`.
    fn block<'a>(source: &'a str, opener: &str) -> &'a str {
        let start = source.find(opener).expect("the opener is in the source") + opener.len();
        let open = start + source[start..].find('{').expect("a block follows");
        let mut depth = 0;
        for (i, c) in source[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        return &source[open + 1..open + i];
                    }
                }
                _ => {}
            }
        }
        panic!("unbalanced block after {opener}")
    }

    /// The names a block declares at its own level: `fn`, `const`, `type`,
    /// `mod` items and `pub use` imports (not what nested blocks declare).
    fn declared(block: &str) -> BTreeSet<String> {
        let mut names = BTreeSet::new();
        let mut depth = 0usize;
        let mut lines = block.lines().map(str::trim);
        while let Some(line) = lines.next() {
            if line.starts_with("//") {
                continue;
            }
            if depth == 0 {
                let item = line.strip_prefix("pub ").unwrap_or(line);
                if let Some(import) = item.strip_prefix("use ") {
                    let mut import = import.to_owned();
                    while !import.ends_with(';') {
                        import += lines.next().expect("a `use` ends");
                    }
                    let list = import.split_once('{').map_or(import.as_str(), |(_, l)| l);
                    for name in list.split([',', '}', ';']) {
                        let name = name.rsplit("::").next().unwrap_or(name).trim();
                        if !name.is_empty() {
                            names.insert(name.to_owned());
                        }
                    }
                    continue;
                }
                let item = item.strip_prefix("async ").unwrap_or(item);
                let item = item
                    .strip_prefix("const ")
                    .filter(|i| i.starts_with("fn "))
                    .unwrap_or(item);
                for keyword in ["fn ", "const ", "type ", "mod "] {
                    if let Some(rest) = item.strip_prefix(keyword) {
                        let name: String = rest
                            .chars()
                            .take_while(|c| c.is_alphanumeric() || *c == '_')
                            .collect();
                        names.insert(name);
                    }
                }
            }
            let opens = line.matches('{').count();
            let closes = line.matches('}').count();
            depth = (depth + opens).saturating_sub(closes);
        }
        names
    }

    fn set(names: &[&str]) -> BTreeSet<String> {
        names.iter().map(|&name| name.to_owned()).collect()
    }

    fn vocabulary_body() -> &'static str {
        block(API, "($code:ident, $category:ident) =>")
    }

    /// The `Grpc` capability's source.
    const GRPC: &str = include_str!("grpc.rs");

    /// The compile-time checks beside the tables show that each listed name
    /// is there; these show that nothing the macro declares is left out.
    #[test]
    fn the_tables_list_every_name_the_macro_declares() {
        let body = vocabulary_body();
        let mut crate_items = declared(body);
        // The generated code's own module, listed so that the enums keep out
        // of it too.
        crate_items.insert("headers".to_owned());
        crate_items.insert("details".to_owned());
        assert_eq!(crate_items, set(CRATE_ITEMS));

        let accessors: &[&str] = crate::__code_accessors!(names);
        let mut code_items = declared(block(body, "impl $code"));
        code_items.extend(set(accessors));
        for capability in [
            "pub trait Vocabulary:",
            "pub trait HasDetails:",
            "pub trait Metrics:",
            "pub trait Has<",
        ] {
            let source = VOCABULARY
                .into_iter()
                .find(|source| source.contains(capability))
                .expect("a file declares the trait");
            code_items.extend(declared(block(source, capability)));
        }
        code_items.extend(declared(block(GRPC, "pub trait Grpc:")));
        code_items.remove("Category");
        code_items.remove("Details");
        assert_eq!(code_items, set(ERROR_CODE_ITEMS));

        assert_eq!(declared(block(body, "impl $category")), set(CATEGORY_ITEMS));
    }

    /// What `[features]` of a manifest says: each feature's list.
    fn features(manifest: &str) -> Vec<(String, BTreeSet<String>)> {
        let section = manifest
            .split("\n[features]\n")
            .nth(1)
            .expect("the manifest has features");
        let section = section.split("\n[").next().unwrap_or(section);
        // `__`-prefixed features are not part of the API (`__example`).
        section
            .lines()
            .filter(|line| !line.trim_start().starts_with('#') && line.contains('='))
            .filter(|line| !line.starts_with("__"))
            .map(|line| {
                let (name, list) = line.split_once('=').expect("name = [...]");
                let list = list.trim().trim_start_matches('[').trim_end_matches(']');
                let entries = list
                    .split(',')
                    .map(|entry| entry.trim().trim_matches('"').to_owned())
                    .filter(|entry| !entry.is_empty())
                    .collect();
                (name.trim().to_owned(), entries)
            })
            .collect()
    }

    #[test]
    fn the_manifest_declares_the_features_of_the_table() {
        let mut expected = vec![(
            "default".to_owned(),
            FEATURES
                .iter()
                .filter(|f| f.default)
                .map(|f| f.name.to_owned())
                .collect(),
        )];
        for feature in FEATURES {
            let mut entries: BTreeSet<String> = feature
                .dependencies
                .iter()
                .map(|d| format!("dep:{d}"))
                .collect();
            entries.extend(set(feature.implies));
            expected.push((feature.name.to_owned(), entries));
        }
        assert_eq!(features(MANIFEST), expected);
        // The tests run with every feature (the crate's dev-dependency on itself).
        let itself = MANIFEST
            .lines()
            .find(|line| line.starts_with("error-codes-runtime = { path = \".\""))
            .expect("the crate dev-depends on itself");
        for feature in FEATURES {
            assert!(
                itself.contains(&format!("\"{}\"", feature.name)),
                "{}",
                feature.name
            );
        }
    }

    #[test]
    fn implied_features_are_features() {
        let names: BTreeSet<&str> = FEATURES.iter().map(|f| f.name).collect();
        assert_eq!(names.len(), FEATURES.len(), "a feature is listed twice");
        for feature in FEATURES {
            for implied in feature.implies {
                assert!(names.contains(implied), "{}: {implied}", feature.name);
            }
        }
    }

    /// The versions generated code fits: the semver-compatible part of this
    /// crate's version, the one the macro's first arm accepts and the one
    /// its error names.
    #[test]
    fn generated_code_fits_this_version_and_no_other() {
        let version = env!("CARGO_PKG_VERSION");
        let mut parts = version.split('.');
        let major = parts.next().expect("a major version");
        let compatible = if major == "0" {
            format!("0.{}", parts.next().expect("a minor version"))
        } else {
            major.to_owned()
        };
        let accepted = crate::__private::GENERATED_FOR;
        assert_eq!(accepted, compatible);
        let macro_body = block(API, "macro_rules! generated_module");
        let arms: Vec<&str> = macro_body.split("=> {").collect();
        assert_eq!(
            arms.first().map(|arm| arm.trim()),
            Some(
                format!(
                    "(made_for: {accepted:?}, regenerate: $regenerate:literal, $($module:tt)*)"
                )
                .as_str()
            )
        );
        assert!(
            macro_body.contains(&format!(
                "error-codes-runtime {accepted}, which does not fit"
            )),
            "the error names the runtime's version"
        );
    }

    crate::generated_module! {
        made_for: "0.3",
        regenerate: "unused",
        /// A module the macro declares when the version fits.
        mod fits {
            pub(super) fn declared() -> &'static str {
                module_path!()
            }
        }
    }

    #[test]
    fn a_fitting_module_is_declared() {
        assert!(fits::declared().ends_with("::fits"));
    }
}
