//! The registry's keywords the runtime reads per code: [`Retry`],
//! [`StatusKind`], [`DetailsShape`].

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

    /// The statuses HTTP itself calls transient: the only ones a status
    /// alone says to retry (after a delay).
    pub const RETRYABLE_STATUSES: &'static [u16] = &[408, 429, 502, 503, 504];

    /// What a status alone says about retrying, for codes the registry does
    /// not describe. Only [`Retry::RETRYABLE_STATUSES`] are retried; a 409
    /// is not, since re-reading only helps when the code says the conflict
    /// is a concurrent modification.
    pub const fn for_status(status: u16) -> Retry {
        let mut i = 0;
        while i < Self::RETRYABLE_STATUSES.len() {
            if Self::RETRYABLE_STATUSES[i] == status {
                return Retry::AfterDelay;
            }
            i += 1;
        }
        Retry::Never
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

/// A typed shape of `details`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum DetailsShape {
    /// `details.fields`: field name → list of problems with that field.
    FieldErrors,
}
