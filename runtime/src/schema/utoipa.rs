//! `utoipa::ToSchema` (feature `utoipa`): the schemas of a vocabulary's
//! codes, `Code`, the envelope and the typed details, as OpenAPI components.

use std::borrow::Cow;

use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{
    AdditionalProperties, AllOfBuilder, AnyOfBuilder, ArrayBuilder, Discriminator, KnownFormat,
    ObjectBuilder, OneOfBuilder, Schema, SchemaFormat, Type,
};
use utoipa::{PartialSchema, ToSchema};

use super::{
    BODY, Body, CODE, CodeDetails, DOC_URL, DetailsSchemas, ENVELOPE, ERROR_CODE, ERROR_MEMBERS,
    FIELD_ERRORS, GENERIC_DETAILS, MESSAGE, MemberKind, MemberSchema, OTHER_CODE, PROBLEM,
    PROBLEM_MEMBERS, REQUEST_ID, TYPED_BODY, code_strings, problem_text,
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
        let problems = ArrayBuilder::new().items(ObjectBuilder::new().schema_type(Type::String));
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
