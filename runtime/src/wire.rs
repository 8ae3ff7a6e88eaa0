//! The body engine: the one place that decides which members an error body
//! has, at which paths, with which values.
//!
//! Everything that writes an error body goes through [`Shape::members`]:
//! the axum integration for every response it sends, the utoipa examples
//! of an operation's responses, and the generator for the examples on the
//! docs page and in the OpenAPI document. So an example has a member
//! exactly when the server sends it.
//!
//! The engine knows no vocabulary: a [`WireError`] is one error as plain
//! data (an [`ErrorBody`](crate::ErrorBody) gives one with
//! [`ErrorBody::wire`](crate::ErrorBody::wire), the generator makes one
//! from its registry model), and a [`Shape`] is the registry's body
//! description ([`Shape::of`] an [`Envelope`]).
//!
//! What a body holds:
//!
//! - `code`, `message` and, where the shape places it, the HTTP `status`
//!   (a number): always;
//! - the request id: when the error has one (the axum integration always
//!   gives one);
//! - the docs URL: when the error has one, which
//!   [`ErrorBody::wire`](crate::ErrorBody::wire) takes from the registry's
//!   `docs_url` for every code it knows;
//! - `details`: exactly when the error has details (not `null`); under RFC
//!   9457, field errors become `invalid-params` and a code's declared
//!   members top-level members (see [`problem`](crate::problem)); in a
//!   layout with [`BodyLayout::declared_members`], a code's declared members
//!   are in the object it names instead;
//! - in a layout, its constants (the same in every body, at paths from the
//!   body's top) and the code's values of its per-code members
//!   ([`WireError::values`]): always, for a code the vocabulary knows;
//! - in Google's body ([`Shape::Google`]), the code is its `ErrorInfo`
//!   reason in the `details` array ([`google`]).

use std::borrow::Cow;
use std::time::Duration;

use serde_json::{Map, Value};

use crate::{BodyLayout, Envelope, GrpcCode};

pub mod google;

pub(crate) mod declared;
mod items;

pub use items::{ItemFields, Items, field_of_pointer, pointer_of_field};
mod qualifier;
pub(crate) use qualifier::{has_qualifier, marks_error};
// The schema builder's (feature `schema`).
#[cfg(feature = "schema")]
pub(crate) use qualifier::qualified;
pub use qualifier::{qualified_pattern, unqualified};
// Only what sends bodies writes bytes (a default build reads and describes).
#[cfg(feature = "axum")]
mod write;

/// A field of an error that a body layout places, in the order a body
/// lists them.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum Field {
    /// The code.
    Code,
    /// The HTTP status, as a number.
    Status,
    /// The message.
    Message,
    /// The request id.
    RequestId,
    /// The code's docs URL.
    DocUrl,
    /// The details.
    Details,
}

impl Field {
    /// Every field, in the order a body lists them.
    pub const ALL: [Field; 6] = [
        Field::Code,
        Field::Status,
        Field::Message,
        Field::RequestId,
        Field::DocUrl,
        Field::Details,
    ];

    /// The field's name, as the registry's `envelope:` mapping spells its key.
    pub const fn name(self) -> &'static str {
        match self {
            Field::Code => "code",
            Field::Status => "status",
            Field::Message => "message",
            Field::RequestId => "request_id",
            Field::DocUrl => "doc_url",
            Field::Details => "details",
        }
    }

    /// The field the registry spells `name`.
    #[inline]
    pub fn from_name(name: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.name() == name)
    }
}

/// One error as the wire carries it, whatever the vocabulary: what the
/// engine writes. `details` is [`Value::Null`] when the error has none.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct WireError<'a> {
    /// The code, as sent.
    pub code: &'a str,
    /// The response's HTTP status.
    pub status: u16,
    /// The occurrence's message.
    pub message: &'a str,
    /// The code's meaning (RFC 9457's `title`), when it has one.
    pub title: Option<&'a str>,
    /// The code's docs URL, when it has one.
    pub doc_url: Option<Cow<'a, str>>,
    /// The request's id, when it has one.
    pub request_id: Option<&'a str>,
    /// The details, `Null` when none.
    pub details: &'a Value,
    /// The members the code declares for its details.
    pub declared: &'a [&'a str],
    /// Whether the code's details are field errors (`details: field_errors`).
    pub field_errors: bool,
    /// The values (JSON text) of the layout's per-code members, in the
    /// order of [`Shape::Layout`]'s `per_code`; empty for a code this
    /// build does not know.
    pub values: &'a [&'a str],
    /// The code's gRPC face ([`Shape::Google`]'s `ErrorInfo` and status),
    /// `None` for a code this build does not know.
    pub grpc: Option<WireGrpc<'a>>,
    /// The retry advice the error carries ([`Shape::Google`]'s `RetryInfo`).
    pub retry_after: Option<Duration>,
}

/// A code's gRPC face as the engine writes it: its `ErrorInfo` reason, its
/// canonical code, and its declared members whose values are strings
/// ([`GrpcEntry`](crate::GrpcEntry)).
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct WireGrpc<'a> {
    /// The `ErrorInfo` reason.
    pub reason: &'a str,
    /// The canonical code.
    pub code: GrpcCode,
    /// The declared members whose values are strings.
    pub text_members: &'a [&'a str],
}

impl<'a> WireGrpc<'a> {
    /// A code's face.
    #[inline]
    pub fn new(reason: &'a str, code: GrpcCode, text_members: &'a [&'a str]) -> Self {
        WireGrpc {
            reason,
            code,
            text_members,
        }
    }
}

/// The `Null` of an error without details.
pub(crate) static NO_DETAILS: Value = Value::Null;

impl<'a> WireError<'a> {
    /// An error with `code`, `status` and `message`, and nothing else.
    #[inline]
    pub fn new(code: &'a str, status: u16, message: &'a str) -> Self {
        WireError {
            code,
            status,
            message,
            title: None,
            doc_url: None,
            request_id: None,
            details: &NO_DETAILS,
            declared: &[],
            field_errors: false,
            values: &[],
            grpc: None,
            retry_after: None,
        }
    }

    /// Sets the code's gRPC face.
    #[must_use]
    #[inline]
    pub fn with_grpc(mut self, grpc: Option<WireGrpc<'a>>) -> Self {
        self.grpc = grpc;
        self
    }

    /// Sets the retry advice.
    #[must_use]
    #[inline]
    pub fn with_retry_after(mut self, retry_after: Option<Duration>) -> Self {
        self.retry_after = retry_after;
        self
    }

    /// Sets the code's meaning.
    #[must_use]
    #[inline]
    pub fn with_title(mut self, title: Option<&'a str>) -> Self {
        self.title = title;
        self
    }

    /// Sets the code's docs URL.
    #[must_use]
    pub fn with_doc_url(mut self, doc_url: Option<impl Into<Cow<'a, str>>>) -> Self {
        self.doc_url = doc_url.map(Into::into);
        self
    }

    /// Sets the request id.
    #[must_use]
    #[inline]
    pub fn with_request_id(mut self, request_id: Option<&'a str>) -> Self {
        self.request_id = request_id;
        self
    }

    /// Sets the details, the members the code declares, and whether they
    /// are field errors.
    #[must_use]
    #[inline]
    pub fn with_details(
        mut self,
        details: &'a Value,
        declared: &'a [&'a str],
        field_errors: bool,
    ) -> Self {
        self.details = details;
        self.declared = declared;
        self.field_errors = field_errors;
        self
    }

    /// Sets the values (JSON text) of the layout's per-code members.
    #[must_use]
    #[inline]
    pub fn with_values(mut self, values: &'a [&'a str]) -> Self {
        self.values = values;
        self
    }
}

/// How an API's error bodies are laid out: what the engine writes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[non_exhaustive]
#[expect(
    clippy::large_enum_variant,
    reason = "a `Shape` is `Copy` and made by `const fn`s (boxing would forbid both); it is a few borrowed paths, made once per body"
)]
pub enum Shape<'a> {
    /// RFC 9457 problem details.
    Rfc9457,
    /// Members at paths (`a.b` nests), under `root` (the body itself when
    /// `None`); `paths` in [`Field::ALL`] order, `None` for a field the
    /// body leaves out. The nested envelope is the layout
    /// [`BodyLayout::NESTED`].
    Layout {
        /// The object that holds the error.
        root: Option<&'a str>,
        /// Where each field goes, in [`Field::ALL`] order.
        paths: [Option<&'a str>; 6],
        /// Members of the same value in every body: `(path from the
        /// body's top, value as JSON text)`.
        constants: &'a [(&'a str, &'a str)],
        /// Members whose value each code gives ([`WireError::values`]),
        /// each a path under `root`.
        per_code: &'a [&'a str],
        /// Whether a body may carry members the layout does not describe.
        open: bool,
        /// Whether the code is a JSON number ([`numeric_code`]).
        code_number: bool,
        /// Where a code's declared details members go instead of under
        /// `details` ([`BodyLayout::declared_members`]).
        declared: Option<&'a str>,
        /// The error objects are the items of the array at `root`
        /// (JSON:API's `errors`), field errors one item each where
        /// [`Items::pointer`] says so.
        items: Option<Items<'a>>,
        /// Whether the status is sent as a string (`"422"`).
        status_string: bool,
        /// The fixed `(prefix, suffix)` around the code as the body
        /// carries it (`""` each when none; [`unqualified`] reads it).
        code_qualifier: (&'a str, &'a str),
        /// The constant (its path among `constants`) that marks a body as
        /// an error, which may then have a 2xx status.
        error_marker: Option<&'a str>,
    },
    /// Google's JSON body ([`google`]): the REST body, or the bare
    /// `google.rpc.Status` when `rpc_status`; `domain` is the `ErrorInfo`'s.
    Google {
        /// The bare `google.rpc.Status` (grpc-gateway's), not the REST body.
        rpc_status: bool,
        /// The `ErrorInfo` domain.
        domain: &'a str,
    },
}

/// The largest code sent as a JSON number: the largest integer every JSON
/// reader holds exactly (JavaScript's `Number.MAX_SAFE_INTEGER`).
pub const MAX_NUMERIC_CODE: u64 = (1 << 53) - 1;

/// `code` as the JSON number a layout with `code_type: number` sends:
/// ASCII digits without a leading zero (`0` itself aside), at most
/// [`MAX_NUMERIC_CODE`]; `None` for any other code, which is sent as a
/// string.
#[inline]
pub fn numeric_code(code: &str) -> Option<u64> {
    let digits = !code.is_empty() && code.bytes().all(|b| b.is_ascii_digit());
    if !digits || (code.len() > 1 && code.starts_with('0')) {
        return None;
    }
    code.parse::<u64>().ok().filter(|n| *n <= MAX_NUMERIC_CODE)
}

/// One member of a body: its path from the body's top and its value.
#[derive(Clone, PartialEq, Debug)]
pub struct Member<'a> {
    /// The member names from the body's top (`["error", "code"]`).
    pub path: Vec<&'a str>,
    /// Its value.
    pub value: Value,
}

impl Shape<'static> {
    /// The shape of a registry's `envelope`.
    pub const fn of(envelope: Envelope) -> Shape<'static> {
        match envelope {
            Envelope::Nested => BodyLayout::NESTED.shape(),
            Envelope::Rfc9457 => Shape::Rfc9457,
            Envelope::Layout(layout) => layout.shape(),
            Envelope::Google(google) => Shape::Google {
                rpc_status: google.rpc_status,
                domain: google.domain,
            },
        }
    }
}

impl BodyLayout {
    /// This layout as the engine's [`Shape`].
    pub const fn shape(&self) -> Shape<'static> {
        Shape::Layout {
            root: self.root,
            paths: [
                Some(self.code),
                self.status,
                self.message,
                self.request_id,
                self.doc_url,
                self.details,
            ],
            constants: self.constants,
            per_code: self.per_code,
            open: self.open,
            code_number: self.code_number,
            declared: self.declared_members,
            items: if self.root_items {
                Some(Items::new(self.field_pointer, self.pointer_prefix))
            } else {
                None
            },
            status_string: self.status_string,
            code_qualifier: self.code_qualifier,
            error_marker: self.error_marker,
        }
    }
}

impl<'a> Shape<'a> {
    /// The members of `error`'s body, each at its path, in the order the
    /// body lists them: the one answer to "what does the server send". A
    /// layout lists its constants, then the error's fields, then the
    /// code's per-code members.
    #[inline]
    pub fn members(&self, error: &WireError<'a>) -> Vec<Member<'a>> {
        match *self {
            Shape::Rfc9457 => problem_members(error),
            Shape::Google { rpc_status, domain } => google::members(rpc_status, domain, error),
            Shape::Layout {
                root,
                paths,
                constants,
                per_code,
                code_number,
                declared,
                items,
                status_string,
                code_qualifier,
                ..
            } => {
                let prefix: Vec<&'a str> = root.map(|r| r.split('.').collect()).unwrap_or_default();
                let constants = constants.iter().filter_map(|(path, json)| {
                    Some(Member {
                        path: path.split('.').collect(),
                        value: parse(json)?,
                    })
                });
                let object = Object {
                    paths,
                    per_code,
                    code_number,
                    status_string,
                    declared,
                    code_qualifier,
                };
                let error_members = match items {
                    None => object.members(&prefix, error),
                    Some(items) => vec![Member {
                        path: prefix,
                        value: items.write(&object, error),
                    }],
                };
                constants.chain(error_members).collect()
            }
        }
    }

    /// `error`'s body as one JSON value.
    #[inline]
    pub fn write(&self, error: &WireError<'a>) -> Value {
        to_value(&self.members(error))
    }

    /// What a body in this layout holds at each field's path, in
    /// [`Field::ALL`] order (`None` where the body has no member there or
    /// the layout no path): reading walks the same paths writing places
    /// members at. `None` for [`Shape::Rfc9457`], whose documents the
    /// [`problem`](crate::problem) module reads, and for [`Shape::Google`]
    /// ([`google::read`]).
    #[inline]
    pub fn fields<'b>(&self, body: &'b Value) -> Option<[Option<&'b Value>; 6]> {
        let Shape::Layout {
            root, paths, items, ..
        } = *self
        else {
            return None;
        };
        let inner = match root {
            None => body,
            Some(root) => get(body, root)?,
        };
        // An array root: its first error.
        let inner = match items {
            None => inner,
            Some(_) => inner.as_array()?.first()?,
        };
        Some(paths.map(|path| get(inner, path?)))
    }
}

/// A constant or per-code value, written as JSON text (valid: the
/// generator checked it); `None` for text that is not JSON.
#[inline]
fn parse(json: &str) -> Option<Value> {
    serde_json::from_str(json).ok()
}

/// The member at the dotted `path` of `value`, if every step is an object.
#[inline]
pub(crate) fn get<'b>(value: &'b Value, path: &str) -> Option<&'b Value> {
    path.split('.')
        .try_fold(value, |value, member| value.as_object()?.get(member))
}

/// What a layout places in the object of one error: its fields' paths
/// and per-code members, and their JSON types.
#[derive(Clone, Copy)]
struct Object<'a> {
    paths: [Option<&'a str>; 6],
    per_code: &'a [&'a str],
    code_number: bool,
    status_string: bool,
    /// Where the code's declared members go instead of under `details`.
    declared: Option<&'a str>,
    /// The fixed `(prefix, suffix)` around the code.
    code_qualifier: (&'a str, &'a str),
}

impl<'a> Object<'a> {
    /// `error`'s fields, then the code's declared members where the layout
    /// places them (what is left of its details under `details`), then its
    /// per-code members, each under `prefix`.
    #[inline]
    fn members<'b>(&self, prefix: &[&'b str], error: &WireError<'b>) -> Vec<Member<'b>>
    where
        'a: 'b,
    {
        let under = |path: &'b str| {
            let mut full = prefix.to_vec();
            full.extend(path.split('.'));
            full
        };
        let split = self
            .declared
            .map(|path| declared::split(path, error.declared, error.details));
        let (placed, rest) = match split {
            Some((placed, rest)) => (placed, Some(rest)),
            None => (Vec::new(), None),
        };
        let fields = Field::ALL
            .into_iter()
            .zip(self.paths)
            .filter_map(|(field, path)| {
                let value = match (field, numeric_code(error.code)) {
                    (Field::Code, Some(number)) if self.code_number => Value::from(number),
                    (Field::Code, _) => {
                        Value::from(qualifier::qualified(error.code, self.code_qualifier))
                    }
                    (Field::Status, _) if self.status_string => {
                        Value::from(error.status.to_string())
                    }
                    (Field::Details, _) if rest.is_some() => {
                        rest.clone().filter(|d| !d.is_null())?
                    }
                    _ => field_value(field, error)?,
                };
                Some(Member {
                    path: under(path?),
                    value,
                })
            });
        let per_code = self
            .per_code
            .iter()
            .zip(error.values)
            .filter_map(|(path, json)| {
                Some(Member {
                    path: under(path),
                    value: parse(json)?,
                })
            });
        let placed = placed.into_iter().map(|(path, value)| {
            let mut full = prefix.to_vec();
            full.extend(path);
            Member { path: full, value }
        });
        fields.chain(placed).chain(per_code).collect()
    }
}

/// The value of `field` for `error`, `None` when the error has none.
#[inline]
fn field_value(field: Field, error: &WireError<'_>) -> Option<Value> {
    Some(match field {
        Field::Code => Value::from(error.code),
        Field::Status => Value::from(error.status),
        Field::Message => Value::from(error.message),
        Field::RequestId => Value::from(error.request_id?),
        Field::DocUrl => Value::from(error.doc_url.as_deref()?),
        Field::Details if error.details.is_null() => return None,
        Field::Details => error.details.clone(),
    })
}

/// `members` as one JSON object, each at its path (the objects on the way
/// made as needed).
#[inline]
pub fn to_value(members: &[Member<'_>]) -> Value {
    // A body that is one value: the array of the error objects with no
    // member holding it (`root: "[]"`).
    if let [Member { path, value }] = members
        && path.is_empty()
    {
        return value.clone();
    }
    let mut body = Map::new();
    for member in members {
        insert(&mut body, &member.path, member.value.clone());
    }
    Value::Object(body)
}

#[inline]
fn insert(object: &mut Map<String, Value>, path: &[&str], value: Value) {
    match path {
        [] => {}
        [last] => {
            object.insert((*last).to_owned(), value);
        }
        [first, rest @ ..] => {
            let slot = object
                .entry((*first).to_owned())
                .or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(inner) = slot {
                insert(inner, rest, value);
            }
        }
    }
}

/// What a problem document makes of an error's details: its
/// `invalid-params` (field errors), its `details` member (what is left,
/// `Null` when nothing is) and the code's declared members at the top level.
#[derive(Clone, PartialEq, Debug)]
pub(crate) struct ProblemParts {
    /// `(name, reason)`, one per problem with a field.
    pub(crate) invalid_params: Vec<(String, String)>,
    pub(crate) details: Value,
    pub(crate) members: Map<String, Value>,
}

/// The problem document's split of `error`'s details (see [`ProblemParts`]).
#[inline]
pub(crate) fn problem_parts(error: &WireError<'_>) -> ProblemParts {
    let fields = error
        .field_errors
        .then(|| crate::FieldErrors::from_details(error.details).ok())
        .flatten();
    let (invalid_params, details) = match fields {
        Some(fields) if !error.details.is_null() => (
            fields
                .fields
                .into_iter()
                .flat_map(|(name, problems)| {
                    problems
                        .into_iter()
                        .map(move |reason| (name.clone(), reason))
                })
                .collect(),
            Value::Null,
        ),
        _ => (Vec::new(), error.details.clone()),
    };
    let (members, details) = split_members(error.declared, details);
    ProblemParts {
        invalid_params,
        details,
        members,
    }
}

/// `details` split into the members a code declares (top-level members of
/// its problem document) and the rest (its `details` member, `Null` when
/// nothing is left).
#[inline]
fn split_members(declared: &[&str], details: Value) -> (Map<String, Value>, Value) {
    match details {
        Value::Object(mut rest) if !declared.is_empty() => {
            let members = declared
                .iter()
                .filter_map(|name| rest.remove(*name).map(|value| ((*name).to_owned(), value)))
                .collect();
            let rest = if rest.is_empty() {
                Value::Null
            } else {
                Value::Object(rest)
            };
            (members, rest)
        }
        details => (Map::new(), details),
    }
}

/// The members of `error`'s problem document, in the RFC's order, then the
/// extension members (see the [`problem`](crate::problem) module's table).
#[inline]
fn problem_members<'a>(error: &WireError<'a>) -> Vec<Member<'a>> {
    let parts = problem_parts(error);
    let mut members = vec![
        (
            "type",
            Value::from(error.doc_url.as_deref().unwrap_or(Envelope::ABOUT_BLANK)),
        ),
        ("title", Value::from(error.title.unwrap_or(error.code))),
        ("status", Value::from(error.status)),
        ("detail", Value::from(error.message)),
        ("code", Value::from(error.code)),
    ];
    if let Some(id) = error.request_id {
        members.push(("request_id", Value::from(id)));
    }
    if !parts.invalid_params.is_empty() {
        let params = parts
            .invalid_params
            .into_iter()
            .map(|(name, reason)| {
                let mut param = Map::new();
                param.insert("name".to_owned(), Value::from(name));
                param.insert("reason".to_owned(), Value::from(reason));
                Value::Object(param)
            })
            .collect();
        members.push((Envelope::INVALID_PARAMS, Value::Array(params)));
    }
    if !parts.details.is_null() {
        members.push(("details", parts.details));
    }
    let mut out: Vec<Member<'a>> = members
        .into_iter()
        .map(|(name, value)| Member {
            path: vec![name],
            value,
        })
        .collect();
    // Declared members in the code's order of declaration.
    let mut declared = parts.members;
    for name in error.declared {
        if let Some(value) = declared.remove(*name) {
            out.push(Member {
                path: vec![name],
                value,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used)]

    use serde_json::json;

    use super::*;

    #[test]
    fn a_layout_places_each_field_the_error_has_and_no_other() {
        let details = json!({"a": 1});
        let error = WireError::new("not_found", 404, "No such thing")
            .with_request_id(Some("req_1"))
            .with_details(&details, &[], false);
        let nested = Shape::of(Envelope::Nested);
        assert_eq!(
            nested.write(&error),
            json!({"error": {"code": "not_found", "message": "No such thing",
                             "request_id": "req_1", "details": {"a": 1}}})
        );
        // No details, no request id, no docs URL: none of their members.
        let bare = WireError::new("not_found", 404, "No such thing");
        assert_eq!(
            nested.write(&bare),
            json!({"error": {"code": "not_found", "message": "No such thing"}})
        );
        let flat = Shape::Layout {
            root: None,
            paths: [
                Some("reason"),
                Some("code"),
                Some("message"),
                Some("meta.request_id"),
                Some("more_info"),
                None,
            ],
            constants: &[("kind", "\"Status\""), ("metadata", "{}")],
            per_code: &["type"],
            open: true,
            code_number: false,
            declared: None,
            items: None,
            status_string: false,
            code_qualifier: ("", ""),
            error_marker: None,
        };
        assert_eq!(
            flat.write(
                &error
                    .clone()
                    .with_doc_url(Some("https://x/#not_found"))
                    .with_values(&["\"missing\""])
            ),
            json!({"kind": "Status", "metadata": {}, "reason": "not_found", "code": 404,
                   "message": "No such thing", "meta": {"request_id": "req_1"},
                   "more_info": "https://x/#not_found", "type": "missing"})
        );
        // Constants are in every body; a code without values (one this
        // build does not know) has no per-code member.
        let members = flat.members(&bare);
        let paths: Vec<String> = members.iter().map(|m| m.path.join(".")).collect();
        assert_eq!(paths, ["kind", "metadata", "reason", "code", "message"]);
        // A code sent as a number: its digits; a code that is not one (a
        // newer server's, say) stays a string.
        let Shape::Layout {
            root,
            paths: fields,
            ..
        } = flat
        else {
            unreachable!("a layout")
        };
        let numeric = Shape::Layout {
            root,
            paths: fields,
            constants: &[],
            per_code: &[],
            open: true,
            code_number: true,
            declared: None,
            items: None,
            status_string: false,
            code_qualifier: ("", ""),
            error_marker: None,
        };
        assert_eq!(
            numeric.write(&WireError::new("20404", 404, "m"))["reason"],
            json!(20404)
        );
        assert_eq!(
            numeric.write(&WireError::new("020404", 404, "m"))["reason"],
            json!("020404")
        );
    }

    #[test]
    fn a_problem_document_splits_field_errors_and_declared_members() {
        let fields = json!({"fields": {"ttl": ["too long", "not a number"]}});
        let error = WireError::new("validation_error", 422, "Invalid")
            .with_title(Some("Invalid fields"))
            .with_details(&fields, &[], true);
        assert_eq!(
            Shape::Rfc9457.write(&error),
            json!({"type": "about:blank", "title": "Invalid fields", "status": 422,
                   "detail": "Invalid", "code": "validation_error",
                   "invalid-params": [{"name": "ttl", "reason": "too long"},
                                      {"name": "ttl", "reason": "not a number"}]})
        );
        let details = json!({"balance": 30, "hint": "top up"});
        let error = WireError::new("insufficient_funds", 403, "No")
            .with_doc_url(Some("https://x/#insufficient_funds"))
            .with_details(&details, &["balance"], false);
        let members = Shape::Rfc9457.members(&error);
        let names: Vec<&str> = members.iter().map(|m| m.path[0]).collect();
        assert_eq!(
            names,
            [
                "type", "title", "status", "detail", "code", "details", "balance"
            ]
        );
        assert_eq!(
            Shape::Rfc9457.write(&error)["details"],
            json!({"hint": "top up"})
        );
    }
}
