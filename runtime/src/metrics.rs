//! Error responses as a metric (cargo feature `metrics`), through the
//! [`metrics`](https://docs.rs/metrics) facade, so that any exporter serves
//! it (Prometheus, OpenTelemetry, statsd).
//!
//! [`ErrorCounter`] counts error responses. With `axum` it is an
//! `ErrorObserver`: the `ErrorLayer` that `with_metrics()` made counts
//! every error response it sends or passes (handler errors, the framework's
//! failures, panics). With `tonic`, `RequestIdLayer::with_metrics()` counts
//! every error status of a tonic service in the same counter (the code
//! read from the status's `ErrorInfo` reason, and the code's HTTP status in
//! the registry as the status label, so that the same rules and dashboards
//! serve both faces). One counter, by default
//!
//! ```text
//! error_responses_total{error_type="<code>", http_response_status_code="<status>", error_category="<category name>"}
//! ```
//!
//! with the names of the vocabulary's [`MetricNames`] (`metrics:` in the
//! project's configuration). A label value is always a registry code, its
//! category's `name` and a status, or [`MetricNames::OTHER`] for a code the
//! registry lacks (a response passing on an upstream's), so the series are
//! at most the registry's codes times the statuses they are sent with. A
//! success touches no metric.
//!
//! ```
//! # #[cfg(feature = "axum")] {
//! # use error_codes_runtime::__example as error_codes;
//! use axum::{Router, routing::get};
//! use error_codes::axum::ErrorLayer;
//!
//! let app: Router = Router::new()
//!     .route("/health", get(|| async { "ok" }))
//!     .layer(ErrorLayer::new().with_metrics());
//! # }
//! ```
//!
//! A counter that does not exist yet cannot show its first increase (a
//! rate or an alert needs two samples), so every code's series starts at 0
//! with its registry status: [`register`] does it for the installed
//! recorder, and [`ErrorCounter::new`] (so `with_metrics()`) calls it. An
//! application that installs its recorder after building its layers
//! (common in tests) calls [`register`] (a generated crate's
//! `ErrorLayer::register_metrics()`) once after.

use std::marker::PhantomData;
use std::sync::{Arc, OnceLock};

#[cfg(feature = "axum")]
use crate::axum::{ErrorEvent, ErrorLayer, ErrorObserver};
use crate::{MetricNames, Metrics, Vocabulary};

/// Creates every code's series of vocabulary `V` at 0 in the installed
/// recorder (with its registry status): the first error of each code is
/// then an increase a rate or an alert sees. Without a recorder it does
/// nothing; calling it again changes no count.
pub fn register<V: Metrics>() {
    let names = V::METRICS;
    metrics::describe_counter!(
        names.counter,
        metrics::Unit::Count,
        "Error responses sent, by registry code, HTTP status and category"
    );
    for &code in V::ALL {
        counter(names, Some(code), code.http_status()).increment(0);
    }
}

/// The counter of error responses (with `axum`, an `ErrorObserver`), under the
/// vocabulary's [`MetricNames`]: each code's counter at its registry
/// status is looked up in the recorder installed at the first error
/// response it counts, then incremented with no lookup. (A lookup per
/// response, key built and hashed and found in the recorder's map, cost
/// about a tenth of an error response: see the performance guide.) A code
/// sent with another status, or outside the registry, is looked up each
/// time. Clones share the counters.
pub struct ErrorCounter<V> {
    names: MetricNames,
    handles: Arc<OnceLock<Box<[metrics::Counter]>>>,
    vocabulary: PhantomData<fn() -> V>,
}

impl<V> Clone for ErrorCounter<V> {
    fn clone(&self) -> Self {
        ErrorCounter {
            names: self.names,
            handles: Arc::clone(&self.handles),
            vocabulary: PhantomData,
        }
    }
}

impl<V> std::fmt::Debug for ErrorCounter<V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ErrorCounter")
            .field("counter", &self.names.counter)
            .finish_non_exhaustive()
    }
}

impl<V: Metrics> ErrorCounter<V> {
    /// The counter of `V`'s error responses, under its names. It also
    /// creates every code's series at 0 in the installed recorder
    /// ([`register`]).
    pub fn new() -> Self {
        register::<V>();
        ErrorCounter {
            names: V::METRICS,
            handles: Arc::default(),
            vocabulary: PhantomData,
        }
    }
}

impl<V: Metrics> Default for ErrorCounter<V> {
    fn default() -> Self {
        ErrorCounter::new()
    }
}

impl<V: Vocabulary> ErrorCounter<V> {
    /// Counts one error response of `status` with `code` (`None`: a code
    /// the registry lacks).
    #[cfg(any(feature = "axum", feature = "tonic"))]
    pub(crate) fn count(&self, code: Option<V>, status: u16) {
        if let Some(code) = code
            && code.http_status() == status
        {
            let handles = self.handles.get_or_init(|| {
                V::ALL
                    .iter()
                    .map(|&code| counter(self.names, Some(code), code.http_status()))
                    .collect()
            });
            if let Some(handle) = handles.get(code.index()) {
                handle.increment(1);
                return;
            }
        }
        counter(self.names, code, status).increment(1);
    }
}

#[cfg(feature = "axum")]
impl<V: Vocabulary> ErrorObserver<V> for ErrorCounter<V> {
    fn error_response(&self, event: &ErrorEvent<'_, V>) {
        self.count(event.code, event.status.as_u16());
    }
}

/// With the `metrics` feature, the layer counts in the vocabulary's
/// [`Metrics`] names.
#[cfg(feature = "axum")]
impl<V: Metrics, O> ErrorLayer<V, O> {
    /// The layer, also counting every error response it sends or passes
    /// (an [`ErrorCounter`], after the observers it already calls). It
    /// creates every code's series at 0 in the installed recorder
    /// ([`register`]); it counts in the recorder installed when it counts
    /// its first error response.
    pub fn with_metrics(self) -> ErrorLayer<V, (O, ErrorCounter<V>)> {
        self.with_observer(ErrorCounter::new())
    }
}

#[cfg(feature = "axum")]
impl<V: Metrics> ErrorLayer<V> {
    /// Creates every code's series at 0 in the recorder installed now
    /// ([`register`]), for an application that installs its recorder
    /// after building the layer: the first error of each code is then an
    /// increase that a rate or an alert sees.
    pub fn register_metrics() {
        register::<V>();
    }
}

fn counter<V: Vocabulary>(names: MetricNames, code: Option<V>, status: u16) -> metrics::Counter {
    let (error_type, category) = match code {
        Some(code) => (code.as_str(), code.category_entry().name),
        None => (MetricNames::OTHER, MetricNames::OTHER),
    };
    // Every value is a `&'static str`: the key borrows them, and no label
    // is formatted per response.
    let labels = [
        (names.error_type, error_type),
        (names.status, status_text(status)),
        (names.category, category),
    ];
    metrics::counter!(names.counter, &labels)
}

/// `100`…`999`, three digits each: every HTTP status's text, so a status
/// label is borrowed, not formatted.
static STATUS_DIGITS: [u8; 2700] = status_digits();

const fn status_digits() -> [u8; 2700] {
    let mut digits = [0; 2700];
    let mut status = 100;
    while status < 1000 {
        let at = (status - 100) * 3;
        digits[at] = b'0' + (status / 100) as u8;
        digits[at + 1] = b'0' + (status / 10 % 10) as u8;
        digits[at + 2] = b'0' + (status % 10) as u8;
        status += 1;
    }
    digits
}

/// The status as text (`"404"`); `http::StatusCode` keeps every status
/// within 100–999.
fn status_text(status: u16) -> &'static str {
    let at = usize::from(status.clamp(100, 999) - 100) * 3;
    STATUS_DIGITS
        .get(at..at + 3)
        .and_then(|digits| std::str::from_utf8(digits).ok())
        .unwrap_or(MetricNames::OTHER)
}

#[cfg(test)]
#[expect(clippy::expect_used, reason = "tests")]
mod tests {
    use metrics_util::debugging::{DebugValue, DebuggingRecorder};

    use super::{register, status_text};
    use crate::__example::ErrorCode;
    use crate::{MetricNames, Metrics, Vocabulary};

    #[test]
    fn every_status_reads_as_its_digits() {
        for status in 100..=999_u16 {
            assert_eq!(status_text(status), status.to_string());
        }
    }

    #[test]
    fn register_creates_every_code_at_zero_with_its_status_and_category() {
        let recorder = DebuggingRecorder::new();
        let snapshotter = recorder.snapshotter();
        metrics::with_local_recorder(&recorder, register::<ErrorCode>);
        let snapshot = snapshotter.snapshot().into_vec();
        let names = <ErrorCode as Metrics>::METRICS;
        assert_eq!(snapshot.len(), ErrorCode::ALL.len());
        for &code in ErrorCode::ALL {
            let series = snapshot
                .iter()
                .find(|(key, ..)| {
                    key.key()
                        .labels()
                        .any(|l| l.key() == names.error_type && l.value() == code.as_str())
                })
                .expect("every code has a series");
            let (key, _, _, value) = series;
            assert_eq!(key.key().name(), names.counter);
            let label = |name: &str| {
                key.key()
                    .labels()
                    .find(|l| l.key() == name)
                    .map(|l| l.value().to_owned())
            };
            assert_eq!(label(names.status), Some(code.http_status().to_string()));
            assert_eq!(
                label(names.category),
                Some(code.category_entry().name.to_owned())
            );
            assert_eq!(value, &DebugValue::Counter(0));
        }
        assert!(
            snapshot
                .iter()
                .all(|(key, ..)| key.key().labels().all(|l| l.value() != MetricNames::OTHER)),
            "registering names only registry codes"
        );
    }
}
