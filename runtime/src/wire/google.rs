//! Google's JSON error body ([`Shape::Google`](super::Shape::Google)): `envelope: google` and
//! `envelope: google-rpc-status`, written and read by the body engine.
//!
//! The REST body Google's APIs send (AIP-193, the API design guide's
//! "Errors"):
//!
//! ```json
//! {"error": {"code": 400, "message": "…", "status": "INVALID_ARGUMENT",
//!   "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo",
//!     "reason": "API_KEY_INVALID", "domain": "googleapis.com",
//!     "metadata": {"service": "translate.googleapis.com"}}]}}
//! ```
//!
//! `code` is the HTTP status, `status` the canonical code's name. The bare
//! `google.rpc.Status` grpc-gateway sends has no wrapper and no `status`,
//! and its `code` is the canonical code's number: `{"code": 3, "message":
//! "…", "details": [...]}`. `details` holds, in this order, the detail
//! messages the tonic face sends (see `error_codes_runtime::tonic`), in
//! their proto3 JSON form (lowerCamelCase members, `@type` first):
//!
//! - exactly one `google.rpc.ErrorInfo`: the code's reason, the registry's
//!   domain, and the error's details as `metadata` (left out when empty),
//!   encoded as the tonic face encodes them (a string as it is, any other
//!   value as its JSON text);
//! - `google.rpc.RetryInfo` when the error carries a retry-after:
//!   `retryDelay`, a proto3 JSON `Duration` (`"30s"`, `"1.500s"`);
//! - `google.rpc.Help` when the code has a docs URL: `links: [{description:
//!   <the code>, url}]`;
//! - `google.rpc.BadRequest` for field errors: `fieldViolations: [{field,
//!   description}]`, one per problem (the field errors are then not in the
//!   metadata).
//!
//! The request id is not in the body: the registry's request-id header
//! carries it, as on every error response.
//!
//! Reading ([`read`]) takes either form, whatever the preset: a body is one
//! of this API's errors when its `details` array holds a
//! `google.rpc.ErrorInfo` of the registry's domain. The code is the one
//! whose reason it is (a reason this build does not know stays readable as
//! sent, as `ErrorResponse::from_status` keeps it); the message, the
//! details from the metadata and the `BadRequest`, the docs URL from the
//! `Help`, the retry advice from the `RetryInfo` ([`retry_delay`]). An
//! `ErrorInfo` of another domain is another API's error (a service this API
//! calls, a proxy's): the body is not read as one of this API's, as the
//! gRPC reader gives `None` for its status.

use std::time::Duration;

use serde_json::{Map, Value};

use super::{Member, WireError};
use crate::grpc::{json_value, metadata_value};
use crate::{Code, ErrorBody, FieldErrors, GoogleBody, GrpcCode, Vocabulary};

/// The prefix of every detail's `@type`.
pub const TYPE_PREFIX: &str = "type.googleapis.com/";
/// The detail that carries the code: `google.rpc.ErrorInfo`.
pub const ERROR_INFO: &str = "google.rpc.ErrorInfo";
/// The retry advice: `google.rpc.RetryInfo`.
pub const RETRY_INFO: &str = "google.rpc.RetryInfo";
/// The docs link: `google.rpc.Help`.
pub const HELP: &str = "google.rpc.Help";
/// The field errors: `google.rpc.BadRequest`.
pub const BAD_REQUEST: &str = "google.rpc.BadRequest";
/// Every detail message the engine writes, in the order a body lists them.
pub const DETAILS: [&str; 4] = [ERROR_INFO, RETRY_INFO, HELP, BAD_REQUEST];

/// The members of `error`'s Google body (see the [module](self)).
#[inline]
pub(super) fn members<'a>(
    rpc_status: bool,
    domain: &str,
    error: &WireError<'a>,
) -> Vec<Member<'a>> {
    let canonical = error.grpc.map_or(GrpcCode::Unknown, |g| g.code);
    let at = |name: &'a str| {
        if rpc_status {
            vec![name]
        } else {
            vec!["error", name]
        }
    };
    let mut members = vec![
        Member {
            path: at("code"),
            value: if rpc_status {
                Value::from(canonical.number())
            } else {
                Value::from(error.status)
            },
        },
        Member {
            path: at("message"),
            value: Value::from(error.message),
        },
    ];
    if !rpc_status {
        members.push(Member {
            path: at("status"),
            value: Value::from(canonical.as_str()),
        });
    }
    members.push(Member {
        path: at("details"),
        value: Value::Array(details(domain, error)),
    });
    members
}

/// The detail messages of `error`, in the order of [`DETAILS`].
#[inline]
fn details(domain: &str, error: &WireError<'_>) -> Vec<Value> {
    let (reason, typed) = match error.grpc {
        Some(grpc) => (
            grpc.reason,
            (!error.declared.is_empty()).then_some(grpc.text_members),
        ),
        None => (error.code, None),
    };
    let fields = error
        .field_errors
        .then(|| FieldErrors::from_details(error.details).ok())
        .flatten()
        .filter(|f| !f.is_empty());
    let mut metadata = Map::new();
    if let Value::Object(members) = error.details {
        for (name, value) in members {
            if fields.is_some() && name == "fields" {
                continue;
            }
            if let Some(text) = metadata_value(name, value, typed) {
                metadata.insert(name.clone(), Value::from(text));
            }
        }
    }
    let mut info = detail(ERROR_INFO);
    info.insert("reason".to_owned(), Value::from(reason));
    info.insert("domain".to_owned(), Value::from(domain));
    if !metadata.is_empty() {
        info.insert("metadata".to_owned(), Value::Object(metadata));
    }
    let mut out = vec![Value::Object(info)];
    if let Some(delay) = error.retry_after {
        let mut retry = detail(RETRY_INFO);
        retry.insert("retryDelay".to_owned(), Value::from(duration_json(delay)));
        out.push(Value::Object(retry));
    }
    if let Some(url) = error.doc_url.as_deref() {
        let mut help = detail(HELP);
        help.insert(
            "links".to_owned(),
            serde_json::json!([{"description": error.code, "url": url}]),
        );
        out.push(Value::Object(help));
    }
    if let Some(fields) = fields {
        let violations: Vec<Value> = fields
            .fields
            .iter()
            .flat_map(|(field, problems)| {
                problems
                    .iter()
                    .map(move |problem| serde_json::json!({"field": field, "description": problem}))
            })
            .collect();
        let mut bad = detail(BAD_REQUEST);
        bad.insert("fieldViolations".to_owned(), Value::Array(violations));
        out.push(Value::Object(bad));
    }
    out
}

/// A detail message with its `@type`, and no other member yet.
#[inline]
fn detail(message: &str) -> Map<String, Value> {
    let mut detail = Map::new();
    detail.insert(
        "@type".to_owned(),
        Value::from(format!("{TYPE_PREFIX}{message}")),
    );
    detail
}

/// `delay` as proto3 JSON writes a `google.protobuf.Duration`: seconds,
/// with 3, 6 or 9 fractional digits when it has a fraction, and `s`.
#[inline]
pub fn duration_json(delay: Duration) -> String {
    let (secs, nanos) = (delay.as_secs(), delay.subsec_nanos());
    match nanos {
        0 => format!("{secs}s"),
        n if n % 1_000_000 == 0 => format!("{secs}.{:03}s", n / 1_000_000),
        n if n % 1_000 == 0 => format!("{secs}.{:06}s", n / 1_000),
        n => format!("{secs}.{n:09}s"),
    }
}

/// A proto3 JSON `Duration` (`"30s"`, `"1.5s"`) back, `None` for anything
/// else (a negative one included: no delay is advised).
#[inline]
pub fn parse_duration(text: &str) -> Option<Duration> {
    let number = text.strip_suffix('s')?;
    let (secs, fraction) = number.split_once('.').unwrap_or((number, ""));
    if secs.is_empty()
        || !secs.bytes().all(|b| b.is_ascii_digit())
        || fraction.len() > 9
        || !fraction.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let nanos = if fraction.is_empty() {
        0
    } else {
        format!("{fraction:0<9}").parse::<u32>().ok()?
    };
    Some(Duration::new(secs.parse().ok()?, nanos))
}

/// The `google.rpc.Status` of `body`: its `error` member (the REST body),
/// else the body itself (grpc-gateway's).
#[inline]
fn status_object(body: &Value) -> Option<&Map<String, Value>> {
    match body.get("error") {
        Some(Value::Object(error)) => Some(error),
        _ => body.as_object(),
    }
}

/// The detail messages of `status` whose `@type` names `message` (with or
/// without [`TYPE_PREFIX`]).
#[inline]
fn find<'b>(status: &'b Map<String, Value>, message: &str) -> Option<&'b Map<String, Value>> {
    let Some(Value::Array(details)) = status.get("details") else {
        return None;
    };
    details.iter().filter_map(Value::as_object).find(|detail| {
        detail
            .get("@type")
            .and_then(Value::as_str)
            .is_some_and(|t| t.strip_prefix(TYPE_PREFIX).unwrap_or(t) == message)
    })
}

/// The string member `name` of `object`.
#[inline]
fn text<'b>(object: &'b Map<String, Value>, name: &str) -> Option<&'b str> {
    object.get(name).and_then(Value::as_str)
}

/// The error of a Google body (see the [module](self)), `None` when `body`
/// is not one of this API's.
pub fn read<V: Vocabulary>(google: &GoogleBody, body: &Value) -> Option<ErrorBody<V>> {
    let status = status_object(body)?;
    let info = find(status, ERROR_INFO)?;
    if text(info, "domain") != Some(google.domain) {
        return None;
    }
    let reason = text(info, "reason")?;
    let known = google
        .grpc
        .iter()
        .position(|entry| entry.reason == reason)
        .and_then(|i| V::ALL.get(i).copied());
    let typed = known
        .filter(|code| !code.detail_members().is_empty())
        .and_then(|code| google.grpc.get(code.index()))
        .map(|entry| entry.text_members);
    let mut members = Map::new();
    if let Some(Value::Object(metadata)) = info.get("metadata") {
        for (name, value) in metadata {
            if let Value::String(value) = value {
                members.insert(name.clone(), json_value(name, value, typed));
            }
        }
    }
    if let Some(Value::Array(violations)) =
        find(status, BAD_REQUEST).and_then(|bad| bad.get("fieldViolations"))
    {
        let mut fields = FieldErrors::new();
        for violation in violations.iter().filter_map(Value::as_object) {
            if let (Some(field), Some(description)) =
                (text(violation, "field"), text(violation, "description"))
            {
                fields.push(field, description);
            }
        }
        if let Value::Object(field_details) = fields.to_details() {
            members.extend(field_details);
        }
    }
    let code: Code<V> = match known {
        Some(code) => Code::Known(code),
        None => Code::from(reason),
    };
    let mut error = ErrorBody::new(code, text(status, "message").unwrap_or_default());
    if !members.is_empty() {
        error.details = Value::Object(members);
    }
    error.doc_url = find(status, HELP)
        .and_then(|help| help.get("links"))
        .and_then(Value::as_array)
        .and_then(|links| links.iter().find_map(|link| link.get("url")?.as_str()))
        .map(str::to_owned);
    Some(error)
}

/// The retry advice of a Google body of this API: its `RetryInfo`'s
/// `retryDelay`.
#[inline]
pub fn retry_delay(google: &GoogleBody, body: &Value) -> Option<Duration> {
    let status = status_object(body)?;
    let info = find(status, ERROR_INFO)?;
    if text(info, "domain") != Some(google.domain) {
        return None;
    }
    parse_duration(text(find(status, RETRY_INFO)?, "retryDelay")?)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::{duration_json, parse_duration};

    #[test]
    fn durations_are_proto3_json() {
        for (delay, text) in [
            (Duration::from_secs(30), "30s"),
            (Duration::from_millis(1500), "1.500s"),
            (Duration::from_micros(1_000_001), "1.000001s"),
            (Duration::new(0, 1), "0.000000001s"),
        ] {
            assert_eq!(duration_json(delay), text);
            assert_eq!(parse_duration(text), Some(delay));
        }
        assert_eq!(parse_duration("1.5s"), Some(Duration::from_millis(1500)));
        for bad in ["30", "-1s", "s", ".5s", "1.0000000001s", "1e3s"] {
            assert_eq!(parse_duration(bad), None, "{bad}");
        }
    }
}
