//! Schemas of the codes and the envelope for services that generate their
//! OpenAPI document or JSON Schema from code: `utoipa::ToSchema` (cargo
//! feature `utoipa`) and `schemars::JsonSchema` (feature `schemars`).
//!
//! The enum of a vocabulary's codes is its [`Vocabulary::ALL`], which the
//! build generates from the registry, so it lists every code of the
//! registry the crate was built from. [`Code`](crate::Code), what a client
//! reads, is any of those codes or a string a later registry may add. Both
//! integrations describe the same shapes, under the same names: the code
//! enum's ([`Vocabulary::NAME`], `ErrorCode` by default), `Code`,
//! `ErrorEnvelope`, `ErrorBody`, `FieldErrors`.

use crate::Vocabulary;

/// Descriptions, shared by both integrations.
const ERROR_CODE: &str = "Every error code of the registry. Branch on it, not on the HTTP status.";
const CODE: &str = "An error code: one of the registry's, or a code added to the API after this document was generated (handle it by its HTTP status).";
const ENVELOPE: &str = "The body of every error response.";
const BODY: &str = "The `error` member of an error response.";
const FIELD_ERRORS: &str = "The `details` of a code whose registry entry declares field errors: field name → the problems with it.";
const MESSAGE: &str = "For people: may change, never parse it.";
const DETAILS: &str = "More about the failure; its shape depends on the code.";
const REQUEST_ID: &str = "The request's id, also sent as the request-id header.";
const DOC_URL: &str = "Where the code is documented.";

/// The wire strings of every code, in registry order.
fn code_strings<V: Vocabulary>() -> impl Iterator<Item = &'static str> {
    V::ALL.iter().map(|code| code.as_str())
}

#[cfg(feature = "utoipa")]
mod with_utoipa {
    use std::borrow::Cow;

    use utoipa::openapi::RefOr;
    use utoipa::openapi::schema::{
        AnyOfBuilder, ArrayBuilder, ObjectBuilder, Schema, SchemaFormat, Type,
    };
    use utoipa::{PartialSchema, ToSchema};

    use super::{
        BODY, CODE, DETAILS, DOC_URL, ENVELOPE, ERROR_CODE, FIELD_ERRORS, MESSAGE, REQUEST_ID,
        code_strings,
    };
    use crate::{Code, ErrorBody, ErrorEnvelope, FieldErrors, Vocabulary};

    fn reference<T: ToSchema>() -> RefOr<Schema> {
        RefOr::Ref(utoipa::openapi::Ref::from_schema_name(T::name()))
    }

    fn string(description: &str) -> ObjectBuilder {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .description(Some(description))
    }

    /// Adds `T`'s schema and those it refers to.
    fn add<T: ToSchema>(schemas: &mut Vec<(String, RefOr<Schema>)>) {
        schemas.push((T::name().into_owned(), T::schema()));
        T::schemas(schemas);
    }

    /// The schema of a generated code enum (its `PartialSchema`).
    pub fn utoipa_schema<V: Vocabulary>() -> RefOr<Schema> {
        string(ERROR_CODE)
            .enum_values(Some(code_strings::<V>()))
            .into()
    }

    impl<V: Vocabulary + ToSchema> PartialSchema for Code<V> {
        fn schema() -> RefOr<Schema> {
            AnyOfBuilder::new()
                .description(Some(CODE))
                .item(reference::<V>())
                .item(ObjectBuilder::new().schema_type(Type::String))
                .into()
        }
    }

    impl<V: Vocabulary + ToSchema> ToSchema for Code<V> {
        fn name() -> Cow<'static, str> {
            Cow::Borrowed("Code")
        }

        fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
            add::<V>(schemas);
        }
    }

    impl PartialSchema for FieldErrors {
        fn schema() -> RefOr<Schema> {
            let problems =
                ArrayBuilder::new().items(ObjectBuilder::new().schema_type(Type::String));
            ObjectBuilder::new()
                .schema_type(Type::Object)
                .description(Some(FIELD_ERRORS))
                .property(
                    "fields",
                    ObjectBuilder::new()
                        .schema_type(Type::Object)
                        .additional_properties(Some(problems)),
                )
                .required("fields")
                .into()
        }
    }

    impl ToSchema for FieldErrors {
        fn name() -> Cow<'static, str> {
            Cow::Borrowed("FieldErrors")
        }
    }

    impl<V: Vocabulary + ToSchema> PartialSchema for ErrorBody<V> {
        fn schema() -> RefOr<Schema> {
            ObjectBuilder::new()
                .schema_type(Type::Object)
                .description(Some(BODY))
                .property("code", reference::<Code<V>>())
                .required("code")
                .property("message", string(MESSAGE))
                .required("message")
                .property(
                    "details",
                    ObjectBuilder::new()
                        .schema_type(Type::Object)
                        .description(Some(DETAILS)),
                )
                .property("request_id", string(REQUEST_ID))
                .property(
                    "doc_url",
                    string(DOC_URL).format(Some(SchemaFormat::Custom("uri".to_owned()))),
                )
                .into()
        }
    }

    impl<V: Vocabulary + ToSchema> ToSchema for ErrorBody<V> {
        fn name() -> Cow<'static, str> {
            Cow::Borrowed("ErrorBody")
        }

        fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
            add::<Code<V>>(schemas);
            add::<FieldErrors>(schemas);
        }
    }

    impl<V: Vocabulary + ToSchema> PartialSchema for ErrorEnvelope<V> {
        fn schema() -> RefOr<Schema> {
            ObjectBuilder::new()
                .schema_type(Type::Object)
                .description(Some(ENVELOPE))
                .property("error", reference::<ErrorBody<V>>())
                .required("error")
                .into()
        }
    }

    impl<V: Vocabulary + ToSchema> ToSchema for ErrorEnvelope<V> {
        fn name() -> Cow<'static, str> {
            Cow::Borrowed("ErrorEnvelope")
        }

        fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
            add::<ErrorBody<V>>(schemas);
        }
    }
}

#[cfg(feature = "schemars")]
mod with_schemars {
    use std::borrow::Cow;

    use schemars::{JsonSchema, Schema, SchemaGenerator};
    use serde_json::{Map, Value, json};

    use super::{
        BODY, CODE, DETAILS, DOC_URL, ENVELOPE, ERROR_CODE, FIELD_ERRORS, MESSAGE, REQUEST_ID,
        code_strings,
    };
    use crate::{Code, ErrorBody, ErrorEnvelope, FieldErrors, Vocabulary};

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

    impl<V: Vocabulary + JsonSchema> JsonSchema for ErrorBody<V> {
        fn schema_name() -> Cow<'static, str> {
            Cow::Borrowed("ErrorBody")
        }

        fn json_schema(generator: &mut SchemaGenerator) -> Schema {
            let code = generator.subschema_for::<Code<V>>();
            schema(json!({
                "type": "object",
                "description": BODY,
                "properties": {
                    "code": code,
                    "message": {"type": "string", "description": MESSAGE},
                    "details": {"type": "object", "description": DETAILS},
                    "request_id": {"type": "string", "description": REQUEST_ID},
                    "doc_url": {"type": "string", "format": "uri", "description": DOC_URL},
                },
                "required": ["code", "message"],
            }))
        }
    }

    impl<V: Vocabulary + JsonSchema> JsonSchema for ErrorEnvelope<V> {
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
}

#[cfg(feature = "schemars")]
pub use with_schemars::schemars_schema;
#[cfg(feature = "utoipa")]
pub use with_utoipa::utoipa_schema;
