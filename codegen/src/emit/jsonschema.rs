//! Registry → JSON Schema (Draft 2020-12) of the error envelope
//! (`docs/schema/error-envelope.schema.json`). The OpenAPI document reuses
//! the same definitions under `components.schemas`.

use super::describe;
use super::tree::Tree;
use crate::model::{DetailsShape, Registry};
use crate::validate::MAX_CODE_LEN;

/// Where a document keeps its named schemas, which decides how `$ref`s
/// point at them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// A standalone JSON Schema: `#/$defs/Name`.
    JsonSchema,
    /// An OpenAPI 3.1 document: `#/components/schemas/Name`, and the
    /// `x-enum-*` extensions that code generators read.
    OpenApi,
}

impl Dialect {
    /// The URI reference of a named schema.
    pub fn pointer(self, name: &str) -> String {
        let prefix = match self {
            Dialect::JsonSchema => "#/$defs/",
            Dialect::OpenApi => "#/components/schemas/",
        };
        format!("{prefix}{name}")
    }

    /// `{"$ref": …}` to a named schema.
    pub fn reference(self, name: &str) -> Tree {
        Tree::map().with("$ref", self.pointer(name))
    }
}

/// The pattern every code follows (`validate::check_code_syntax`): a
/// lowercase letter, then lowercase letters, digits and single underscores,
/// not ending in one.
pub const CODE_PATTERN: &str = "^[a-z][a-z0-9]*(_[a-z0-9]+)*$";

/// Name of the schema of a details shape, e.g. `FieldErrorsDetails`.
pub fn details_schema_name(shape: DetailsShape) -> String {
    crate::validate::names::details_schema(shape)
}

/// The whole standalone schema file.
/// `provenance` (`Layout::provenance`) joins the description: JSON has no comments.
pub fn document(registry: &Registry, provenance: &str) -> String {
    let dialect = Dialect::JsonSchema;
    let tree = Tree::map()
        .with("$schema", "https://json-schema.org/draft/2020-12/schema")
        .with("title", "Error envelope")
        .with(
            "description",
            format!(
                "The body of every error response of the API. {provenance} \
                 Codes this schema does not list are accepted when they are well-formed, \
                 so a newer server does not break an older client."
            ),
        )
        .with("$ref", dialect.pointer("ErrorEnvelope"))
        .with("$defs", Tree::Map(definitions(registry, dialect)));
    let mut text = tree.to_json();
    text.push('\n');
    text
}

/// The named schemas of the envelope, in reading order.
pub fn definitions(registry: &Registry, dialect: Dialect) -> Vec<(String, Tree)> {
    let mut defs = vec![
        (
            "ErrorEnvelope".to_string(),
            Tree::map()
                .with("description", "The body of every error response.")
                .with("type", "object")
                .with("required", Tree::from_iter(["error"]))
                .with(
                    "properties",
                    Tree::map().with("error", dialect.reference("Error")),
                ),
        ),
        ("Error".to_string(), error_object(registry, dialect)),
        ("ErrorCode".to_string(), error_code(registry, dialect)),
        (
            "UnknownErrorCode".to_string(),
            Tree::map()
                .with(
                    "description",
                    "A well-formed code that this document does not list: added to the API after it was generated. Handle it by its HTTP status.",
                )
                .with("type", "string")
                .with("pattern", CODE_PATTERN)
                .with("maxLength", Tree::Int(MAX_CODE_LEN as i64)),
        ),
    ];
    for shape in used_shapes(registry) {
        defs.push((details_schema_name(shape), details_schema(shape)));
    }
    defs
}

fn error_object(registry: &Registry, dialect: Dialect) -> Tree {
    let code = Tree::map()
        .with(
            "description",
            "What went wrong. Branch on it, not on the HTTP status.",
        )
        .with(
            "anyOf",
            vec![
                dialect.reference("ErrorCode"),
                dialect.reference("UnknownErrorCode"),
            ],
        );
    let mut doc_url = Tree::map()
        .with("description", "Where the code is documented.")
        .with("type", "string")
        .with("format", "uri");
    if let Some((_, first)) = registry.codes().next() {
        doc_url = doc_url.with_opt(
            "examples",
            registry.doc_url(first).map(|u| vec![Tree::from(u)]),
        );
    }
    let mut error = Tree::map()
        .with("description", "The `error` member of an error response.")
        .with("type", "object")
        .with("required", Tree::from_iter(["code", "message"]))
        .with(
            "properties",
            Tree::map()
                .with("code", code)
                .with(
                    "message",
                    Tree::map()
                        .with("description", "For people: may change, never parse it.")
                        .with("type", "string"),
                )
                .with(
                    "details",
                    Tree::map()
                        .with(
                            "description",
                            "More about the failure; its shape depends on the code.",
                        )
                        .with("type", "object"),
                )
                .with(
                    "request_id",
                    Tree::map()
                        .with("description", "Identifies the request in support tickets.")
                        .with("type", "string"),
                )
                .with("doc_url", doc_url),
        );
    let conditions: Vec<Tree> = used_shapes(registry)
        .into_iter()
        .map(|shape| {
            let codes: Tree = registry
                .codes()
                .filter(|(_, c)| c.details == Some(shape))
                .map(|(_, c)| c.code.as_str())
                .collect();
            Tree::map()
                .with(
                    "if",
                    Tree::map()
                        .with("required", Tree::from_iter(["code"]))
                        .with(
                            "properties",
                            Tree::map().with("code", Tree::map().with("enum", codes)),
                        ),
                )
                .with(
                    "then",
                    Tree::map().with(
                        "properties",
                        Tree::map().with("details", dialect.reference(&details_schema_name(shape))),
                    ),
                )
        })
        .collect();
    if !conditions.is_empty() {
        error = error.with("allOf", conditions);
    }
    error
}

fn error_code(registry: &Registry, dialect: Dialect) -> Tree {
    let mut schema = Tree::map()
        .with(
            "description",
            "Every error code the API defines, in registry order.",
        )
        .with("type", "string")
        .with(
            "enum",
            registry
                .codes()
                .map(|(_, c)| c.code.as_str())
                .collect::<Tree>(),
        );
    if dialect == Dialect::OpenApi {
        schema = schema
            .with(
                "x-enum-varnames",
                registry
                    .codes()
                    .map(|(_, c)| c.rust_name.as_str())
                    .collect::<Tree>(),
            )
            .with(
                "x-enum-descriptions",
                registry
                    .codes()
                    .map(|(_, c)| describe::summary(c))
                    .collect::<Tree>(),
            );
    }
    schema
}

fn details_schema(shape: DetailsShape) -> Tree {
    match shape {
        DetailsShape::FieldErrors => Tree::map()
            .with(
                "description",
                "Field-level validation problems: field name → what is wrong with it.",
            )
            .with("type", "object")
            .with("required", Tree::from_iter(["fields"]))
            .with(
                "properties",
                Tree::map().with(
                    "fields",
                    Tree::map().with("type", "object").with(
                        "additionalProperties",
                        Tree::map()
                            .with("type", "array")
                            .with("items", Tree::map().with("type", "string")),
                    ),
                ),
            ),
    }
}

/// Details shapes some code declares, in `DetailsShape::ALL` order.
pub fn used_shapes(registry: &Registry) -> Vec<DetailsShape> {
    DetailsShape::ALL
        .iter()
        .copied()
        .filter(|shape| registry.codes().any(|(_, c)| c.details == Some(*shape)))
        .collect()
}
