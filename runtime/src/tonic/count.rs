//! What [`RequestIdLayer`](super::RequestIdLayer) counts a gRPC status
//! with, and how: one place that its service (a status in the response's
//! headers) and its response body ([`CountedBody`](super::CountedBody), a
//! status in the trailers) both ask.

/// What the layer counts with: an [`ErrorCounter`](crate::metrics::ErrorCounter)
/// once `with_metrics()` made one.
#[cfg(feature = "metrics")]
pub(super) type Counter<V> = Option<crate::metrics::ErrorCounter<V>>;
#[cfg(not(feature = "metrics"))]
pub(super) type Counter<V> = std::marker::PhantomData<fn() -> V>;

/// The header (or trailer) that carries a gRPC status's canonical code.
pub(super) const GRPC_STATUS: &str = "grpc-status";

/// Counts the status `headers` carry (a response's, or its trailers), if
/// it is an error (`grpc-status` there, not `0`).
#[cfg(feature = "metrics")]
pub(super) fn count<V: crate::Grpc>(
    counter: &crate::metrics::ErrorCounter<V>,
    headers: &http::HeaderMap,
) {
    let Some(canonical) = headers
        .get(GRPC_STATUS)
        .and_then(|v| v.to_str().ok())
        .and_then(|n| n.parse().ok())
        .and_then(crate::GrpcCode::from_number)
    else {
        return;
    };
    let code = tonic::Status::from_header_map(headers)
        .and_then(|status| super::read::<V>(&status))
        .and_then(|(body, _)| body.code.known());
    let status = code.map_or(canonical.http_status(), |code| code.http_status());
    counter.count(code, status);
}
