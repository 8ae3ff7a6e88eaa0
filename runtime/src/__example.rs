//! A small vocabulary of the runtime's own, shaped as a generator makes one
//! (the data, then one [`vocabulary!`](crate::vocabulary) call): what this
//! crate's doc examples and tests use, so that they need no generated crate
//! (the runtime depends on none, not even as a dev-dependency). Not part of
//! the API.
//!
//! Its six codes (one deprecated), headers and docs URL are examples, not any API's.

// The names `vocabulary!` declares (`Retry`, `StatusKind`, …) are spelled
// in full, as generated code spells them.
use crate::{CategoryEntry, Entry, Has, Headers, Roles, Vocabulary, role};

/// One of the example API's error codes.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
#[non_exhaustive]
pub enum ErrorCode {
    /// `invalid_request`: HTTP 400.
    InvalidRequest,
    /// `validation_error`: HTTP 422, with field errors.
    ValidationError,
    /// `not_found`: HTTP 404.
    NotFound,
    /// `rate_limited`: HTTP 429, retried after a delay.
    RateLimited,
    /// `gone`: HTTP 410, deprecated for `not_found`.
    #[deprecated = "since 2026-01: use `not_found` instead (sunset 2027-06-30)"]
    Gone,
    /// `internal_error`: HTTP 500.
    InternalError,
}

impl ErrorCode {
    /// Every code, in registry order.
    pub const ALL: &'static [ErrorCode] = &[
        ErrorCode::InvalidRequest,
        ErrorCode::ValidationError,
        ErrorCode::NotFound,
        ErrorCode::RateLimited,
        ErrorCode::Gone,
        ErrorCode::InternalError,
    ];

    /// The code whose wire string is exactly `s`.
    pub fn lookup(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|code| code.as_str() == s)
    }
}

/// The example API's categories.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
#[non_exhaustive]
pub enum Category {
    /// `Requests`.
    Requests,
    /// `Server`.
    Server,
}

impl Category {
    /// Every category, in registry order.
    pub const ALL: &'static [Category] = &[Category::Requests, Category::Server];
}

const fn row(
    code: &'static str,
    status: u16,
    meaning: &'static str,
    category: Category,
    doc_url: &'static str,
) -> Entry<ErrorCode> {
    Entry::new(code, status, category)
        .meaning(meaning)
        .doc_url(doc_url)
}

const ENTRIES: [Entry<ErrorCode>; 6] = [
    row(
        "invalid_request",
        400,
        "Malformed JSON or shape",
        Category::Requests,
        "https://errors.example.com/#invalid_request",
    ),
    row(
        "validation_error",
        422,
        "Field-level validation; see details.fields",
        Category::Requests,
        "https://errors.example.com/#validation_error",
    )
    .details(crate::DetailsShape::FieldErrors),
    // `not_found` declares one member, `resource` (`details: {resource:
    // string}` in a registry).
    row(
        "not_found",
        404,
        "No such item",
        Category::Requests,
        "https://errors.example.com/#not_found",
    )
    .detail_members(&["resource"]),
    row(
        "rate_limited",
        429,
        "Too many requests",
        Category::Requests,
        "https://errors.example.com/#rate_limited",
    )
    .retry(crate::Retry::AfterDelay),
    row(
        "gone",
        410,
        "No such item any more",
        Category::Requests,
        "https://errors.example.com/#gone",
    )
    .deprecated(
        crate::Deprecation::new("2026-01")
            .sunset("2027-06-30")
            .use_instead(ErrorCode::NotFound),
    ),
    row(
        "internal_error",
        500,
        "Unexpected server error",
        Category::Server,
        "https://errors.example.com/#internal_error",
    )
    .retry(crate::Retry::AfterDelay),
];

const CATEGORIES: [CategoryEntry; 2] = [
    CategoryEntry::new("Requests", "Requests", 0, 5),
    CategoryEntry::new("Server", "Server", 5, 1),
];

impl Vocabulary for ErrorCode {
    type Category = Category;
    const NAME: &'static str = "ErrorCode";
    const ALL: &'static [Self] = ErrorCode::ALL;
    const ENTRIES: &'static [Entry<Self>] = &ENTRIES;
    const CATEGORIES: &'static [CategoryEntry] = &CATEGORIES;
    const ROLES: Roles<Self> = Roles::new()
        .internal_error(ErrorCode::InternalError)
        .invalid_request(ErrorCode::InvalidRequest)
        .validation_error(ErrorCode::ValidationError);
    const HEADERS: Headers = Headers::new("x-request-id")
        .rate_limit_limit("x-ratelimit-limit")
        .rate_limit_remaining("x-ratelimit-remaining")
        .rate_limit_reset("x-ratelimit-reset");
    const ENVELOPE: crate::Envelope = crate::Envelope::Nested;
    const DOCS_URL: Option<&'static str> = Some("https://errors.example.com/");
    const DOCS_ANCHORS: bool = true;

    fn index(self) -> usize {
        self as usize
    }

    fn category_index(category: Category) -> usize {
        category as usize
    }

    fn lookup(code: &str) -> Option<Self> {
        ErrorCode::lookup(code)
    }
}

#[cfg(feature = "serde")]
impl crate::HasDetails for ErrorCode {
    type Details = details::Details;

    fn parse_details(
        self,
        details: &serde_json::Value,
    ) -> Result<Option<details::Details>, serde_json::Error> {
        match self {
            ErrorCode::ValidationError => crate::FieldErrors::from_details(details)
                .map(|fields| Some(details::Details::ValidationError(fields))),
            _ => Ok(None),
        }
    }
}

impl crate::Metrics for ErrorCode {
    const METRICS: crate::MetricNames = crate::MetricNames::DEFAULT;
}

/// What the generated code says of a registry with `grpc:`: the domain,
/// each code's reason and canonical code.
impl crate::Grpc for ErrorCode {
    const DOMAIN: &'static str = "api.example.com";
    const GRPC: &'static [crate::GrpcEntry] = &[
        crate::GrpcEntry::new("INVALID_REQUEST", crate::GrpcCode::InvalidArgument),
        crate::GrpcEntry::new("VALIDATION_ERROR", crate::GrpcCode::InvalidArgument),
        crate::GrpcEntry::new("NOT_FOUND", crate::GrpcCode::NotFound),
        crate::GrpcEntry::new("RATE_LIMITED", crate::GrpcCode::ResourceExhausted),
        crate::GrpcEntry::new("GONE", crate::GrpcCode::NotFound),
        crate::GrpcEntry::new("INTERNAL_ERROR", crate::GrpcCode::Internal),
    ];
}

/// The description of the example API's bodies, as a generator writes it.
#[cfg(feature = "schema")]
impl crate::__private::DescribeSchemas for ErrorCode {
    const SCHEMAS: crate::__private::Description<'static> = {
        use crate::__private::{CodeDetails, CodeSchema, MemberKind, MemberSchema, Text};
        const fn code(
            code: &'static str,
            variant: &'static str,
            summary: &'static str,
        ) -> CodeSchema<'static> {
            CodeSchema::new(code, variant, summary)
        }
        crate::__private::Description::new(
            crate::wire::Shape::of(crate::Envelope::Nested),
            ["ErrorCode", "UnknownErrorCode"],
            "^[a-z][a-z0-9]*(_[a-z0-9]+)*$",
            &[
                code(
                    "invalid_request",
                    "InvalidRequest",
                    "400: Malformed JSON or shape",
                ),
                code(
                    "validation_error",
                    "ValidationError",
                    "422: Field-level validation; see details.fields",
                )
                .details(CodeDetails::FieldErrors),
                code("not_found", "NotFound", "404: No such item").details(CodeDetails::Members(
                    &[MemberSchema::new("resource", MemberKind::String)
                        .description(Text::new("What was looked for", "What was looked for"))],
                )),
                code("rate_limited", "RateLimited", "429: Too many requests"),
                code("gone", "Gone", "410: No such item any more"),
                code(
                    "internal_error",
                    "InternalError",
                    "500: Unexpected server error",
                ),
            ],
        )
        .docs_url(Some("https://errors.example.com/"))
    };
}

impl Has<role::InternalError> for ErrorCode {
    const CODE: Self = ErrorCode::InternalError;
}

impl Has<role::InvalidRequest> for ErrorCode {
    const CODE: Self = ErrorCode::InvalidRequest;
}

impl Has<role::ValidationError> for ErrorCode {
    const CODE: Self = ErrorCode::ValidationError;
}

/// The example API's typed details (a generated crate has a struct per
/// code that declares members, and its own `Details` enum).
pub mod details {
    /// `error.details` of the codes whose details are typed, by code:
    /// here only `validation_error`'s field errors.
    #[cfg(feature = "serde")]
    #[derive(Clone, PartialEq, Eq, Debug)]
    #[non_exhaustive]
    pub enum Details {
        /// `validation_error`: `details: field_errors`.
        ValidationError(crate::FieldErrors),
    }
}

/// The example API's header names.
pub mod headers {
    /// The request-id header.
    pub const X_REQUEST_ID: &str = "X-Request-ID";
}

crate::vocabulary!(ErrorCode, Category);
