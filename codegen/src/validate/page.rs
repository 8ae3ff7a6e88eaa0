//! `page:`: the docs page's title, intro, docs URL, envelope example and
//! related links.

use crate::diagnostic::Location;
use crate::load;
use crate::model::{EnvelopeExample, Page, Related};

use super::text::{line_text, text};
use super::url::{is_absolute_http, is_relative};
use super::{Check, Places};

/// Stands in for a page whose `page:` is missing (already reported).
pub(super) fn placeholder_page() -> Page {
    Page {
        title: String::new(),
        intro: Vec::new(),
        docs_url: None,
        code_docs_url: None,
        envelope_example: EnvelopeExample {
            code: String::new(),
            message: String::new(),
            request_id: None,
        },
        related: Vec::new(),
        location: Location::default(),
    }
}

pub(super) fn page(cx: &mut Check<'_>, places: &mut Places, raw: load::RawPage) -> Page {
    let title = raw
        .title
        .as_ref()
        .map(|t| text(cx, t, "page title"))
        .unwrap_or_default();
    let intro = raw
        .intro
        .iter()
        .map(|p| text(cx, p, "intro paragraph"))
        .collect();
    let docs_url = raw.docs_url.map(|url| {
        if line_text(cx, &url, "docs_url").is_some_and(|u| !is_absolute_http(&u, false)) {
            cx.report(
                cx.at(&url.location, format!("docs_url {:?} is not a usable URL", url.value))
                    .with_help("give the http(s) URL of the published docs page, without a fragment or query; each code's anchor is appended as #code"),
            );
        }
        url.value.trim_end_matches('/').to_string()
    });
    let code_docs_url = raw.code_docs_url.map(|template| {
        code_docs_url(cx, &template);
        template.value
    });
    let envelope_example = match raw.envelope_example {
        Some(example) => {
            let envelope_example = EnvelopeExample {
                code: example
                    .code
                    .as_ref()
                    .map(|c| c.value.clone())
                    .unwrap_or_default(),
                message: example
                    .message
                    .as_ref()
                    .map(|m| text(cx, m, "envelope example message"))
                    .unwrap_or_default(),
                request_id: example
                    .request_id
                    .map(|r| text(cx, &r, "envelope example request_id")),
            };
            // Whether the example's code exists is checked once all codes are known.
            places.example_code = example.code;
            places.example_written = true;
            envelope_example
        }
        // Filled in from the codes once they are known (`default_example`).
        None => placeholder_page().envelope_example,
    };
    let related = raw
        .related
        .iter()
        .map(|r| Related {
            title: r
                .title
                .as_ref()
                .map(|t| text(cx, t, "related title"))
                .unwrap_or_default(),
            description: r
                .description
                .as_ref()
                .map(|d| text(cx, d, "related description")),
            url: r.url.as_ref().map(|u| {
                if line_text(cx, u, "related url")
                    .is_some_and(|url| !is_absolute_http(&url, true) && !is_relative(&url))
                {
                    cx.report(
                        cx.at(&u.location, format!("related url {:?} is not an http(s) or relative URL", u.value))
                            .with_help("links on the docs page are http:// or https:// URLs, or paths relative to the page (`../guide.md#retries`)"),
                    );
                }
                u.value.clone()
            }),
        })
        .collect();
    Page {
        title,
        intro,
        docs_url,
        code_docs_url,
        envelope_example,
        related,
        location: Location::default(),
    }
}

/// Checks a `code_docs_url` template: its braces, its placeholders
/// (`crate::doc_url::PLACEHOLDERS`), and that a code filled in makes an
/// http(s) URL.
fn code_docs_url(cx: &mut Check<'_>, template: &crate::yaml::Spanned<String>) {
    use crate::doc_url::{PLACEHOLDERS, TemplateError, check, fill};
    let Some(line) = line_text(cx, template, "code_docs_url") else {
        return;
    };
    let names = || {
        PLACEHOLDERS
            .iter()
            .map(|(name, what)| format!("{{{name}}} ({what})"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let problem = match check(&line) {
        Err(TemplateError::Unbalanced(at)) => Some((
            format!("code_docs_url {line:?} has an unbalanced brace at character {}", at + 1),
            format!("the placeholders are {}; write a literal brace twice, `{{{{` or `}}}}`", names()),
        )),
        Err(TemplateError::Unknown(name)) => Some((
            format!("code_docs_url {line:?} has an unknown placeholder {{{name}}}"),
            format!("the placeholders are {}", names()),
        )),
        Err(TemplateError::NoPlaceholder) => Some((
            format!("code_docs_url {line:?} has no placeholder: every code would have the same URL"),
            format!("put the code in it with one of {}; a code's anchor on the docs page is `docs_url` alone", names()),
        )),
        Ok(()) => fill(&line, "code")
            .filter(|url| !is_absolute_http(url, true))
            .map(|_| {
                (
                    format!("code_docs_url {line:?} is not a usable URL"),
                    "give an http(s) URL with the code in it, e.g. `https://docs.example.com/errors/{code:kebab}`".to_owned(),
                )
            }),
    };
    if let Some((message, help)) = problem {
        cx.report(cx.at(&template.location, message).with_help(help));
    }
}
