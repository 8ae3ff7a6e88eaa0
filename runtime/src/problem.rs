//! RFC 9457 problem details: the body of every error response of an API
//! whose registry says `envelope: rfc9457`, and how a client reads one.
//!
//! # Writing
//!
//! [`ProblemDetails::new`] maps an [`ErrorBody`] and the response's status
//! onto the RFC's members:
//!
//! | member | value |
//! |---|---|
//! | `type` | the code's docs URL (`page.docs_url` + `#code`, absolute); `about:blank` for a registry without `docs_url` |
//! | `title` | the code's meaning in the registry (the code itself when it has none): the same for every occurrence |
//! | `status` | the response's HTTP status |
//! | `detail` | the occurrence's message |
//! | `code` | extension: the registry's code, what clients branch on |
//! | `request_id` | extension: the request's id, also in the request-id header |
//! | `invalid-params` | extension, for field errors (`details: field_errors`): `[{"name": field, "reason": problem}]`, one entry per problem, as RFC 9457's own example |
//! | *each declared member* | extension, for a code whose registry entry declares members (`details: {available: integer, …}`): each member the code declares is a top-level member, as RFC 9457's own example puts `balance` and `accounts` ([`Vocabulary::detail_members`]) |
//! | `details` | extension: any other `details` (free-form JSON object), and the members of a code's details that it does not declare |
//!
//! `instance` is not sent: an API that has a URI for the occurrence can
//! add it.
//!
//! # Reading
//!
//! [`ErrorBody::from_json`] reads either shape, whatever the API declares
//! (a gateway in front of an API may answer in the other), by one rule that
//! the TypeScript and Python clients share (`tests/fixtures/envelope-cases.json`):
//!
//! 1. a nested envelope (`{"error": {"code": "…"}}`, see [`ErrorEnvelope`])
//!    reads as such;
//! 2. otherwise a JSON object is a problem document of this API when its
//!    `code` is a string and it has a member of RFC 9457 (`type`, `title`,
//!    `status`, `detail` or `instance`, whatever its value), or, without a
//!    string `code`, when its `type` is this registry's docs URL followed by
//!    `#` and a code (the code is that fragment, known to this build or
//!    not). A flat `{"code": …, "message": …}` is neither shape. Then `message` is `detail` when
//!    it is a string and `""` otherwise; `request_id` is kept when a string;
//!    `doc_url` is `type` when it is a string other than `about:blank`;
//!    `details` is `{"fields": {name: [reason, …]}}` from the entries of an
//!    `invalid-params` array that have a string `name` and `reason`, else the
//!    `details` member when it is an object; for a code this build knows
//!    and whose registry entry declares members, each declared member
//!    present at the top level is added to `details` (over a `details`
//!    member of the same name). `title`, `status`, `instance` and unknown
//!    members are ignored (the status is the response's); a code added
//!    later reads only the `details` member.
//!
//! Anything else is not an error body.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::{Code, Envelope, ErrorBody, ErrorEnvelope, FieldErrors, Vocabulary};

/// The `type` of a problem whose registry has no `docs_url`.
pub const ABOUT_BLANK: &str = Envelope::ABOUT_BLANK;

/// The media type of problem details (RFC 9457, section 3).
pub const PROBLEM_JSON: &str = Envelope::Rfc9457.media_type();

/// The extension member that carries field errors.
pub const INVALID_PARAMS: &str = Envelope::INVALID_PARAMS;

/// An RFC 9457 problem document, as the axum integration sends it for an
/// `envelope: rfc9457` registry (see the [module](self) for each member).
///
/// ```
/// # use error_codes_runtime::__example as error_codes;
/// use error_codes::{ErrorBody, ErrorCode, FieldErrors, ProblemDetails};
///
/// let body = ErrorBody::new(ErrorCode::ValidationError, "Invalid fields")
///     .with_details(FieldErrors::new().with("ttl", "too long").to_details())
///     .with_request_id("req_1");
/// let problem = ProblemDetails::new(422, &body);
/// let json = serde_json::to_value(&problem)?;
/// assert_eq!(json["type"], ErrorCode::ValidationError.doc_url().unwrap());
/// assert_eq!(json["status"], 422);
/// assert_eq!(json["detail"], "Invalid fields");
/// assert_eq!(json["code"], "validation_error");
/// assert_eq!(json["invalid-params"][0]["name"], "ttl");
///
/// // A client reads it back into the same body.
/// let read = ErrorBody::from_json(&serde_json::to_vec(&problem)?)?;
/// assert_eq!(read.code, ErrorCode::ValidationError);
/// assert_eq!(read.field_errors(), body.field_errors());
///
/// // A code whose details declare members (here `not_found`: `resource`)
/// // sends them as top-level members; the rest stays under `details`.
/// let body = ErrorBody::new(ErrorCode::NotFound, "No such secret")
///     .with_details(serde_json::json!({"resource": "secret", "hint": "list them"}));
/// let json = serde_json::to_value(ProblemDetails::new(404, &body))?;
/// assert_eq!(json["resource"], "secret");
/// assert_eq!(json["details"], serde_json::json!({"hint": "list them"}));
/// let read = ErrorBody::from_json(&serde_json::to_vec(&json)?)?;
/// assert_eq!(read.details, body.details);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, PartialEq, Debug, Serialize)]
#[serde(bound(serialize = "V: Vocabulary"))]
pub struct ProblemDetails<V> {
    /// The code's docs URL, or [`ABOUT_BLANK`].
    #[serde(rename = "type")]
    pub problem_type: String,
    /// The code's meaning (the code when it has none).
    pub title: String,
    /// The HTTP status.
    pub status: u16,
    /// The occurrence's message.
    pub detail: String,
    /// A URI of the occurrence, when the API has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
    /// The registry's code (extension member).
    pub code: Code<V>,
    /// The request's id (extension member).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The field errors (extension member `invalid-params`).
    #[serde(rename = "invalid-params", skip_serializing_if = "Vec::is_empty")]
    pub invalid_params: Vec<InvalidParam>,
    /// Other details (extension member), `Null` when none.
    #[serde(skip_serializing_if = "Value::is_null")]
    pub details: Value,
    /// The members the code declares ([`Vocabulary::detail_members`]),
    /// taken from its details: top-level extension members.
    #[serde(flatten)]
    pub members: Map<String, Value>,
}

/// One entry of `invalid-params`: a field and one problem with it.
#[derive(Clone, PartialEq, Eq, Debug, Serialize)]
pub struct InvalidParam {
    /// The field (a path such as `secret.ttl` for a nested one).
    pub name: String,
    /// What is wrong with it.
    pub reason: String,
}

impl<V: Vocabulary> ProblemDetails<V> {
    /// The problem document of `body` sent with `status`.
    pub fn new(status: u16, body: &ErrorBody<V>) -> Self {
        let error = body.wire(status);
        let parts = crate::wire::problem_parts(&error);
        ProblemDetails {
            problem_type: error.doc_url.as_deref().unwrap_or(ABOUT_BLANK).to_owned(),
            title: error.title.unwrap_or(error.code).to_owned(),
            status,
            detail: body.message.clone(),
            instance: None,
            code: body.code.clone(),
            request_id: body.request_id.clone(),
            invalid_params: parts
                .invalid_params
                .into_iter()
                .map(|(name, reason)| InvalidParam { name, reason })
                .collect(),
            details: parts.details,
            members: parts.members,
        }
    }
}

impl<V: Vocabulary> ErrorBody<V> {
    /// Reads an error response body in either shape (see the
    /// [`problem`](crate::problem) module for the rule): a nested envelope's
    /// `error`, or a problem document of this API. A vocabulary whose
    /// registry gives its own body layout ([`Envelope::Layout`]) first reads
    /// a body in that layout ([`BodyLayout::read`](crate::BodyLayout::read)).
    ///
    /// ```
    /// # use error_codes_runtime::__example as error_codes;
    /// use error_codes::{ErrorBody, ErrorCode};
    ///
    /// let nested = br#"{"error": {"code": "internal_error", "message": "Boom"}}"#;
    /// let problem = br#"{"type": "about:blank", "title": "x", "status": 500,
    ///                    "detail": "Boom", "code": "internal_error", "extra": 1}"#;
    /// for body in [&nested[..], &problem[..]] {
    ///     let error = ErrorBody::from_json(body)?;
    ///     assert_eq!(error.code, ErrorCode::InternalError);
    ///     assert_eq!(error.message, "Boom");
    /// }
    /// assert!(ErrorBody::from_json(br#"{"title": "no code"}"#).is_err());
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn from_json(body: &[u8]) -> Result<Self, serde_json::Error> {
        if let Envelope::Layout(layout) = V::ENVELOPE
            && let Ok(value) = serde_json::from_slice::<Value>(body)
            && let Some(error) = layout.read(&value)
        {
            return Ok(error);
        }
        if let Envelope::Google(google) = V::ENVELOPE
            && let Ok(value) = serde_json::from_slice::<Value>(body)
            && let Some(error) = crate::wire::google::read(google, &value)
        {
            return Ok(error);
        }
        let nested = match serde_json::from_slice::<ErrorEnvelope<V>>(body) {
            Ok(envelope) => return Ok(envelope.error),
            Err(e) => e,
        };
        let value: Value = serde_json::from_slice(body)?;
        match &value {
            Value::Object(object) => ErrorBody::from_problem(object).ok_or_else(|| {
                serde::de::Error::custom(
                    "neither an error envelope nor problem details with a `code` \
                     or a `type` of this API",
                )
            }),
            _ => Err(nested),
        }
    }

    /// Reads a problem document of this API (see the
    /// [`problem`](crate::problem) module), `None` when it is not one.
    pub fn from_problem(problem: &Map<String, Value>) -> Option<Self> {
        let code = match problem.get("code") {
            Some(Value::String(code))
                if Envelope::RFC9457_MEMBERS
                    .iter()
                    .any(|m| problem.contains_key(*m)) =>
            {
                code.as_str()
            }
            _ => code_of_type::<V>(problem.get("type")?.as_str()?)?,
        };
        let text = |member: &str| match problem.get(member) {
            Some(Value::String(s)) => Some(s.clone()),
            _ => None,
        };
        let mut fields = FieldErrors::new();
        if let Some(Value::Array(params)) = problem.get(INVALID_PARAMS) {
            for param in params {
                if let (Some(Value::String(name)), Some(Value::String(reason))) =
                    (param.get("name"), param.get("reason"))
                {
                    fields.push(name.clone(), reason.clone());
                }
            }
        }
        let mut details = match problem.get("details") {
            _ if !fields.is_empty() => fields.to_details(),
            Some(details @ Value::Object(_)) => details.clone(),
            _ => Value::Null,
        };
        let declared = V::lookup(code).map_or(&[][..], V::detail_members);
        let present: Map<String, Value> = declared
            .iter()
            .filter_map(|name| Some(((*name).to_owned(), problem.get(*name)?.clone())))
            .collect();
        if !present.is_empty() {
            // A code that declares members has no field errors: `details`
            // is its `details` member (an object) or absent.
            let mut object = match details {
                Value::Object(object) => object,
                _ => Map::new(),
            };
            object.extend(present);
            details = Value::Object(object);
        }
        Some(ErrorBody {
            code: Code::from(code),
            message: text("detail").unwrap_or_default(),
            details,
            request_id: text("request_id"),
            doc_url: text("type").filter(|t| t != ABOUT_BLANK),
        })
    }
}

/// The code a problem `type` names: the fragment of this registry's docs
/// URL. Codes are ASCII without `#`, so the fragment is the code unescaped.
fn code_of_type<V: Vocabulary>(problem_type: &str) -> Option<&str> {
    let docs_url = V::DOCS_URL.filter(|_| V::DOCS_ANCHORS)?;
    let code = problem_type.strip_prefix(docs_url)?.strip_prefix('#')?;
    (!code.is_empty()).then_some(code)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use serde_json::{Map, Value, json};

    use crate::__example::ErrorCode;
    use crate::{Envelope, ErrorBody};

    /// An object with a code and `member` (a value of the type the member
    /// has), and no `type` of this API: a problem document exactly when the
    /// member is one RFC 9457 defines, whatever the order of the lists.
    #[test]
    fn a_problem_document_is_told_by_the_members_rfc_9457_defines() {
        let code = ErrorCode::ALL[0];
        for &member in Envelope::PROBLEM_MEMBERS {
            let mut object = Map::new();
            object.insert("code".into(), json!(code.as_str()));
            object.insert(member.into(), Value::from("about:other"));
            let read = ErrorBody::<ErrorCode>::from_problem(&object);
            let rfc = Envelope::RFC9457_MEMBERS.contains(&member);
            assert_eq!(read.is_some(), rfc, "{member}");
        }
        // The two lists are the whole list, each member once.
        let mut both: Vec<&str> = Envelope::RFC9457_MEMBERS
            .iter()
            .chain(Envelope::EXTENSION_MEMBERS)
            .copied()
            .collect();
        let mut all = Envelope::PROBLEM_MEMBERS.to_vec();
        both.sort_unstable();
        all.sort_unstable();
        assert_eq!(both, all);
        assert!(
            Envelope::RFC9457_MEMBERS
                .iter()
                .all(|m| !Envelope::EXTENSION_MEMBERS.contains(m))
        );
    }
}
