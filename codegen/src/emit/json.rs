//! Registry → one JSON document with everything in it
//! (`docs/error-codes.json`, `error-codes export --format json`), for tools
//! in any language. Every key is always present; absent values are `null`.

use super::tree::Tree;
use crate::model::{DetailsShape, HeaderWhen, Registry, Retry};

/// Bumped when a key is removed or changes meaning; adding keys is not a
/// breaking change.
pub(crate) const FORMAT_VERSION: i64 = 1;

/// `provenance` says where it came from (`Layout::provenance`): JSON has
/// no comments, so it is the `generated_from` member.
pub(crate) fn export(registry: &Registry, provenance: &str) -> String {
    let mut text = tree(registry, provenance).to_json();
    text.push('\n');
    text
}

pub(crate) fn tree(registry: &Registry, provenance: &str) -> Tree {
    let page = &registry.page;
    let example = &page.envelope_example;
    let page = Tree::map()
        .with("title", page.title.as_str())
        .with("intro", page.intro.iter().collect::<Tree>())
        .with("docs_url", page.docs_url.as_deref())
        .with(
            "envelope_example",
            Tree::map()
                .with("code", example.code.as_str())
                .with("message", example.message.as_str())
                .with("request_id", example.request_id.as_deref()),
        )
        .with(
            "related",
            page.related
                .iter()
                .map(|r| {
                    Tree::map()
                        .with("title", r.title.as_str())
                        .with("description", r.description.as_deref())
                        .with("url", r.url.as_deref())
                })
                .collect::<Tree>(),
        );
    let headers = registry
        .headers
        .iter()
        .map(|h| {
            Tree::map()
                .with("name", h.name.as_str())
                .with(
                    "when",
                    match h.when {
                        HeaderWhen::Always => Tree::from(HeaderWhen::ALWAYS),
                        HeaderWhen::Status(status) => Tree::from(status),
                    },
                )
                .with("format", h.format.as_str())
                .with("example", h.example.as_deref())
                .with("description", h.description.as_deref())
        })
        .collect::<Tree>();
    let categories = registry
        .categories
        .iter()
        .map(|c| {
            Tree::map()
                .with("title", c.title.as_str())
                .with("name", c.rust_name.as_str())
                .with("status_kind", c.status_kind.as_str())
                .with(
                    "codes",
                    c.codes
                        .iter()
                        .map(|code| code.code.as_str())
                        .collect::<Tree>(),
                )
        })
        .collect::<Tree>();
    let codes = registry
        .codes()
        .map(|(category, code)| {
            let deprecated = code.deprecated.as_ref().map(|d| {
                Tree::map()
                    .with("since", d.since.as_str())
                    .with("sunset", d.sunset.map(|date| date.to_string()))
                    .with("use_instead", d.use_instead.as_deref())
                    .with("note", d.note.as_deref())
            });
            Tree::map()
                .with("code", code.code.as_str())
                .with("status", code.status)
                .with("category", category.rust_name.as_str())
                .with("meaning", code.meaning.as_deref())
                .with("retry", code.retry.as_str())
                .with("retryable", code.retry != Retry::Never)
                .with("details", code.details.map(DetailsShape::as_str))
                .with("deprecated", deprecated)
                .with("doc_url", registry.doc_url(code))
                .with("rust_name", code.rust_name.as_str())
        })
        .collect::<Tree>();
    Tree::map()
        .with("format_version", FORMAT_VERSION)
        .with("generated_from", provenance)
        .with("page", page)
        .with("headers", headers)
        .with("categories", categories)
        .with("codes", codes)
        .with_opt(
            "common_codes",
            operations(registry).map(|_| {
                registry
                    .common_codes
                    .iter()
                    .map(String::as_str)
                    .collect::<Tree>()
            }),
        )
        .with_opt("operations", operations(registry))
}

/// Each operation with every code it may answer with
/// (`Registry::operation_codes`); `None` for a registry without operations,
/// whose export is unchanged.
fn operations(registry: &Registry) -> Option<Tree> {
    if registry.operations.is_empty() {
        return None;
    }
    Some(
        registry
            .operations
            .iter()
            .map(|op| {
                Tree::map()
                    .with("id", op.id.as_str())
                    .with("method", op.method.as_deref())
                    .with("path", op.path.as_deref())
                    .with("description", op.description.as_deref())
                    .with(
                        "listed",
                        op.codes.iter().map(String::as_str).collect::<Tree>(),
                    )
                    .with(
                        "codes",
                        registry
                            .operation_codes(op)
                            .iter()
                            .map(|c| c.code.as_str())
                            .collect::<Tree>(),
                    )
            })
            .collect(),
    )
}
