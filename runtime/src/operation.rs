//! What a generated `operations` module's enums share: the responses an
//! operation documents for `utoipa::IntoResponses` (feature `utoipa`), one
//! per status, each naming the operation's codes of that status and no
//! other code of the registry.

use std::collections::BTreeMap;

use utoipa::ToSchema;
use utoipa::openapi::content::ContentBuilder;
use utoipa::openapi::example::ExampleBuilder;
use utoipa::openapi::response::{Response, ResponseBuilder};
use utoipa::openapi::schema::{AllOfBuilder, AnyOfBuilder, ObjectBuilder, Schema, Type};
use utoipa::openapi::{Ref, RefOr};

use crate::schema::DescribeSchemas;
use crate::wire::Shape;
use crate::{Envelope, ErrorBody, ErrorEnvelope};

/// What the fallback of an operation's codes is.
const ADDED_LATER: &str = "A code added to the API after this build: handle it by its HTTP status.";

/// The responses of an operation whose codes are `codes` (registry order),
/// keyed by status: each response's body is the envelope whose code is one
/// of that status's codes, with an example per code. Under the nested
/// envelope the body refers to the `ErrorEnvelope` schema, which the
/// document gets with `components(schemas(ErrorEnvelope<…>))`.
pub fn utoipa_responses<V: DescribeSchemas>(codes: &[V]) -> BTreeMap<String, RefOr<Response>> {
    let mut statuses: Vec<u16> = codes.iter().map(|c| c.http_status()).collect();
    statuses.sort_unstable();
    statuses.dedup();
    statuses
        .into_iter()
        .map(|status| {
            let here: Vec<V> = codes
                .iter()
                .copied()
                .filter(|c| c.http_status() == status)
                .collect();
            (status.to_string(), response(status, &here).into())
        })
        .collect()
}

fn response<V: DescribeSchemas>(status: u16, codes: &[V]) -> Response {
    let listed: Vec<String> = codes.iter().map(|c| format!("`{}`", c.as_str())).collect();
    let examples = codes.iter().map(|code| {
        let body = ErrorBody::new(*code, code.meaning().unwrap_or_default());
        // The body engine writes it, as the server sends it.
        let value = Shape::of(V::ENVELOPE).write(&body.wire(status));
        let example = ExampleBuilder::new()
            .summary(code.meaning().unwrap_or_default())
            .value(Some(value));
        (code.as_str(), example.build())
    });
    let content = ContentBuilder::new()
        .schema(Some(schema::<V>(codes)))
        .examples_from_iter(examples);
    ResponseBuilder::new()
        .description(format!(
            "The operation's codes of status {status}: {}.",
            listed.join(", ")
        ))
        .content(V::ENVELOPE.media_type(), content.build())
        .build()
}

/// The body's schema with its code narrowed to `codes`.
fn schema<V: DescribeSchemas>(codes: &[V]) -> RefOr<Schema> {
    // The operation's codes, or a code added to the API after this build
    // (a client keeps it, as `Code::Unknown`).
    let code = AnyOfBuilder::new()
        .item(
            ObjectBuilder::new()
                .schema_type(Type::String)
                .enum_values(Some(codes.iter().map(|c| c.as_str()))),
        )
        .item(
            ObjectBuilder::new()
                .schema_type(Type::String)
                .description(Some(ADDED_LATER)),
        );
    match V::ENVELOPE {
        Envelope::Nested => AllOfBuilder::new()
            .item(RefOr::<Schema>::Ref(Ref::from_schema_name(<ErrorEnvelope<
                V,
            > as ToSchema>::name(
            ))))
            .item(
                ObjectBuilder::new().property("error", ObjectBuilder::new().property("code", code)),
            )
            .into(),
        Envelope::Rfc9457 => ObjectBuilder::new()
            .schema_type(Type::Object)
            .property("code", code)
            .required("code")
            .into(),
        Envelope::Layout(layout) => {
            let path = layout
                .root
                .into_iter()
                .flat_map(|root| root.split('.'))
                .chain(layout.code.split('.'));
            nested(path.collect::<Vec<_>>().as_slice(), code.into())
        }
        // The code is the reason of a detail in an array: the body's own
        // schema (`GoogleError`) narrows it per code.
        Envelope::Google(_) => ObjectBuilder::new().schema_type(Type::Object).into(),
    }
}

/// An object with `leaf` at the member path `path` (`a.b` → `{a: {b: leaf}}`).
fn nested(path: &[&str], leaf: RefOr<Schema>) -> RefOr<Schema> {
    match path.split_first() {
        None => leaf,
        Some((first, rest)) => ObjectBuilder::new()
            .schema_type(Type::Object)
            .property(*first, nested(rest, leaf))
            .required(*first)
            .into(),
    }
}
