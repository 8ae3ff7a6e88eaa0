//! The error of parsing a string that is not one of a vocabulary's codes.

use core::fmt;

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
    pub const KEPT: usize = crate::MAX_CODE_LEN;

    /// The error of parsing `input`.
    #[cold]
    pub fn new(input: &str) -> Self {
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
