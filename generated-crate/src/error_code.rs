//! `ErrorCode` and `Category`: their whole hand-written API in one file.
//!
//! The generator emits only data (`src/generated/`): the two enums, the
//! `ENTRIES` and `CATEGORIES` tables of the rows declared here, `ALL`,
//! `lookup` and the header constants. Everything the types *do* is here, as
//! http's `status.rs` keeps `StatusCode`'s API in one place.

use core::fmt;
use core::str::FromStr;

use crate::generated::{CATEGORIES, ENTRIES};
use crate::{Category, Deprecation, DetailsShape, ErrorCode, Retry, StatusKind};

/// One row of the registry, indexed by `ErrorCode as usize`.
#[derive(Debug)]
pub(crate) struct Entry {
    pub(crate) code: &'static str,
    pub(crate) status: u16,
    pub(crate) meaning: Option<&'static str>,
    pub(crate) category: Category,
    pub(crate) retry: Retry,
    pub(crate) details: Option<DetailsShape>,
    pub(crate) deprecated: Option<Deprecation>,
    pub(crate) doc_url: Option<&'static str>,
}

/// One category of the registry, indexed by `Category as usize`.
#[derive(Debug)]
pub(crate) struct CategoryEntry {
    pub(crate) title: &'static str,
    /// Its codes are `ErrorCode::ALL[first..first + len]` (registry order).
    pub(crate) first: usize,
    pub(crate) len: usize,
    pub(crate) status_kind: StatusKind,
}

impl ErrorCode {
    const fn entry(self) -> &'static Entry {
        &ENTRIES[self as usize]
    }

    /// The code as sent on the wire, e.g. `"internal_error"`.
    pub const fn as_str(self) -> &'static str {
        self.entry().code
    }

    /// The HTTP status that carries this code. For codes whose category's
    /// [`StatusKind`] is `Reported`, the status describes something else (a
    /// webhook delivery), not the response.
    pub const fn http_status(self) -> u16 {
        self.entry().status
    }

    /// What the code means, as the docs page says it.
    pub const fn meaning(self) -> Option<&'static str> {
        self.entry().meaning
    }

    /// The category the code is listed under.
    pub const fn category(self) -> Category {
        self.entry().category
    }

    /// Whether, and how, repeating the failed request may succeed.
    pub const fn retry(self) -> Retry {
        self.entry().retry
    }

    /// Whether repeating the failed request may succeed (see [`ErrorCode::retry`]).
    pub const fn is_retryable(self) -> bool {
        self.retry().is_retryable()
    }

    /// The typed shape of `error.details`, for codes that have one.
    pub const fn details_shape(self) -> Option<DetailsShape> {
        self.entry().details
    }

    /// The deprecation, for codes that are deprecated. Deprecated codes still
    /// parse: servers may still send them.
    pub const fn deprecation(self) -> Option<Deprecation> {
        self.entry().deprecated
    }

    /// The URL of this code's row in the published docs.
    pub const fn doc_url(self) -> Option<&'static str> {
        self.entry().doc_url
    }

    /// What this code's HTTP status describes (its category's).
    pub const fn status_kind(self) -> StatusKind {
        self.category().status_kind()
    }

    /// The HTTP status as an [`http::StatusCode`] (cargo feature `http`).
    #[cfg(feature = "http")]
    #[expect(
        clippy::expect_used,
        reason = "validation keeps every status within 400..=599"
    )]
    pub fn status_code(self) -> http::StatusCode {
        http::StatusCode::from_u16(self.http_status()).expect("registry statuses are 400..=599")
    }
}

impl Category {
    const fn entry(self) -> &'static CategoryEntry {
        &CATEGORIES[self as usize]
    }

    /// The category's title, as the docs page heads its table.
    pub const fn title(self) -> &'static str {
        self.entry().title
    }

    /// The category's codes, in registry order.
    pub const fn codes(self) -> &'static [ErrorCode] {
        let entry = self.entry();
        ErrorCode::ALL.split_at(entry.first).1.split_at(entry.len).0
    }

    /// What the statuses of this category's codes describe.
    pub const fn status_kind(self) -> StatusKind {
        self.entry().status_kind
    }
}

#[cfg(feature = "http")]
impl From<ErrorCode> for http::StatusCode {
    fn from(code: ErrorCode) -> Self {
        code.status_code()
    }
}

/// The error of parsing a string that is not a known code. Matching is
/// exact: `TOKEN_EXPIRED`, `token-expired` and `token_expired ` are not codes.
///
/// It keeps the start of the input inline, not on the heap, so that a failed
/// parse costs no allocation: clients parse whatever a server sends.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownErrorCode {
    kept: [u8; Self::KEPT],
    len: u8,
    truncated: bool,
}

impl UnknownErrorCode {
    /// Longest part of the input kept, in bytes: the registry's limit on a
    /// code's length, so any input that could be a code is kept whole.
    pub const KEPT: usize = 64;

    #[cold]
    pub(crate) fn new(input: &str) -> Self {
        let mut end = input.len().min(Self::KEPT);
        while !input.is_char_boundary(end) {
            end -= 1;
        }
        let mut kept = [0; Self::KEPT];
        kept[..end].copy_from_slice(&input.as_bytes()[..end]);
        UnknownErrorCode {
            kept,
            // `end <= KEPT = 64`, so it fits.
            len: end as u8,
            truncated: end < input.len(),
        }
    }

    /// The string that was not recognised: all of it, or its first
    /// [`KEPT`](Self::KEPT) bytes (cut at a character boundary) when it was longer.
    #[expect(
        clippy::expect_used,
        reason = "`new` copies whole characters of a `str`, so the bytes are UTF-8"
    )]
    pub fn input(&self) -> &str {
        core::str::from_utf8(&self.kept[..usize::from(self.len)])
            .expect("`new` keeps whole characters")
    }

    /// Whether the input was longer than what [`input`](Self::input) returns.
    pub fn is_truncated(&self) -> bool {
        self.truncated
    }
}

impl fmt::Debug for UnknownErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UnknownErrorCode")
            .field("input", &self.input())
            .field("truncated", &self.truncated)
            .finish()
    }
}

impl fmt::Display for UnknownErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown error code {:?}", self.input())?;
        if self.truncated {
            f.write_str(" (truncated)")?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownErrorCode {}

impl FromStr for ErrorCode {
    type Err = UnknownErrorCode;

    #[inline]
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ErrorCode::lookup(s).ok_or_else(|| UnknownErrorCode::new(s))
    }
}

impl TryFrom<&str> for ErrorCode {
    type Error = UnknownErrorCode;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl AsRef<str> for ErrorCode {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<ErrorCode> for &'static str {
    fn from(code: ErrorCode) -> Self {
        code.as_str()
    }
}

/// Codes serialize as their wire string and deserialize from exactly it.
#[cfg(feature = "serde")]
mod serde_impls {
    use core::fmt;

    use serde::de::{self, Deserialize, Deserializer, Visitor};
    use serde::ser::{Serialize, Serializer};

    use super::UnknownErrorCode;
    use crate::ErrorCode;

    impl Serialize for ErrorCode {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }

    impl<'de> Deserialize<'de> for ErrorCode {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct CodeVisitor;

            impl Visitor<'_> for CodeVisitor {
                type Value = ErrorCode;

                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("an error code string such as \"internal_error\"")
                }

                fn visit_str<E: de::Error>(self, v: &str) -> Result<ErrorCode, E> {
                    ErrorCode::lookup(v).ok_or_else(|| E::custom(UnknownErrorCode::new(v)))
                }
            }

            deserializer.deserialize_str(CodeVisitor)
        }
    }
}
