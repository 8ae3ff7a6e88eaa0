//! `ErrorResponse::from_status`: a gRPC status read as the error response
//! its REST face would have sent (features `client` and `tonic`).

use super::ErrorResponse;
use crate::{Grpc, RateLimit};

impl<V: Grpc> ErrorResponse<V> {
    /// The error a `tonic::Status` carries, when its `ErrorInfo` is of this
    /// registry's domain: the code from the reason (a reason this build
    /// does not know is kept as sent), the message, the typed details from
    /// the metadata (field errors from a `BadRequest`), the retry advice
    /// from a `RetryInfo` and the request id from the metadata. The status
    /// is the HTTP status of the code (that `code.proto` maps the canonical
    /// code to, for a code this build does not know). `None` for a status
    /// with no `ErrorInfo`, or one of another domain.
    pub fn from_status(status: &tonic::Status) -> Option<Self> {
        let (error, retry_after) = crate::tonic::read::<V>(status)?;
        let http = match error.code.known() {
            Some(code) => code.http_status(),
            None => crate::GrpcCode::from_number(status.code() as i32)
                .map_or(500, crate::GrpcCode::http_status),
        };
        let header_request_id = error.request_id.clone();
        Some(ErrorResponse {
            status: crate::__private::status_code(http),
            errors: vec![error.clone()],
            error,
            header_request_id,
            retry_after,
            rate_limit: RateLimit::default(),
        })
    }
}
