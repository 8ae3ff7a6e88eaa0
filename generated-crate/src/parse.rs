//! Codes to and from their wire strings.

use core::fmt;
use core::str::FromStr;

use crate::ErrorCode;

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
    pub fn input(&self) -> &str {
        // `new` copied whole characters of a `str`, so this is always UTF-8.
        core::str::from_utf8(&self.kept[..usize::from(self.len)]).unwrap_or_default()
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
