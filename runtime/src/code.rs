//! `Code`: an `error.code` as received, whether this build knows it or not.
//!
//! A client is built against one version of the registry and keeps running
//! while the API adds codes. [`ErrorCode`] alone would have to reject a new
//! code; [`Code`] keeps it, unchanged, next to the codes it can name.

use core::convert::Infallible;
use core::fmt;
use core::str::FromStr;

use crate::{DetailsShape, Retry, StatusKind, Vocabulary};

/// The `error.code` of a response: one of this build's codes, or a code the
/// API added after this crate was built.
///
/// ```
/// # use error_codes_runtime::__example as error_codes;
/// use error_codes::{Code, ErrorCode, Retry};
///
/// // `error_codes` is one generated crate: its `Code` is `Code<ErrorCode>`.
/// let known = Code::from("internal_error");
/// assert_eq!(known, Code::Known(ErrorCode::InternalError));
///
/// // A code added to the API after this build. Its hyphens make it
/// // impossible as a registry code (codes are snake_case), so no build ever
/// // knows it; yet it is kept, as any new code would be.
/// let newer = Code::from("code-added-later");
/// assert_eq!(newer.as_str(), "code-added-later");
/// assert_eq!(newer.known(), None);
/// // The registry says nothing about it: ask the response's status instead.
/// assert_eq!(newer.retry_or_status(503), Retry::AfterDelay);
///
/// match known {
///     Code::Known(ErrorCode::InternalError) => { /* log, report */ }
///     Code::Known(_) | Code::Unknown(_) => unreachable!(),
/// }
/// ```
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Code<V> {
    /// A code in this build's registry.
    Known(V),
    /// A code this build does not know, kept exactly as received.
    Unknown(UnknownCode),
}

/// The raw string of a code this build does not know.
///
/// It can only be made by [`Code::from`] (or parsing), which never wraps a
/// known code: a `Code` equal to a known code is always `Code::Known`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct UnknownCode(Box<str>);

impl UnknownCode {
    /// The code exactly as received.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for UnknownCode {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// The class of an HTTP status (RFC 9110, section 15).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum StatusClass {
    /// 1xx
    Informational,
    /// 2xx
    Successful,
    /// 3xx
    Redirection,
    /// 4xx: the request needs changing.
    ClientError,
    /// 5xx: the server failed.
    ServerError,
}

impl StatusClass {
    /// The class of `status`, or `None` outside 100..=599.
    pub const fn of(status: u16) -> Option<StatusClass> {
        match status {
            100..=199 => Some(StatusClass::Informational),
            200..=299 => Some(StatusClass::Successful),
            300..=399 => Some(StatusClass::Redirection),
            400..=499 => Some(StatusClass::ClientError),
            500..=599 => Some(StatusClass::ServerError),
            _ => None,
        }
    }
}

impl<V: Vocabulary> Code<V> {
    /// The code as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Code::Known(code) => code.as_str(),
            Code::Unknown(raw) => raw.as_str(),
        }
    }

    /// The code, if this build knows it.
    pub fn known(&self) -> Option<V> {
        match self {
            Code::Known(code) => Some(*code),
            Code::Unknown(_) => None,
        }
    }

    /// Whether this build knows the code.
    pub fn is_known(&self) -> bool {
        matches!(self, Code::Known(_))
    }

    /// The registry's HTTP status for a known code.
    pub fn http_status(&self) -> Option<u16> {
        match self {
            Code::Known(code) => Some(code.http_status()),
            Code::Unknown(_) => None,
        }
    }

    /// The registry's retry advice for a known code.
    pub fn retry(&self) -> Option<Retry> {
        match self {
            Code::Known(code) => Some(code.retry()),
            Code::Unknown(_) => None,
        }
    }

    /// The typed shape of `error.details` the registry declares for this code.
    pub fn details_shape(&self) -> Option<DetailsShape> {
        match self {
            Code::Known(code) => code.details_shape(),
            Code::Unknown(_) => None,
        }
    }

    /// Retry advice for a response with this code and `response_status`:
    /// the registry's for a known code, [`Retry::for_status`] otherwise.
    pub fn retry_or_status(&self, response_status: u16) -> Retry {
        match self {
            Code::Known(code) => code.retry(),
            Code::Unknown(_) => Retry::for_status(response_status),
        }
    }

    /// The status class of a response with this code and `response_status`:
    /// that of the registry's status for a known code whose status describes
    /// the response, that of `response_status` otherwise (unknown codes, and
    /// codes whose status is *reported* about something else).
    pub fn status_class_or(&self, response_status: u16) -> Option<StatusClass> {
        match self {
            Code::Known(code) if matches!(code.status_kind(), StatusKind::Response) => {
                StatusClass::of(code.http_status())
            }
            Code::Known(_) | Code::Unknown(_) => StatusClass::of(response_status),
        }
    }
}

impl<V: Vocabulary> From<V> for Code<V> {
    fn from(code: V) -> Self {
        Code::Known(code)
    }
}

impl<V: Vocabulary> From<&str> for Code<V> {
    fn from(s: &str) -> Self {
        match V::lookup(s) {
            Some(code) => Code::Known(code),
            None => Code::Unknown(UnknownCode(s.into())),
        }
    }
}

impl<V: Vocabulary> From<String> for Code<V> {
    fn from(s: String) -> Self {
        match V::lookup(&s) {
            Some(code) => Code::Known(code),
            None => Code::Unknown(UnknownCode(s.into_boxed_str())),
        }
    }
}

/// Every string is a code: parsing never fails.
impl<V: Vocabulary> FromStr for Code<V> {
    type Err = Infallible;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Code::from(s))
    }
}

impl<V: Vocabulary> fmt::Display for Code<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl<V: Vocabulary> AsRef<str> for Code<V> {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl<V: Vocabulary> PartialEq<V> for Code<V> {
    fn eq(&self, other: &V) -> bool {
        *self == Code::Known(*other)
    }
}

impl<V: Vocabulary> PartialEq<str> for Code<V> {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl<V: Vocabulary> PartialEq<&str> for Code<V> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use core::fmt;
    use core::marker::PhantomData;

    use serde::de::{self, Deserialize, Deserializer, Visitor};
    use serde::ser::{Serialize, Serializer};

    use super::Code;
    use crate::{UnknownErrorCode, Vocabulary};

    /// A code is its wire string, known or not.
    impl<V: Vocabulary> Serialize for Code<V> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }

    /// Any string is accepted; only non-strings are errors.
    impl<'de, V: Vocabulary> Deserialize<'de> for Code<V> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct CodeVisitor<V>(PhantomData<V>);

            impl<V: Vocabulary> Visitor<'_> for CodeVisitor<V> {
                type Value = Code<V>;

                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("an error code string")
                }

                fn visit_str<E: de::Error>(self, v: &str) -> Result<Code<V>, E> {
                    Ok(Code::from(v))
                }

                fn visit_string<E: de::Error>(self, v: String) -> Result<Code<V>, E> {
                    Ok(Code::from(v))
                }
            }

            deserializer.deserialize_string(CodeVisitor(PhantomData))
        }
    }

    /// A known code, from exactly its wire string: what a generated code
    /// enum's `Deserialize` does.
    pub fn deserialize_known<'de, V: Vocabulary, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<V, D::Error> {
        struct KnownVisitor<V>(PhantomData<V>);

        impl<V: Vocabulary> Visitor<'_> for KnownVisitor<V> {
            type Value = V;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "one of the {} {} strings", V::ALL.len(), V::NAME)
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<V, E> {
                V::lookup(v).ok_or_else(|| E::custom(UnknownErrorCode::new(v)))
            }
        }

        deserializer.deserialize_str(KnownVisitor(PhantomData))
    }
}

#[cfg(feature = "serde")]
pub use serde_impls::deserialize_known;
