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
//! `ErrorEnvelope`, `ErrorBody`, `ProblemDetails`, `FieldErrors`; and, when
//! codes' details are typed (the generated [`DetailsSchemas`] table), each
//! code's details and variant of the body under the names the generator's
//! JSON Schema and OpenAPI document give them, and the shared ones
//! ([`SHARED_SCHEMAS`](crate::SHARED_SCHEMAS)). `ErrorBody` and
//! `ProblemDetails` are then a `oneOf` of one variant per typed code and
//! one for every other code, a code added later included, with a
//! `discriminator` on `code`.

use crate::Vocabulary;

/// Descriptions, shared by both integrations.
const ERROR_CODE: &str = "Every error code of the registry. Branch on it, not on the HTTP status.";
const CODE: &str = "An error code: one of the registry's, or a code added to the API after this document was generated (handle it by its HTTP status).";
const ENVELOPE: &str = "The body of every error response.";
const BODY: &str = "The `error` member of an error response.";
const FIELD_ERRORS: &str = "The `details` of a code whose registry entry declares field errors: field name → the problems with it.";
const MESSAGE: &str = "For people: may change, never parse it.";
const REQUEST_ID: &str = "The request's id, also sent as the request-id header.";
const DOC_URL: &str = "Where the code is documented.";

const PROBLEM: &str = "The body of every error response: RFC 9457 problem details (application/problem+json), with the members a code declares at the top level.";
const PROBLEM_MEMBERS: &str =
    "The members of every problem document of the API, whatever its code.";
const ERROR_MEMBERS: &str =
    "The members of the `error` member of an error response, whatever its code.";
const TYPED_BODY: &str =
    "The `error` member of an error response: its `details` are typed by its `code`.";
const OTHER_CODE: &str = "A body of a code whose details are not typed: a code without declared details, or a code added to the API after this build.";
const GENERIC_DETAILS: &str = "More about the failure; its shape depends on the code.";

/// How a declared details member is typed (each item's type, for a list).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum MemberKind {
    /// A string (an `enum:` member too: its values are examples).
    String,
    /// A 64-bit integer.
    Integer,
    /// A 64-bit float.
    Number,
    /// `true` or `false`.
    Boolean,
}

/// One declared details member, as the generated `details` module
/// describes it to the schema integrations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemberSchema {
    name: &'static str,
    kind: MemberKind,
    list: bool,
    optional: bool,
    description: Option<&'static str>,
    values: &'static [&'static str],
}

impl MemberSchema {
    /// A required member `name` (as sent) of `kind`.
    pub const fn new(name: &'static str, kind: MemberKind) -> Self {
        MemberSchema {
            name,
            kind,
            list: false,
            optional: false,
            description: None,
            values: &[],
        }
    }

    /// A list of values of its kind.
    #[must_use]
    pub const fn list(mut self) -> Self {
        self.list = true;
        self
    }

    /// A member that may be absent.
    #[must_use]
    pub const fn optional(mut self) -> Self {
        self.optional = true;
        self
    }

    /// The registry's description of the member.
    #[must_use]
    pub const fn description(mut self, description: &'static str) -> Self {
        self.description = Some(description);
        self
    }

    /// The values an `enum:` member declares (a value added later is
    /// valid too, so they are examples).
    #[must_use]
    pub const fn values(mut self, values: &'static [&'static str]) -> Self {
        self.values = values;
        self
    }
}

/// The typed details of one code, for the schema integrations: its
/// declared members, or `field_errors`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CodeDetails {
    code: &'static str,
    /// The details schema's name (empty for field errors: `FieldErrors`).
    details: &'static str,
    /// The names of the code's variant of the nested `error` member and of
    /// the problem document.
    variants: [&'static str; 2],
    description: &'static str,
    members: &'static [MemberSchema],
}

impl CodeDetails {
    /// `code` declares `members`; `names` are its details schema's and its
    /// two variants' (the nested `error` member's, the problem document's).
    pub const fn members(
        code: &'static str,
        names: [&'static str; 3],
        description: &'static str,
        members: &'static [MemberSchema],
    ) -> Self {
        CodeDetails {
            code,
            details: names[0],
            variants: [names[1], names[2]],
            description,
            members,
        }
    }

    /// `code` declares field errors; `variant` names its `error` member.
    pub const fn field_errors(code: &'static str, variant: &'static str) -> Self {
        CodeDetails {
            code,
            details: "",
            variants: [variant, ""],
            description: "",
            members: &[],
        }
    }

    fn is_field_errors(&self) -> bool {
        self.details.is_empty()
    }
}

/// The typed details of a vocabulary's codes, for the schemas of its
/// bodies: implemented by the generated code enum.
pub trait DetailsSchemas {
    /// Each code whose details are typed, in registry order.
    const CODES: &'static [CodeDetails];
}

/// Which body a schema describes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Body {
    Error,
    Problem,
}

impl Body {
    fn index(self) -> usize {
        match self {
            Body::Error => 0,
            Body::Problem => 1,
        }
    }

    fn shared(self) -> (&'static str, &'static str) {
        crate::SHARED_SCHEMAS[self.index()]
    }

    /// The codes with a variant of their own in this body: in a problem
    /// document field errors are `invalid-params`, which any code may have.
    fn typed<V: DetailsSchemas>(self) -> impl Iterator<Item = &'static CodeDetails> {
        V::CODES
            .iter()
            .filter(move |c| self == Body::Error || !c.is_field_errors())
    }

    /// The discriminator's mapping: each listed code to its variant.
    fn mapping<V: Vocabulary + DetailsSchemas>(self, pointer: &str) -> Vec<(String, String)> {
        let other = self.shared().1;
        V::ALL
            .iter()
            .map(|code| {
                let name = self
                    .typed::<V>()
                    .find(|c| c.code == code.as_str())
                    .map_or(other, |c| c.variants[self.index()]);
                (code.as_str().to_owned(), format!("{pointer}{name}"))
            })
            .collect()
    }

    /// A pattern of every string but the typed codes: the fallback's code
    /// in utoipa, which cannot say `not` (schemars says `not`).
    #[cfg(feature = "utoipa")]
    fn other_codes<V: DetailsSchemas>(self) -> String {
        let codes: Vec<String> = self
            .typed::<V>()
            .map(|c| c.code.replace('.', "\\."))
            .collect();
        format!("^(?!(?:{})$)", codes.join("|"))
    }
}

/// A member's description: the registry's, then its `enum:` values.
fn member_text(member: &MemberSchema) -> Option<String> {
    let mut text = member.description.unwrap_or_default().to_owned();
    if !member.values.is_empty() {
        if !text.is_empty() {
            if !text.ends_with(['.', '!', '?']) {
                text.push('.');
            }
            text.push(' ');
        }
        let values: Vec<String> = member.values.iter().map(|v| format!("`{v}`")).collect();
        text.push_str(&format!(
            "Known values: {}; a value added later may come, and is to be kept.",
            values.join(", ")
        ));
    }
    (!text.is_empty()).then_some(text)
}

/// The descriptions of a problem document's members.
struct ProblemText {
    problem_type: String,
    title: &'static str,
    status: &'static str,
    detail: &'static str,
    instance: &'static str,
    invalid_params: &'static str,
    param_name: &'static str,
    param_reason: &'static str,
}

fn problem_text<V: Vocabulary>() -> ProblemText {
    ProblemText {
        problem_type: match V::DOCS_URL {
            Some(url) => {
                format!("The code's documentation: {url}#<code>. Identifies the problem type.")
            }
            None => "`about:blank`: the API publishes no docs page; `code` identifies the problem."
                .to_owned(),
        },
        title: "What the code means: the same for every occurrence of the code.",
        status: "The HTTP status of the response.",
        detail: "This occurrence, for people: may change, never parse it.",
        instance: "Identifies this occurrence.",
        invalid_params: "Field-level validation problems: one entry per problem with a field.",
        param_name: "The field (a dotted path for a nested one).",
        param_reason: "What is wrong with it.",
    }
}

/// The wire strings of every code, in registry order.
fn code_strings<V: Vocabulary>() -> impl Iterator<Item = &'static str> {
    V::ALL.iter().map(|code| code.as_str())
}

#[cfg(feature = "utoipa")]
mod with_utoipa {
    use std::borrow::Cow;

    use utoipa::openapi::RefOr;
    use utoipa::openapi::schema::{
        AdditionalProperties, AllOfBuilder, AnyOfBuilder, ArrayBuilder, Discriminator, KnownFormat,
        ObjectBuilder, OneOfBuilder, Schema, SchemaFormat, Type,
    };
    use utoipa::{PartialSchema, ToSchema};

    use super::{
        BODY, Body, CODE, CodeDetails, DOC_URL, DetailsSchemas, ENVELOPE, ERROR_CODE,
        ERROR_MEMBERS, FIELD_ERRORS, GENERIC_DETAILS, MESSAGE, MemberKind, MemberSchema,
        OTHER_CODE, PROBLEM, PROBLEM_MEMBERS, REQUEST_ID, TYPED_BODY, code_strings, problem_text,
    };
    use crate::{Code, ErrorBody, ErrorEnvelope, FieldErrors, ProblemDetails, Vocabulary};

    const POINTER: &str = "#/components/schemas/";

    fn reference<T: ToSchema>() -> RefOr<Schema> {
        named(&T::name())
    }

    fn named(name: &str) -> RefOr<Schema> {
        RefOr::Ref(utoipa::openapi::Ref::from_schema_name(name))
    }

    fn string(description: &str) -> ObjectBuilder {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .description(Some(description))
    }

    fn open_object(description: &str) -> ObjectBuilder {
        ObjectBuilder::new()
            .schema_type(Type::Object)
            .description(Some(description))
            .additional_properties(Some(AdditionalProperties::<Schema>::FreeForm(true)))
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

    fn member(member: &MemberSchema) -> RefOr<Schema> {
        let (kind, format) = match member.kind {
            MemberKind::String => (Type::String, None),
            MemberKind::Integer => (Type::Integer, Some(KnownFormat::Int64)),
            MemberKind::Number => (Type::Number, Some(KnownFormat::Double)),
            MemberKind::Boolean => (Type::Boolean, None),
        };
        let mut item = ObjectBuilder::new()
            .schema_type(kind)
            .format(format.map(SchemaFormat::KnownFormat))
            .examples(member.values.iter().copied());
        let description = super::member_text(member);
        if !member.list {
            item = item.description(description);
            return item.into();
        }
        ArrayBuilder::new()
            .items(item)
            .description(description)
            .into()
    }

    /// The schema of a code's declared members (a generated `details::`
    /// struct's `PartialSchema`).
    pub fn utoipa_details(details: &CodeDetails) -> RefOr<Schema> {
        let mut object = open_object(details.description);
        for m in details.members {
            object = object.property(m.name, member(m));
            if !m.optional {
                object = object.required(m.name);
            }
        }
        object.into()
    }

    /// The named schemas a body of `body`'s kind refers to, besides its
    /// own: the members every body has, each typed code's variant and
    /// details, and the variant of every other code.
    fn typed_schemas<V: Vocabulary + DetailsSchemas>(
        body: Body,
        members: RefOr<Schema>,
        schemas: &mut Vec<(String, RefOr<Schema>)>,
    ) {
        if body.typed::<V>().next().is_none() {
            return;
        }
        let (base, other) = body.shared();
        schemas.push((base.to_owned(), members));
        for code in body.typed::<V>() {
            let own = ObjectBuilder::new()
                .schema_type(Type::Object)
                .property(
                    "code",
                    ObjectBuilder::new()
                        .schema_type(Type::String)
                        .enum_values(Some([code.code])),
                )
                .required("code");
            let mut variant = AllOfBuilder::new()
                .description(Some(format!(
                    "A body of `{}`, with its details.",
                    code.code
                )))
                .item(named(base));
            match body {
                Body::Error if code.is_field_errors() => {
                    variant = variant.item(own.property("details", reference::<FieldErrors>()));
                }
                Body::Error => {
                    let mut own = own.property("details", named(code.details));
                    if code.members.iter().any(|m| !m.optional) {
                        own = own.required("details");
                    }
                    variant = variant.item(own);
                }
                Body::Problem => variant = variant.item(named(code.details)).item(own),
            }
            schemas.push((code.variants[body.index()].to_owned(), variant.into()));
            if !code.is_field_errors() {
                schemas.push((code.details.to_owned(), utoipa_details(code)));
            }
        }
        let fallback = AllOfBuilder::new()
            .description(Some(OTHER_CODE))
            .item(named(base))
            .item(
                ObjectBuilder::new().property(
                    "code",
                    ObjectBuilder::new()
                        .schema_type(Type::String)
                        .pattern(Some(body.other_codes::<V>())),
                ),
            );
        schemas.push((other.to_owned(), fallback.into()));
    }

    /// The schema of a body: `members` itself when no code's details are
    /// typed, else one variant per typed code and one for the others, with
    /// a discriminator on `code`.
    fn typed_body<V: Vocabulary + DetailsSchemas>(
        body: Body,
        description: &str,
        members: RefOr<Schema>,
    ) -> RefOr<Schema> {
        if body.typed::<V>().next().is_none() {
            return members;
        }
        let mut one_of = OneOfBuilder::new().description(Some(description));
        for code in body.typed::<V>() {
            one_of = one_of.item(named(code.variants[body.index()]));
        }
        one_of
            .item(named(body.shared().1))
            .discriminator(Some(Discriminator::with_mapping(
                "code",
                body.mapping::<V>(POINTER),
            )))
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

    fn error_members<V: Vocabulary + ToSchema>(description: &str) -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::Object)
            .description(Some(description))
            .property("code", reference::<Code<V>>())
            .required("code")
            .property("message", string(MESSAGE))
            .required("message")
            .property("details", open_object(GENERIC_DETAILS))
            .property("request_id", string(REQUEST_ID))
            .property(
                "doc_url",
                string(DOC_URL).format(Some(SchemaFormat::Custom("uri".to_owned()))),
            )
            .into()
    }

    impl<V: Vocabulary + ToSchema + DetailsSchemas> PartialSchema for ErrorBody<V> {
        fn schema() -> RefOr<Schema> {
            typed_body::<V>(Body::Error, TYPED_BODY, error_members::<V>(BODY))
        }
    }

    impl<V: Vocabulary + ToSchema + DetailsSchemas> ToSchema for ErrorBody<V> {
        fn name() -> Cow<'static, str> {
            Cow::Borrowed("ErrorBody")
        }

        fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
            add::<Code<V>>(schemas);
            add::<FieldErrors>(schemas);
            typed_schemas::<V>(Body::Error, error_members::<V>(ERROR_MEMBERS), schemas);
        }
    }

    impl<V: Vocabulary + ToSchema + DetailsSchemas> PartialSchema for ErrorEnvelope<V> {
        fn schema() -> RefOr<Schema> {
            ObjectBuilder::new()
                .schema_type(Type::Object)
                .description(Some(ENVELOPE))
                .property("error", reference::<ErrorBody<V>>())
                .required("error")
                .into()
        }
    }

    impl<V: Vocabulary + ToSchema + DetailsSchemas> ToSchema for ErrorEnvelope<V> {
        fn name() -> Cow<'static, str> {
            Cow::Borrowed("ErrorEnvelope")
        }

        fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
            add::<ErrorBody<V>>(schemas);
        }
    }

    fn problem_members<V: Vocabulary + ToSchema>(description: &str) -> RefOr<Schema> {
        let text = problem_text::<V>();
        let invalid_param = ObjectBuilder::new()
            .schema_type(Type::Object)
            .property("name", string(text.param_name))
            .required("name")
            .property("reason", string(text.param_reason))
            .required("reason");
        let uri = || Some(SchemaFormat::Custom("uri-reference".to_owned()));
        ObjectBuilder::new()
            .schema_type(Type::Object)
            .description(Some(description))
            .property("type", string(&text.problem_type).format(uri()))
            .required("type")
            .property("title", string(text.title))
            .required("title")
            .property(
                "status",
                ObjectBuilder::new()
                    .schema_type(Type::Integer)
                    .description(Some(text.status))
                    .minimum(Some(400))
                    .maximum(Some(599)),
            )
            .required("status")
            .property("detail", string(text.detail))
            .required("detail")
            .property("instance", string(text.instance).format(uri()))
            .property("code", reference::<Code<V>>())
            .required("code")
            .property("request_id", string(REQUEST_ID))
            .property(
                crate::Envelope::INVALID_PARAMS,
                ArrayBuilder::new()
                    .description(Some(text.invalid_params))
                    .items(invalid_param),
            )
            .property("details", open_object(GENERIC_DETAILS))
            .into()
    }

    impl<V: Vocabulary + ToSchema + DetailsSchemas> PartialSchema for ProblemDetails<V> {
        fn schema() -> RefOr<Schema> {
            typed_body::<V>(Body::Problem, PROBLEM, problem_members::<V>(PROBLEM))
        }
    }

    impl<V: Vocabulary + ToSchema + DetailsSchemas> ToSchema for ProblemDetails<V> {
        fn name() -> Cow<'static, str> {
            Cow::Borrowed("ProblemDetails")
        }

        fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
            add::<Code<V>>(schemas);
            typed_schemas::<V>(
                Body::Problem,
                problem_members::<V>(PROBLEM_MEMBERS),
                schemas,
            );
        }
    }
}

#[cfg(feature = "schemars")]
mod with_schemars {
    use std::borrow::Cow;

    use schemars::{JsonSchema, Schema, SchemaGenerator};
    use serde_json::{Map, Value, json};

    use super::{
        BODY, Body, CODE, CodeDetails, DOC_URL, DetailsSchemas, ENVELOPE, ERROR_CODE,
        ERROR_MEMBERS, FIELD_ERRORS, GENERIC_DETAILS, MESSAGE, MemberKind, MemberSchema,
        OTHER_CODE, PROBLEM, PROBLEM_MEMBERS, REQUEST_ID, TYPED_BODY, code_strings, problem_text,
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
}

#[cfg(feature = "schemars")]
pub use with_schemars::{schemars_details, schemars_schema};
#[cfg(feature = "utoipa")]
pub use with_utoipa::{utoipa_details, utoipa_schema};
