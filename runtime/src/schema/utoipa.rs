//! `utoipa::ToSchema` (feature `utoipa`): the schemas [`definitions`]
//! builds (OpenAPI dialect), converted into utoipa's OpenAPI types.
//!
//! utoipa's schema types deserialize from JSON, but as untagged enums: an
//! `oneOf` would read as an empty object. So the conversion picks the type
//! by the schema's keyword and converts what a schema holds (properties,
//! items, the branches of a composition) itself.

use std::borrow::Cow;

use serde_json::{Map, Value};
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{
    AdditionalProperties, AllOf, AnyOf, Array, ArrayItems, Object, OneOf, Schema,
};
use utoipa::{PartialSchema, ToSchema};

use super::describe::{DescribeSchemas, Dialect};
use super::{build, definitions, names};
use crate::wire::Shape;
use crate::{Code, Envelope, ErrorBody, ErrorEnvelope, FieldErrors, ProblemDetails};

/// The approximations utoipa's schemas make: utoipa cannot say `not`,
/// so a schema that is "none of these strings" (`{"not": {"enum": [...]}}`,
/// the `code` of the variant of every code whose details are not typed)
/// becomes a string whose `pattern` matches every string but those; and
/// utoipa's arrays cannot say `contains` (Google's body: "its `details`
/// contain an `ErrorInfo`"), which is left out. Everything else is kept.
pub fn utoipa_approximation(schema: &Value) -> Value {
    match schema {
        Value::Object(entries) if entries.contains_key("contains") => {
            let mut kept = entries.clone();
            kept.remove("contains");
            utoipa_approximation(&Value::Object(kept))
        }
        Value::Object(entries) => {
            if let (1, Some(Value::Object(not))) = (entries.len(), entries.get("not"))
                && let (1, Some(Value::Array(values))) = (not.len(), not.get("enum"))
            {
                let codes: Vec<String> = values
                    .iter()
                    .filter_map(Value::as_str)
                    .map(|code| code.replace('.', "\\."))
                    .collect();
                let mut out = Map::new();
                out.insert("type".to_owned(), Value::from("string"));
                out.insert(
                    "pattern".to_owned(),
                    Value::from(format!("^(?!(?:{})$)", codes.join("|"))),
                );
                return Value::Object(out);
            }
            Value::Object(
                entries
                    .iter()
                    .map(|(key, value)| (key.clone(), utoipa_approximation(value)))
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(items.iter().map(utoipa_approximation).collect()),
        other => other.clone(),
    }
}

/// `schema` (a JSON Schema value) as utoipa's type, through
/// [`utoipa_approximation`].
pub fn utoipa_schema(schema: &Value) -> RefOr<Schema> {
    convert(&utoipa_approximation(schema))
}

fn convert(schema: &Value) -> RefOr<Schema> {
    let Value::Object(entries) = schema else {
        return RefOr::T(Schema::default());
    };
    if let Some(Value::String(target)) = entries.get("$ref") {
        return RefOr::Ref(utoipa::openapi::Ref::new(target.as_str()));
    }
    let mut rest = entries.clone();
    // utoipa reads a schema without a `type` as one of any type from `null`.
    rest.entry("type").or_insert(Value::Null);
    let branches = |rest: &mut Map<String, Value>, key: &str| -> Vec<RefOr<Schema>> {
        let items = rest.insert(key.to_owned(), Value::Array(Vec::new()));
        match items {
            Some(Value::Array(items)) => items.iter().map(convert).collect(),
            _ => Vec::new(),
        }
    };
    let schema = if entries.contains_key("oneOf") {
        let items = branches(&mut rest, "oneOf");
        read(rest).map(|mut one: OneOf| {
            one.items = items;
            Schema::OneOf(one)
        })
    } else if entries.contains_key("allOf") {
        let items = branches(&mut rest, "allOf");
        read(rest).map(|mut all: AllOf| {
            all.items = items;
            Schema::AllOf(all)
        })
    } else if entries.contains_key("anyOf") {
        let items = branches(&mut rest, "anyOf");
        read(rest).map(|mut any: AnyOf| {
            any.items = items;
            Schema::AnyOf(any)
        })
    } else if entries.get("type") == Some(&Value::from("array")) {
        let items = rest.insert("items".to_owned(), Value::Bool(false));
        read(rest).map(|mut array: Array| {
            if let Some(items) = items {
                array.items = ArrayItems::RefOrSchema(Box::new(convert(&items)));
            }
            Schema::Array(array)
        })
    } else {
        let properties = rest.remove("properties");
        let additional = rest.remove("additionalProperties");
        read(rest).map(|mut object: Object| {
            if let Some(Value::Object(properties)) = properties {
                for (name, schema) in properties {
                    object.properties.insert(name, convert(&schema));
                }
            }
            object.additional_properties = additional.map(|additional| {
                Box::new(match additional {
                    Value::Bool(free) => AdditionalProperties::FreeForm(free),
                    schema => AdditionalProperties::RefOr(convert(&schema)),
                })
            });
            Schema::Object(object)
        })
    };
    // Every schema the builder writes reads as one of these.
    RefOr::T(schema.unwrap_or_default())
}

/// `rest` (a schema without what [`convert`] converts itself) as `T`.
fn read<T: serde::de::DeserializeOwned>(rest: Map<String, Value>) -> Result<T, serde_json::Error> {
    serde_json::from_value(Value::Object(rest))
}

/// The schema named `name` among `V`'s of bodies of `shape`, and those it
/// refers to.
fn split<V: DescribeSchemas>(
    shape: Shape<'static>,
    name: &str,
) -> (RefOr<Schema>, Vec<(String, RefOr<Schema>)>) {
    let defs = definitions(&V::SCHEMAS.with_shape(shape), Dialect::OpenApi);
    let (own, rest) = build::split(defs, name, |schema| {
        build::references(schema, Dialect::OpenApi.prefix())
    });
    let convert = |schema: &Value| utoipa_schema(schema);
    (
        own.as_ref()
            .map_or_else(|| RefOr::T(Schema::default()), convert),
        rest.iter()
            .map(|(name, schema)| (name.clone(), convert(schema)))
            .collect(),
    )
}

/// The schema named `name` among `V`'s (of its API's own shape).
#[doc(hidden)]
pub fn utoipa_named<V: DescribeSchemas>(name: &str) -> RefOr<Schema> {
    split::<V>(V::SCHEMAS.shape, name).0
}

const NESTED: Shape<'static> = Shape::of(Envelope::Nested);

impl<V: DescribeSchemas> PartialSchema for Code<V> {
    fn schema() -> RefOr<Schema> {
        utoipa_schema(&super::members::code_member(&V::SCHEMAS, Dialect::OpenApi))
    }
}

impl<V: DescribeSchemas> ToSchema for Code<V> {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Code")
    }

    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
        for name in [V::SCHEMAS.known, V::SCHEMAS.unknown] {
            schemas.push((name.to_owned(), utoipa_named::<V>(name)));
        }
    }
}

impl PartialSchema for FieldErrors {
    fn schema() -> RefOr<Schema> {
        utoipa_schema(&build::field_errors())
    }
}

impl ToSchema for FieldErrors {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed(names::FIELD_ERRORS)
    }
}

/// `ToSchema` for a body type: its schema is the one named `$name` among
/// the schemas of bodies of `$shape`, and it refers to others of them.
macro_rules! body_schema {
    ($ty:ident, $name:expr, $shape:expr) => {
        impl<V: DescribeSchemas> PartialSchema for $ty<V> {
            fn schema() -> RefOr<Schema> {
                split::<V>($shape, $name).0
            }
        }

        impl<V: DescribeSchemas> ToSchema for $ty<V> {
            fn name() -> Cow<'static, str> {
                Cow::Borrowed($name)
            }

            fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
                schemas.extend(split::<V>($shape, $name).1);
            }
        }
    };
}

body_schema!(ErrorEnvelope, names::ENVELOPE, NESTED);
body_schema!(ErrorBody, names::ERROR, NESTED);
body_schema!(ProblemDetails, names::PROBLEM, Shape::Rfc9457);
