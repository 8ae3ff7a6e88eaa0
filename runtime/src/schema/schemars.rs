//! `schemars::JsonSchema` (feature `schemars`): the schemas
//! [`definitions`] builds, handed to schemars as they are (a schemars
//! schema is a JSON value).

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde_json::Value;

use super::describe::{DescribeSchemas, Description, Dialect};
use super::{build, definitions, names};
use crate::wire::Shape;
use crate::{Code, Envelope, ErrorBody, ErrorEnvelope, FieldErrors, ProblemDetails};

/// A schema from a value the builder wrote (always an object).
fn schema(value: Value) -> Schema {
    Schema::try_from(value).unwrap_or_default()
}

/// The named schemas of `description`'s bodies as `generator` keeps them:
/// in OpenAPI's dialect when its definitions are OpenAPI's components,
/// else in JSON Schema's, each `$ref` pointing where `generator` keeps
/// them.
pub fn schemars_definitions(
    description: &Description<'_>,
    generator: &SchemaGenerator,
) -> Vec<(String, Schema)> {
    let (dialect, prefix) = place(generator);
    definitions(description, dialect)
        .into_iter()
        .map(|(name, mut value)| {
            if prefix != dialect.prefix() {
                repoint(&mut value, dialect.prefix(), &prefix);
            }
            (name, schema(value))
        })
        .collect()
}

/// The dialect of `generator`'s schemas (OpenAPI's when its definitions
/// are OpenAPI's components) and where it keeps named schemas.
fn place(generator: &SchemaGenerator) -> (Dialect, String) {
    let path = generator.settings().definitions_path.as_ref();
    let prefix = format!("#{}/", path.trim_start_matches('#').trim_end_matches('/'));
    let dialect = if prefix == Dialect::OpenApi.prefix() {
        Dialect::OpenApi
    } else {
        Dialect::JsonSchema
    };
    (dialect, prefix)
}

/// Every `$ref` of `value` under `from` now under `to`.
fn repoint(value: &mut Value, from: &str, to: &str) {
    match value {
        Value::Object(entries) => {
            for (key, inner) in entries.iter_mut() {
                match (key.as_str(), inner) {
                    ("$ref", Value::String(target)) => {
                        if let Some(name) = target.strip_prefix(from) {
                            *target = format!("{to}{name}");
                        }
                    }
                    (_, inner) => repoint(inner, from, to),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| repoint(v, from, to)),
        _ => {}
    }
}

/// Puts the schemas that `V`'s schema named `name` (of bodies of `shape`)
/// refers to into `generator`'s definitions, and returns that schema.
fn define<V: DescribeSchemas>(
    generator: &mut SchemaGenerator,
    shape: Shape<'static>,
    name: &str,
) -> Schema {
    let (_, prefix) = place(generator);
    let defs = schemars_definitions(&V::SCHEMAS.with_shape(shape), generator);
    let (own, rest) = build::split(defs, name, |schema| {
        build::references(schema.as_value(), &prefix)
    });
    let definitions = generator.definitions_mut();
    for (n, schema) in rest {
        definitions.insert(n, schema.to_value());
    }
    own.unwrap_or_default()
}

/// The schema named `name` among `V`'s, its references in `generator`.
#[doc(hidden)]
pub fn schemars_named<V: DescribeSchemas>(generator: &mut SchemaGenerator, name: &str) -> Schema {
    define::<V>(generator, V::SCHEMAS.shape, name)
}

const NESTED: Shape<'static> = Shape::of(Envelope::Nested);

impl<V: DescribeSchemas> JsonSchema for Code<V> {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Code")
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let description = V::SCHEMAS;
        let codes = [description.known, description.unknown];
        for (name, schema) in schemars_definitions(&description, generator) {
            if codes.contains(&name.as_str()) {
                generator.definitions_mut().insert(name, schema.to_value());
            }
        }
        let (dialect, prefix) = place(generator);
        let mut member = super::members::code_member(&description, dialect);
        repoint(&mut member, dialect.prefix(), &prefix);
        schema(member)
    }
}

impl JsonSchema for FieldErrors {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed(names::FIELD_ERRORS)
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        schema(build::field_errors())
    }
}

impl<V: DescribeSchemas> JsonSchema for ErrorBody<V> {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed(names::ERROR)
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        define::<V>(generator, NESTED, names::ERROR)
    }
}

impl<V: DescribeSchemas> JsonSchema for ErrorEnvelope<V> {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed(names::ENVELOPE)
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        define::<V>(generator, NESTED, names::ENVELOPE)
    }
}

impl<V: DescribeSchemas> JsonSchema for ProblemDetails<V> {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed(names::PROBLEM)
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        define::<V>(generator, Shape::Rfc9457, names::PROBLEM)
    }
}
