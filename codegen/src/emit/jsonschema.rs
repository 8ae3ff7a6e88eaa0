//! Registry → JSON Schema (Draft 2020-12) of the error envelope
//! (`docs/schema/error-envelope.schema.json`). The OpenAPI document reuses
//! the same definitions under `components.schemas`. The runtime builds
//! them ([`error_codes_runtime::schema::definitions`]) from the registry's
//! description ([`super::schema`]): the generated crate's `utoipa` and
//! `schemars` schemas are the same values.

use super::schema;
use super::tree::Tree;
use crate::model::{Envelope, Registry};
use crate::naming::SchemaNames;
pub(crate) use error_codes_runtime::schema::Dialect;

/// `{"$ref": …}` to the named schema `name` of a document of `dialect`.
pub(crate) fn reference(dialect: Dialect, name: &str) -> Tree {
    Tree::map().with("$ref", dialect.pointer(name))
}

/// The named schema of an error response body: `ErrorEnvelope` for the
/// nested shape, `ProblemDetails` for RFC 9457, `ErrorBody` for a layout.
pub(crate) fn root(registry: &Registry) -> &'static str {
    error_codes_runtime::schema::root(super::describe::ShapeParts::of(registry).shape())
}

/// The whole standalone schema file.
/// `provenance` (`Layout::provenance`) joins the description: JSON has no comments.
pub(crate) fn document(registry: &Registry, names: &SchemaNames, provenance: &str) -> String {
    let dialect = Dialect::JsonSchema;
    let (title, shape) = match registry.envelope {
        Envelope::Nested => (
            "Error envelope",
            "The body of every error response of the API.",
        ),
        Envelope::Rfc9457 => (
            "Problem details (RFC 9457)",
            "The body of every error response of the API: RFC 9457 problem details \
             (application/problem+json) with the extension members `code` and `request_id`.",
        ),
        Envelope::Layout => (
            "Error body",
            "The body of every error response of the API, in its own layout \
             (application/json): the members listed, and any a server adds, which \
             a client ignores.",
        ),
        Envelope::Google | Envelope::GoogleRpcStatus => (
            "Error body (Google)",
            "The body of every error response of the API, as Google's APIs send it \
             (application/json): the code is the reason of the one `google.rpc.ErrorInfo` \
             of `details`.",
        ),
    };
    // A layout's own media type (`media_type:`) in place of JSON's.
    let own = registry
        .body
        .as_ref()
        .and_then(|layout| layout.media_type.as_deref());
    let shape = match own {
        Some(media_type) => shape.replace("application/json", media_type),
        None => shape.to_string(),
    };
    let tree = Tree::map()
        .with("$schema", "https://json-schema.org/draft/2020-12/schema")
        .with("title", title)
        .with(
            "description",
            format!(
                "{shape} {provenance} \
                 Codes this schema does not list are accepted when they are well-formed, \
                 so a newer server does not break an older client."
            ),
        )
        .with("$ref", dialect.pointer(root(registry)))
        .with("$defs", Tree::Map(definitions(registry, dialect, names)));
    let mut text = tree.to_json();
    text.push('\n');
    text
}

/// The named schemas of the envelope, in reading order.
pub(crate) fn definitions(
    registry: &Registry,
    dialect: Dialect,
    names: &SchemaNames,
) -> Vec<(String, Tree)> {
    schema::with(registry, names, |description| {
        error_codes_runtime::schema::definitions(description, dialect)
            .iter()
            .map(|(name, value)| (name.clone(), Tree::from(value)))
            .collect()
    })
}

/// Says `additionalProperties: true` on every object schema of `schema`
/// that does not say otherwise
/// ([`error_codes_runtime::schema::open_objects`]).
pub(crate) fn open_objects(schema: &mut Tree) {
    let mut value = serde_json::Value::from(&*schema);
    error_codes_runtime::schema::open_objects(&mut value);
    *schema = Tree::from(&value);
}
