//! Typed values of the response headers the runtime reads and writes: the
//! request id and the rate-limit figures, under the names the registry gives
//! them ([`Vocabulary::HEADERS`](crate::Vocabulary::HEADERS)), and HTTP's
//! own `Retry-After`.
//!
//! Each value is parsed as its registry `format` says: `integer` and
//! `seconds` are a non-negative decimal integer, `text` is visible ASCII. The client also
//! reads `Retry-After` as an HTTP date, the other form RFC 9110 (section
//! 10.2.3) allows and proxies send. A value that does not parse reads as
//! absent: a header is advice, never a reason to lose the error it came with.

use core::marker::PhantomData;

/// The rate-limit figures of a response (`X-RateLimit-*`, say), each absent
/// if not sent, not a non-negative integer, or not named by the registry.
///
/// Generic over the vocabulary whose registry names the headers; a
/// generated crate's `RateLimit` is this for its code enum.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct RateLimit<V> {
    /// The registry's rate-limit limit header: requests allowed in the window.
    pub limit: Option<u64>,
    /// The registry's rate-limit remaining header: requests left in the window.
    pub remaining: Option<u64>,
    /// The registry's rate-limit reset header: the integer the API sends for
    /// the window's reset.
    pub reset: Option<u64>,
    /// The vocabulary whose header names these are.
    pub vocabulary: PhantomData<fn() -> V>,
}

impl<V> Default for RateLimit<V> {
    fn default() -> Self {
        RateLimit {
            limit: None,
            remaining: None,
            reset: None,
            vocabulary: PhantomData,
        }
    }
}

impl<V> RateLimit<V> {
    /// Figures to send: all three.
    pub const fn new(limit: u64, remaining: u64, reset: u64) -> Self {
        RateLimit {
            limit: Some(limit),
            remaining: Some(remaining),
            reset: Some(reset),
            vocabulary: PhantomData,
        }
    }

    /// Whether no figure is present.
    pub const fn is_empty(&self) -> bool {
        self.limit.is_none() && self.remaining.is_none() && self.reset.is_none()
    }
}

/// A non-negative decimal integer, as the `integer` and `seconds` formats
/// are; surrounding blanks are optional whitespace in HTTP field values.
#[cfg(feature = "http")]
fn parse_integer(value: &[u8]) -> Option<u64> {
    let value = value.trim_ascii();
    if value.is_empty() || !value.iter().all(u8::is_ascii_digit) {
        return None;
    }
    // All ASCII digits, so valid UTF-8; `parse` still rejects overflow.
    core::str::from_utf8(value).ok()?.parse().ok()
}

#[cfg(feature = "http")]
mod with_http {
    #[cfg(feature = "client")]
    use http::header::RETRY_AFTER;
    use http::header::{HeaderMap, HeaderName, HeaderValue};

    use super::{RateLimit, parse_integer};
    use crate::Vocabulary;

    /// The header a vocabulary names `name`: parsed (and lower-cased) once
    /// per thread, then a clone of a name that borrows static text (no
    /// allocation, no copy, no reference count per response).
    pub(crate) fn header(name: &'static str) -> HeaderName {
        use std::cell::RefCell;

        thread_local! {
            static NAMES: RefCell<Vec<(&'static str, HeaderName)>> = const { RefCell::new(Vec::new()) };
        }
        NAMES.with(|names| {
            let same = |known: &&'static str| core::ptr::eq(*known, name);
            if let Some((_, header)) = names.borrow().iter().find(|(known, _)| same(known)) {
                return header.clone();
            }
            let header = HeaderName::from_static(lowered(name));
            names.borrow_mut().push((name, header.clone()));
            header
        })
    }

    /// `name` in lower case, as a header name's static text: one leaked
    /// copy per distinct name in the process (a vocabulary names a few).
    #[expect(clippy::expect_used, reason = "the generator validates header names")]
    fn lowered(name: &'static str) -> &'static str {
        use std::sync::Mutex;

        static LOWERED: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());
        let parsed =
            HeaderName::from_bytes(name.as_bytes()).expect("a vocabulary's header names are valid");
        let mut lowered = LOWERED
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(known) = lowered.iter().find(|known| **known == parsed.as_str()) {
            return known;
        }
        let text: &'static str = Box::leak(parsed.as_str().to_owned().into_boxed_str());
        lowered.push(text);
        text
    }

    fn integer(map: &HeaderMap, name: Option<&'static str>) -> Option<u64> {
        parse_integer(map.get(name?)?.as_bytes())
    }

    /// `Retry-After` as a delay: whole seconds (registry format `seconds`),
    /// or an HTTP date, counted from now (zero when it has passed).
    #[cfg(feature = "client")]
    pub fn retry_after(map: &HeaderMap) -> Option<std::time::Duration> {
        retry_after_at(map, std::time::SystemTime::now())
    }

    /// `Retry-After` as a delay from `now`.
    #[cfg(feature = "client")]
    pub(crate) fn retry_after_at(
        map: &HeaderMap,
        now: std::time::SystemTime,
    ) -> Option<std::time::Duration> {
        let value = map.get(RETRY_AFTER)?;
        if let Some(seconds) = parse_integer(value.as_bytes()) {
            return Some(std::time::Duration::from_secs(seconds));
        }
        let date = httpdate::parse_http_date(value.to_str().ok()?.trim()).ok()?;
        Some(date.duration_since(now).unwrap_or_default())
    }

    /// The request id: the value of the registry's request-id header
    /// ([`Headers::request_id`](crate::Headers::request_id)), visible text.
    #[cfg(feature = "client")]
    pub fn request_id<V: Vocabulary>(map: &HeaderMap) -> Option<String> {
        let value = map.get(V::HEADERS.request_id)?.to_str().ok()?.trim();
        (!value.is_empty()).then(|| value.to_owned())
    }

    impl<V: Vocabulary> RateLimit<V> {
        /// The rate-limit figures of a response's headers, under the
        /// names vocabulary `V`'s registry gives them.
        pub fn from_headers(map: &HeaderMap) -> Self {
            let names = V::HEADERS;
            RateLimit {
                limit: integer(map, names.rate_limit_limit),
                remaining: integer(map, names.rate_limit_remaining),
                reset: integer(map, names.rate_limit_reset),
                vocabulary: core::marker::PhantomData,
            }
        }

        /// Sets the figures that are present, under the names vocabulary
        /// `V`'s registry gives them. A figure whose header the registry
        /// does not name has nowhere to go: [`RateLimit::unsent`] says which.
        pub fn write_to(&self, map: &mut HeaderMap) {
            for (name, figure) in self.figures() {
                if let (Some(name), Some(figure)) = (name, figure) {
                    map.insert(header(name), HeaderValue::from(figure));
                }
            }
        }

        /// The figures present here whose header vocabulary `V`'s registry
        /// does not name (by their registry role's name), which
        /// [`RateLimit::write_to`] cannot send.
        pub fn unsent(&self) -> Vec<&'static str> {
            let roles = [
                "rate_limit_limit",
                "rate_limit_remaining",
                "rate_limit_reset",
            ];
            self.figures()
                .into_iter()
                .zip(roles)
                .filter(|((name, figure), _)| name.is_none() && figure.is_some())
                .map(|(_, role)| role)
                .collect()
        }

        fn figures(&self) -> [(Option<&'static str>, Option<u64>); 3] {
            let names = V::HEADERS;
            [
                (names.rate_limit_limit, self.limit),
                (names.rate_limit_remaining, self.remaining),
                (names.rate_limit_reset, self.reset),
            ]
        }
    }
}

#[cfg(any(feature = "axum", feature = "tonic"))]
pub(crate) use with_http::header;
#[cfg(feature = "client")]
pub use with_http::request_id;
#[cfg(feature = "client")]
pub use with_http::retry_after;
#[cfg(all(test, feature = "client"))]
use with_http::retry_after_at;

#[cfg(all(test, feature = "http"))]
mod tests {
    use super::parse_integer;

    #[test]
    fn integers_are_plain_non_negative_decimals() {
        assert_eq!(parse_integer(b"45"), Some(45));
        assert_eq!(parse_integer(b" 0 "), Some(0));
        assert_eq!(parse_integer(b"18446744073709551615"), Some(u64::MAX));
        for bad in [
            &b""[..],
            b" ",
            b"-1",
            b"+1",
            b"1.5",
            b"4 5",
            b"0x10",
            b"18446744073709551616",
        ] {
            assert_eq!(
                parse_integer(bad),
                None,
                "{:?}",
                String::from_utf8_lossy(bad)
            );
        }
    }

    #[cfg(feature = "client")]
    #[test]
    fn retry_after_is_seconds_or_an_http_date() {
        use std::time::{Duration, SystemTime};

        use http::header::{HeaderMap, HeaderValue};

        use super::retry_after_at;

        // 1994-11-06T08:49:37Z, the example date of RFC 9110.
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777);
        let delay = |value: &'static str| {
            let mut map = HeaderMap::new();
            map.insert("retry-after", HeaderValue::from_static(value));
            retry_after_at(&map, now)
        };
        assert_eq!(delay("120"), Some(Duration::from_secs(120)));
        assert_eq!(
            delay("Sun, 06 Nov 1994 08:51:37 GMT"),
            Some(Duration::from_secs(120))
        );
        // The obsolete forms RFC 9110 requires recipients to accept.
        assert_eq!(
            delay("Sunday, 06-Nov-94 08:51:37 GMT"),
            Some(Duration::from_secs(120))
        );
        assert_eq!(
            delay("Sun Nov  6 08:51:37 1994"),
            Some(Duration::from_secs(120))
        );
        // A date in the past: retry now.
        assert_eq!(delay("Sun, 06 Nov 1994 08:00:00 GMT"), Some(Duration::ZERO));
        for bad in ["soon", "-1", "Sun, 06 Nov 1994", ""] {
            assert_eq!(delay(bad), None, "{bad:?}");
        }
    }
}
