//! `schemars::JsonSchema` (feature `schemars`): the schemas of a
//! vocabulary's codes, `Code`, the envelope and the typed details, as JSON
//! Schema.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde_json::{Map, Value, json};

use super::{
    BODY, Body, CODE, CodeDetails, DOC_URL, DetailsSchemas, ENVELOPE, ERROR_CODE, ERROR_MEMBERS,
    FIELD_ERRORS, GENERIC_DETAILS, MESSAGE, MemberKind, MemberSchema, OTHER_CODE, PROBLEM,
    PROBLEM_MEMBERS, REQUEST_ID, TYPED_BODY, code_strings, problem_text,
};
use crate::{Code, ErrorBody, ErrorEnvelope, FieldErrors, ProblemDetails, Vocabulary};

/// A schema from a JSON object literal.
fn schema(value: Value) -> Schema {
    match value {
        Value::Object(map) => Schema::from(map),
        // Every literal below is an object.
        _ => Schema::from(Map::new()),
    }
}

/// The schema of a generated code enum (its `JsonSchema::json_schema`).
pub fn schemars_schema<V: Vocabulary>() -> Schema {
    let codes: Vec<&str> = code_strings::<V>().collect();
    schema(json!({"type": "string", "description": ERROR_CODE, "enum": codes}))
}

fn member(member: &MemberSchema) -> Value {
    let mut item = Map::new();
    let (kind, format) = match member.kind {
        MemberKind::String => ("string", None),
        MemberKind::Integer => ("integer", Some("int64")),
        MemberKind::Number => ("number", Some("double")),
        MemberKind::Boolean => ("boolean", None),
    };
    item.insert("type".into(), json!(kind));
    if let Some(format) = format {
        item.insert("format".into(), json!(format));
    }
    if !member.values.is_empty() {
        item.insert("examples".into(), json!(member.values));
    }
    let mut schema = if member.list {
        let mut list = Map::new();
        list.insert("type".into(), json!("array"));
        list.insert("items".into(), Value::Object(item));
        list
    } else {
        item
    };
    if let Some(text) = super::member_text(member) {
        schema.insert("description".into(), json!(text));
    }
    Value::Object(schema)
}

fn details_value(details: &CodeDetails) -> Value {
    let properties: Map<String, Value> = details
        .members
        .iter()
        .map(|m| (m.name.to_owned(), member(m)))
        .collect();
    let required: Vec<&str> = details
        .members
        .iter()
        .filter(|m| !m.optional)
        .map(|m| m.name)
        .collect();
    json!({
        "type": "object",
        "description": details.description,
        "properties": properties,
        "required": required,
        "additionalProperties": true,
    })
}

/// The schema of a code's declared members (a generated `details::`
/// struct's `JsonSchema::json_schema`).
pub fn schemars_details(details: &CodeDetails) -> Schema {
    schema(details_value(details))
}

/// Where `generator` keeps named schemas, as a `$ref` prefix.
fn pointer(generator: &SchemaGenerator) -> String {
    let path = generator.settings().definitions_path.as_ref();
    format!("#{}/", path.trim_start_matches('#').trim_end_matches('/'))
}

/// The schema of a body of `body`'s kind whose `members` (every member a
/// body of any code may have) are given: `members` itself when no
/// code's details are typed; else one variant per typed code and one for
/// the others (each named in `generator`'s definitions), with a
/// discriminator on `code`.
fn typed_body<V: Vocabulary + DetailsSchemas>(
    generator: &mut SchemaGenerator,
    body: Body,
    description: &str,
    members: Value,
) -> Schema {
    if body.typed::<V>().next().is_none() {
        return schema(members);
    }
    let to = pointer(generator);
    let named = |name: &str| json!({"$ref": format!("{to}{name}")});
    let (base, other) = body.shared();
    let mut members = members;
    members["description"] = json!(match body {
        Body::Error => ERROR_MEMBERS,
        Body::Problem => PROBLEM_MEMBERS,
    });
    let field_errors = generator.subschema_for::<FieldErrors>();
    let mut defs = vec![(base.to_owned(), members)];
    let mut one_of = Vec::new();
    for code in body.typed::<V>() {
        let mut own = json!({
            "type": "object",
            "properties": {"code": {"const": code.code}},
            "required": ["code"],
        });
        let mut all_of = vec![named(base)];
        match body {
            Body::Error => {
                own["properties"]["details"] = if code.is_field_errors() {
                    field_errors.clone().to_value()
                } else {
                    named(code.details)
                };
                if code.members.iter().any(|m| !m.optional) {
                    own["required"] = json!(["code", "details"]);
                }
            }
            Body::Problem => all_of.push(named(code.details)),
        }
        all_of.push(own);
        let name = code.variants[body.index()];
        one_of.push(named(name));
        defs.push((
            name.to_owned(),
            json!({
                "description": format!("A body of `{}`, with its details.", code.code),
                "allOf": all_of,
            }),
        ));
        if !code.is_field_errors() {
            defs.push((code.details.to_owned(), details_value(code)));
        }
    }
    let typed: Vec<&str> = body.typed::<V>().map(|c| c.code).collect();
    defs.push((
        other.to_owned(),
        json!({
            "description": OTHER_CODE,
            "allOf": [named(base), {"properties": {"code": {"not": {"enum": typed}}}}],
        }),
    ));
    one_of.push(named(other));
    let definitions = generator.definitions_mut();
    for (name, value) in defs {
        definitions.insert(name, value);
    }
    let mapping: Map<String, Value> = body
        .mapping::<V>(&to)
        .into_iter()
        .map(|(code, target)| (code, json!(target)))
        .collect();
    schema(json!({
        "description": description,
        "oneOf": one_of,
        "discriminator": {"propertyName": "code", "mapping": mapping},
    }))
}

impl<V: Vocabulary + JsonSchema> JsonSchema for Code<V> {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Code")
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let known = generator.subschema_for::<V>();
        schema(json!({"description": CODE, "anyOf": [known, {"type": "string"}]}))
    }
}

impl JsonSchema for FieldErrors {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("FieldErrors")
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        schema(json!({
            "type": "object",
            "description": FIELD_ERRORS,
            "properties": {
                "fields": {
                    "type": "object",
                    "additionalProperties": {"type": "array", "items": {"type": "string"}},
                },
            },
            "required": ["fields"],
        }))
    }
}

impl<V: Vocabulary + JsonSchema + DetailsSchemas> JsonSchema for ErrorBody<V> {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("ErrorBody")
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let code = generator.subschema_for::<Code<V>>();
        let members = json!({
            "type": "object",
            "description": BODY,
            "properties": {
                "code": code,
                "message": {"type": "string", "description": MESSAGE},
                "details": {
                    "type": "object",
                    "description": GENERIC_DETAILS,
                    "additionalProperties": true,
                },
                "request_id": {"type": "string", "description": REQUEST_ID},
                "doc_url": {"type": "string", "format": "uri", "description": DOC_URL},
            },
            "required": ["code", "message"],
        });
        typed_body::<V>(generator, Body::Error, TYPED_BODY, members)
    }
}

impl<V: Vocabulary + JsonSchema + DetailsSchemas> JsonSchema for ErrorEnvelope<V> {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("ErrorEnvelope")
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let error = generator.subschema_for::<ErrorBody<V>>();
        schema(json!({
            "type": "object",
            "description": ENVELOPE,
            "properties": {"error": error},
            "required": ["error"],
        }))
    }
}

impl<V: Vocabulary + JsonSchema + DetailsSchemas> JsonSchema for ProblemDetails<V> {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("ProblemDetails")
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let code = generator.subschema_for::<Code<V>>();
        let text = problem_text::<V>();
        let members = json!({
            "type": "object",
            "description": PROBLEM,
            "properties": {
                "type": {"type": "string", "format": "uri-reference", "description": text.problem_type},
                "title": {"type": "string", "description": text.title},
                "status": {"type": "integer", "minimum": 400, "maximum": 599, "description": text.status},
                "detail": {"type": "string", "description": text.detail},
                "instance": {"type": "string", "format": "uri-reference", "description": text.instance},
                "code": code,
                "request_id": {"type": "string", "description": REQUEST_ID},
                crate::Envelope::INVALID_PARAMS: {
                    "type": "array",
                    "description": text.invalid_params,
                    "items": {
                        "type": "object",
                        "properties": {
                            "name": {"type": "string", "description": text.param_name},
                            "reason": {"type": "string", "description": text.param_reason},
                        },
                        "required": ["name", "reason"],
                    },
                },
                "details": {
                    "type": "object",
                    "description": GENERIC_DETAILS,
                    "additionalProperties": true,
                },
            },
            "required": ["type", "title", "status", "detail", "code"],
        });
        typed_body::<V>(generator, Body::Problem, PROBLEM, members)
    }
}
