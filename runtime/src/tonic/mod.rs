//! gRPC errors from the registry (cargo feature `tonic`): Google's error
//! model (AIP-193) for a vocabulary with `grpc:` in its registry.
//!
//! An error becomes a `tonic::Status` with the code's canonical code, the
//! message, and the details Google's model has, in this order:
//!
//! - exactly one `google.rpc.ErrorInfo`: the code's reason, the registry's
//!   domain, and the error's details as metadata, each top-level member
//!   under its name: a string as it is, any other value as its JSON text
//!   (`12`, `1.5`, `true`, `["a","b"]`; `null` is left out). Which
//!   members are strings is the registry's declaration
//!   ([`GrpcEntry::text_members`](crate::GrpcEntry)), so a reader gives
//!   the typed details back (of a code that declares no members, every
//!   value is read back as a string);
//! - `google.rpc.RetryInfo` when the error carries a retry-after;
//! - `google.rpc.Help` with a link to the code's row on the published
//!   docs page, when the registry has `docs_url`;
//! - `google.rpc.BadRequest` with one field violation per problem, for
//!   field errors (`details.fields`, which is then not in the metadata).
//!
//! The request id travels in the status's metadata, under the registry's
//! request-id header in lowercase (`x-request-id`).
//!
//! [`GrpcError`] is the error a tonic handler returns (`?` works, as for
//! `axum::ApiError`, which converts too when both features are on);
//! [`read`] gives an [`ErrorBody`] back from a status, and
//! [`RequestIdLayer`] gives every status of a tonic service the request id.

use std::time::Duration;

use serde_json::{Map, Value};
use tonic::metadata::{MetadataMap, MetadataValue};
use tonic_types::{
    BadRequest, ErrorDetail, ErrorInfo, FieldViolation, Help, HelpLink, RetryInfo, StatusExt,
};

use crate::grpc::{json_value, metadata_value};
use crate::{Code, ErrorBody, FieldErrors, Grpc, GrpcCode, Has, Vocabulary, role};

mod body;
mod count;
mod layer;
#[cfg(feature = "metrics")]
mod metrics;

pub use body::CountedBody;
pub use layer::{RequestIdFuture, RequestIdLayer, RequestIdService};

/// The error a tonic handler returns: a code, its message and details, and
/// what the status carries besides. Converts into a `tonic::Status`.
///
/// Any `std::error::Error + Send + Sync + 'static` converts into one, so
/// `?` works in handlers: the registry's `internal_error` role with a
/// generic message; the error itself is never sent.
#[derive(Clone, Debug)]
pub struct GrpcError<V> {
    body: ErrorBody<V>,
    retry_after: Option<Duration>,
}

impl<V: Vocabulary> GrpcError<V> {
    /// An error with `code` and `message`.
    pub fn new(code: V, message: impl Into<String>) -> Self {
        GrpcError {
            body: ErrorBody::new(code, message),
            retry_after: None,
        }
    }

    /// An error of the body an HTTP face would send (the same code,
    /// message, details and request id).
    pub fn from_body(body: ErrorBody<V>) -> Self {
        GrpcError {
            body,
            retry_after: None,
        }
    }

    /// Replaces the message.
    #[must_use]
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.body.message = message.into();
        self
    }

    /// Sets the details (their members become `ErrorInfo` metadata).
    #[must_use]
    pub fn with_details(mut self, details: Value) -> Self {
        self.body.details = details;
        self
    }

    /// Sets field errors (a `BadRequest` detail).
    #[must_use]
    pub fn with_field_errors(self, fields: FieldErrors) -> Self {
        self.with_details(fields.to_details())
    }

    /// The `validation_error` role's code with its field errors.
    pub fn validation(message: impl Into<String>, fields: FieldErrors) -> Self
    where
        V: Has<role::ValidationError>,
    {
        GrpcError::new(<V as Has<role::ValidationError>>::CODE, message).with_field_errors(fields)
    }

    /// Sets the request id (the status's request-id metadata). Without
    /// it, [`RequestIdLayer`] puts the request's on the status.
    #[must_use]
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        self.body.request_id = Some(request_id.into());
        self
    }

    /// Advises a delay before retrying (a `RetryInfo` detail).
    #[must_use]
    pub fn with_retry_after(mut self, delay: Duration) -> Self {
        self.retry_after = Some(delay);
        self
    }

    /// The retry advice, if any.
    pub fn retry_after(&self) -> Option<Duration> {
        self.retry_after
    }

    /// The code.
    pub fn code(&self) -> &Code<V> {
        &self.body.code
    }

    /// The body it carries.
    pub fn body(&self) -> &ErrorBody<V> {
        &self.body
    }
}

impl<V: Grpc> GrpcError<V> {
    /// What a status says (see [`read`]): `None` for a status without an
    /// `ErrorInfo` of this registry's domain.
    pub fn from_status(status: &tonic::Status) -> Option<Self> {
        read::<V>(status).map(|(body, retry_after)| GrpcError { body, retry_after })
    }
}

impl<V: Grpc> From<GrpcError<V>> for tonic::Status {
    fn from(error: GrpcError<V>) -> Self {
        status(&error.body, error.retry_after)
    }
}

/// `?` on any error: the `internal_error` role's code, its meaning as the
/// message; the error is not sent.
impl<V, E> From<E> for GrpcError<V>
where
    V: Vocabulary + Has<role::InternalError>,
    E: std::error::Error + Send + Sync + 'static,
{
    fn from(_: E) -> Self {
        let code = <V as Has<role::InternalError>>::CODE;
        GrpcError::new(code, code.meaning().unwrap_or_default())
    }
}

#[cfg(feature = "axum")]
impl<V: Grpc> From<crate::axum::ApiError<V>> for tonic::Status {
    fn from(error: crate::axum::ApiError<V>) -> Self {
        status(error.body(), error.retry_after())
    }
}

/// The status of an error: see the [module](self)'s documentation. A code
/// this build does not know keeps its code as the reason and is
/// `UNKNOWN`.
pub fn status<V: Grpc>(body: &ErrorBody<V>, retry_after: Option<Duration>) -> tonic::Status {
    let (reason, canonical, typed) = match &body.code {
        Code::Known(code) => {
            let entry = V::GRPC[code.index()];
            let typed = (!code.detail_members().is_empty()).then_some(entry.text_members);
            (entry.reason.to_owned(), entry.code, typed)
        }
        Code::Unknown(code) => (code.as_str().to_owned(), GrpcCode::Unknown, None),
    };
    let fields = body.field_errors();
    let mut metadata = std::collections::HashMap::new();
    if let Value::Object(members) = &body.details {
        for (name, value) in members {
            if fields.is_some() && name == "fields" {
                continue;
            }
            if let Some(text) = metadata_value(name, value, typed) {
                metadata.insert(name.clone(), text);
            }
        }
    }
    let mut details = vec![ErrorDetail::from(ErrorInfo::new(
        reason,
        V::DOMAIN,
        metadata,
    ))];
    if let Some(delay) = retry_after {
        details.push(RetryInfo::new(Some(delay)).into());
    }
    if let Code::Known(code) = &body.code
        && let Some(url) = code.doc_url()
    {
        details.push(Help::new(vec![HelpLink::new(code.as_str(), url)]).into());
    }
    if let Some(fields) = fields.filter(|f| !f.is_empty()) {
        let violations: Vec<FieldViolation> = fields
            .fields
            .iter()
            .flat_map(|(field, problems)| {
                problems
                    .iter()
                    .map(move |problem| FieldViolation::new(field, problem))
            })
            .collect();
        details.push(BadRequest::new(violations).into());
    }
    let mut trailers = MetadataMap::new();
    if let Some(id) = &body.request_id {
        set_request_id::<V>(&mut trailers, id);
    }
    tonic::Status::with_error_details_vec_and_metadata(
        tonic_code(canonical),
        body.message.clone(),
        details,
        trailers,
    )
}

/// The registry's request-id header as a metadata key.
pub fn request_id_key<V: Vocabulary>() -> String {
    V::HEADERS.request_id.to_ascii_lowercase()
}

fn set_request_id<V: Vocabulary>(metadata: &mut MetadataMap, id: &str) {
    if let (Ok(key), Ok(value)) = (
        tonic::metadata::MetadataKey::from_bytes(request_id_key::<V>().as_bytes()),
        MetadataValue::try_from(id),
    ) {
        metadata.insert(key, value);
    }
}

/// The status's request id, from the registry's request-id metadata.
pub fn request_id<V: Vocabulary>(metadata: &MetadataMap) -> Option<String> {
    metadata
        .get(request_id_key::<V>().as_str())
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

/// `tonic::Code` of a canonical code.
pub fn tonic_code(code: GrpcCode) -> tonic::Code {
    tonic::Code::from_i32(code.number())
}

/// What a status says, read back: its body (the code from the
/// `ErrorInfo`'s reason, a reason this build does not know kept as the
/// code, the message, the details from the metadata, field errors from a
/// `BadRequest`, the request id from the metadata) and its retry advice.
/// `None` when the status has no `ErrorInfo` of this registry's domain.
pub fn read<V: Grpc>(status: &tonic::Status) -> Option<(ErrorBody<V>, Option<Duration>)> {
    let details = status.get_error_details();
    let info = details.error_info()?;
    if info.domain != V::DOMAIN {
        return None;
    }
    let known = V::from_reason(&info.reason);
    let typed = known
        .filter(|code| !code.detail_members().is_empty())
        .map(|code| V::GRPC[code.index()].text_members);
    let mut members: Map<String, Value> = info
        .metadata
        .iter()
        .map(|(name, value)| (name.clone(), json_value(name, value, typed)))
        .collect();
    if let Some(bad) = details.bad_request() {
        let mut fields = FieldErrors::new();
        for violation in &bad.field_violations {
            fields.push(violation.field.clone(), violation.description.clone());
        }
        if let Value::Object(field_details) = fields.to_details() {
            members.extend(field_details);
        }
    }
    let code: Code<V> = match known {
        Some(code) => Code::Known(code),
        None => Code::from(info.reason.as_str()),
    };
    let mut body = ErrorBody::new(code, status.message());
    if !members.is_empty() {
        body.details = Value::Object(members);
    }
    body.request_id = request_id::<V>(status.metadata());
    let retry_after = details.retry_info().and_then(|r| r.retry_delay);
    Some((body, retry_after))
}
