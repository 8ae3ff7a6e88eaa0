//! The schema of a body of the API's own layout
//! ([`Shape::Layout`]): its fields at their paths, its constants, its
//! per-code members (with a variant per code that states their values) and,
//! where the layout is open, any other member.

use serde_json::{Map, Value, json};

use super::describe::{CodeDetails, CodeSchema, Description, Dialect, MemberSchema};
use super::members::{
    DOC_URL, MESSAGE, REQUEST_ID, any_details, code_member, reference, status, string,
};
use super::names;

mod items;
use crate::wire::{Field, MAX_NUMERIC_CODE, Shape, numeric_code};

mod qualified;
use qualified::{has_qualifier, qualified, qualified_code_member, status_of_marked_error};

/// A body of the API's own layout: an object with the members the layout
/// maps (dotted paths nest), each required except `request_id`, `doc_url`
/// and `details`, which an error may lack; its constants, each required
/// with its one value; its per-code members, required; other members
/// allowed when the layout is open. With per-code members, `ErrorBody` is
/// a `oneOf` of one variant per code, which states the code's values (its
/// members are `ErrorBodyMembers`), and of a variant for a code added
/// later.
pub(super) fn layout_body<'a>(
    description: &Description<'a>,
    dialect: Dialect,
    shape: Shape<'_>,
) -> Vec<(String, Value)> {
    let Shape::Layout {
        root,
        paths,
        constants,
        per_code,
        open,
        code_number,
        declared,
        items,
        status_string,
        code_qualifier,
        error_marker,
    } = shape
    else {
        return Vec::new();
    };
    // A code as the body carries it: its string (qualified), or its number.
    let wire_code = |code: &str| -> Value {
        match numeric_code(code) {
            Some(number) if code_number => Value::from(number),
            _ => Value::from(qualified(code, code_qualifier)),
        }
    };
    let root_path: Vec<String> = root
        .map(|r| r.split('.').map(str::to_owned).collect())
        .unwrap_or_default();
    // A member of the error's object: under the root, or (an array root)
    // in each item, placed there by `place`.
    let under_root = |path: &str| -> Vec<String> {
        let mut full: Vec<String> = if items.is_some() {
            Vec::new()
        } else {
            root_path.clone()
        };
        full.extend(path.split('.').map(str::to_owned));
        full
    };
    let place = |members: Vec<(Vec<String>, Value, bool)>, open: bool| match items {
        None => members,
        Some(items) => items::array_member(&root_path, items, members, open),
    };
    let constants: Vec<(Vec<String>, Value, bool)> = constants
        .iter()
        .filter_map(|(path, json)| {
            let value: Value = serde_json::from_str(json).ok()?;
            let schema = json!({
                "description": "The same in every error body.",
                "type": json_type(&value),
                "enum": [value],
            });
            Some((path.split('.').map(str::to_owned).collect(), schema, true))
        })
        .collect();
    let mut members: Vec<(Vec<String>, Value, bool)> = Vec::new();
    members.extend(
        Field::ALL
            .into_iter()
            .zip(paths)
            .filter_map(|(field, path)| {
                let schema = match field {
                    Field::Code if code_number => numeric_code_member(description),
                    Field::Code if has_qualifier(code_qualifier) => {
                        qualified_code_member(description, code_qualifier)
                    }
                    Field::Code => code_member(description, dialect),
                    Field::Status if status_string => items::status_text(),
                    Field::Status if error_marker.is_some() => status_of_marked_error(),
                    Field::Status => status(),
                    Field::Message => string(MESSAGE),
                    Field::RequestId => string(REQUEST_ID),
                    Field::DocUrl => {
                        json!({"description": DOC_URL, "type": "string", "format": "uri"})
                    }
                    Field::Details => any_details(),
                };
                let required = matches!(field, Field::Code | Field::Status | Field::Message);
                Some((under_root(path?), schema, required))
            }),
    );
    for (i, path) in per_code.iter().enumerate() {
        let mut schema = json!({
            "description": "Its value depends on the code: each code's variant of the body states it.",
        });
        let mut types: Vec<&str> = description
            .codes
            .iter()
            .filter_map(|code| code.values.get(i))
            .filter_map(|json| serde_json::from_str::<Value>(json).ok())
            .map(|value| json_type(&value))
            .collect();
        types.dedup();
        if let [one] = types.as_slice() {
            schema["type"] = Value::from(*one);
        }
        members.push((under_root(path), schema, true));
    }
    // The codes' declared members where the layout places them: each
    // code's variant types its own.
    let declared_at = |name: &str| -> Option<Vec<String>> {
        let path = declared?;
        // Relative to the error's object, as `under_root` places members.
        let mut full: Vec<String> = if items.is_some() {
            Vec::new()
        } else {
            root_path.clone()
        };
        if path != crate::BodyLayout::ERROR_OBJECT {
            full.extend(path.split('.').map(str::to_owned));
        }
        full.push(name.to_owned());
        Some(full)
    };
    let typed = |code: &CodeSchema<'a>| -> &'a [MemberSchema<'a>] {
        match code.details {
            CodeDetails::Members(members) if declared.is_some() => members,
            _ => &[],
        }
    };
    for code in description.codes {
        for member in typed(code) {
            let Some(path) = declared_at(member.name) else {
                continue;
            };
            if !members.iter().any(|(p, _, _)| *p == path) {
                let schema = json!({"description": "A member some codes declare: each code's variant of the body types it."});
                members.push((path, schema, false));
            }
        }
    }
    let members = {
        let mut all = constants;
        all.extend(place(members, open));
        all
    };
    let mut body = Map::new();
    body.insert(
        "description".to_owned(),
        Value::from("The body of every error response, in the API's own layout."),
    );
    if let Value::Object(object) = object_schema(&members, open) {
        body.extend(object);
    }
    if per_code.is_empty() && description.codes.iter().all(|c| typed(c).is_empty()) {
        return vec![(names::LAYOUT.to_owned(), Value::Object(body))];
    }
    body.insert(
        "description".to_owned(),
        Value::from("The members of every error body of the API, whatever its code."),
    );
    let code_path = under_root(paths[0].unwrap_or("code"));
    let mut one_of: Vec<Value> = description
        .codes
        .iter()
        .map(|code| {
            let mut own = vec![(
                code_path.clone(),
                json!({"enum": [wire_code(code.code)]}),
                true,
            )];
            for (path, json) in per_code.iter().zip(code.values) {
                if let Ok(value) = serde_json::from_str::<Value>(json) {
                    own.push((under_root(path), json!({"enum": [value]}), true));
                }
            }
            for member in typed(code) {
                if let Some(path) = declared_at(member.name) {
                    let schema = super::member::member_schema(member, code.objects, dialect);
                    own.push((path, schema, !member.optional));
                }
            }
            json!({
                "description": format!("A body of `{}`.", code.code),
                "allOf": [reference(dialect, names::LAYOUT_MEMBERS), object_schema(&place(own, true), true)],
            })
        })
        .collect();
    let listed: Vec<Value> = description
        .codes
        .iter()
        .map(|c| wire_code(c.code))
        .collect();
    one_of.push(json!({
        "description": "A body of a code added to the API after this document.",
        "allOf": [
            reference(dialect, names::LAYOUT_MEMBERS),
            object_schema(&place(vec![(code_path, json!({"not": {"enum": listed}}), true)], true), true),
        ],
    }));
    let root = json!({
        "description": "The body of every error response, in the API's own layout: the values of some members depend on its code.",
        "oneOf": one_of,
    });
    vec![
        (names::LAYOUT.to_owned(), root),
        (names::LAYOUT_MEMBERS.to_owned(), Value::Object(body)),
    ]
}

/// The code member of a layout that sends its codes as JSON numbers
/// (`code_type: number`): a listed code, or a code added later.
fn numeric_code_member(description: &Description<'_>) -> Value {
    let codes: Vec<u64> = description
        .codes
        .iter()
        .filter_map(|c| numeric_code(c.code))
        .collect();
    json!({
        "description": "What went wrong, as a number. Branch on it, not on the HTTP status.",
        "anyOf": [
            {"description": "Every error code the API defines, in registry order.", "type": "integer", "enum": codes},
            {"description": "A code that this document does not list: added to the API after it was generated. Handle it by its HTTP status.", "type": "integer", "minimum": 0, "maximum": MAX_NUMERIC_CODE},
        ],
    })
}

/// The JSON Schema type of `value`.
fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// The schema of an object holding `members` (`(path, schema, required)`):
/// each first name a property, nested objects for the longer paths; other
/// members allowed when `open`.
fn object_schema(members: &[(Vec<String>, Value, bool)], open: bool) -> Value {
    // The body itself (an array of error objects, `root: "[]"`).
    if let [(path, schema, _)] = members
        && path.is_empty()
    {
        return schema.clone();
    }
    let mut names: Vec<&str> = Vec::new();
    for (path, _, _) in members {
        if !names.contains(&path[0].as_str()) {
            names.push(&path[0]);
        }
    }
    let mut properties = Map::new();
    let mut required = Vec::new();
    for name in names {
        let here: Vec<&(Vec<String>, Value, bool)> = members
            .iter()
            .filter(|(path, _, _)| path[0] == name)
            .collect();
        if here.iter().any(|(_, _, r)| *r) {
            required.push(name);
        }
        let schema = match here.as_slice() {
            [(path, schema, _)] if path.len() == 1 => schema.clone(),
            _ => object_schema(
                &here
                    .into_iter()
                    .map(|(path, schema, r)| (path[1..].to_vec(), schema.clone(), *r))
                    .collect::<Vec<_>>(),
                open,
            ),
        };
        properties.insert(name.to_owned(), schema);
    }
    let mut schema = json!({"type": "object"});
    // An empty `required` says nothing: left out, as utoipa leaves it out.
    if !required.is_empty() {
        schema["required"] = json!(required);
    }
    schema["properties"] = Value::Object(properties);
    schema["additionalProperties"] = Value::Bool(open);
    schema
}
