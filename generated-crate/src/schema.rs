//! Schemas of the codes and the envelope for services that generate their
//! OpenAPI document or JSON Schema from code: `utoipa::ToSchema` (cargo
//! feature `utoipa`) and `schemars::JsonSchema` (feature `schemars`).
//!
//! The enum of [`ErrorCode`](crate::ErrorCode) is [`ErrorCode::ALL`], which
//! the build generates from the registry, so it lists every code of the
//! registry the crate was built from. [`Code`](crate::Code), what a client
//! reads, is any of those codes or a string a later registry may add. Both
//! integrations describe the same shapes, under the same names:
//! `ErrorCode`, `Code`, `ErrorEnvelope`, `ErrorBody`, `FieldErrors`.

use crate::ErrorCode;

/// Descriptions, shared by both integrations.
const ERROR_CODE: &str = "Every error code of the registry. Branch on it, not on the HTTP status.";
const CODE: &str = "An error code: one of the registry's, or a code added to the API after this document was generated (handle it by its HTTP status).";
const ENVELOPE: &str = "The body of every error response.";
const BODY: &str = "The `error` member of an error response.";
const FIELD_ERRORS: &str = "`details` of `validation_error`: field name → the problems with it.";
const MESSAGE: &str = "For people: may change, never parse it.";
const DETAILS: &str = "More about the failure; its shape depends on the code.";
const REQUEST_ID: &str = "The request's id, also sent as the X-Request-ID header.";
const DOC_URL: &str = "Where the code is documented.";

/// The wire strings of every code, in registry order.
fn code_strings() -> impl Iterator<Item = &'static str> {
    ErrorCode::ALL.iter().map(|code| code.as_str())
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
    use crate::{Code, ErrorBody, ErrorCode, ErrorEnvelope, FieldErrors};

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

    impl PartialSchema for ErrorCode {
        fn schema() -> RefOr<Schema> {
            string(ERROR_CODE).enum_values(Some(code_strings())).into()
        }
    }

    impl ToSchema for ErrorCode {
        fn name() -> Cow<'static, str> {
            Cow::Borrowed("ErrorCode")
        }
    }

    impl PartialSchema for Code {
        fn schema() -> RefOr<Schema> {
            AnyOfBuilder::new()
                .description(Some(CODE))
                .item(reference::<ErrorCode>())
                .item(ObjectBuilder::new().schema_type(Type::String))
                .into()
        }
    }

    impl ToSchema for Code {
        fn name() -> Cow<'static, str> {
            Cow::Borrowed("Code")
        }

        fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
            add::<ErrorCode>(schemas);
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

    impl PartialSchema for ErrorBody {
        fn schema() -> RefOr<Schema> {
            ObjectBuilder::new()
                .schema_type(Type::Object)
                .description(Some(BODY))
                .property("code", reference::<Code>())
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

    impl ToSchema for ErrorBody {
        fn name() -> Cow<'static, str> {
            Cow::Borrowed("ErrorBody")
        }

        fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
            add::<Code>(schemas);
            add::<FieldErrors>(schemas);
        }
    }

    impl PartialSchema for ErrorEnvelope {
        fn schema() -> RefOr<Schema> {
            ObjectBuilder::new()
                .schema_type(Type::Object)
                .description(Some(ENVELOPE))
                .property("error", reference::<ErrorBody>())
                .required("error")
                .into()
        }
    }

    impl ToSchema for ErrorEnvelope {
        fn name() -> Cow<'static, str> {
            Cow::Borrowed("ErrorEnvelope")
        }

        fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
            add::<ErrorBody>(schemas);
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
    use crate::{Code, ErrorBody, ErrorCode, ErrorEnvelope, FieldErrors};

    /// A schema from a JSON object literal.
    fn schema(value: Value) -> Schema {
        match value {
            Value::Object(map) => Schema::from(map),
            // Every literal below is an object.
            _ => Schema::from(Map::new()),
        }
    }

    impl JsonSchema for ErrorCode {
        fn schema_name() -> Cow<'static, str> {
            Cow::Borrowed("ErrorCode")
        }

        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            let codes: Vec<&str> = code_strings().collect();
            schema(json!({"type": "string", "description": ERROR_CODE, "enum": codes}))
        }
    }

    impl JsonSchema for Code {
        fn schema_name() -> Cow<'static, str> {
            Cow::Borrowed("Code")
        }

        fn json_schema(generator: &mut SchemaGenerator) -> Schema {
            let known = generator.subschema_for::<ErrorCode>();
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

    impl JsonSchema for ErrorBody {
        fn schema_name() -> Cow<'static, str> {
            Cow::Borrowed("ErrorBody")
        }

        fn json_schema(generator: &mut SchemaGenerator) -> Schema {
            let code = generator.subschema_for::<Code>();
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

    impl JsonSchema for ErrorEnvelope {
        fn schema_name() -> Cow<'static, str> {
            Cow::Borrowed("ErrorEnvelope")
        }

        fn json_schema(generator: &mut SchemaGenerator) -> Schema {
            let error = generator.subschema_for::<ErrorBody>();
            schema(json!({
                "type": "object",
                "description": ENVELOPE,
                "properties": {"error": error},
                "required": ["error"],
            }))
        }
    }
}
