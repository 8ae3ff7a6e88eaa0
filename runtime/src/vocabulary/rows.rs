//! The rows of a registry, as generated code builds them with `const fn`
//! constructors and setters: [`Entry`] (a code), [`CategoryEntry`],
//! [`Headers`], [`MetricNames`] and [`Deprecation`].

use super::{DetailsShape, Retry, StatusKind, Vocabulary};

/// The names of the counter the `metrics` feature counts error responses
/// in, and of its labels: Prometheus' spelling of OpenTelemetry's semantic
/// conventions by default (`error.type` is `error_type`;
/// `http.response.status_code` is `http_response_status_code`). The code's
/// label is not `code`, which Prometheus' own HTTP instrumentation uses for
/// the status. A project names its own in `metrics:` of its configuration.
///
/// `#[non_exhaustive]`: start from [`MetricNames::DEFAULT`] and name what
/// differs with the `const fn` setters.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub struct MetricNames {
    /// The counter (`error_responses_total`).
    pub counter: &'static str,
    /// The label of the code (`error_type`).
    pub error_type: &'static str,
    /// The label of the response's HTTP status (`http_response_status_code`).
    pub status: &'static str,
    /// The label of the code's category (`error_category`).
    pub category: &'static str,
}

impl MetricNames {
    /// The names a configuration that names none gets.
    pub const DEFAULT: MetricNames = MetricNames {
        counter: "error_responses_total",
        error_type: "error_type",
        status: "http_response_status_code",
        category: "error_category",
    };

    /// The label value of a code or category outside the registry
    /// (OpenTelemetry's fallback value of `error.type`): what a response
    /// passing on an upstream's unknown code is counted under.
    pub const OTHER: &'static str = "_OTHER";

    /// With the counter named `name`.
    #[must_use]
    pub const fn counter(mut self, name: &'static str) -> Self {
        self.counter = name;
        self
    }

    /// With the code's label named `name`.
    #[must_use]
    pub const fn error_type(mut self, name: &'static str) -> Self {
        self.error_type = name;
        self
    }

    /// With the status's label named `name`.
    #[must_use]
    pub const fn status(mut self, name: &'static str) -> Self {
        self.status = name;
        self
    }

    /// With the category's label named `name`.
    #[must_use]
    pub const fn category(mut self, name: &'static str) -> Self {
        self.category = name;
        self
    }
}

/// One row of a registry.
///
/// `#[non_exhaustive]`, so that a row can gain a field in a minor release:
/// build one with [`Entry::new`] and the `const fn` setters (what generated
/// code does), and read its fields.
#[derive(Debug)]
#[non_exhaustive]
pub struct Entry<V: Vocabulary> {
    /// The wire string.
    pub code: &'static str,
    /// The HTTP status.
    pub status: u16,
    /// What the code means.
    pub meaning: Option<&'static str>,
    /// The category it is listed under.
    pub category: V::Category,
    /// Its category's status kind.
    pub status_kind: StatusKind,
    /// Its retry advice: the code's own, else its category's, else
    /// [`Retry::Never`] (the generator's default; a status alone says nothing
    /// about a registry's code).
    pub retry: Retry,
    /// The typed shape of its `details`.
    pub details: Option<DetailsShape>,
    /// Its deprecation.
    pub deprecated: Option<Deprecation<V>>,
    /// Its row on the published docs page.
    pub doc_url: Option<&'static str>,
    /// The members its details declare that a problem document carries at
    /// its top level ([`Vocabulary::detail_members`]).
    pub detail_members: &'static [&'static str],
    /// The values of the layout's per-code members
    /// ([`BodyLayout::per_code`](crate::BodyLayout::per_code)), each as
    /// JSON text, in that order ([`Vocabulary::body_values`]).
    pub body_values: &'static [&'static str],
}

impl<V: Vocabulary> Entry<V> {
    /// The row of `code`, sent with `status`, listed under `category`: with
    /// no meaning, a [`StatusKind::Response`] status, [`Retry::Never`], no
    /// details, no deprecation, no docs URL and no declared members until a
    /// setter says otherwise.
    pub const fn new(code: &'static str, status: u16, category: V::Category) -> Self {
        Entry {
            code,
            status,
            meaning: None,
            category,
            status_kind: StatusKind::Response,
            retry: Retry::Never,
            details: None,
            deprecated: None,
            doc_url: None,
            detail_members: &[],
            body_values: &[],
        }
    }

    /// With what the code means.
    #[must_use]
    pub const fn meaning(mut self, meaning: &'static str) -> Self {
        self.meaning = Some(meaning);
        self
    }

    /// With its category's status kind.
    #[must_use]
    pub const fn status_kind(mut self, status_kind: StatusKind) -> Self {
        self.status_kind = status_kind;
        self
    }

    /// With its retry advice.
    #[must_use]
    pub const fn retry(mut self, retry: Retry) -> Self {
        self.retry = retry;
        self
    }

    /// With the typed shape of its `details`.
    #[must_use]
    pub const fn details(mut self, shape: DetailsShape) -> Self {
        self.details = Some(shape);
        self
    }

    /// Deprecated.
    #[must_use]
    pub const fn deprecated(mut self, deprecation: Deprecation<V>) -> Self {
        self.deprecated = Some(deprecation);
        self
    }

    /// With its row on the published docs page.
    #[must_use]
    pub const fn doc_url(mut self, url: &'static str) -> Self {
        self.doc_url = Some(url);
        self
    }

    /// With the members its details declare that a problem document
    /// carries at its top level.
    #[must_use]
    pub const fn detail_members(mut self, members: &'static [&'static str]) -> Self {
        self.detail_members = members;
        self
    }

    /// With the values (JSON text) of the layout's per-code members.
    #[must_use]
    pub const fn body_values(mut self, values: &'static [&'static str]) -> Self {
        self.body_values = values;
        self
    }
}

/// One category of a registry.
///
/// `#[non_exhaustive]`: build one with [`CategoryEntry::new`] and the
/// `const fn` setters.
#[derive(Debug)]
#[non_exhaustive]
pub struct CategoryEntry {
    /// Its name in data and metrics (the category's `name` in the registry,
    /// `AuthenticationAuthorization`): the value of the `metrics` feature's
    /// category label.
    pub name: &'static str,
    /// The heading of its table on the docs page.
    pub title: &'static str,
    /// Its codes are `ALL[first..first + len]` (registry order).
    pub first: usize,
    /// How many codes it has.
    pub len: usize,
    /// What its codes' statuses describe.
    pub status_kind: StatusKind,
}

impl CategoryEntry {
    /// The category `name`, headed `title` on the docs page, whose codes
    /// are `ALL[first..first + len]`, with [`StatusKind::Response`]
    /// statuses until [`CategoryEntry::status_kind`] says otherwise.
    pub const fn new(name: &'static str, title: &'static str, first: usize, len: usize) -> Self {
        CategoryEntry {
            name,
            title,
            first,
            len,
            status_kind: StatusKind::Response,
        }
    }

    /// With what its codes' statuses describe.
    #[must_use]
    pub const fn status_kind(mut self, status_kind: StatusKind) -> Self {
        self.status_kind = status_kind;
        self
    }
}

/// The registry's names of the headers the runtime reads and writes, in
/// lower case (HTTP field names are case-insensitive).
///
/// `#[non_exhaustive]`: build one with [`Headers::new`] and the `const fn`
/// setters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Headers {
    /// The header that carries the request id (`request_id_header` in the
    /// registry's `roles:`; `x-request-id` by default).
    pub request_id: &'static str,
    /// The header with the number of requests allowed in the window.
    pub rate_limit_limit: Option<&'static str>,
    /// The header with the number of requests left in the window.
    pub rate_limit_remaining: Option<&'static str>,
    /// The header with the window's reset.
    pub rate_limit_reset: Option<&'static str>,
}

impl Headers {
    /// The request id in `request_id`, and no rate-limit headers.
    pub const fn new(request_id: &'static str) -> Self {
        Headers {
            request_id,
            rate_limit_limit: None,
            rate_limit_remaining: None,
            rate_limit_reset: None,
        }
    }

    /// With the header of the number of requests allowed in the window.
    #[must_use]
    pub const fn rate_limit_limit(mut self, name: &'static str) -> Self {
        self.rate_limit_limit = Some(name);
        self
    }

    /// With the header of the number of requests left in the window.
    #[must_use]
    pub const fn rate_limit_remaining(mut self, name: &'static str) -> Self {
        self.rate_limit_remaining = Some(name);
        self
    }

    /// With the header of the window's reset.
    #[must_use]
    pub const fn rate_limit_reset(mut self, name: &'static str) -> Self {
        self.rate_limit_reset = Some(name);
        self
    }
}

/// Why and since when a code is deprecated. Deprecated codes still parse:
/// servers may still send them.
///
/// `#[non_exhaustive]`: build one with [`Deprecation::new`] and the
/// `const fn` setters.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub struct Deprecation<V: 'static> {
    /// The version or date since which the code is deprecated.
    pub since: &'static str,
    /// The date (ISO 8601, `YYYY-MM-DD`) from which the code may be
    /// removed, when the registry promises one.
    pub sunset: Option<&'static str>,
    /// The code to send instead, if there is one.
    pub use_instead: Option<V>,
    /// More explanation, if any.
    pub note: Option<&'static str>,
}

impl<V: Copy> Deprecation<V> {
    /// Deprecated since `since` (a version or a date), with no sunset, no
    /// replacement and no note until a setter gives one.
    pub const fn new(since: &'static str) -> Self {
        Deprecation {
            since,
            sunset: None,
            use_instead: None,
            note: None,
        }
    }

    /// With the date (`YYYY-MM-DD`) from which the code may be removed.
    #[must_use]
    pub const fn sunset(mut self, date: &'static str) -> Self {
        self.sunset = Some(date);
        self
    }

    /// With the code to send instead.
    #[must_use]
    pub const fn use_instead(mut self, code: V) -> Self {
        self.use_instead = Some(code);
        self
    }

    /// With more explanation.
    #[must_use]
    pub const fn note(mut self, note: &'static str) -> Self {
        self.note = Some(note);
        self
    }
}
