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

    /// What a status alone says about retrying, for codes the registry does
    /// not describe. Only the statuses HTTP itself calls transient (408, 429,
    /// 502, 503, 504) are retried; a 409 is not, since re-reading only helps
    /// when the code says the conflict is a concurrent modification.
    pub const fn for_status(status: u16) -> Retry {
        match status {
            408 | 429 | 502 | 503 | 504 => Retry::AfterDelay,
            _ => Retry::Never,
        }
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
