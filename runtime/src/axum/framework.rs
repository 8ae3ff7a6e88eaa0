//! The codes of the failures axum and tower-http answer by themselves, and
//! the envelope each gets.

use std::any::Any;

use axum::extract::rejection::{
    BytesRejection, FormRejection, JsonRejection, PathRejection, QueryRejection, StringRejection,
};
use http::StatusCode;

use super::ApiError;
use crate::{FieldErrors, Has, Role, StatusKind, role};

/// The role of the failure the framework answers with `status` by itself:
/// a malformed request, an unmatched route, a wrong method, a timeout, a
/// body too large or of the wrong type, ill-typed fields, a panic.
const fn role_of(status: StatusCode) -> Option<Role> {
    Some(match status.as_u16() {
        400 => Role::InvalidRequest,
        404 => Role::RouteNotFound,
        405 => Role::MethodNotAllowed,
        408 => Role::RequestTimeout,
        413 => Role::PayloadTooLarge,
        415 => Role::UnsupportedMediaType,
        422 => Role::ValidationError,
        500 => Role::InternalError,
        _ => return None,
    })
}

/// Longest framework text kept as a message.
const MAX_MESSAGE: usize = 1024;

/// The code and status of an error response with `status` that no handler
/// gave a code, among `codes` (the registry's `ALL` for [`ErrorLayer`]; an
/// operation enum's `CODES`, which hold the internal role's code, for `?`
/// in its handler):
///
/// 1. the code of the failure's [`Role`] (see `role_of`), with its own
///    status in the registry, when the registry assigns the role to one of
///    `codes`;
/// 2. else the first current code of `codes` with that status (what a
///    middleware's bare 401, 403, 429 or 503 means);
/// 3. else, keeping `status`, the `invalid_request` role's code for a 4xx
///    when it is one of `codes`, and the `internal_error` role's otherwise.
///
/// So every response carries a code of the registry, whatever roles it
/// assigns, and `?` in an operation's handler one of the operation's.
///
/// [`ErrorLayer`]: super::ErrorLayer
fn code_among<V: Has<role::InternalError>>(status: StatusCode, codes: &[V]) -> (V, StatusCode) {
    let among = |code: &V| codes.contains(code);
    let role = role_of(status).and_then(|role| V::ROLES.get(role));
    if let Some(code) = role.filter(among) {
        return (code, crate::__private::status_code(code.http_status()));
    }
    let status_u16 = status.as_u16();
    let same_status = codes.iter().copied().find(|code| {
        code.http_status() == status_u16
            && code.deprecation().is_none()
            && matches!(code.status_kind(), StatusKind::Response)
    });
    let by_class = || match V::ROLES.invalid_request {
        Some(code) if status.is_client_error() && among(&code) => code,
        _ => <V as Has<role::InternalError>>::CODE,
    };
    (same_status.unwrap_or_else(by_class), status)
}

/// The envelope for an error response the framework made with `status`
/// and, for a client error, its plain-text explanation. The text of a
/// server error is never sent: it may describe the server's internals.
pub(super) fn error_for<V: Has<role::InternalError>>(
    status: StatusCode,
    text: Option<&str>,
) -> ApiError<V> {
    error_among(status, text, V::ALL)
}

/// [`error_for`] with a code among `codes` (see [`code_among`]).
fn error_among<V: Has<role::InternalError>>(
    status: StatusCode,
    text: Option<&str>,
    codes: &[V],
) -> ApiError<V> {
    let (code, status) = code_among::<V>(status, codes);
    let text = text
        .map(str::trim)
        .filter(|text| status.is_client_error() && !text.is_empty());
    let message = match text {
        Some(text) => truncate(text, MAX_MESSAGE),
        None => code.meaning().unwrap_or_default(),
    };
    let error = ApiError::with_status(code, status, message);
    match text.and_then(field_error) {
        Some((field, problem)) if code.details_shape().is_some() => {
            error.with_field_errors(FieldErrors::new().with(field, problem))
        }
        _ => error,
    }
}

/// `?` on `error` in a handler whose answers are limited to `codes` (a
/// generated operation enum's `CODES`, which hold the internal role's
/// code): as [`ApiError`]'s `From`, but an axum rejection gets a code among
/// `codes` (`code_among`), never another operation's. For generated code.
pub fn api_error_among<V, E>(error: E, codes: &[V]) -> ApiError<V>
where
    V: Has<role::InternalError>,
    E: std::error::Error + Send + Sync + 'static,
{
    match rejection(&error, codes) {
        Some(rejection) => rejection,
        None => ApiError::from_source(<V as Has<role::InternalError>>::CODE, error),
    }
}

/// axum's extractor rejections, met by `?` in a handler: the envelope
/// [`ErrorLayer`](super::ErrorLayer) gives the same rejection (with a code
/// among `codes`: see [`code_among`]).
pub(super) fn rejection<V: Has<role::InternalError>, E: Any>(
    error: &E,
    codes: &[V],
) -> Option<ApiError<V>> {
    let any: &dyn Any = error;
    let (status, text) = if let Some(r) = any.downcast_ref::<JsonRejection>() {
        (r.status(), r.body_text())
    } else if let Some(r) = any.downcast_ref::<PathRejection>() {
        (r.status(), r.body_text())
    } else if let Some(r) = any.downcast_ref::<QueryRejection>() {
        (r.status(), r.body_text())
    } else if let Some(r) = any.downcast_ref::<FormRejection>() {
        (r.status(), r.body_text())
    } else if let Some(r) = any.downcast_ref::<BytesRejection>() {
        (r.status(), r.body_text())
    } else if let Some(r) = any.downcast_ref::<StringRejection>() {
        (r.status(), r.body_text())
    } else {
        return None;
    };
    Some(error_among(status, Some(&text), codes))
}

/// The field a deserialization error names, and the problem with it.
///
/// axum words a JSON data error as `<what failed>: <path>: <problem>`, the
/// path in serde_path_to_error's form (`secret.ttl`, `items[2].name`) and
/// absent at the top level, where serde names the field itself in
/// backquotes (``missing field `path` ``). The position (`at line 1
/// column 9`) is left out of the problem.
pub(super) fn field_error(text: &str) -> Option<(String, String)> {
    let (_, rest) = text.split_once(": ")?;
    let (path, problem) = match rest.split_once(": ") {
        Some((path, problem)) if is_path(path) => (Some(path), problem),
        _ => (None, rest),
    };
    let named = ["missing field `", "unknown field `", "duplicate field `"]
        .iter()
        .find_map(|prefix| {
            let (_, after) = problem.split_once(prefix)?;
            Some(after.split_once('`')?.0)
        });
    let field = match (path, named) {
        (Some(path), Some(named)) => format!("{path}.{named}"),
        (Some(path), None) => path.to_owned(),
        (None, Some(named)) => named.to_owned(),
        (None, None) => return None,
    };
    let problem = match problem.rfind(" at line ") {
        Some(at) => &problem[..at],
        None => problem,
    };
    Some((field, problem.to_owned()))
}

/// A serde_path_to_error path: no blanks, no `:` (serde's own messages,
/// such as `invalid type`, have blanks).
fn is_path(s: &str) -> bool {
    !s.is_empty() && !s.contains(|c: char| c.is_whitespace() || c == ':')
}

fn truncate(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used)]

    use http::StatusCode;

    use super::{code_among, field_error};
    use crate::__example::ErrorCode;
    use crate::{Role, Vocabulary};

    /// Among the codes of an operation (here those of the roles the
    /// example assigns), whatever the status the framework answers with,
    /// the code is one of them; among every code, a status of a registry
    /// code whose role is unassigned gets that code, as `ErrorLayer` does.
    #[test]
    fn a_code_among_some_codes_is_one_of_them() {
        let operation: Vec<ErrorCode> = ErrorCode::ALL
            .iter()
            .copied()
            .filter(|code| {
                Role::ALL
                    .iter()
                    .any(|role| ErrorCode::ROLES.get(*role) == Some(*code))
            })
            .collect();
        let mut outside = 0;
        for status in 400..=599 {
            let status = StatusCode::from_u16(status).expect("400..=599 are statuses");
            let (code, _) = code_among(status, &operation);
            assert!(operation.contains(&code), "{status}: {code}");
            let (any, _) = code_among(status, ErrorCode::ALL);
            outside += usize::from(!operation.contains(&any));
        }
        // The example has codes of statuses no role takes: the test means
        // something.
        assert!(outside > 0);
    }

    #[test]
    fn json_data_errors_name_their_field() {
        let cases = [
            (
                "Failed to deserialize the JSON body into the target type: ttl: invalid type: string \"soon\", expected u64 at line 1 column 27",
                Some(("ttl", "invalid type: string \"soon\", expected u64")),
            ),
            (
                "Failed to deserialize the JSON body into the target type: missing field `path` at line 1 column 2",
                Some(("path", "missing field `path`")),
            ),
            (
                "Failed to deserialize the JSON body into the target type: secret: missing field `path` at line 1 column 14",
                Some(("secret.path", "missing field `path`")),
            ),
            (
                "Failed to deserialize the JSON body into the target type: items[2].name: invalid type: null, expected a string at line 1 column 40",
                Some(("items[2].name", "invalid type: null, expected a string")),
            ),
            (
                "Failed to deserialize the JSON body into the target type: invalid type: integer `1`, expected a map at line 1 column 1",
                None,
            ),
            (
                "Failed to parse the request body as JSON: expected value at line 1 column 1",
                None,
            ),
            ("no colon at all", None),
        ];
        for (text, expected) in cases {
            let got = field_error(text);
            let got = got.as_ref().map(|(f, p)| (f.as_str(), p.as_str()));
            assert_eq!(got, expected, "{text}");
        }
    }
}
