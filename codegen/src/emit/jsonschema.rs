//! Registry → JSON Schema (Draft 2020-12) of the error envelope
//! (`docs/schema/error-envelope.schema.json`). The OpenAPI document reuses
//! the same definitions under `components.schemas`.

use super::describe;
use super::text;
use super::tree::Tree;
use crate::model::{Code, CodeStyle, DetailsShape, Envelope, Member, MemberType, Registry};
use error_codes_runtime::MAX_CODE_LEN;

use crate::naming::{self, BodyKind, SchemaNames};
use error_codes_runtime::Envelope as Wire;

const ABOUT_BLANK: &str = Wire::ABOUT_BLANK;
const INVALID_PARAMS: &str = Wire::INVALID_PARAMS;

/// Where a document keeps its named schemas, which decides how `$ref`s
/// point at them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dialect {
    /// A standalone JSON Schema: `#/$defs/Name`.
    JsonSchema,
    /// An OpenAPI 3.1 document: `#/components/schemas/Name`, and the
    /// `x-enum-*` extensions that code generators read.
    OpenApi,
}

impl Dialect {
    /// The URI reference of a named schema.
    pub(crate) fn pointer(self, name: &str) -> String {
        let prefix = match self {
            Dialect::JsonSchema => "#/$defs/",
            Dialect::OpenApi => "#/components/schemas/",
        };
        format!("{prefix}{name}")
    }

    /// `{"$ref": …}` to a named schema.
    pub(crate) fn reference(self, name: &str) -> Tree {
        Tree::map().with("$ref", self.pointer(name))
    }
}

/// The pattern every snake_case code follows
/// (`validate::code_style::check_code_syntax`): a lowercase letter, then
/// lowercase letters, digits and single underscores, not ending in one.
pub(crate) const CODE_PATTERN: &str = "^[a-z][a-z0-9]*(_[a-z0-9]+)*$";

/// The pattern (ECMA-262, as JSON Schema reads it) of every code of
/// `style`: what `validate::code_style::check_code_syntax` accepts, but
/// for the length, which is `maxLength`. No backslash, so it reads the same
/// in JSON and YAML.
pub(crate) fn code_pattern(style: CodeStyle) -> &'static str {
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
pub(crate) fn root(registry: &Registry) -> &'static str {
    match registry.envelope {
        Envelope::Nested => naming::ENVELOPE_SCHEMA,
        Envelope::Rfc9457 => naming::PROBLEM_SCHEMA,
        Envelope::Layout => naming::LAYOUT_SCHEMA,
    }
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
pub(crate) fn definitions(
    registry: &Registry,
    dialect: Dialect,
    names: &SchemaNames,
) -> Vec<(String, Tree)> {
    let mut defs = match registry.envelope {
        Envelope::Nested => {
            let mut defs = vec![(
                naming::ENVELOPE_SCHEMA.to_string(),
                Tree::map()
                    .with("description", "The body of every error response.")
                    .with("type", "object")
                    .with("required", Tree::from_iter(["error"]))
                    .with(
                        "properties",
                        Tree::map().with("error", dialect.reference(naming::ERROR_SCHEMA)),
                    ),
            )];
            defs.extend(typed_body(
                registry,
                dialect,
                BodyKind::Error,
                naming::ERROR_SCHEMA,
                error_object(registry, dialect, names),
            ));
            defs
        }
        Envelope::Rfc9457 => typed_body(
            registry,
            dialect,
            BodyKind::Problem,
            root(registry),
            problem_details(registry, dialect, names),
        ),
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
    if registry.envelope == Envelope::Nested {
        for shape in registry.used_shapes() {
            defs.push((naming::details_schema(shape), details_schema(shape)));
        }
    }
    for (_, code) in registry.codes().filter(|(_, c)| !c.members.is_empty()) {
        defs.push((
            naming::code_details_schema(&code.rust_name),
            code_details(code, dialect),
        ));
    }
    for (_, schema) in &mut defs {
        open_objects(schema);
    }
    defs
}

/// Says `additionalProperties: true` on every object schema of `schema`
/// (one with `properties`) that does not say otherwise: what JSON Schema
/// assumes anyway, written because linters (redocly's examples check) and
/// code generators take an object that does not say as closed, and a body
/// may carry members a document does not describe (an `allOf` branch's
/// members are another branch's unknown ones). Walks the schema's
/// structure, so a property that happens to be named `properties` is a
/// property.
pub(crate) fn open_objects(schema: &mut Tree) {
    let Tree::Map(entries) = schema else { return };
    let has = |key: &str| entries.iter().any(|(k, _)| k == key);
    if has("properties") && !has("additionalProperties") && !has("unevaluatedProperties") {
        entries.push(("additionalProperties".to_string(), Tree::Bool(true)));
    }
    for (key, value) in entries.iter_mut() {
        match (key.as_str(), value) {
            ("properties" | "$defs" | "definitions" | "patternProperties", Tree::Map(inner)) => {
                for (_, schema) in inner {
                    open_objects(schema);
                }
            }
            ("allOf" | "anyOf" | "oneOf" | "prefixItems", Tree::Seq(items)) => {
                items.iter_mut().for_each(open_objects);
            }
            (
                "items"
                | "not"
                | "if"
                | "then"
                | "else"
                | "additionalProperties"
                | "contains"
                | "unevaluatedProperties",
                schema,
            ) => open_objects(schema),
            _ => {}
        }
    }
}

/// Whether a body of `kind` ties `code` to a schema of its own: a code
/// that declares members, and in the nested envelope a code of a details
/// shape (`validation_error`'s field errors; problem details carry those in
/// `invalid-params`, which every problem document may have).
fn has_variant(code: &Code, kind: BodyKind) -> bool {
    !code.members.is_empty() || (kind == BodyKind::Error && code.details.is_some())
}

/// The schema named `root` of a body of `kind`, whose `members` (every
/// member a body of any code may have) are given.
///
/// Without a code whose details are typed, that is `members` itself.
/// Otherwise `root` is a `oneOf` of one variant per such code (`members`
/// and its code's details, its code a `const`) and a variant for every
/// other code, listed or added later (`members`, its code none of the
/// typed ones): exactly one matches any body. OpenAPI gets a
/// `discriminator` on `code` whose mapping names every listed code's
/// variant, which is how client generators (openapi-typescript) narrow
/// details by code; a code added later has no mapping and is validated by
/// the `oneOf`, which is all JSON Schema reads.
fn typed_body(
    registry: &Registry,
    dialect: Dialect,
    kind: BodyKind,
    root: &str,
    members: Tree,
) -> Vec<(String, Tree)> {
    let typed: Vec<&Code> = registry
        .codes()
        .map(|(_, code)| code)
        .filter(|code| has_variant(code, kind))
        .collect();
    if typed.is_empty() {
        return vec![(root.to_string(), members)];
    }
    let (base, other) = kind.shared_schemas();
    let description = match kind {
        BodyKind::Error => {
            "The `error` member of an error response: its `details` are typed by its `code`."
        }
        BodyKind::Problem => {
            "The body of every error response: RFC 9457 problem details \
             (application/problem+json), with the members its `code` declares at the top level."
        }
    };
    let mut variants: Vec<(String, Tree)> = typed
        .iter()
        .map(|code| {
            let name = naming::code_variant_schema(&code.rust_name, kind);
            (name, code_variant(code, kind, base, dialect))
        })
        .collect();
    let typed_codes: Tree = typed.iter().map(|c| c.code.as_str()).collect();
    let fallback = Tree::map()
        .with(
            "description",
            "A body of a code whose details this document does not type: a listed code without \
             declared details, or a code added to the API after this document.",
        )
        .with(
            "allOf",
            vec![
                dialect.reference(base),
                Tree::map().with(
                    "properties",
                    Tree::map().with(
                        "code",
                        Tree::map().with("not", Tree::map().with("enum", typed_codes)),
                    ),
                ),
            ],
        );
    let untyped: Vec<&Code> = registry
        .codes()
        .map(|(_, code)| code)
        .filter(|code| !has_variant(code, kind))
        .collect();
    // A generator that reads the discriminator gives each `$ref`ed variant
    // the codes the mapping names for it, or else the variant's schema name
    // as its code: the fallback is a named variant only when listed codes
    // map to it.
    let mut one_of: Vec<Tree> = variants
        .iter()
        .map(|(name, _)| dialect.reference(name))
        .collect();
    if untyped.is_empty() {
        one_of.push(fallback.clone());
    } else {
        one_of.push(dialect.reference(other));
    }
    let mut schema = Tree::map()
        .with("description", description)
        .with("oneOf", one_of);
    if dialect == Dialect::OpenApi {
        let mapping = registry
            .codes()
            .map(|(_, code)| {
                let target = if has_variant(code, kind) {
                    naming::code_variant_schema(&code.rust_name, kind)
                } else {
                    other.to_string()
                };
                (code.code.clone(), Tree::from(dialect.pointer(&target)))
            })
            .collect();
        schema = schema.with(
            "discriminator",
            Tree::map()
                .with("propertyName", "code")
                .with("mapping", Tree::Map(mapping)),
        );
    }
    let base_description = match kind {
        BodyKind::Error => {
            "The members of the `error` member of an error response, whatever its code."
        }
        BodyKind::Problem => "The members of every problem document of the API, whatever its code.",
    };
    let members = match members {
        Tree::Map(entries) => Tree::Map(
            entries
                .into_iter()
                .map(|(key, value)| match key.as_str() {
                    "description" => (key, Tree::from(base_description)),
                    _ => (key, value),
                })
                .collect(),
        ),
        other => other,
    };
    let mut defs = vec![(root.to_string(), schema), (base.to_string(), members)];
    defs.append(&mut variants);
    if !untyped.is_empty() {
        defs.push((other.to_string(), fallback));
    }
    defs
}

/// The variant of a body of `kind` for one code whose details are typed:
/// the body's members, its code, and the code's details (the nested
/// envelope's `details` member; the top-level members of a problem
/// document).
fn code_variant(code: &Code, kind: BodyKind, base: &str, dialect: Dialect) -> Tree {
    let code_const = Tree::map().with("const", code.code.as_str());
    let own = match kind {
        BodyKind::Error => {
            let details = match code.details {
                Some(shape) => naming::details_schema(shape),
                None => naming::code_details_schema(&code.rust_name),
            };
            // A code with a required member cannot go without its details.
            let mut required = vec!["code"];
            if code.members.iter().any(|m| !m.optional) {
                required.push("details");
            }
            Tree::map()
                .with("type", "object")
                .with("required", Tree::from_iter(required))
                .with(
                    "properties",
                    Tree::map()
                        .with("code", code_const)
                        .with("details", dialect.reference(&details)),
                )
        }
        BodyKind::Problem => Tree::map()
            .with("type", "object")
            .with("required", Tree::from_iter(["code"]))
            .with("properties", Tree::map().with("code", code_const)),
    };
    let mut all_of = vec![dialect.reference(base)];
    if kind == BodyKind::Problem {
        all_of.push(dialect.reference(&naming::code_details_schema(&code.rust_name)));
    }
    all_of.push(own);
    Tree::map()
        .with(
            "description",
            format!("A body of `{}`, with its details.", code.code),
        )
        .with("allOf", all_of)
}

/// The schema of the members a code declares: each typed, the required
/// ones required, and any other member allowed, so that a member the API
/// adds later breaks no validator (`additionalProperties: true`, written
/// out: some generators read an object without it as closed).
fn code_details(code: &Code, dialect: Dialect) -> Tree {
    let description = details_description(code, dialect);
    let properties = code
        .members
        .iter()
        .map(|member| (member.name.clone(), member_schema(member, dialect)))
        .collect();
    let required: Tree = code
        .members
        .iter()
        .filter(|m| !m.optional)
        .map(|m| m.name.as_str())
        .collect();
    Tree::map()
        .with("description", description)
        .with("type", "object")
        .with("required", required)
        .with("properties", Tree::Map(properties))
        .with("additionalProperties", true)
}

/// The description of a code's details schema (the generated crate's
/// `utoipa` and `schemars` impls say it too, as JSON Schema does).
pub(crate) fn details_description(code: &Code, dialect: Dialect) -> String {
    let mut description = format!("The members `{}` declares", code.code);
    if let Some(meaning) = &code.meaning {
        description.push_str(" (");
        description.push_str(&prose(meaning, dialect));
        description.push(')');
    }
    description.push_str(": in the nested envelope its `error.details`, in a problem document (RFC 9457) top-level members.");
    description
}

/// Registry text in a description: CommonMark in OpenAPI (escaped), plain
/// text in JSON Schema.
fn prose(text: &str, dialect: Dialect) -> String {
    match dialect {
        Dialect::OpenApi => text::escape(text),
        Dialect::JsonSchema => text.to_string(),
    }
}

/// The schema of one declared member. An `enum:` member is a string whose
/// values are `examples`, not an `enum`: `diff` calls a value added a minor
/// change, so a validator made from this document must accept it.
fn member_schema(member: &Member, dialect: Dialect) -> Tree {
    let scalar = match &member.ty {
        MemberType::String => Tree::map().with("type", "string"),
        MemberType::Integer => Tree::map().with("type", "integer").with("format", "int64"),
        MemberType::Number => Tree::map().with("type", "number").with("format", "double"),
        MemberType::Boolean => Tree::map().with("type", "boolean"),
        MemberType::Enum(values) => Tree::map().with("type", "string").with(
            "examples",
            values.iter().map(String::as_str).collect::<Tree>(),
        ),
    };
    let mut description = member
        .description
        .as_deref()
        .map(|d| prose(d, dialect))
        .unwrap_or_default();
    if let MemberType::Enum(values) = &member.ty {
        if !description.is_empty() {
            if !description.ends_with(['.', '!', '?']) {
                description.push('.');
            }
            description.push(' ');
        }
        let listed = values
            .iter()
            .map(|v| text::code_span(v))
            .collect::<Vec<_>>()
            .join(", ");
        description.push_str(&format!(
            "Known values: {listed}; a value added later may come, and is to be kept."
        ));
    }
    let schema = if member.list {
        Tree::map().with("type", "array").with("items", scalar)
    } else {
        scalar
    };
    if description.is_empty() {
        return schema;
    }
    let Tree::Map(entries) = schema else {
        return schema;
    };
    let mut out = Tree::map().with("description", description);
    if let Tree::Map(head) = &mut out {
        head.extend(entries);
    }
    out
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
    Tree::map()
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
                        .with("type", "object")
                        .with("additionalProperties", true),
                )
                .with(
                    "request_id",
                    Tree::map()
                        .with("description", "Identifies the request in support tickets.")
                        .with("type", "string"),
                )
                .with("doc_url", doc_url),
        )
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
                        .with("type", "object")
                        .with("additionalProperties", true),
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
                    .with("type", "object")
                    .with("additionalProperties", true),
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
