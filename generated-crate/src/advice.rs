//! The fixed vocabulary the registry describes codes with. The registry
//! chooses among these values; adding a value is a change to codegen too.

use crate::ErrorCode;

/// Whether repeating a failed request may succeed.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum Retry {
    /// Not without changing the request, the caller's permissions or the resource.
    Never,
    /// Yes, after a delay: honour `Retry-After` when the response has one,
    /// otherwise back off.
    AfterDelay,
    /// Yes, after re-reading the resource and reapplying the change
    /// (optimistic concurrency).
    AfterReread,
}

impl Retry {
    /// Whether any retry may succeed.
    pub const fn is_retryable(self) -> bool {
        !matches!(self, Retry::Never)
    }
}

/// What the HTTP status of a code describes.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum StatusKind {
    /// The status of the API's own response carrying the code.
    Response,
    /// A status *reported* about something else, such as a webhook delivery
    /// attempt; the docs page heads its column "HTTP (reported)".
    Reported,
}

/// A typed shape of `error.details`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum DetailsShape {
    /// `details.fields`: field name → list of problems with that field.
    FieldErrors,
}

/// Why and since when a code is deprecated. Deprecated codes still parse:
/// servers may still send them.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Deprecation {
    /// The version or date since which the code is deprecated.
    pub since: &'static str,
    /// The code to send instead, if there is one.
    pub use_instead: Option<ErrorCode>,
    /// More explanation, if any.
    pub note: Option<&'static str>,
}

impl ErrorCode {
    /// Whether repeating the failed request may succeed (see [`ErrorCode::retry`]).
    pub const fn is_retryable(self) -> bool {
        self.retry().is_retryable()
    }

    /// What this code's HTTP status describes (its category's).
    pub const fn status_kind(self) -> StatusKind {
        self.category().status_kind()
    }
}
