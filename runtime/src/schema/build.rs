//! The one schema builder: a [`Description`] → the named schemas of its
//! bodies and codes, as JSON values (schemars' model: a schema is a JSON
//! value). The generator writes them into its JSON Schema and OpenAPI
//! documents; the `utoipa` and `schemars` integrations convert them.

use serde_json::{Map, Value, json};

use super::describe::{CodeDetails, CodeSchema, Description, Dialect, MemberSchema};
use super::member::member_schema;
use super::members::{
    DOC_URL, MESSAGE, REQUEST_ID, any_details, code_member, reference, status, string,
};
use super::names::{self, Body};
use crate::wire::Shape;
use crate::{Envelope, MAX_CODE_LEN};

/// Which body a [`Shape`] writes, as its schemas name it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Kind<'a> {
    /// The nested envelope ([`BodyLayout::NESTED`]).
    Nested,
    /// An RFC 9457 problem document.
    Problem,
    /// The API's own layout.
    Layout(Shape<'a>),
    /// Google's JSON body.
    Google(Shape<'a>),
}

impl<'a> Kind<'a> {
    pub(crate) fn of(shape: Shape<'a>) -> Self {
        match shape {
            Shape::Rfc9457 => Kind::Problem,
            shape if shape == Shape::of(Envelope::Nested) => Kind::Nested,
            shape @ Shape::Layout { .. } => Kind::Layout(shape),
            shape @ Shape::Google { .. } => Kind::Google(shape),
        }
    }

    /// The name of the schema of the whole body.
    pub(crate) fn root(self) -> &'static str {
        match self {
            Kind::Nested => names::ENVELOPE,
            Kind::Problem => names::PROBLEM,
            Kind::Layout(_) | Kind::Google(_) => names::LAYOUT,
        }
    }
}

/// The name of the schema of a whole body of `shape`: `ErrorEnvelope` for
/// the nested envelope, `ProblemDetails` for RFC 9457, `ErrorBody` for an
/// API's own layout.
pub fn root(shape: Shape<'_>) -> &'static str {
    Kind::of(shape).root()
}

/// The named schemas of `description`'s bodies and codes, in reading
/// order: the body's (and, when codes' details are typed, its shared
/// members, each typed code's variant and the variant of every other
/// code), the code enum's, the unknown code's, and the details'.
pub fn definitions(description: &Description<'_>, dialect: Dialect) -> Vec<(String, Value)> {
    let kind = Kind::of(description.shape);
    let mut defs = match kind {
        Kind::Nested => {
            let mut defs = vec![(
                names::ENVELOPE.to_owned(),
                json!({
                    "description": "The body of every error response.",
                    "type": "object",
                    "required": ["error"],
                    "properties": {"error": reference(dialect, names::ERROR)},
                }),
            )];
            defs.extend(typed_body(
                description,
                dialect,
                Body::Error,
                names::ERROR,
                error_object(description, dialect),
            ));
            defs
        }
        Kind::Problem => typed_body(
            description,
            dialect,
            Body::Problem,
            names::PROBLEM,
            problem_details(description, dialect),
        ),
        Kind::Layout(shape) => super::layout::layout_body(description, dialect, shape),
        Kind::Google(shape) => super::google::google_body(description, dialect, shape),
    };
    defs.push((
        description.known.to_owned(),
        error_code(description, dialect),
    ));
    defs.push((
        description.unknown.to_owned(),
        json!({
            "description": "A well-formed code that this document does not list: added to the API after it was generated. Handle it by its HTTP status.",
            "type": "string",
            "pattern": description.code_pattern,
            "maxLength": MAX_CODE_LEN,
        }),
    ));
    // Problem details carry field errors in `invalid-params`, not `details`;
    // a layout's `details` member is described as an object.
    if kind == Kind::Nested
        && description
            .codes
            .iter()
            .any(|c| c.details == CodeDetails::FieldErrors)
    {
        defs.push((names::FIELD_ERRORS.to_owned(), field_errors()));
    }
    for code in description.codes {
        if let CodeDetails::Members(members) = code.details {
            defs.push((
                names::details(code.variant),
                code_details(code, members, dialect),
            ));
        }
    }
    for (_, schema) in &mut defs {
        open_objects(schema);
    }
    defs
}

/// The schema named `name` of `defs` (named schemas whose `$ref`s start
/// with `prefix`), and the ones it refers to, directly or through others,
/// in `defs`' order: what a schema library wants of a type's schema.
#[cfg(any(feature = "utoipa", feature = "schemars"))]
pub(crate) fn split<T>(
    defs: Vec<(String, T)>,
    name: &str,
    refs: impl Fn(&T) -> Vec<String>,
) -> (Option<T>, Vec<(String, T)>) {
    let mut wanted = vec![name.to_owned()];
    let mut seen = 0;
    while seen < wanted.len() {
        let next = wanted[seen].clone();
        seen += 1;
        if let Some((_, schema)) = defs.iter().find(|(n, _)| *n == next) {
            for target in refs(schema) {
                if !wanted.contains(&target) {
                    wanted.push(target);
                }
            }
        }
    }
    let mut own = None;
    let mut rest = Vec::new();
    for (n, schema) in defs {
        if n == name {
            own = Some(schema);
        } else if wanted.contains(&n) {
            rest.push((n, schema));
        }
    }
    (own, rest)
}

/// The names of the schemas `schema` refers to (`$ref`s under `prefix`).
#[cfg(any(feature = "utoipa", feature = "schemars"))]
pub(crate) fn references(schema: &Value, prefix: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![schema];
    while let Some(value) = stack.pop() {
        match value {
            Value::Object(entries) => {
                if let Some(Value::String(target)) = entries.get("$ref")
                    && let Some(name) = target.strip_prefix(prefix)
                {
                    out.push(name.to_owned());
                }
                stack.extend(entries.values());
            }
            Value::Array(items) => stack.extend(items),
            _ => {}
        }
    }
    out
}

/// The schema of the details of field errors (`details: field_errors`).
pub fn field_errors() -> Value {
    let mut schema = json!({
        "description": "Field-level validation problems: field name → what is wrong with it.",
        "type": "object",
        "required": ["fields"],
        "properties": {
            "fields": {
                "type": "object",
                "additionalProperties": {"type": "array", "items": {"type": "string"}},
            },
        },
    });
    open_objects(&mut schema);
    schema
}

/// Says `additionalProperties: true` on every object schema of `schema`
/// (one with `properties`) that does not say otherwise: what JSON Schema
/// assumes anyway, written because linters (redocly's examples check) and
/// code generators take an object that does not say as closed, and a body
/// may carry members a document does not describe (an `allOf` branch's
/// members are another branch's unknown ones). Walks the schema's
/// structure, so a property that happens to be named `properties` is a
/// property.
pub fn open_objects(schema: &mut Value) {
    let Value::Object(entries) = schema else {
        return;
    };
    if entries.contains_key("properties")
        && !entries.contains_key("additionalProperties")
        && !entries.contains_key("unevaluatedProperties")
    {
        entries.insert("additionalProperties".to_owned(), Value::Bool(true));
    }
    for (key, value) in entries.iter_mut() {
        match (key.as_str(), value) {
            (
                "properties" | "$defs" | "definitions" | "patternProperties",
                Value::Object(inner),
            ) => {
                inner.values_mut().for_each(open_objects);
            }
            ("allOf" | "anyOf" | "oneOf" | "prefixItems", Value::Array(items)) => {
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

/// Whether a body of `body` ties `code` to a schema of its own: a code
/// that declares members, and in the nested envelope a code of field
/// errors (problem details carry those in `invalid-params`, which every
/// problem document may have).
fn has_variant(code: &CodeSchema<'_>, body: Body) -> bool {
    match code.details {
        CodeDetails::None => false,
        CodeDetails::FieldErrors => body == Body::Error,
        CodeDetails::Members(_) => true,
    }
}

/// The schema named `root` of a body of `body`, whose `members` (every
/// member a body of any code may have) are given.
///
/// Without a code whose details are typed, that is `members` itself.
/// Otherwise `root` is a `oneOf` of one variant per such code (`members`
/// and its code's details, its code the one value) and a variant for every
/// other code, listed or added later (`members`, its code none of the
/// typed ones): exactly one matches any body. OpenAPI gets a
/// `discriminator` on `code` whose mapping names every listed code's
/// variant, which is how client generators (openapi-typescript) narrow
/// details by code; a code added later has no mapping and is validated by
/// the `oneOf`, which is all JSON Schema reads.
fn typed_body(
    description: &Description<'_>,
    dialect: Dialect,
    body: Body,
    root: &str,
    members: Value,
) -> Vec<(String, Value)> {
    let typed: Vec<&CodeSchema<'_>> = description
        .codes
        .iter()
        .filter(|code| has_variant(code, body))
        .collect();
    if typed.is_empty() {
        return vec![(root.to_owned(), members)];
    }
    let (base, other) = body.shared();
    let text = match body {
        Body::Error => {
            "The `error` member of an error response: its `details` are typed by its `code`."
        }
        Body::Problem => {
            "The body of every error response: RFC 9457 problem details \
             (application/problem+json), with the members its `code` declares at the top level."
        }
    };
    let mut variants: Vec<(String, Value)> = typed
        .iter()
        .map(|code| {
            (
                names::variant(code.variant, body),
                code_variant(code, body, base, dialect),
            )
        })
        .collect();
    let typed_codes: Vec<&str> = typed.iter().map(|c| c.code).collect();
    let fallback = json!({
        "description": "A body of a code whose details this document does not type: a listed code without declared details, or a code added to the API after this document.",
        "allOf": [
            reference(dialect, base),
            {"properties": {"code": {"not": {"enum": typed_codes}}}},
        ],
    });
    let untyped = description.codes.iter().any(|c| !has_variant(c, body));
    // A generator that reads the discriminator gives each `$ref`ed variant
    // the codes the mapping names for it, or else the variant's schema name
    // as its code: the fallback is a named variant only when listed codes
    // map to it.
    let mut one_of: Vec<Value> = variants
        .iter()
        .map(|(name, _)| reference(dialect, name))
        .collect();
    one_of.push(if untyped {
        reference(dialect, other)
    } else {
        fallback.clone()
    });
    let mut schema = json!({"description": text, "oneOf": one_of});
    if dialect == Dialect::OpenApi {
        let mapping: Map<String, Value> = description
            .codes
            .iter()
            .map(|code| {
                let target = if has_variant(code, body) {
                    names::variant(code.variant, body)
                } else {
                    other.to_owned()
                };
                (code.code.to_owned(), Value::from(dialect.pointer(&target)))
            })
            .collect();
        schema["discriminator"] = json!({"propertyName": "code", "mapping": mapping});
    }
    let mut members = members;
    members["description"] = Value::from(match body {
        Body::Error => "The members of the `error` member of an error response, whatever its code.",
        Body::Problem => "The members of every problem document of the API, whatever its code.",
    });
    let mut defs = vec![(root.to_owned(), schema), (base.to_owned(), members)];
    defs.append(&mut variants);
    if untyped {
        defs.push((other.to_owned(), fallback));
    }
    defs
}

/// The variant of a body of `body` for one code whose details are typed:
/// the body's members, its code, and the code's details (the nested
/// envelope's `details` member; the top-level members of a problem
/// document).
fn code_variant(code: &CodeSchema<'_>, body: Body, base: &str, dialect: Dialect) -> Value {
    let one = json!({"enum": [code.code]});
    let own = match body {
        Body::Error => {
            let details = match code.details {
                CodeDetails::FieldErrors => names::FIELD_ERRORS.to_owned(),
                _ => names::details(code.variant),
            };
            // A code with a required member cannot go without its details.
            let required = match code.details {
                CodeDetails::Members(members) if members.iter().any(|m| !m.optional) => {
                    json!(["code", "details"])
                }
                _ => json!(["code"]),
            };
            json!({
                "type": "object",
                "required": required,
                "properties": {"code": one, "details": reference(dialect, &details)},
            })
        }
        Body::Problem => json!({
            "type": "object",
            "required": ["code"],
            "properties": {"code": one},
        }),
    };
    let mut all_of = vec![reference(dialect, base)];
    if body == Body::Problem {
        all_of.push(reference(dialect, &names::details(code.variant)));
    }
    all_of.push(own);
    json!({
        "description": format!("A body of `{}`, with its details.", code.code),
        "allOf": all_of,
    })
}

/// The schema of the members a code declares: each typed, the required
/// ones required, and any other member allowed, so that a member the API
/// adds later breaks no validator (`additionalProperties: true`, written
/// out: some generators read an object without it as closed).
fn code_details(code: &CodeSchema<'_>, members: &[MemberSchema<'_>], dialect: Dialect) -> Value {
    let properties: Map<String, Value> = members
        .iter()
        .map(|member| {
            let schema = member_schema(member, code.objects, dialect);
            (member.name.to_owned(), schema)
        })
        .collect();
    let required: Vec<&str> = members
        .iter()
        .filter(|m| !m.optional)
        .map(|m| m.name)
        .collect();
    let mut schema = json!({
        "description": details_description(code, dialect),
        "type": "object",
    });
    // An empty `required` says nothing: left out, as utoipa leaves it out.
    if !required.is_empty() {
        schema["required"] = json!(required);
    }
    schema["properties"] = Value::Object(properties);
    schema["additionalProperties"] = Value::Bool(true);
    schema
}

/// The description of a code's details schema.
fn details_description(code: &CodeSchema<'_>, dialect: Dialect) -> String {
    let mut description = format!("The members `{}` declares", code.code);
    if let Some(meaning) = code.meaning {
        description.push_str(" (");
        description.push_str(meaning.of(dialect));
        description.push(')');
    }
    description.push_str(": in the nested envelope its `error.details`, in a problem document (RFC 9457) top-level members.");
    description
}

/// The first code's docs URL, as an example of a docs URL.
fn example_doc_url(description: &Description<'_>) -> Option<String> {
    let url = description.docs_url?;
    let first = description.codes.first()?;
    Some(format!("{url}#{}", first.code))
}

fn error_object(description: &Description<'_>, dialect: Dialect) -> Value {
    let mut doc_url = json!({"description": DOC_URL, "type": "string", "format": "uri"});
    if let Some(url) = example_doc_url(description) {
        doc_url["examples"] = json!([url]);
    }
    json!({
        "description": "The `error` member of an error response.",
        "type": "object",
        "required": ["code", "message"],
        "properties": {
            "code": code_member(description, dialect),
            "message": string(MESSAGE),
            "details": any_details(),
            "request_id": string(REQUEST_ID),
            "doc_url": doc_url,
        },
    })
}

/// RFC 9457 problem details as the runtime sends them (the
/// [`problem`](crate::problem) module documents each member). Other
/// members are allowed: RFC 9457 extension members, which clients ignore.
fn problem_details(description: &Description<'_>, dialect: Dialect) -> Value {
    let type_description = match description.docs_url {
        Some(url) => {
            format!("The code's documentation: {url}#<code>. Identifies the problem type.")
        }
        None => "`about:blank`: the API publishes no docs page; `code` identifies the problem."
            .to_owned(),
    };
    let mut problem_type = string(&type_description);
    problem_type["format"] = json!("uri-reference");
    if !description.codes.is_empty() {
        let example = example_doc_url(description).unwrap_or_else(|| Envelope::ABOUT_BLANK.into());
        problem_type["examples"] = json!([example]);
    }
    let mut instance = string("Identifies this occurrence.");
    instance["format"] = json!("uri-reference");
    let mut properties = Map::new();
    for (name, schema) in [
        ("type", problem_type),
        (
            "title",
            string("What the code means: the same for every occurrence of the code."),
        ),
        ("status", status()),
        (
            "detail",
            string("This occurrence, for people: may change, never parse it."),
        ),
        ("instance", instance),
        ("code", code_member(description, dialect)),
        ("request_id", string(REQUEST_ID)),
        (
            Envelope::INVALID_PARAMS,
            json!({
                "description": "Field-level validation problems: one entry per problem with a field.",
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["name", "reason"],
                    "properties": {
                        "name": string("The field (a dotted path for a nested one)."),
                        "reason": string("What is wrong with it."),
                    },
                },
            }),
        ),
        ("details", any_details()),
    ] {
        properties.insert(name.to_owned(), schema);
    }
    json!({
        "description": "The body of every error response: RFC 9457 problem details (application/problem+json).",
        "type": "object",
        "required": ["type", "title", "status", "detail", "code"],
        "properties": properties,
    })
}

fn error_code(description: &Description<'_>, dialect: Dialect) -> Value {
    let codes: Vec<&str> = description.codes.iter().map(|c| c.code).collect();
    let mut schema = json!({
        "description": "Every error code the API defines, in registry order.",
        "type": "string",
        "enum": codes,
    });
    if dialect == Dialect::OpenApi {
        let varnames: Vec<&str> = description.codes.iter().map(|c| c.variant).collect();
        let summaries: Vec<&str> = description.codes.iter().map(|c| c.summary).collect();
        schema["x-enum-varnames"] = json!(varnames);
        schema["x-enum-descriptions"] = json!(summaries);
    }
    schema
}
