//! Registry → an OpenAPI 3.1 document (`docs/openapi/error-codes.yaml`) of
//! the error vocabulary: schemas, reusable responses per status and headers,
//! for API descriptions to `$ref` and for client generators.

mod google;
mod marked;
mod paths;

use super::describe;
use super::jsonschema::{self, Dialect};
use super::text;
use super::tree::Tree;
use crate::model::{
    BodyLayout, Code, Envelope, Header, HeaderFormat, HeaderWhen, Registry, StatusKind,
};
use crate::naming::SchemaNames;
use error_codes_runtime::Envelope as Wire;

/// The whole document, as YAML.
/// The whole document, as YAML (the provenance comment comes first, from
/// `Layout::preamble`).
pub(crate) fn document(registry: &Registry, names: &SchemaNames, server: &str) -> String {
    tree(registry, names, server).to_yaml()
}

/// The document's `servers`: the configured base URL, or, for an API
/// without a fixed one (`docs.openapi_server` empty), a `{server}` variable
/// whose default is a local address, never a made-up host.
fn servers(server: &str) -> Tree {
    let entry = if server.is_empty() {
        Tree::map()
            .with("url", "{server}")
            .with(
                "description",
                "The API's base URL (`docs.openapi_server` in the project's configuration names it).",
            )
            .with(
                "variables",
                Tree::map().with(
                    "server",
                    Tree::map()
                        .with("default", "http://localhost:8080")
                        .with("description", "The API's base URL."),
                ),
            )
    } else {
        Tree::map().with("url", server)
    };
    Tree::Seq(vec![entry])
}

/// The document as a tree, for the JSON export and for tests.
pub(crate) fn tree(registry: &Registry, names: &SchemaNames, server: &str) -> Tree {
    let page = &registry.page;
    // Descriptions are CommonMark in OpenAPI: registry text is escaped.
    let description = page
        .intro
        .iter()
        .map(|p| text::escape(p))
        .collect::<Vec<_>>()
        .join("\n\n");
    let info = Tree::map()
        .with("title", page.title.as_str())
        // The registry has no version of its own; the generator's changes
        // with every release that could change this document.
        .with("version", env!("CARGO_PKG_VERSION"))
        .with("description", description);
    let mut doc = Tree::map()
        .with("openapi", "3.1.0")
        .with("info", info)
        .with("servers", servers(server));
    if let Some(url) = &page.docs_url {
        doc = doc.with(
            "externalDocs",
            Tree::map()
                .with("description", "Every error code, with its meaning")
                .with("url", url.as_str()),
        );
    }
    let mut components = Tree::map().with(
        "schemas",
        Tree::Map(jsonschema::definitions(registry, Dialect::OpenApi, names)),
    );
    if !registry.headers.is_empty() {
        components = components.with("headers", headers(registry));
    }
    components = components.with("responses", responses(registry, names));
    if let Some(paths) = paths::paths(registry, names) {
        // The document describes the operations' error responses, not how
        // a caller authenticates: the API's own document says that (a team
        // merges these responses into it), so this one names no requirement.
        doc = doc
            .with("security", Tree::Seq(Vec::new()))
            .with("paths", paths);
    }
    doc.with("components", components)
}

fn headers(registry: &Registry) -> Tree {
    Tree::Map(
        registry
            .headers
            .iter()
            .map(|h| (h.name.clone(), header(h)))
            .collect(),
    )
}

fn header(h: &Header) -> Tree {
    let schema = match h.format {
        HeaderFormat::Text => Tree::map().with("type", "string"),
        HeaderFormat::Integer => Tree::map()
            .with("type", "integer")
            .with("minimum", Tree::Int(0)),
        HeaderFormat::Seconds => Tree::map()
            .with("type", "integer")
            .with("minimum", Tree::Int(0))
            .with_opt("description", describe::header_format(h.format)),
    };
    let example = h.example.as_deref().map(|e| match h.format {
        // An integer header's example is an integer, as its schema says.
        HeaderFormat::Integer | HeaderFormat::Seconds => {
            e.parse::<i64>().map_or_else(|_| Tree::from(e), Tree::Int)
        }
        HeaderFormat::Text => Tree::from(e),
    });
    Tree::map()
        .with_opt("description", h.description.as_deref().map(text::escape))
        .with("required", matches!(h.when, HeaderWhen::Always))
        .with("schema", schema)
        .with_opt("example", example)
}

/// Name of the reusable response of a status, e.g. `Conflict`.
pub(crate) fn response_name(status: u16) -> String {
    crate::naming::response_component(status, describe::reason_phrase(status))
}

/// The statuses this API responds with, ascending. Codes of `reported`
/// categories describe something else's status and have no response.
pub(crate) fn response_statuses(registry: &Registry) -> Vec<u16> {
    let mut statuses: Vec<u16> = registry
        .codes()
        .filter(|(category, _)| category.status_kind == StatusKind::Response)
        .map(|(_, code)| code.status)
        .collect();
    statuses.sort_unstable();
    statuses.dedup();
    statuses
}

/// The schema that narrows a layout's body to the codes of one status:
/// the code member to those codes, the status member to the status (in
/// each item, for a body that is an array of error objects).
fn layout_narrowed(registry: &Registry, code: Tree, status: u16) -> Tree {
    let Some(layout) = &registry.body else {
        return Tree::map();
    };
    // `root: "[]"`: the body is the array; each item is narrowed.
    let whole_array = layout.root.is_none() && layout.root_items;
    let full_path = |path: &str| {
        if whole_array {
            path.to_owned()
        } else {
            layout.full_path(path)
        }
    };
    let mut members = vec![(full_path(&layout.code), code)];
    if let Some(path) = &layout.status {
        let status = if layout.status_string {
            Tree::from(status.to_string().as_str())
        } else {
            Tree::Int(i64::from(status))
        };
        members.push((full_path(path), Tree::map().with("const", status)));
    }
    let mut narrowed = Tree::map();
    for (path, schema) in members {
        narrowed = nest_property(narrowed, &path, schema);
    }
    let narrowed = Tree::map().with("properties", narrowed);
    if whole_array {
        Tree::map().with("items", narrowed)
    } else {
        narrowed
    }
}

/// The code member of a response whose codes are `codes`, in a layout
/// that sends codes as JSON numbers: one of them, or a number no code of
/// the registry has (a code added later).
fn numeric_code_narrowed(registry: &Registry, codes: &[&Code]) -> Tree {
    let number = |code: &Code| {
        error_codes_runtime::wire::numeric_code(&code.code)
            .and_then(|n| i64::try_from(n).ok())
            .map(Tree::Int)
    };
    let listed: Tree = codes.iter().filter_map(|c| number(c)).collect();
    let every: Tree = registry.codes().filter_map(|(_, c)| number(c)).collect();
    Tree::map().with(
        "anyOf",
        vec![
            Tree::map().with("enum", listed),
            Tree::map()
                .with("type", "integer")
                .with("minimum", Tree::Int(0))
                .with("not", Tree::map().with("enum", every)),
        ],
    )
}

/// `properties` with `schema` at the dotted `path` (`{"a": {"properties":
/// {"b": schema}}}` for `a.b`).
fn nest_property(properties: Tree, path: &str, schema: Tree) -> Tree {
    let Tree::Map(mut entries) = properties else {
        return properties;
    };
    let (first, rest) = match path.split_once('.') {
        Some((first, rest)) => (first, Some(rest)),
        None => (path, None),
    };
    // An array root's member (`errors[]`): its items are narrowed.
    let (first, items) = match first.strip_suffix(BodyLayout::ITEMS_SUFFIX) {
        Some(array) => (array, true),
        None => (first, false),
    };
    let existing = entries.iter().position(|(key, _)| key == first);
    let value = match rest {
        None => schema,
        Some(rest) => {
            let mut held = existing.map(|i| entries.remove(i).1);
            if let (true, Some(Tree::Map(fields))) = (items, &held) {
                held = fields
                    .iter()
                    .find(|(key, _)| key == "items")
                    .map(|(_, schema)| schema.clone());
            }
            let inner = match held {
                Some(Tree::Map(fields)) => fields
                    .into_iter()
                    .find(|(key, _)| key == "properties")
                    .map_or_else(Tree::map, |(_, p)| p),
                _ => Tree::map(),
            };
            let narrowed = Tree::map().with("properties", nest_property(inner, rest, schema));
            if items {
                Tree::map().with("items", narrowed)
            } else {
                narrowed
            }
        }
    };
    entries.push((first.to_string(), value));
    Tree::Map(entries)
}

fn responses(registry: &Registry, names: &SchemaNames) -> Tree {
    let mut out = Tree::map();
    for status in response_statuses(registry) {
        let codes: Vec<_> = registry
            .codes()
            .filter(|(category, code)| {
                category.status_kind == StatusKind::Response && code.status == status
            })
            .map(|(_, code)| code)
            .collect();
        out = out.with(
            response_name(status),
            status_response(registry, names, status, &codes),
        );
    }
    out
}

/// The response of `status` whose body's code is one of `codes` (all of
/// that status), or a code added after this document: a reusable response
/// of the components, and an operation's response of the status (`paths`).
pub(super) fn status_response(
    registry: &Registry,
    names: &SchemaNames,
    status: u16,
    codes: &[&Code],
) -> Tree {
    {
        let listed = codes
            .iter()
            .map(|c| format!("`{}`", c.code))
            .collect::<Vec<_>>()
            .join(", ");
        let member = match registry.envelope {
            Envelope::Nested => "`error.code`",
            Envelope::Rfc9457 => "Problem details (RFC 9457) whose `code`",
            Envelope::Layout => "The code member",
            Envelope::Google | Envelope::GoogleRpcStatus => "The `ErrorInfo` detail's `reason`",
        };
        let description = format!(
            "{status}{}. {member} is one of {listed}, or a code added after this document.{}",
            describe::reason_phrase(status).map_or(String::new(), |r| format!(" {r}")),
            marked::success_status_note(registry, status).unwrap_or_default()
        );
        let mut headers: Vec<(String, Tree)> = registry
            .headers
            .iter()
            .filter(|h| h.when == HeaderWhen::Always || h.when == HeaderWhen::Status(status))
            .map(|h| {
                (
                    h.name.clone(),
                    Tree::map().with("$ref", format!("#/components/headers/{}", h.name)),
                )
            })
            .collect();
        // The layout's code header, unless `headers:` documents it.
        let code_header = registry.body.as_ref().and_then(|b| b.code_header.as_ref());
        if let Some(name) = code_header
            && !headers.iter().any(|(h, _)| h.eq_ignore_ascii_case(name))
        {
            headers.push((
                name.clone(),
                Tree::map()
                    .with("description", marked::code_header_description(registry))
                    .with("required", true)
                    .with("schema", Tree::map().with("type", "string")),
            ));
        }
        let has_headers = !headers.is_empty();
        let headers = Tree::Map(headers);
        // A known code of another status is wrong here; an unknown one is
        // tolerated, for forward compatibility.
        let numbers = registry.body.as_ref().is_some_and(|b| b.code_number);
        let code = if numbers {
            numeric_code_narrowed(registry, codes)
        } else if let Some(qualified) = marked::qualified_code_narrowed(registry, codes) {
            qualified
        } else {
            Tree::map().with(
                "anyOf",
                vec![
                    Tree::map().with(
                        "enum",
                        codes.iter().map(|c| c.code.as_str()).collect::<Tree>(),
                    ),
                    Tree::map().with(
                        "allOf",
                        vec![
                            jsonschema::reference(Dialect::OpenApi, &names.unknown),
                            Tree::map()
                                .with("not", jsonschema::reference(Dialect::OpenApi, &names.known)),
                        ],
                    ),
                ],
            )
        };
        let narrowed = match registry.envelope {
            Envelope::Nested => Tree::map().with(
                "properties",
                Tree::map().with(
                    "error",
                    Tree::map().with("properties", Tree::map().with("code", code)),
                ),
            ),
            Envelope::Rfc9457 => Tree::map().with(
                "properties",
                Tree::map().with("code", code).with(
                    "status",
                    Tree::map().with("const", Tree::Int(i64::from(status))),
                ),
            ),
            Envelope::Layout => layout_narrowed(registry, code, status),
            Envelope::Google | Envelope::GoogleRpcStatus => {
                Tree::map().with("properties", google::narrowed(registry, codes, status))
            }
        };
        let schema = Tree::map().with(
            "allOf",
            vec![
                jsonschema::reference(Dialect::OpenApi, jsonschema::root(registry)),
                narrowed,
            ],
        );
        let examples = Tree::Map(
            codes
                .iter()
                .map(|c| {
                    let example = Tree::map()
                        .with("summary", describe::summary(c))
                        .with("value", describe::sample_body(registry, c));
                    (c.code.clone(), example)
                })
                .collect(),
        );
        let mut response = Tree::map().with("description", description);
        if has_headers {
            response = response.with("headers", headers);
        }
        let mut schema = schema;
        jsonschema::open_objects(&mut schema);
        response = response.with(
            "content",
            Tree::map().with(
                registry
                    .body
                    .as_ref()
                    .and_then(|layout| layout.media_type.as_deref())
                    .unwrap_or(Wire::from(registry.envelope).media_type()),
                Tree::map()
                    .with("schema", schema)
                    .with("examples", examples),
            ),
        );
        response
    }
}
