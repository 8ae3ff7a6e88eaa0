//! Stage 2: raw structs → [`Registry`], or every problem found.
//!
//! Each rule reports at the value it concerns, names the code, and keeps
//! going, so one run lists all problems.

use std::collections::HashMap;
use std::path::Path;

use heck::{ToShoutySnakeCase, ToUpperCamelCase};

use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::load::{self, RawCategory, RawCode, RawRegistry, Spanned};
use crate::model::{
    Category, Code, Deprecation, DetailsShape, EnvelopeExample, Header, HeaderFormat, HeaderWhen,
    Page, Registry, Related, Retry, StatusKind,
};

/// Longest code accepted, in bytes.
pub const MAX_CODE_LEN: usize = 64;

pub fn validate(file: &Path, text: &str, raw: RawRegistry) -> Result<Registry, Diagnostics> {
    let mut v = Validator {
        file,
        text,
        problems: Vec::new(),
        example_code: None,
        pending_use_instead: Vec::new(),
    };
    let registry = v.registry(raw);
    if v.problems.is_empty() {
        Ok(registry)
    } else {
        v.problems
            .sort_by_key(|d| (d.location.line, d.location.column));
        Err(Diagnostics(v.problems))
    }
}

struct Validator<'a> {
    file: &'a Path,
    text: &'a str,
    problems: Vec<Diagnostic>,
    /// The envelope example's code, checked once every code is known.
    example_code: Option<Spanned<String>>,
    /// `(code, use_instead, where)`, checked once every code is known.
    pending_use_instead: Vec<(String, String, Location)>,
}

impl Validator<'_> {
    fn error(&mut self, location: &Location, message: impl Into<String>) -> &mut Diagnostic {
        self.problems
            .push(Diagnostic::new(self.file, location.clone(), message));
        // Just pushed, so the vector is not empty.
        let last = self.problems.len() - 1;
        &mut self.problems[last]
    }

    fn registry(&mut self, raw: RawRegistry) -> Registry {
        let page = self.page(raw.page);
        let headers = self.headers(raw.headers);
        let categories = self.categories(raw.categories);
        let registry = Registry {
            page,
            headers,
            categories,
        };
        self.references(&registry);
        registry
    }

    fn page(&mut self, raw: load::RawPage) -> Page {
        let title = self.line_text(&raw.title, "page title");
        let intro = raw
            .intro
            .iter()
            .map(|p| self.line_text(p, "intro paragraph"))
            .collect();
        let docs_url = raw.docs_url.map(|url| {
            let ok = (url.value.starts_with("https://") || url.value.starts_with("http://"))
                && !url.value.contains(['#', '?', ' ', '"', '<', '>', '`']);
            if !ok {
                self.error(&url.location, format!("docs_url {:?} is not a usable URL", url.value))
                    .help = Some(
                    "give the http(s) URL of the published docs page, without a fragment or query; each code's anchor is appended as #code".into(),
                );
            }
            url.value.trim_end_matches('/').to_string()
        });
        let example = raw.envelope_example;
        let envelope_example = EnvelopeExample {
            code: example.code.value.clone(),
            message: self.line_text(&example.message, "envelope example message"),
            request_id: example
                .request_id
                .map(|r| self.line_text(&r, "envelope example request_id")),
        };
        // Whether the example's code exists is checked once all codes are known.
        self.example_code = Some(example.code);
        let related = raw
            .related
            .iter()
            .map(|r| Related {
                title: self.line_text(&r.title, "related title"),
                description: r
                    .description
                    .as_ref()
                    .map(|d| self.line_text(d, "description")),
                url: r.url.as_ref().map(|u| self.line_text(u, "url")),
            })
            .collect();
        Page {
            title,
            intro,
            docs_url,
            envelope_example,
            related,
        }
    }

    fn headers(&mut self, raw: Vec<load::RawHeader>) -> Vec<Header> {
        let mut seen: HashMap<String, Location> = HashMap::new();
        let mut headers = Vec::new();
        for h in raw {
            let name = &h.name;
            if !name.value.starts_with(|c: char| c.is_ascii_alphabetic())
                || !name.value.bytes().all(is_header_name_byte)
            {
                self.error(
                    &name.location,
                    format!(
                        "header name {:?} is not a valid HTTP header name",
                        name.value
                    ),
                )
                .help = Some("use letters, digits and '-', e.g. X-Request-ID".into());
            }
            let key = name.value.to_ascii_lowercase();
            if let Some(first) = seen.get(&key) {
                let first = first.clone();
                let d = self.error(&name.location, format!("duplicate header {:?}", name.value));
                d.related.push((first, "first defined".into()));
            } else {
                seen.insert(key, name.location.clone());
            }
            let when = match h.when.value.as_str() {
                "always" => HeaderWhen::Always,
                other => match other.parse::<u16>() {
                    Ok(status) if (100..=599).contains(&status) => HeaderWhen::Status(status),
                    _ => {
                        self.error(
                            &h.when.location,
                            format!("header {:?}: `when` must be `always` or an HTTP status, not {other:?}", name.value),
                        );
                        HeaderWhen::Always
                    }
                },
            };
            let format = h.format.as_ref().map_or(HeaderFormat::Text, |f| {
                self.keyword(f, HeaderFormat::VALUES, "header format", &name.value)
                    .unwrap_or(HeaderFormat::Text)
            });
            let example = h.example.as_ref().map(|e| {
                if e.value.contains('`') {
                    self.error(
                        &e.location,
                        format!(
                            "header {:?}: the example cannot contain a backtick",
                            name.value
                        ),
                    );
                }
                self.line_text(e, "header example")
            });
            headers.push(Header {
                name: name.value.clone(),
                const_name: name.value.to_shouty_snake_case(),
                when,
                format,
                example,
                description: h
                    .description
                    .as_ref()
                    .map(|d| self.line_text(d, "header description")),
            });
        }
        headers
    }

    fn categories(&mut self, raw: Spanned<Vec<RawCategory>>) -> Vec<Category> {
        if raw.value.is_empty() {
            self.error(&raw.location, "the registry has no categories")
                .help = Some("add at least one category with at least one code".into());
        }
        let mut titles: HashMap<String, Location> = HashMap::new();
        let mut category_names: HashMap<String, (String, Location)> = HashMap::new();
        let mut codes: HashMap<String, Location> = HashMap::new();
        let mut variants: HashMap<String, (String, Location)> = HashMap::new();
        let mut categories = Vec::new();

        for c in raw.value {
            let title = self.line_text(&c.title, "category title");
            if let Some(first) = titles.get(&title) {
                let first = first.clone();
                self.error(
                    &c.title.location,
                    format!("duplicate category title {title:?}"),
                )
                .related
                .push((first, "first defined".into()));
            } else {
                titles.insert(title.clone(), c.title.location.clone());
            }

            let (rust_name, name_location) = match &c.name {
                Some(name) => {
                    if !is_upper_camel_ident(&name.value) {
                        self.error(
                            &name.location,
                            format!(
                                "category name {:?} is not an UpperCamelCase Rust identifier",
                                name.value
                            ),
                        );
                    }
                    (name.value.clone(), name.location.clone())
                }
                None => (title.to_upper_camel_case(), c.title.location.clone()),
            };
            if !is_upper_camel_ident(&rust_name) && c.name.is_none() {
                self.error(
                    &c.title.location,
                    format!("category title {title:?} gives no usable Rust name ({rust_name:?})"),
                )
                .help = Some("add `name: SomeName` to the category".into());
            }
            if let Some((other, first)) = category_names.get(&rust_name) {
                let (other, first) = (other.clone(), first.clone());
                self.error(&name_location, format!("category {title:?} has the same Rust name `{rust_name}` as category {other:?}"))
                    .related.push((first, "that category".into()));
                if let Some(d) = self.problems.last_mut() {
                    d.help = Some("give one of them a distinct `name:`".into());
                }
            } else {
                category_names.insert(rust_name.clone(), (title.clone(), name_location));
            }

            let status_kind = c
                .status_kind
                .as_ref()
                .and_then(|k| self.keyword(k, StatusKind::VALUES, "status_kind", &title))
                .unwrap_or(StatusKind::Response);
            let category_retry = c
                .retry
                .as_ref()
                .and_then(|r| self.keyword(r, Retry::VALUES, "retry", &title))
                .unwrap_or(Retry::Never);

            if c.codes.value.is_empty() {
                self.error(
                    &c.codes.location,
                    format!("category {title:?} has no codes"),
                )
                .help = Some("add a code or remove the category".into());
            }
            let mut category_codes = Vec::new();
            for raw_code in c.codes.value {
                if let Some(code) = self.code(raw_code, category_retry, &mut codes, &mut variants) {
                    category_codes.push(code);
                }
            }
            categories.push(Category {
                title,
                rust_name,
                status_kind,
                codes: category_codes,
            });
        }
        categories
    }

    fn code(
        &mut self,
        raw: RawCode,
        category_retry: Retry,
        codes: &mut HashMap<String, Location>,
        variants: &mut HashMap<String, (String, Location)>,
    ) -> Option<Code> {
        let name = &raw.code;
        let code = name.value.clone();
        let mut ok = true;
        if let Err(why) = check_code_syntax(&code) {
            ok = false;
            self.error(&name.location, format!("code {code:?} {why}"))
                .subject = Some(code.clone());
            if let Some(d) = self.problems.last_mut() {
                d.help = Some(format!(
                    "codes are lower snake_case ASCII: a letter, then letters, digits and single underscores, at most {MAX_CODE_LEN} bytes"
                ));
            }
        }
        if let Some(first) = codes.get(&code) {
            ok = false;
            let first = first.clone();
            let d = self.error(&name.location, format!("duplicate code {code:?}"));
            d.subject = Some(code.clone());
            d.related.push((first, "first defined".into()));
            d.help = Some("each code is defined once; remove or rename one of them".into());
        } else {
            codes.insert(code.clone(), name.location.clone());
        }
        let rust_name = code.to_upper_camel_case();
        if ok {
            if rust_name == "Self" {
                ok = false;
                self.error(
                    &name.location,
                    format!("code {code:?} would be the Rust variant `Self`, which is a keyword"),
                )
                .subject = Some(code.clone());
            } else if let Some((other, first)) = variants.get(&rust_name) {
                ok = false;
                let (other, first) = (other.clone(), first.clone());
                let d = self.error(
                    &name.location,
                    format!("code {code:?} has the same Rust name `{rust_name}` as code {other:?}"),
                );
                d.subject = Some(code.clone());
                d.related.push((first, "that code".into()));
                d.help = Some("rename one of them so their UpperCamelCase forms differ".into());
            } else {
                variants.insert(rust_name.clone(), (code.clone(), name.location.clone()));
            }
        }

        let status = raw.status.value;
        if !self.is_plain_integer(&raw.status.location) {
            ok = false;
            let written = load::source_text(self.text, &raw.status.location).unwrap_or("?");
            self.error(
                &raw.status.location,
                format!("code {code:?}: status must be a plain number like 404, not {written}"),
            )
            .subject = Some(code.clone());
        } else if !(400..=599).contains(&status) {
            ok = false;
            let d = self.error(
                &raw.status.location,
                format!("code {code:?}: status {status} is not an error status (400-599)"),
            );
            d.subject = Some(code.clone());
            d.help = Some("error codes describe failures: use a 4xx or 5xx status".into());
        }

        let meaning = raw
            .meaning
            .as_ref()
            .map(|m| self.line_text(m, &format!("meaning of {code:?}")));
        let retry = raw
            .retry
            .as_ref()
            .and_then(|r| self.keyword(r, Retry::VALUES, "retry", &code))
            .unwrap_or(category_retry);
        let details = raw
            .details
            .as_ref()
            .and_then(|d| self.keyword(d, DetailsShape::VALUES, "details", &code));
        let deprecated = raw.deprecated.as_ref().map(|d| {
            let d = &d.value;
            Deprecation {
                since: self.line_text(&d.since, "deprecated.since"),
                use_instead: d.use_instead.as_ref().map(|u| u.value.clone()),
                note: d
                    .note
                    .as_ref()
                    .map(|n| self.line_text(n, "deprecated.note")),
            }
        });
        if let Some(u) = raw
            .deprecated
            .as_ref()
            .and_then(|d| d.value.use_instead.as_ref())
        {
            self.pending_use_instead
                .push((code.clone(), u.value.clone(), u.location.clone()));
        }

        ok.then(|| Code {
            code,
            rust_name,
            status,
            meaning,
            retry,
            details,
            deprecated,
            location: name.location.clone(),
        })
    }

    /// Checks that refer from one part of the registry to another.
    fn references(&mut self, registry: &Registry) {
        if let Some(example) = self.example_code.take()
            && registry.code(&example.value).is_none()
        {
            self.error(
                &example.location,
                format!("envelope example uses unknown code {:?}", example.value),
            )
            .help = Some("use a code defined in `categories`".into());
        }
        for (code, target, location) in std::mem::take(&mut self.pending_use_instead) {
            match registry.code(&target) {
                None => {
                    self.error(
                        &location,
                        format!("code {code:?} is deprecated in favour of unknown code {target:?}"),
                    )
                    .subject = Some(code.clone());
                }
                Some((_, t)) if t.deprecated.is_some() => {
                    self.error(&location, format!("code {code:?} is deprecated in favour of {target:?}, which is deprecated too"))
                        .subject = Some(code.clone());
                }
                Some((_, t)) if t.code == code => {
                    self.error(
                        &location,
                        format!("code {code:?} cannot be deprecated in favour of itself"),
                    )
                    .subject = Some(code.clone());
                }
                Some(_) => {}
            }
        }
    }

    /// One line of human text; used in Markdown cells and rustdoc, where a
    /// line break or control character cannot be represented faithfully.
    fn line_text(&mut self, s: &Spanned<String>, what: &str) -> String {
        if s.value.trim().is_empty() {
            self.error(&s.location, format!("{what} is empty"));
        } else if let Some(c) = s.value.chars().find(|c| c.is_control()) {
            self.error(
                &s.location,
                format!(
                    "{what} contains the control character {c:?}; it must be a single line of text"
                ),
            )
            .help = Some(
                "write it on one line; use a plain scalar or a quoted string without \\n".into(),
            );
        }
        s.value.clone()
    }

    fn keyword<T: Copy>(
        &mut self,
        s: &Spanned<String>,
        values: &[(&str, T)],
        field: &str,
        owner: &str,
    ) -> Option<T> {
        let found = values
            .iter()
            .find(|(name, _)| *name == s.value)
            .map(|(_, v)| *v);
        if found.is_none() {
            let allowed: Vec<_> = values.iter().map(|(name, _)| *name).collect();
            self.error(
                &s.location,
                format!("{owner:?}: unknown {field} {:?}", s.value),
            )
            .help = Some(format!("expected one of: {}", allowed.join(", ")));
        }
        found
    }

    fn is_plain_integer(&self, location: &Location) -> bool {
        // The parser reads `'401'`, `0x191` and `4_01` as numbers too; the
        // registry's language only has plain decimal statuses.
        load::source_text(self.text, location)
            .is_none_or(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()))
    }
}

fn is_header_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-'
}

fn is_upper_camel_ident(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_alphanumeric())
        && s != "Self"
}

/// Why a code is not lower snake_case ASCII, if it is not.
pub fn check_code_syntax(code: &str) -> Result<(), String> {
    if code.is_empty() {
        return Err("is empty".into());
    }
    if code.len() > MAX_CODE_LEN {
        return Err(format!(
            "is {} bytes long, over the limit of {MAX_CODE_LEN}",
            code.len()
        ));
    }
    if let Some(c) = code.chars().find(|c| !c.is_ascii()) {
        return Err(format!(
            "contains the non-ASCII character {c:?} (U+{:04X})",
            c as u32
        ));
    }
    if let Some(c) = code.chars().find(|c| c.is_ascii_uppercase()) {
        return Err(format!("contains the uppercase letter {c:?}"));
    }
    if let Some(c) = code
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_'))
    {
        return Err(format!(
            "contains {c:?}, which is not a lowercase letter, digit or underscore"
        ));
    }
    if !code.starts_with(|c: char| c.is_ascii_lowercase()) {
        return Err("must start with a lowercase letter".into());
    }
    if code.ends_with('_') {
        return Err("ends with an underscore".into());
    }
    if code.contains("__") {
        return Err("contains a double underscore".into());
    }
    Ok(())
}
