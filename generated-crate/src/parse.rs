//! Codes to and from their wire strings.

use core::fmt;
use core::str::FromStr;

use crate::ErrorCode;

/// The error of parsing a string that is not a known code. Matching is
/// exact: `TOKEN_EXPIRED`, `token-expired` and `token_expired ` are not codes.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct UnknownErrorCode {
    input: String,
}

impl UnknownErrorCode {
    /// Longest part of the input kept for messages.
    const KEPT: usize = 128;

    pub(crate) fn new(input: &str) -> Self {
        let mut end = input.len().min(Self::KEPT);
        while !input.is_char_boundary(end) {
            end -= 1;
        }
        UnknownErrorCode {
            input: input[..end].to_owned(),
        }
    }

    /// The string that was not recognised (its first 128 bytes at most).
    pub fn input(&self) -> &str {
        &self.input
    }
}

impl fmt::Display for UnknownErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown error code {:?}", self.input)
    }
}

impl std::error::Error for UnknownErrorCode {}

impl FromStr for ErrorCode {
    type Err = UnknownErrorCode;

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
