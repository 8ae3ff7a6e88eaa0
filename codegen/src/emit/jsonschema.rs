//! Registry → JSON Schema (Draft 2020-12) of the error envelope
//! (`docs/schema/error-envelope.schema.json`). The OpenAPI document reuses
//! the same definitions under `components.schemas`.

use super::describe;
use super::tree::Tree;
use crate::model::{CodeStyle, DetailsShape, Envelope, Registry};
use error_codes_runtime::MAX_CODE_LEN;

use crate::naming::{self, SchemaNames};
use error_codes_runtime::Envelope as Wire;

const ABOUT_BLANK: &str = Wire::ABOUT_BLANK;
const INVALID_PARAMS: &str = Wire::INVALID_PARAMS;

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

/// The pattern every snake_case code follows (`validate::check_code_syntax`):
/// a lowercase letter, then lowercase letters, digits and single
/// underscores, not ending in one.
pub const CODE_PATTERN: &str = "^[a-z][a-z0-9]*(_[a-z0-9]+)*$";

/// The pattern (ECMA-262, as JSON Schema reads it) of every code of
/// `style`: what `validate::check_code_syntax` accepts, but for the length,
/// which is `maxLength`. No backslash, so it reads the same in JSON and
/// YAML.
pub fn code_pattern(style: CodeStyle) -> &'static str {
    match style {
        CodeStyle::SnakeCase => CODE_PATTERN,
        CodeStyle::ScreamingSnakeCase => "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$",
        CodeStyle::PascalCase => "^[A-Z][A-Za-z0-9]*$",
        CodeStyle::CamelCase => "^[a-z][A-Za-z0-9]*$",
        CodeStyle::KebabCase => "^[a-z][a-z0-9]*(-[a-z0-9]+)*$",
        CodeStyle::Dotted => "^[A-Za-z][A-Za-z0-9]*([.][A-Za-z][A-Za-z0-9]*)*$",
        CodeStyle::Numeric => "^[0-9]+$",
        CodeStyle::Any => "^[A-Za-z0-9_.-]+$",
    }
}

/// The named schema of an error response body: `ErrorEnvelope` for the
/// nested shape, `ProblemDetails` for RFC 9457.
pub fn root(registry: &Registry) -> &'static str {
    match registry.envelope {
        Envelope::Nested => "ErrorEnvelope",
        Envelope::Rfc9457 => "ProblemDetails",
        Envelope::Layout => "ErrorBody",
    }
}

/// The whole standalone schema file.
/// `provenance` (`Layout::provenance`) joins the description: JSON has no comments.
pub fn document(registry: &Registry, names: &SchemaNames, provenance: &str) -> String {
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
             (application/json): exactly the members listed, and no other.",
        ),
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
pub fn definitions(
    registry: &Registry,
    dialect: Dialect,
    names: &SchemaNames,
) -> Vec<(String, Tree)> {
    let mut defs = match registry.envelope {
        Envelope::Nested => vec![
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
            ("Error".to_string(), error_object(registry, dialect, names)),
        ],
        Envelope::Rfc9457 => vec![(
            "ProblemDetails".to_string(),
            problem_details(registry, dialect, names),
        )],
        Envelope::Layout => vec![(
            root(registry).to_string(),
            layout_body(registry, dialect, names),
        )],
    };
    defs.extend([
        (names.known.clone(), error_code(registry, dialect)),
        (
            names.unknown.clone(),
            Tree::map()
                .with(
                    "description",
                    "A well-formed code that this document does not list: added to the API after it was generated. Handle it by its HTTP status.",
                )
                .with("type", "string")
                .with("pattern", code_pattern(registry.code_style))
                .with("maxLength", Tree::Int(MAX_CODE_LEN as i64)),
        ),
    ]);
    // Problem details carry field errors in `invalid-params`, not `details`;
    // a layout's `details` member is described as an object.
    if registry.envelope != Envelope::Nested {
        return defs;
    }
    for shape in registry.used_shapes() {
        defs.push((naming::details_schema(shape), details_schema(shape)));
    }
    defs
}

fn error_object(registry: &Registry, dialect: Dialect, names: &SchemaNames) -> Tree {
    let code = code_member(dialect, names);
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
    let conditions: Vec<Tree> = registry
        .used_shapes()
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
                        Tree::map()
                            .with("details", dialect.reference(&naming::details_schema(shape))),
                    ),
                )
        })
        .collect();
    if !conditions.is_empty() {
        error = error.with("allOf", conditions);
    }
    error
}

/// The code member of either shape: a listed code, or a well-formed one
/// added later.
fn code_member(dialect: Dialect, names: &SchemaNames) -> Tree {
    Tree::map()
        .with(
            "description",
            "What went wrong. Branch on it, not on the HTTP status.",
        )
        .with(
            "anyOf",
            vec![
                dialect.reference(&names.known),
                dialect.reference(&names.unknown),
            ],
        )
}

/// RFC 9457 problem details as the runtime sends them
/// (`error_codes_runtime::problem` documents each member). Other members
/// are allowed: RFC 9457 extension members, which clients ignore.
fn problem_details(registry: &Registry, dialect: Dialect, names: &SchemaNames) -> Tree {
    let string = |description: &str| {
        Tree::map()
            .with("description", description)
            .with("type", "string")
    };
    let type_description = match &registry.page.docs_url {
        Some(url) => {
            format!("The code's documentation: {url}#<code>. Identifies the problem type.")
        }
        None => "`about:blank`: the API publishes no docs page; `code` identifies the problem."
            .to_string(),
    };
    let mut problem_type = string(&type_description).with("format", "uri-reference");
    if let Some((_, first)) = registry.codes().next() {
        problem_type = problem_type.with(
            "examples",
            vec![Tree::from(
                registry
                    .doc_url(first)
                    .unwrap_or_else(|| ABOUT_BLANK.to_string()),
            )],
        );
    }
    let invalid_param = Tree::map()
        .with("type", "object")
        .with("required", Tree::from_iter(["name", "reason"]))
        .with(
            "properties",
            Tree::map()
                .with(
                    "name",
                    string("The field (a dotted path for a nested one)."),
                )
                .with("reason", string("What is wrong with it.")),
        );
    Tree::map()
        .with(
            "description",
            "The body of every error response: RFC 9457 problem details \
             (application/problem+json).",
        )
        .with("type", "object")
        .with(
            "required",
            Tree::from_iter(["type", "title", "status", "detail", "code"]),
        )
        .with(
            "properties",
            Tree::map()
                .with("type", problem_type)
                .with(
                    "title",
                    string("What the code means: the same for every occurrence of the code."),
                )
                .with(
                    "status",
                    Tree::map()
                        .with("description", "The HTTP status of the response.")
                        .with("type", "integer")
                        .with("minimum", Tree::Int(400))
                        .with("maximum", Tree::Int(599)),
                )
                .with(
                    "detail",
                    string("This occurrence, for people: may change, never parse it."),
                )
                .with(
                    "instance",
                    string("Identifies this occurrence.").with("format", "uri-reference"),
                )
                .with("code", code_member(dialect, names))
                .with(
                    "request_id",
                    string(
                        "Identifies the request in support tickets (also the request-id header).",
                    ),
                )
                .with(
                    INVALID_PARAMS,
                    Tree::map()
                        .with(
                            "description",
                            "Field-level validation problems: one entry per problem with a field.",
                        )
                        .with("type", "array")
                        .with("items", invalid_param),
                )
                .with(
                    "details",
                    Tree::map()
                        .with(
                            "description",
                            "More about the failure; its shape depends on the code.",
                        )
                        .with("type", "object"),
                ),
        )
}

/// A body of the API's own layout (`Registry::body`): an object with
/// exactly the members the layout maps (dotted paths nest), each required
/// except `request_id`, `doc_url` and `details`, which an error may lack.
fn layout_body(registry: &Registry, dialect: Dialect, names: &SchemaNames) -> Tree {
    let Some(layout) = &registry.body else {
        return Tree::map().with("type", "object");
    };
    let string = |description: &str| {
        Tree::map()
            .with("description", description)
            .with("type", "string")
    };
    let members = layout
        .members()
        .into_iter()
        .map(|(field, path)| {
            let schema = match field {
                "code" => code_member(dialect, names),
                "status" => Tree::map()
                    .with("description", "The HTTP status of the response.")
                    .with("type", "integer")
                    .with("minimum", Tree::Int(400))
                    .with("maximum", Tree::Int(599)),
                "message" => string("For people: may change, never parse it."),
                "request_id" => string(
                    "Identifies the request in support tickets (also the request-id header).",
                ),
                "doc_url" => string("Where the code is documented.").with("format", "uri"),
                _ => Tree::map()
                    .with(
                        "description",
                        "More about the failure; its shape depends on the code.",
                    )
                    .with("type", "object"),
            };
            let required = matches!(field, "code" | "status" | "message");
            (layout.full_path(path), schema, required)
        })
        .collect::<Vec<_>>();
    let members = members
        .iter()
        .map(|(path, schema, required)| (path.split('.').collect(), schema.clone(), *required))
        .collect();
    object_schema(members).with(
        "description",
        "The body of every error response, in the API's own layout.",
    )
}

/// The schema of an object holding `members` (`(path, schema, required)`,
/// paths split at `.`): each first name a property, nested objects for the
/// longer paths, no other member.
fn object_schema(members: Vec<(Vec<&str>, Tree, bool)>) -> Tree {
    let mut names: Vec<&str> = Vec::new();
    for (path, _, _) in &members {
        if !names.contains(&path[0]) {
            names.push(path[0]);
        }
    }
    let mut properties = Tree::map();
    let mut required = Vec::new();
    for name in names {
        let here: Vec<_> = members
            .iter()
            .filter(|(path, _, _)| path[0] == name)
            .collect();
        if here.iter().any(|(_, _, r)| *r) {
            required.push(name);
        }
        let schema = match here.as_slice() {
            [(path, schema, _)] if path.len() == 1 => schema.clone(),
            _ => object_schema(
                here.iter()
                    .map(|(path, schema, r)| (path[1..].to_vec(), schema.clone(), *r))
                    .collect(),
            ),
        };
        properties = properties.with(name, schema);
    }
    Tree::map()
        .with("type", "object")
        .with("required", Tree::from_iter(required))
        .with("properties", properties)
        .with("additionalProperties", false)
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
