//! The gRPC face of a vocabulary, as data (no dependency): Google's
//! canonical status codes ([`GrpcCode`]), and each code's `ErrorInfo`
//! reason and canonical code ([`Grpc`], implemented by generated code for a
//! registry with `grpc:`). Feature `tonic` turns them into `tonic::Status`
//! (see `error_codes_runtime::tonic`).

use crate::Vocabulary;

/// Defines the canonical codes once: the variant, its number and name in
/// `google/rpc/code.proto`, and the HTTP status that file maps it to.
macro_rules! canonical_codes {
    ($($(#[$doc:meta])* $variant:ident = $number:literal, $name:literal, $status:literal;)*) => {
        /// A canonical gRPC status code other than `OK` (`google/rpc/code.proto`):
        /// the first half of every gRPC error.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum GrpcCode {
            $($(#[$doc])* $variant = $number,)*
        }

        impl GrpcCode {
            /// Every code, by number.
            pub const ALL: &'static [GrpcCode] = &[$(GrpcCode::$variant),*];

            /// Its number on the wire (`grpc-status`, `google.rpc.Status.code`).
            pub const fn number(self) -> i32 {
                self as i32
            }

            /// Its name in `code.proto`, e.g. `"INVALID_ARGUMENT"`: how the
            /// registry writes it (`grpc: NOT_FOUND`) and Google's JSON body's
            /// `status`.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(GrpcCode::$variant => $name,)*
                }
            }

            /// The HTTP status `code.proto` maps it to (what grpc-gateway
            /// answers with).
            pub const fn http_status(self) -> u16 {
                match self {
                    $(GrpcCode::$variant => $status,)*
                }
            }

            /// The code named `name` (`"NOT_FOUND"`), if any.
            pub fn from_name(name: &str) -> Option<GrpcCode> {
                Self::ALL.iter().copied().find(|code| code.as_str() == name)
            }

            /// The code numbered `number`, if any (`0`, `OK`, is none).
            pub fn from_number(number: i32) -> Option<GrpcCode> {
                Self::ALL.iter().copied().find(|code| code.number() == number)
            }
        }
    };
}

canonical_codes! {
    /// The operation was cancelled, typically by the caller.
    Cancelled = 1, "CANCELLED", 499;
    /// Unknown error.
    Unknown = 2, "UNKNOWN", 500;
    /// The client specified an invalid argument.
    InvalidArgument = 3, "INVALID_ARGUMENT", 400;
    /// The deadline expired before the operation could complete.
    DeadlineExceeded = 4, "DEADLINE_EXCEEDED", 504;
    /// Some requested entity was not found.
    NotFound = 5, "NOT_FOUND", 404;
    /// The entity a client attempted to create already exists.
    AlreadyExists = 6, "ALREADY_EXISTS", 409;
    /// The caller does not have permission to execute the operation.
    PermissionDenied = 7, "PERMISSION_DENIED", 403;
    /// Some resource has been exhausted (a quota, the disk).
    ResourceExhausted = 8, "RESOURCE_EXHAUSTED", 429;
    /// The system is not in a state required for the operation.
    FailedPrecondition = 9, "FAILED_PRECONDITION", 400;
    /// The operation was aborted, typically by a concurrency issue.
    Aborted = 10, "ABORTED", 409;
    /// The operation was attempted past the valid range.
    OutOfRange = 11, "OUT_OF_RANGE", 400;
    /// The operation is not implemented or not supported.
    Unimplemented = 12, "UNIMPLEMENTED", 501;
    /// Internal error.
    Internal = 13, "INTERNAL", 500;
    /// The service is currently unavailable.
    Unavailable = 14, "UNAVAILABLE", 503;
    /// Unrecoverable data loss or corruption.
    DataLoss = 15, "DATA_LOSS", 500;
    /// The request does not have valid authentication credentials.
    Unauthenticated = 16, "UNAUTHENTICATED", 401;
}

/// One code's gRPC face: its `ErrorInfo` reason and canonical code. Built
/// with [`GrpcEntry::new`] (generated code writes no struct literal).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct GrpcEntry {
    /// The `google.rpc.ErrorInfo` reason, e.g. `"INSUFFICIENT_FUNDS"`.
    pub reason: &'static str,
    /// The canonical code of its status.
    pub code: GrpcCode,
    /// Its declared details members whose values are strings: sent as
    /// `ErrorInfo` metadata as they are. Every other value is sent as its
    /// JSON text (`12`, `true`, `["a","b"]`).
    pub text_members: &'static [&'static str],
}

impl GrpcEntry {
    /// The face of a code with no string members.
    pub const fn new(reason: &'static str, code: GrpcCode) -> Self {
        GrpcEntry {
            reason,
            code,
            text_members: &[],
        }
    }

    /// With the declared members whose values are strings.
    #[must_use]
    pub const fn text_members(mut self, members: &'static [&'static str]) -> Self {
        self.text_members = members;
        self
    }
}

/// A vocabulary with a gRPC face (`grpc:` in the registry): the API's
/// `ErrorInfo` domain and, for each code, its reason and canonical code.
/// Generated code implements it; the `tonic` feature reads it.
pub trait Grpc: Vocabulary {
    /// The `google.rpc.ErrorInfo` domain of every error, e.g.
    /// `"payments.example.com"`.
    const DOMAIN: &'static str;
    /// Each code's face, in the order of [`Vocabulary::ALL`].
    const GRPC: &'static [GrpcEntry];

    /// The code's `ErrorInfo` reason.
    fn reason(self) -> &'static str {
        Self::GRPC[self.index()].reason
    }

    /// The code's canonical gRPC code.
    fn grpc_code(self) -> GrpcCode {
        Self::GRPC[self.index()].code
    }

    /// The code whose reason is `reason`, if any.
    fn from_reason(reason: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|code| code.reason() == reason)
    }
}

/// Google's JSON error body (`envelope: google` or `envelope:
/// google-rpc-status`, with `grpc:` in the registry): the
/// [`Envelope::Google`](crate::Envelope::Google) of a vocabulary, which the
/// body engine writes and reads (`wire::google`). Built with
/// [`GoogleBody::rest`] or [`GoogleBody::rpc_status`] (generated code
/// writes no struct literal).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct GoogleBody {
    /// `false`: Google's REST body, `{"error": {"code": <HTTP status>,
    /// "message", "status": <canonical name>, "details": [...]}}`; `true`:
    /// the bare `google.rpc.Status` grpc-gateway sends, `{"code":
    /// <canonical number>, "message", "details": [...]}`.
    pub rpc_status: bool,
    /// The `ErrorInfo` domain ([`Grpc::DOMAIN`]).
    pub domain: &'static str,
    /// Each code's face, in the order of [`Vocabulary::ALL`] ([`Grpc::GRPC`]).
    pub grpc: &'static [GrpcEntry],
}

impl GoogleBody {
    /// Google's REST body (`envelope: google`).
    pub const fn rest(domain: &'static str, grpc: &'static [GrpcEntry]) -> Self {
        GoogleBody {
            rpc_status: false,
            domain,
            grpc,
        }
    }

    /// The bare `google.rpc.Status` (`envelope: google-rpc-status`).
    pub const fn rpc_status(domain: &'static str, grpc: &'static [GrpcEntry]) -> Self {
        GoogleBody {
            rpc_status: true,
            domain,
            grpc,
        }
    }

    /// How the registry spells it (`envelope: google`).
    pub const fn as_str(&self) -> &'static str {
        if self.rpc_status {
            "google-rpc-status"
        } else {
            "google"
        }
    }
}

/// A details member as `ErrorInfo` metadata (the one encoding of the gRPC
/// face, the tonic status's and Google's JSON body's): `typed` is the
/// code's declared string members when it declares members. A declared
/// string member, or any string of a code without declared members, is
/// sent as it is; any other value as its JSON text; `null` not at all.
#[cfg(feature = "serde")]
#[inline]
pub(crate) fn metadata_value(
    name: &str,
    value: &serde_json::Value,
    typed: Option<&[&str]>,
) -> Option<String> {
    use serde_json::Value;
    match (value, typed) {
        (Value::Null, _) => None,
        (Value::String(s), None) => Some(s.clone()),
        (Value::String(s), Some(text)) if text.contains(&name) => Some(s.clone()),
        (other, _) => Some(other.to_string()),
    }
}

/// A metadata value back as JSON (see [`metadata_value`]): for a code that
/// declares members, a declared string member as it is and any other
/// member from its JSON text; for any other code, the text as it is.
#[cfg(feature = "serde")]
#[inline]
pub(crate) fn json_value(
    name: &str,
    text_value: &str,
    typed: Option<&[&str]>,
) -> serde_json::Value {
    use serde_json::Value;
    match typed {
        Some(text) if !text.contains(&name) => serde_json::from_str(text_value)
            .unwrap_or_else(|_| Value::String(text_value.to_owned())),
        _ => Value::String(text_value.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::GrpcCode;

    #[test]
    fn numbers_names_and_lookups_agree() {
        for (i, code) in GrpcCode::ALL.iter().enumerate() {
            assert_eq!(code.number(), i as i32 + 1, "{code:?}");
            assert_eq!(GrpcCode::from_name(code.as_str()), Some(*code));
            assert_eq!(GrpcCode::from_number(code.number()), Some(*code));
            assert!((400..600).contains(&code.http_status()));
        }
        assert_eq!(GrpcCode::from_number(0), None);
    }

    /// A structured details member (`type: object`, `object[]`) is sent as
    /// its JSON text and read back as the same value.
    #[cfg(feature = "serde")]
    #[test]
    fn an_object_member_goes_as_json_text_and_comes_back() {
        let value = serde_json::json!([{"type": "file", "id": "12345", "owner": {"login": "a"}}]);
        let typed: &[&str] = &["name"];
        let text = super::metadata_value("conflicts", &value, Some(typed)).unwrap_or_default();
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&text).ok(),
            Some(value.clone())
        );
        assert_eq!(super::json_value("conflicts", &text, Some(typed)), value);
    }
}
