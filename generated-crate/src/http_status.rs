//! `http::StatusCode` conversions (cargo feature `http`).

use crate::ErrorCode;

impl ErrorCode {
    /// The HTTP status as an [`http::StatusCode`].
    pub fn status_code(self) -> http::StatusCode {
        // Validation keeps every status within 400..=599, which `from_u16`
        // always accepts; the fallback is unreachable.
        http::StatusCode::from_u16(self.http_status())
            .unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR)
    }
}

impl From<ErrorCode> for http::StatusCode {
    fn from(code: ErrorCode) -> Self {
        code.status_code()
    }
}
