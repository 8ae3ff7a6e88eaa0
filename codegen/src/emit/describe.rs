//! Wording and examples shared by every emitter (Markdown, rustdoc,
//! OpenAPI, JSON Schema, TypeScript, `explain`), so a code reads the same
//! everywhere. Keywords' own wording is defined with them in `model`; the
//! sentences built from it (retry, deprecation, headers) are built here.

use super::text;
use super::tree::Tree;
use crate::model::{
    Code, Deprecation, DetailsShape, Envelope, HeaderFormat, HeaderWhen, Member, MemberType,
    Registry, Retry,
};
use error_codes_runtime::Envelope as Wire;
use error_codes_runtime::wire::{Field, Shape, WireError};

/// Which kind of text a wording lands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Text {
    /// Plain text, not escaped for any format (JSON strings, YAML, terminal).
    Plain,
    /// Markdown (the docs page, rustdoc): registry text is escaped and
    /// codes are code spans.
    Markdown,
}

impl Text {
    fn code(self, code: &str) -> String {
        match self {
            // Codes are validated lower snake_case: nothing to escape.
            Text::Plain => code.to_string(),
            Text::Markdown => format!("`{code}`"),
        }
    }

    fn text(self, text: &str) -> String {
        match self {
            Text::Plain => text.to_string(),
            Text::Markdown => text::escape(text),
        }
    }
}

/// Every shape an error body may have (`envelope:` in the registry, the
/// generated `ENVELOPE` constant), each keyword as `quote` writes a string
/// literal, with what it means: `"nested"`: …; `"rfc9457"`: …; or
/// `"layout"`: …. Plain text, not escaped for any format.
pub(crate) fn envelope_values(quote: impl Fn(&str) -> String) -> String {
    let values: Vec<String> = Envelope::ALL
        .iter()
        .map(|e| format!("`{}`: {}", quote(e.as_str()), e.wording()))
        .collect();
    match values.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{}; or {last}", rest.join("; ")),
        _ => values.concat(),
    }
}

/// One line about a code: status, meaning, deprecation. Plain text, not
/// escaped for any format.
pub(crate) fn summary(code: &Code) -> String {
    let mut line = code.status.to_string();
    if let Some(meaning) = &code.meaning {
        line.push_str(": ");
        line.push_str(meaning);
    }
    if let Some(d) = &code.deprecated {
        line.push_str(" — ");
        line.push_str(&deprecation(d, Text::Plain));
    }
    line
}

/// The one wording of a deprecation: "Deprecated since 2.0: use
/// `widget_locked` instead (Sent until 2027)." (bold in Markdown).
pub(crate) fn deprecation(d: &Deprecation, text: Text) -> String {
    let mut out = match text {
        Text::Plain => "Deprecated".to_string(),
        Text::Markdown => "**Deprecated**".to_string(),
    };
    out.push_str(" since ");
    out.push_str(&text.text(&d.since));
    if let Some(advice) = deprecation_advice(d, text) {
        out.push_str(": ");
        out.push_str(&advice);
    }
    out.push('.');
    out
}

/// What to do about a deprecation, without the "Deprecated since" that
/// `#[deprecated(since)]` already shows: "use `widget_locked` instead (Sent
/// until 2027); may be removed from 2027-06-30", or the note alone.
pub(crate) fn deprecation_advice(d: &Deprecation, text: Text) -> Option<String> {
    let note = d.note.as_ref().map(|note| text.text(note));
    let advice = match (&d.use_instead, note) {
        (Some(instead), Some(note)) => Some(format!("use {} instead ({note})", text.code(instead))),
        (Some(instead), None) => Some(format!("use {} instead", text.code(instead))),
        (None, note) => note,
    };
    match (advice, d.sunset) {
        (Some(advice), Some(date)) => Some(format!("{advice}; {}", sunset(date))),
        (None, Some(date)) => Some(sunset(date)),
        (advice, None) => advice,
    }
}

/// The one wording of a sunset: "may be removed from 2027-06-30".
pub(crate) fn sunset(date: crate::date::Date) -> String {
    format!("may be removed from {date}")
}

/// What a retry advice means, for people: a phrase that stands alone.
#[cfg(feature = "cli")]
pub(crate) fn retry_advice(retry: Retry) -> String {
    match retry {
        Retry::Never => {
            "a retry fails the same way until the request, the caller's permissions or the resource changes".to_string()
        }
        other => format!("retry {}", other.wording()),
    }
}

/// "Retry: no." / "Retry: after a delay (…)." for a code's one-line docs.
pub(crate) fn retry_line(retry: Retry) -> String {
    format!("Retry: {}.", retry.wording())
}

/// What a details shape carries, for people.
#[cfg(feature = "cli")]
pub(crate) fn details_advice(shape: Option<DetailsShape>) -> &'static str {
    match shape {
        None => "free-form JSON object (may be empty)",
        Some(shape) => shape.wording(),
    }
}

/// What a header carries and when, for people: "On responses with status
/// 429. A delay in whole seconds." Plain text.
pub(crate) fn header_line(when: HeaderWhen, format: HeaderFormat) -> String {
    let mut line = capitalised(&when.wording());
    line.push('.');
    if let Some(format) = header_format(format) {
        line.push(' ');
        line.push_str(&format);
    }
    line
}

/// "A delay in whole seconds.", or nothing for free text.
pub(crate) fn header_format(format: HeaderFormat) -> Option<String> {
    (format != HeaderFormat::Text).then(|| format!("{}.", capitalised(format.wording())))
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// RFC 9110's reason phrase of a 4xx/5xx status, when it has one.
pub(crate) fn reason_phrase(status: u16) -> Option<&'static str> {
    Some(match status {
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        407 => "Proxy Authentication Required",
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "Length Required",
        412 => "Precondition Failed",
        413 => "Content Too Large",
        414 => "URI Too Long",
        415 => "Unsupported Media Type",
        416 => "Range Not Satisfiable",
        417 => "Expectation Failed",
        421 => "Misdirected Request",
        422 => "Unprocessable Content",
        423 => "Locked",
        424 => "Failed Dependency",
        425 => "Too Early",
        426 => "Upgrade Required",
        428 => "Precondition Required",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        451 => "Unavailable For Legal Reasons",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        505 => "HTTP Version Not Supported",
        506 => "Variant Also Negotiates",
        507 => "Insufficient Storage",
        508 => "Loop Detected",
        510 => "Not Extended",
        511 => "Network Authentication Required",
        _ => return None,
    })
}

/// An example response body carrying `code`, as the runtime's body engine
/// writes it ([`error_codes_runtime::wire`]): the server's body for the
/// code, with the docs page's envelope example's message and request id
/// when it is about this code (otherwise the code's meaning as the
/// message), and sample details when the code declares any. So a member is
/// in an example exactly when the server sends it.
pub(crate) fn sample_body(registry: &Registry, code: &Code) -> Tree {
    let example = &registry.page.envelope_example;
    let message = if example.code == code.code {
        example.message.clone()
    } else {
        code.meaning
            .clone()
            .unwrap_or_else(|| code.code.replace('_', " "))
    };
    let details = match code.details {
        None if code.members.is_empty() => serde_json::Value::Null,
        None => sample_members(code),
        // A layout that sends each field error as an error of its own,
        // with its problem as the message: the example's message.
        Some(DetailsShape::FieldErrors)
            if registry
                .body
                .as_ref()
                .is_some_and(|b| b.field_pointer.is_some()) =>
        {
            serde_json::json!({"fields": {"name": [message]}})
        }
        Some(DetailsShape::FieldErrors) => {
            serde_json::json!({"fields": {"name": ["must not be empty"]}})
        }
    };
    let declared: Vec<&str> = code.members.iter().map(|m| m.name.as_str()).collect();
    let error = WireError::new(&code.code, code.status, &message)
        .with_title(code.meaning.as_deref())
        .with_doc_url(registry.doc_url(code))
        .with_request_id(example.request_id.as_deref())
        .with_details(
            &details,
            &declared,
            code.details == Some(DetailsShape::FieldErrors),
        );
    let values: Vec<&str> = code.body_values.iter().map(String::as_str).collect();
    let text: Vec<&str> = code
        .members
        .iter()
        .filter(|m| m.is_metadata_text())
        .map(|m| m.name.as_str())
        .collect();
    let error = error.with_values(&values).with_grpc(
        code.grpc
            .as_ref()
            .map(|g| error_codes_runtime::wire::WireGrpc::new(&g.reason, g.code, &text)),
    );
    let parts = ShapeParts::of(registry);
    let mut body = Tree::map();
    for member in parts.shape().members(&error) {
        if member.path.is_empty() {
            // The body itself: the array of the error objects (`root: "[]"`).
            body = tree_of(&member.value);
        } else {
            insert(&mut body, &member.path, tree_of(&member.value));
        }
    }
    body
}

/// The registry's body description as the runtime's body engine reads it:
/// made by [`ShapeParts::shape`], which borrows what the model keeps as
/// owned text.
pub(crate) struct ShapeParts<'a> {
    registry: &'a Registry,
    constants: Vec<(&'a str, &'a str)>,
    per_code: Vec<&'a str>,
}

impl<'a> ShapeParts<'a> {
    /// What `registry`'s shape borrows.
    pub(crate) fn of(registry: &'a Registry) -> Self {
        let (constants, per_code) = match &registry.body {
            Some(layout) => (
                layout
                    .constants
                    .iter()
                    .map(|(path, json)| (path.as_str(), json.as_str()))
                    .collect(),
                layout.per_code.iter().map(String::as_str).collect(),
            ),
            None => (Vec::new(), Vec::new()),
        };
        ShapeParts {
            registry,
            constants,
            per_code,
        }
    }

    /// The registry's body description as the runtime's body engine reads it.
    pub(crate) fn shape(&self) -> Shape<'_> {
        match (&self.registry.body, self.registry.envelope) {
            (_, Envelope::Rfc9457) => Shape::Rfc9457,
            (_, envelope @ (Envelope::Google | Envelope::GoogleRpcStatus)) => Shape::Google {
                rpc_status: envelope == Envelope::GoogleRpcStatus,
                domain: self
                    .registry
                    .grpc
                    .as_ref()
                    .map_or("", |g| g.domain.as_str()),
            },
            (Some(layout), _) => {
                let fields = layout.fields();
                Shape::Layout {
                    root: path_of(&fields, "root"),
                    paths: Field::ALL.map(|field| path_of(&fields, field.name())),
                    constants: &self.constants,
                    per_code: &self.per_code,
                    open: layout.open,
                    code_number: layout.code_number,
                    declared: layout.declared_members.as_deref(),
                    items: layout.root_items.then(|| {
                        error_codes_runtime::wire::Items::new(
                            layout.field_pointer.as_deref(),
                            &layout.pointer_prefix,
                        )
                    }),
                    status_string: layout.status_string,
                    code_qualifier: (&layout.code_qualifier.0, &layout.code_qualifier.1),
                    error_marker: layout.error_marker.as_deref(),
                }
            }
            (None, _) => Shape::of(Wire::Nested),
        }
    }
}

/// The path `fields` give `name`.
fn path_of<'a>(fields: &[(&'static str, Option<&'a str>)], name: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(field, _)| *field == name)
        .and_then(|(_, path)| *path)
}

/// `value` at `path` of the map `tree`, making the maps on the way, in the
/// order the members come.
fn insert(tree: &mut Tree, path: &[&str], value: Tree) {
    let Tree::Map(entries) = tree else { return };
    match path {
        [] => {}
        [last] => entries.push(((*last).to_string(), value)),
        [first, rest @ ..] => {
            let index = match entries.iter().position(|(key, _)| key == first) {
                Some(index) => index,
                None => {
                    entries.push(((*first).to_string(), Tree::map()));
                    entries.len() - 1
                }
            };
            insert(&mut entries[index].1, rest, value);
        }
    }
}

/// A JSON value as a [`Tree`], objects' keys sorted: the same document
/// whatever order `serde_json` keeps (its `preserve_order` feature may be
/// on in a build that compiles this generator).
fn tree_of(value: &serde_json::Value) -> Tree {
    use serde_json::Value;
    match value {
        Value::Array(items) => Tree::Seq(items.iter().map(tree_of).collect()),
        Value::Object(object) => {
            let mut entries: Vec<(&String, &Value)> = object.iter().collect();
            entries.sort_by(|a, b| a.0.cmp(b.0));
            Tree::Map(
                entries
                    .into_iter()
                    .map(|(key, value)| (key.clone(), tree_of(value)))
                    .collect(),
            )
        }
        // A scalar is as `Tree::from` writes it: a number as JSON has it.
        scalar => Tree::from(scalar),
    }
}

/// A value of each member `code` declares, for examples: an `enum:`
/// member's first value, a list of one item.
fn sample_members(code: &Code) -> serde_json::Value {
    sample_object(&code.members)
}

/// [`sample_members`] of an object's members.
fn sample_object(members: &[Member]) -> serde_json::Value {
    serde_json::Value::Object(
        members
            .iter()
            .map(|member| (member.name.clone(), sample_member(member)))
            .collect(),
    )
}

fn sample_member(member: &Member) -> serde_json::Value {
    use serde_json::Value;
    let value = match &member.ty {
        MemberType::String => Value::from(member.name.as_str()),
        MemberType::Integer | MemberType::Number => Value::from(1),
        MemberType::Boolean => Value::Bool(true),
        MemberType::Enum(values) => Value::from(values.first().map_or("", String::as_str)),
        MemberType::Object(members) => sample_object(members),
    };
    if member.list {
        Value::Array(vec![value])
    } else {
        value
    }
}
