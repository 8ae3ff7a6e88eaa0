//! Stage 3: the validated registry. Every emitter reads only this.
//!
//! Values here are known to be well-formed: codes are lower snake_case and
//! unique, Rust names do not collide, statuses are 400–599, and so on (see
//! `validate`). Emitters can rely on that and stay simple.

use crate::diagnostic::Location;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registry {
    pub page: Page,
    pub headers: Vec<Header>,
    pub categories: Vec<Category>,
    /// [`crate::layout::fingerprint`] of the text this registry was read
    /// from: the pregenerated source records it, so the `error-codes` build
    /// notices a registry edited without regenerating.
    pub fingerprint: String,
}

impl Registry {
    /// Every code with its category, in registry order.
    pub fn codes(&self) -> impl Iterator<Item = (&Category, &Code)> {
        self.categories
            .iter()
            .flat_map(|category| category.codes.iter().map(move |code| (category, code)))
    }

    pub fn code(&self, name: &str) -> Option<(&Category, &Code)> {
        self.codes().find(|(_, code)| code.code == name)
    }

    pub fn code_count(&self) -> usize {
        self.categories.iter().map(|c| c.codes.len()).sum()
    }

    /// The documentation URL of a code: the page URL with the code's anchor.
    pub fn doc_url(&self, code: &Code) -> Option<String> {
        self.page
            .docs_url
            .as_ref()
            .map(|base| format!("{base}#{}", code.anchor()))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub title: String,
    /// Paragraphs under the title.
    pub intro: Vec<String>,
    /// Where the rendered docs page is published; code anchors are appended.
    pub docs_url: Option<String>,
    pub envelope_example: EnvelopeExample,
    pub related: Vec<Related>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnvelopeExample {
    pub code: String,
    pub message: String,
    pub request_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub title: String,
    pub description: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// As sent on the wire, e.g. `X-Request-ID`.
    pub name: String,
    /// Rust constant name, e.g. `X_REQUEST_ID`.
    pub const_name: String,
    pub when: HeaderWhen,
    pub format: HeaderFormat,
    pub example: Option<String>,
    pub description: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeaderWhen {
    /// On every response.
    Always,
    /// Only on responses with this status.
    Status(u16),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeaderFormat {
    /// Free text.
    Text,
    /// A non-negative integer.
    Integer,
    /// A delay in whole seconds (`Retry-After`'s delay-seconds form).
    Seconds,
}

impl HeaderFormat {
    pub const VALUES: &[(&str, HeaderFormat)] = &[
        ("text", HeaderFormat::Text),
        ("integer", HeaderFormat::Integer),
        ("seconds", HeaderFormat::Seconds),
    ];
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Category {
    pub title: String,
    /// Rust variant name of `Category`, e.g. `AuthenticationAuthorization`.
    pub rust_name: String,
    pub status_kind: StatusKind,
    pub codes: Vec<Code>,
}

impl Category {
    /// The header of the status column on the docs page.
    pub fn status_column(&self) -> &'static str {
        match self.status_kind {
            StatusKind::Response => "HTTP",
            StatusKind::Reported => "HTTP (reported)",
        }
    }
}

/// What a code's HTTP status describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusKind {
    /// The status of this API's own response.
    Response,
    /// A status reported about something else, e.g. a webhook delivery
    /// attempt; never the status of this API's response.
    Reported,
}

impl StatusKind {
    pub const VALUES: &[(&str, StatusKind)] = &[
        ("response", StatusKind::Response),
        ("reported", StatusKind::Reported),
    ];
}

/// Whether repeating the failed request may succeed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    /// Not without changing the request or the caller's permissions.
    Never,
    /// Yes, after a delay (`Retry-After` when the response has one).
    AfterDelay,
    /// Yes, after re-reading the resource and reapplying the change.
    AfterReread,
}

impl Retry {
    pub const VALUES: &[(&str, Retry)] = &[
        ("never", Retry::Never),
        ("after_delay", Retry::AfterDelay),
        ("after_reread", Retry::AfterReread),
    ];

    pub fn as_str(self) -> &'static str {
        lookup_name(Self::VALUES, self)
    }
}

/// Typed shapes of `error.details`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DetailsShape {
    /// `details.fields`: field name → list of problems.
    FieldErrors,
}

impl DetailsShape {
    pub const VALUES: &[(&str, DetailsShape)] = &[("field_errors", DetailsShape::FieldErrors)];

    pub fn as_str(self) -> &'static str {
        lookup_name(Self::VALUES, self)
    }
}

fn lookup_name<T: PartialEq + Copy>(values: &[(&'static str, T)], value: T) -> &'static str {
    values
        .iter()
        .find(|(_, v)| *v == value)
        .map_or("", |(name, _)| name)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    /// The wire string, e.g. `token_expired`.
    pub code: String,
    /// Rust variant name, e.g. `TokenExpired`.
    pub rust_name: String,
    pub status: u16,
    pub meaning: Option<String>,
    pub retry: Retry,
    pub details: Option<DetailsShape>,
    pub deprecated: Option<Deprecation>,
    /// Where the code is defined in the registry.
    pub location: Location,
}

impl Code {
    /// The anchor of the code's row on the docs page. Codes are lower
    /// snake_case ASCII, so the code itself is a valid, stable fragment.
    pub fn anchor(&self) -> &str {
        &self.code
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deprecation {
    pub since: String,
    pub use_instead: Option<String>,
    pub note: Option<String>,
}
