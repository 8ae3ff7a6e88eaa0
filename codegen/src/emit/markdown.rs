//! Registry → the Markdown docs page (`docs/error-codes.md`), and the
//! tables alone for the crate's rustdoc.

mod operations;

use std::fmt::Write;

use super::describe::{self, Text};
use super::text::{code_span, escape};
use crate::model::{Category, Code, Envelope, HeaderWhen, Registry, Retry};
use error_codes_runtime::Envelope as Wire;

/// How a code cell links.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Links<'a> {
    /// The docs page: every code row carries an HTML anchor named after the code.
    Anchors,
    /// Rustdoc: every code links to its variant of the code enum, named as
    /// the configuration names it (`rust.code_enum`).
    Rustdoc { code_enum: &'a str },
}

/// The whole docs page.
pub(crate) fn page(registry: &Registry) -> String {
    let page = &registry.page;
    // The provenance comment comes first, from `Layout::preamble`.
    let mut out = String::from("\n");
    let _ = writeln!(out, "# {}\n", escape(&page.title));
    for paragraph in &page.intro {
        let _ = writeln!(out, "{}\n", escape(paragraph));
    }

    out.push_str("## Envelope\n\n");
    if registry.envelope == Envelope::Rfc9457 {
        out.push_str(&problem_section(registry));
    }
    if let Some(layout) = &registry.body {
        out.push_str(&layout_section(registry, layout));
    }
    out.push_str(&google_section(registry));
    out.push_str("```json\n");
    out.push_str(&envelope_example_json(registry));
    out.push_str("\n```\n\n");

    out.push_str(&tables(registry, Links::Anchors, 2));
    out.push_str(&operations::section(registry));
    out.push_str(&details(registry));
    out.push_str(&retrying(registry));
    out.push_str(&headers(registry));
    out.push_str(&grpc_section(registry));

    if !page.related.is_empty() {
        out.push_str("## Related\n\n");
        for related in &page.related {
            let title = match &related.url {
                Some(url) => format!("[{}](<{}>)", escape(&related.title), url),
                None => escape(&related.title),
            };
            match &related.description {
                Some(d) => {
                    let _ = writeln!(out, "- {title} — {}", escape(d));
                }
                None => {
                    let _ = writeln!(out, "- {title}");
                }
            }
        }
    }
    out
}

/// Where a body of the API's own layout puts each field, above the example.
fn layout_section(registry: &Registry, layout: &crate::model::BodyLayout) -> String {
    let others = if layout.open {
        "and may have others, which clients ignore"
    } else {
        "and no other"
    };
    let mut out = format!(
        "Every error response is a JSON object (`{media}`) with these \
         members, {others}:\n\n| member | value |\n|---|---|\n",
        media = Wire::Nested.media_type(),
    );
    // GitHub's tables split cells at `|`, even in a code span, unless escaped.
    let cell = |text: &str| code_span(text).replace('|', "\\|");
    for (path, json) in &layout.constants {
        let _ = writeln!(out, "| {} | always {} |", cell(path), cell(json));
    }
    for (i, path) in layout.per_code.iter().enumerate() {
        // Each value, with the codes that send it, in registry order.
        let mut values: Vec<(&str, Vec<&str>)> = Vec::new();
        for (_, code) in registry.codes() {
            let Some(value) = code.body_values.get(i) else {
                continue;
            };
            match values.iter_mut().find(|(v, _)| v == value) {
                Some((_, codes)) => codes.push(&code.code),
                None => values.push((value, vec![&code.code])),
            }
        }
        let listed: Vec<String> = values
            .iter()
            .map(|(value, codes)| {
                let codes: Vec<String> = codes.iter().map(|c| cell(c)).collect();
                format!("{} for {}", cell(value), codes.join(", "))
            })
            .collect();
        let _ = writeln!(
            out,
            "| {} | by code: {} |",
            cell(&layout.full_path(path)),
            listed.join("; ")
        );
    }
    for (field, path) in layout.members() {
        let value = match field {
            "code" if layout.code_number => {
                "the code to branch on (the tables below), as a JSON number"
            }
            "code" => "the code to branch on (the tables below)",
            "status" if layout.status_string => "the HTTP status, as a string",
            "status" => "the HTTP status, as a number",
            "message" => "for people: may change, never parse it",
            "request_id" => "the request's id (also the request-id header)",
            "doc_url" => "where the code is documented, when it is",
            _ => "more about the failure, when the code has any (an object)",
        };
        // GitHub's tables split cells at `|`, even in a code span, unless escaped.
        let member = layout.full_path(path).replace('|', "\\|");
        let _ = writeln!(out, "| {} | {value} |", code_span(&member));
    }
    if let Some(holder) = &layout.declared_members {
        // A code's declared members, where the layout places them.
        let prefix = if holder == error_codes_runtime::BodyLayout::ERROR_OBJECT {
            layout
                .root
                .as_ref()
                .map(|r| format!("{r}."))
                .unwrap_or_default()
        } else {
            format!("{}.", layout.full_path(holder))
        };
        let _ = writeln!(
            out,
            "| {} | each member the code declares (its details, in the tables below), when the error has it |",
            cell(&format!("{prefix}<member>"))
        );
    }
    if layout.request_id.is_none() {
        let _ = writeln!(
            out,
            "\nThe request's id is in the `{}` header only.",
            escape(&registry.roles.request_id_header)
        );
    }
    out.push_str(&marked_layout_notes(layout));
    out.push('\n');
    out
}

/// What the docs page says of a layout's qualifier around the code and of
/// its error marker (nothing for a layout without them).
fn marked_layout_notes(layout: &crate::model::BodyLayout) -> String {
    let mut out = String::new();
    let (prefix, suffix) = &layout.code_qualifier;
    if !prefix.is_empty() || !suffix.is_empty() {
        let around = [(prefix, "after"), (suffix, "before")]
            .into_iter()
            .filter(|(text, _)| !text.is_empty())
            .map(|(text, side)| format!("{side} {}", code_span(text)))
            .collect::<Vec<_>>()
            .join(" and ");
        let _ = writeln!(
            out,
            "\nThe code member holds the code {around}; read the code with or without them."
        );
    }
    if let Some(marker) = &layout.error_marker
        && let Some((_, value)) = layout.constants.iter().find(|(path, _)| path == marker)
    {
        let _ = writeln!(
            out,
            "\nAn error may be answered with a 2xx status: a body whose {} is {} is an error whatever its status.",
            code_span(marker),
            code_span(value)
        );
    }
    out
}

/// The members of each code that declares them: name, type, whether
/// required, description. Empty when no code declares members.
fn details(registry: &Registry) -> String {
    use crate::model::MemberType;

    // A code span in a table cell: GFM splits cells at `|` even there.
    let cell_code = |text: &str| code_span(text).replace('|', "\\|");
    let declaring: Vec<&Code> = registry
        .codes()
        .map(|(_, code)| code)
        .filter(|code| !code.members.is_empty())
        .collect();
    if declaring.is_empty() {
        return String::new();
    }
    let mut out = String::from(
        "## Details

",
    );
    let _ = writeln!(
        out,
        "{} of these codes holds the members below{}. A member marked optional may be absent; members not listed here may be added: ignore those you do not know.\n",
        if registry.envelope == Envelope::Rfc9457 {
            "A problem document"
        } else {
            "`error.details`"
        },
        if registry.envelope == Envelope::Rfc9457 {
            " as extension members"
        } else {
            ""
        }
    );
    for code in declaring {
        let _ = writeln!(
            out,
            "**[{}](#{})**\n\n| Member | Type | Required | Description |\n|---|---|---|---|",
            code_span(&code.code),
            code.anchor()
        );
        // An object's members follow it, by their path (`conflicts[].id`).
        let mut rows: Vec<(String, &crate::model::Member)> = Vec::new();
        flatten(&code.members, "", &mut rows);
        for (name, member) in rows {
            let mut ty = cell_code(&format!(
                "{}{}",
                member.ty.as_str(),
                if member.list { "[]" } else { "" }
            ));
            if let MemberType::Enum(values) = &member.ty {
                let values: Vec<String> = values.iter().map(|v| cell_code(v)).collect();
                let _ = write!(ty, ": {}", values.join(", "));
            }
            let _ = writeln!(
                out,
                "| {} | {ty} | {} | {} |",
                cell_code(&name),
                if member.optional { "no" } else { "yes" },
                member
                    .description
                    .as_deref()
                    .map(escape)
                    .unwrap_or_default()
            );
        }
        out.push('\n');
    }
    out
}

/// Each of `members` at its path under `prefix`, an object's members after
/// it (`conflicts[].id`: a member of each item of `conflicts`).
fn flatten<'a>(
    members: &'a [crate::model::Member],
    prefix: &str,
    out: &mut Vec<(String, &'a crate::model::Member)>,
) {
    for member in members {
        let name = format!("{prefix}{}", member.name);
        out.push((name.clone(), member));
        if let Some(inner) = member.object_members() {
            let list = if member.list { "[]" } else { "" };
            flatten(inner, &format!("{name}{list}."), out);
        }
    }
}

/// What an RFC 9457 API's error bodies hold, above the example.
fn problem_section(registry: &Registry) -> String {
    let problem_type = match (&registry.page.code_docs_url, &registry.page.docs_url) {
        (Some(_), _) => "the code's own docs URL (`code_docs_url` with the code filled in)",
        (None, Some(_)) => "the code's row on this page (its URL with `#` and the code)",
        (None, None) => "`about:blank` (this API publishes no docs page; `code` names the problem)",
    };
    format!(
        "Every error response is RFC 9457 problem details, sent as \
         `{media}`: `type` is {problem_type}; `title` is what the code means \
         (the code itself where the table gives no meaning); `status` is the \
         HTTP status; `detail` describes this occurrence; the extension member \
         `code` is the code to branch on, `request_id` the request's id, and \
         `{params}` lists field errors as `{{\"name\", \"reason\"}}` entries. \
         Other members may be added: ignore those you do not know.\n\n",
        media = Wire::Rfc9457.media_type(),
        params = Wire::INVALID_PARAMS,
    )
}

/// What Google's JSON body holds (`envelope: google`,
/// `google-rpc-status`); nothing for any other envelope.
fn google_section(registry: &Registry) -> String {
    let Some(grpc) = registry.grpc.as_ref() else {
        return String::new();
    };
    let shape = match registry.envelope {
        Envelope::Google => {
            "Google's JSON error body: `error.code` is the HTTP status, `error.status` the code's canonical gRPC code, `error.message` the message and `error.details` the detail messages, each told by its `@type`"
        }
        Envelope::GoogleRpcStatus => {
            "a `google.rpc.Status`: `code` is the number of the code's canonical gRPC code, `message` the message and `details` the detail messages, each told by its `@type`"
        }
        _ => return String::new(),
    };
    format!(
        "Every error response is {shape}: exactly one `google.rpc.ErrorInfo`, whose `reason` is the code's (the gRPC column below) and whose `domain` is {}, its `metadata` the error's details; then `google.rpc.RetryInfo` when a retry delay is advised, `google.rpc.Help` with the code's docs URL, and `google.rpc.BadRequest` for field errors. The request id is in the {} header.\n\n",
        code_span(&grpc.domain),
        code_span(&registry.roles.request_id_header),
    )
}

/// The envelope example as pretty JSON: the body the runtime sends for the
/// example's code (its body engine writes it, see
/// [`describe::sample_body`]), members in the order the body lists them.
pub(crate) fn envelope_example_json(registry: &Registry) -> String {
    let example = &registry.page.envelope_example;
    let value = match registry.code(&example.code) {
        Some((_, code)) => describe::sample_body(registry, code),
        None => super::tree::Tree::map(),
    };
    value.to_json().trim_end().to_string()
}

/// One `##`-level (or `level`) section per category, each with its table.
pub(crate) fn tables(registry: &Registry, links: Links<'_>, level: usize) -> String {
    let hashes = "#".repeat(level);
    let mut out = String::new();
    for category in &registry.categories {
        let _ = writeln!(out, "{hashes} {}\n", escape(&category.title));
        out.push_str(&table(registry, category, links));
        out.push('\n');
    }
    out
}

fn table(registry: &Registry, category: &Category, links: Links<'_>) -> String {
    let with_meaning = has_meaning_column(category);
    // The page names each code's operations (rustdoc's tables do not: the
    // `operations` module is the `axum` feature's).
    let with_operations = links == Links::Anchors && !registry.operations.is_empty();
    let mut out = String::new();
    let (head, rule) = match with_meaning {
        true => (" Code | Meaning |", "---|---|"),
        false => (" Code |", "---|"),
    };
    let (ops_head, ops_rule) = match with_operations {
        true => (" Operations |", "---|"),
        false => ("", ""),
    };
    // With `grpc:`, each code's ErrorInfo reason and canonical code.
    let (grpc_head, grpc_rule) = match registry.grpc.is_some() {
        true => (" gRPC |", "---|"),
        false => ("", ""),
    };
    let _ = writeln!(
        out,
        "| {} |{head}{ops_head}{grpc_head}\n|---|{rule}{ops_rule}{grpc_rule}",
        category.status_column()
    );
    for code in &category.codes {
        let cell = code_cell(code, links);
        let mut row = format!("| {} | {cell} |", code.status);
        if with_meaning {
            let _ = write!(row, " {} |", meaning_cell(code));
        }
        if with_operations {
            let _ = write!(row, " {} |", operations::cell(registry, code));
        }
        if let Some(face) = &code.grpc {
            // Reasons and canonical codes are validated UPPER_SNAKE_CASE.
            let _ = write!(row, " `{}` `{}` |", face.reason, face.code.as_str());
        }
        let _ = writeln!(out, "{row}");
    }
    out
}

/// A category where no code has a meaning or a deprecation note (the page's
/// "Not found") has no Meaning column.
pub(crate) fn has_meaning_column(category: &Category) -> bool {
    category
        .codes
        .iter()
        .any(|c| c.meaning.is_some() || c.deprecated.is_some())
}

fn code_cell(code: &Code, links: Links<'_>) -> String {
    // Codes are validated lower snake_case, so they need no escaping in a
    // code span, an HTML attribute or an intra-doc link.
    match links {
        Links::Anchors => format!("<a id=\"{}\"></a>`{}`", code.anchor(), code.code),
        Links::Rustdoc { code_enum } => {
            format!("[`{}`](crate::{code_enum}::{})", code.code, code.rust_name)
        }
    }
}

fn meaning_cell(code: &Code) -> String {
    let mut cell = code.meaning.as_deref().map(escape).unwrap_or_default();
    if let Some(d) = &code.deprecated {
        if !cell.is_empty() {
            cell.push_str(" — ");
        }
        cell.push_str(&describe::deprecation(d, Text::Markdown));
    }
    cell
}

/// With `grpc:`, how the gRPC face sends an error (the tables' gRPC
/// column has each code's reason and canonical code).
fn grpc_section(registry: &Registry) -> String {
    let Some(grpc) = &registry.grpc else {
        return String::new();
    };
    let mut out = String::from(
        "## gRPC

",
    );
    let _ = writeln!(
        out,
        "Over gRPC, an error is a `google.rpc.Status` with the code's canonical code and exactly one `google.rpc.ErrorInfo`: its reason (the gRPC column, before the canonical code), the domain `{}`, and the code's details as metadata. A `RetryInfo` follows when the error advises a delay, a `Help` link to the code's row on this page, and a `BadRequest` for field errors.\n",
        escape(&grpc.domain)
    );
    out
}

fn retrying(registry: &Registry) -> String {
    let mut out = String::from("## Retrying\n\n");
    out.push_str(
        "Whether repeating a failed request may succeed. Every other code needs a change to the request, the caller's permissions or the resource first.\n\n",
    );
    for retry in Retry::ALL.iter().copied().filter(|r| *r != Retry::Never) {
        let label = escape(&format!("Retry {}", retry.wording()));
        let codes: Vec<String> = registry
            .codes()
            .filter(|(_, c)| c.retry == retry)
            .map(|(_, c)| format!("`{}`", c.code))
            .collect();
        if !codes.is_empty() {
            let _ = writeln!(out, "- {label}: {}.", codes.join(", "));
        }
    }
    out.push('\n');
    out
}

fn headers(registry: &Registry) -> String {
    if registry.headers.is_empty() {
        return String::new();
    }
    let mut out = String::from("## Headers\n\n");
    let mut whens: Vec<HeaderWhen> = Vec::new();
    for h in &registry.headers {
        if !whens.contains(&h.when) {
            whens.push(h.when);
        }
    }
    for when in whens {
        match when {
            HeaderWhen::Always => out.push_str("On every response:\n\n"),
            HeaderWhen::Status(s) => {
                let _ = writeln!(out, "On {s}:\n");
            }
        }
        // Headers with nothing to say share one bullet, as the API docs have
        // always listed the rate-limit trio.
        let mut plain: Vec<String> = Vec::new();
        let flush = |plain: &mut Vec<String>, out: &mut String| {
            if !plain.is_empty() {
                let _ = writeln!(out, "- {}.", plain.join(", "));
                plain.clear();
            }
        };
        for h in registry.headers.iter().filter(|h| h.when == when) {
            let shown = match &h.example {
                Some(example) => code_span(&format!("{}: {}", h.name, example)),
                None => format!("`{}`", h.name),
            };
            match &h.description {
                None if h.example.is_none() => plain.push(shown),
                description => {
                    flush(&mut plain, &mut out);
                    match description {
                        Some(d) => {
                            let _ = writeln!(out, "- {shown} — {}", escape(d));
                        }
                        None => {
                            let _ = writeln!(out, "- {shown}");
                        }
                    }
                }
            }
        }
        flush(&mut plain, &mut out);
        out.push('\n');
    }
    out
}
