//! The schema of one declared details member (`details: {available:
//! integer, ...}`): its type, its description and an `enum:` member's
//! values, shared by the details schemas ([`super::build`]) and a layout's
//! per-code variants ([`super::layout`]).

use serde_json::{Map, Value, json};

use super::describe::{Dialect, MemberKind, MemberSchema};

mod object;

/// The schema of one declared member. An `enum:` member is a string whose
/// values are `examples`, not an `enum`: `diff` calls a value added a minor
/// change, so a validator made from this document must accept it.
/// An object member's schema is its members' (`objects`: the code's
/// [`CodeSchema::objects`](super::CodeSchema::objects)).
pub(super) fn member_schema(
    member: &MemberSchema<'_>,
    objects: &[MemberSchema<'_>],
    dialect: Dialect,
) -> Value {
    let mut scalar = match member.kind {
        MemberKind::String => json!({"type": "string"}),
        MemberKind::Integer => json!({"type": "integer", "format": "int64"}),
        MemberKind::Number => json!({"type": "number", "format": "double"}),
        MemberKind::Boolean => json!({"type": "boolean"}),
        MemberKind::Object => object::object_schema(member, objects, dialect),
    };
    if !member.values.is_empty() {
        scalar["examples"] = json!(member.values);
    }
    let mut description = member
        .description
        .map(|d| d.of(dialect).to_owned())
        .unwrap_or_default();
    if !member.values.is_empty() {
        if !description.is_empty() {
            if !description.ends_with(['.', '!', '?']) {
                description.push('.');
            }
            description.push(' ');
        }
        let listed: Vec<String> = member.values.iter().map(|v| code_span(v)).collect();
        description.push_str(&format!(
            "Known values: {}; a value added later may come, and is to be kept.",
            listed.join(", ")
        ));
    }
    let schema = if member.list {
        json!({"type": "array", "items": scalar})
    } else {
        scalar
    };
    if description.is_empty() {
        return schema;
    }
    let mut out = Map::new();
    out.insert("description".to_owned(), Value::from(description));
    if let Value::Object(entries) = schema {
        out.extend(entries);
    }
    Value::Object(out)
}

/// `text` as a CommonMark code span: fenced by one more backtick than its
/// longest run, padded when it starts or ends with one.
pub fn code_span(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}
