//! gRPC errors in the `metrics` feature's counter (features `tonic` and
//! `metrics`): [`RequestIdLayer::with_metrics`] counts every error status
//! of a tonic service in the counter the axum layer counts in,
//! `error_responses_total` by default, with the same labels, so that the
//! generated Prometheus rules and Grafana dashboard serve both faces:
//!
//! - `error_type`: the registry code, read from the status's `ErrorInfo`
//!   reason (a status of this registry's domain), else
//!   [`MetricNames::OTHER`](crate::MetricNames::OTHER) (another domain, no
//!   `ErrorInfo`, a reason this build does not know);
//! - `error_category`: the code's category's name, else `OTHER`;
//! - the status label: the code's HTTP status in the registry (what the
//!   REST face sends for it), else the HTTP status `google/rpc/code.proto`
//!   maps the canonical code to. Not the canonical code: one label, one
//!   meaning, across both faces.
//!
//! Every error status a response carries is counted once: in the
//! response's headers (trailers-only: every unary error, every failure
//! tonic answers by itself, every role code the layer answers with), or
//! in the trailers after a streamed body (a streaming method failing
//! midway), which the response's [`CountedBody`](super::CountedBody)
//! counts when they are sent.

use super::RequestIdLayer;
use crate::Metrics;
use crate::metrics::{ErrorCounter, register};

impl<V: Metrics> RequestIdLayer<V> {
    /// The layer, also counting every error status it answers with or
    /// passes, in the counter and with the labels the axum layer's
    /// `with_metrics()` uses: the code read from the status's `ErrorInfo`
    /// reason (`OTHER` for another domain, none, or an unknown reason), its
    /// category, and the code's HTTP status in the registry (for `OTHER`,
    /// the one the canonical code maps to). It counts a status in the
    /// response's headers (every unary error, tonic's own failures, the
    /// role codes it answers with), or in the trailers after a streamed
    /// body when the body sends them. It creates every code's series at 0
    /// in the installed recorder, as the axum layer's `with_metrics()`
    /// does; it counts in the recorder installed when it counts its first
    /// error.
    #[must_use]
    pub fn with_metrics(self) -> Self {
        RequestIdLayer::counting(ErrorCounter::new())
    }

    /// Creates every code's series at 0 in the recorder installed now, for
    /// an application that installs its recorder after building the layer.
    pub fn register_metrics() {
        register::<V>();
    }
}

#[cfg(test)]
#[expect(clippy::expect_used, reason = "tests")]
mod tests {
    use std::convert::Infallible;

    use metrics_util::debugging::{DebugValue, DebuggingRecorder, Snapshotter};
    use tower::{Layer, Service, ServiceExt, service_fn};

    use super::RequestIdLayer;
    use crate::__example::ErrorCode;
    use crate::tonic::CountedBody;
    use crate::tonic::GrpcError;
    use crate::{MetricNames, Metrics, Role, Vocabulary};

    /// The count of the series labelled `error_type` (and its status).
    fn count_of(snapshotter: &Snapshotter, error_type: &str) -> Vec<(String, u64)> {
        let names = <ErrorCode as Metrics>::METRICS;
        snapshotter
            .snapshot()
            .into_vec()
            .into_iter()
            .filter(|(key, ..)| {
                key.key()
                    .labels()
                    .any(|l| l.key() == names.error_type && l.value() == error_type)
            })
            .filter_map(|(key, _, _, value)| {
                let status = key
                    .key()
                    .labels()
                    .find(|l| l.key() == names.status)?
                    .value()
                    .to_owned();
                match value {
                    DebugValue::Counter(n) => Some((status, n)),
                    _ => None,
                }
            })
            .collect()
    }

    /// Calls a layered service answering `answer()` once, under
    /// `recorder`, and gives the layer's response to `then`.
    fn answered<B, R>(
        recorder: &DebuggingRecorder,
        answer: impl Fn() -> http::Response<B> + Clone + Send + 'static,
        then: impl AsyncFnOnce(http::Response<CountedBody<B, ErrorCode>>) -> R,
    ) -> R
    where
        B: Default + Send + 'static,
    {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a runtime");
        metrics::with_local_recorder(recorder, || {
            let layer = RequestIdLayer::<ErrorCode>::new().with_metrics();
            let mut service = layer.layer(service_fn(move |_: http::Request<String>| {
                let answer = answer.clone();
                async move { Ok::<_, Infallible>(answer()) }
            }));
            runtime.block_on(async {
                let response = service
                    .ready()
                    .await
                    .expect("ready")
                    .call(http::Request::new(String::new()))
                    .await
                    .expect("answered");
                then(response).await
            })
        })
    }

    /// Calls a layered service answering `answer` once, under `recorder`.
    fn call(recorder: &DebuggingRecorder, answer: http::Response<String>) {
        answered(recorder, move || clone_response(&answer), async |_| ());
    }

    fn clone_response(response: &http::Response<String>) -> http::Response<String> {
        let mut copy = http::Response::new(response.body().clone());
        *copy.headers_mut() = response.headers().clone();
        copy
    }

    #[test]
    fn every_error_status_is_counted_by_code_with_the_codes_http_status() {
        for &code in ErrorCode::ALL {
            let recorder = DebuggingRecorder::new();
            let snapshotter = recorder.snapshotter();
            let sent = tonic::Status::from(GrpcError::new(code, "x")).into_http::<String>();
            call(&recorder, clone_response(&sent));
            assert_eq!(
                count_of(&snapshotter, code.as_str()),
                vec![(code.http_status().to_string(), 1)],
                "{code:?}"
            );
            let others = ErrorCode::ALL.iter().filter(|&&c| c != code);
            for other in others {
                assert_eq!(
                    count_of(&snapshotter, other.as_str()),
                    vec![(other.http_status().to_string(), 0)],
                    "every other series at 0"
                );
            }
        }
    }

    #[test]
    fn tonics_own_failures_count_as_the_role_code_and_success_counts_nothing() {
        let role = ErrorCode::ROLES
            .get(Role::InternalError)
            .expect("the example assigns the role");
        let recorder = DebuggingRecorder::new();
        let snapshotter = recorder.snapshotter();
        call(&recorder, tonic::Status::internal("").into_http::<String>());
        assert_eq!(
            count_of(&snapshotter, role.as_str()),
            vec![(role.http_status().to_string(), 1)]
        );

        let recorder = DebuggingRecorder::new();
        let snapshotter = recorder.snapshotter();
        call(&recorder, http::Response::new(String::new()));
        let mut ok = http::Response::new(String::new());
        ok.headers_mut()
            .insert("grpc-status", http::HeaderValue::from_static("0"));
        call(&recorder, ok);
        assert!(
            snapshotter
                .snapshot()
                .into_vec()
                .iter()
                .all(|(.., value)| value == &DebugValue::Counter(0)),
            "a success touches no count"
        );
    }

    /// `(status label, count)` of a series.
    type Counts = Vec<(String, u64)>;

    /// A streamed body: its frames, in order.
    #[derive(Default)]
    struct Streamed(std::collections::VecDeque<http_body::Frame<&'static [u8]>>);

    impl http_body::Body for Streamed {
        type Data = &'static [u8];
        type Error = Infallible;

        fn poll_frame(
            mut self: std::pin::Pin<&mut Self>,
            _: &mut std::task::Context<'_>,
        ) -> std::task::Poll<Option<Result<http_body::Frame<&'static [u8]>, Infallible>>> {
            std::task::Poll::Ready(self.0.pop_front().map(Ok))
        }
    }

    /// A streaming method's answer under `recorder`: a message, then
    /// `trailers`; the count before the body is read, and after.
    fn stream(
        recorder: &DebuggingRecorder,
        snapshotter: &Snapshotter,
        trailers: http::HeaderMap,
        code: &str,
    ) -> (Counts, Counts) {
        let answer = move || {
            let frames = [
                http_body::Frame::data(&b"message"[..]),
                http_body::Frame::trailers(trailers.clone()),
            ];
            http::Response::new(Streamed(frames.into()))
        };
        answered(recorder, answer, async |response| {
            let before = count_of(snapshotter, code);
            let mut body = std::pin::pin!(response.into_body());
            while std::future::poll_fn(|cx| http_body::Body::poll_frame(body.as_mut(), cx))
                .await
                .is_some()
            {}
            (before, count_of(snapshotter, code))
        })
    }

    #[test]
    fn a_status_in_the_trailers_of_a_stream_is_counted_when_it_is_sent() {
        for &code in ErrorCode::ALL {
            let recorder = DebuggingRecorder::new();
            let snapshotter = recorder.snapshotter();
            let sent = tonic::Status::from(GrpcError::new(code, "x")).into_http::<String>();
            let status = code.http_status().to_string();
            let (before, after) = stream(
                &recorder,
                &snapshotter,
                sent.headers().clone(),
                code.as_str(),
            );
            assert_eq!(
                before,
                vec![(status.clone(), 0)],
                "{code:?}: counted before it was sent"
            );
            assert_eq!(after, vec![(status, 1)], "{code:?}");
        }
        let recorder = DebuggingRecorder::new();
        let snapshotter = recorder.snapshotter();
        let mut ok = http::HeaderMap::new();
        ok.insert("grpc-status", http::HeaderValue::from_static("0"));
        let any = ErrorCode::ALL[0];
        let (_, after) = stream(&recorder, &snapshotter, ok, any.as_str());
        assert_eq!(
            after,
            vec![(any.http_status().to_string(), 0)],
            "a stream that ends well counts nothing"
        );
    }

    #[test]
    fn another_domains_status_is_other_with_the_canonical_codes_http_status() {
        let info = tonic_types::ErrorInfo::new(
            "SOMEONE_ELSES",
            "other.example",
            std::collections::HashMap::new(),
        );
        let status = <tonic::Status as tonic_types::StatusExt>::with_error_details_vec(
            tonic::Code::NotFound,
            "elsewhere",
            vec![info.into()],
        );
        let recorder = DebuggingRecorder::new();
        let snapshotter = recorder.snapshotter();
        call(&recorder, status.into_http::<String>());
        assert_eq!(
            count_of(&snapshotter, MetricNames::OTHER),
            vec![(crate::GrpcCode::NotFound.http_status().to_string(), 1)]
        );
    }
}
