//! Stage 2: raw structs → [`Registry`], or every problem found.
//!
//! Each rule reports at the value it concerns, names the code, and keeps
//! going, so one run lists all problems.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};

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
        defined: HashSet::new(),
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
    /// Every code written in the registry, valid or not: a reference to an
    /// invalid code is not reported again as a reference to an unknown one.
    defined: HashSet<String>,
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
            fingerprint: crate::layout::fingerprint(self.text),
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
            let duplicate_title = titles.contains_key(&title);
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
            if duplicate_title {
                // Same title, so of course the same Rust name: reported once.
            } else if let Some((other, first)) = category_names.get(&rust_name) {
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
            let usual = usual_status(&c.codes.value);
            let usual = usual.map(|status| (title.as_str(), status));
            let mut category_codes = Vec::new();
            for raw_code in c.codes.value {
                if let Some(code) =
                    self.code(raw_code, category_retry, usual, &mut codes, &mut variants)
                {
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
        usual: Option<(&str, u16)>,
        codes: &mut HashMap<String, Location>,
        variants: &mut HashMap<String, (String, Location)>,
    ) -> Option<Code> {
        let name = &raw.code;
        let code = name.value.clone();
        self.defined.insert(code.clone());
        let mut ok = true;
        if let Err(why) = check_code_syntax(&code) {
            ok = false;
            let rule = format!(
                "codes are lower snake_case ASCII: a letter, then letters, digits and single underscores, at most {MAX_CODE_LEN} bytes"
            );
            let d = self.error(&name.location, format!("code {code:?} {why}"));
            d.subject = Some(code.clone());
            d.help = Some(match fixed_code(&code) {
                Some(fixed) => format!("did you mean {fixed:?}? {rule}"),
                None => rule,
            });
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
                let d = self.error(
                    &name.location,
                    format!("code {code:?} would be the Rust variant `Self`, which is a keyword"),
                );
                d.subject = Some(code.clone());
                d.help = Some(
                    "rename the code (e.g. `self_reference`): `Self` cannot name an enum variant"
                        .into(),
                );
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

        let status = match &raw.status {
            Some(status) => self.status(status, &code, usual),
            None => {
                let d = self.error(&name.location, format!("code {code:?} has no status"));
                d.subject = Some(code.clone());
                d.help = Some(match usual {
                    Some((title, status)) => format!(
                        "add `status:` with its HTTP status; codes in category {title:?} mostly use {status}"
                    ),
                    None => "add `status:` with its HTTP status (400-599)".into(),
                });
                None
            }
        };
        let status = status.unwrap_or_else(|| {
            ok = false;
            0
        });

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
            && !self.defined.contains(&example.value)
        {
            let help = match nearest_code(registry, &example.value) {
                Some(near) => format!("did you mean {near:?}? Use a code defined in `categories`"),
                None => "use a code defined in `categories`".into(),
            };
            self.error(
                &example.location,
                format!("envelope example uses unknown code {:?}", example.value),
            )
            .help = Some(help);
        }
        for (code, target, location) in std::mem::take(&mut self.pending_use_instead) {
            if registry.code(&target).is_none() && self.defined.contains(&target) {
                // Defined but invalid: reported where it is defined.
                continue;
            }
            match registry.code(&target) {
                None => {
                    let help = match nearest_code(registry, &target) {
                        Some(near) => format!("did you mean {near:?}?"),
                        None => "name a code defined in `categories`, or drop `use_instead`".into(),
                    };
                    let d = self.error(
                        &location,
                        format!("code {code:?} is deprecated in favour of unknown code {target:?}"),
                    );
                    d.subject = Some(code.clone());
                    d.help = Some(help);
                }
                Some((_, t)) if t.code == code => {
                    self.error(
                        &location,
                        format!("code {code:?} cannot be deprecated in favour of itself"),
                    )
                    .subject = Some(code.clone());
                }
                Some((_, t)) if t.deprecated.is_some() => {
                    self.error(&location, format!("code {code:?} is deprecated in favour of {target:?}, which is deprecated too"))
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
        } else if let Some(c) = s.value.chars().find(|c| is_unrepresentable(*c)) {
            self.error(
                &s.location,
                format!(
                    "{what} contains the control character {c:?} (U+{:04X}); it must be a single line of visible text",
                    u32::from(c)
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

    /// A code's status: a plain decimal number from 400 to 599, written as
    /// such. YAML would also read `'401'`, `"401"`, `0x191`, `4_01` and
    /// `0401` as 401; the registry's language only has `401`.
    fn status(
        &mut self,
        raw: &Spanned<String>,
        code: &str,
        usual: Option<(&str, u16)>,
    ) -> Option<u16> {
        let written = load::source_text(self.text, &raw.location).unwrap_or(&raw.value);
        let parsed = raw.value.parse::<u16>().ok();
        let plain = parsed.is_some_and(|n| n.to_string() == written);
        let usual_help =
            usual.map(|(title, status)| format!("codes in category {title:?} mostly use {status}"));
        if !plain {
            let near = parsed
                .or_else(|| digits_of_look_alike(raw.value.trim()))
                .filter(|n| (400..=599).contains(n));
            let d = self.error(
                &raw.location,
                format!("code {code:?}: status must be a plain number like 404, not {written}"),
            );
            d.subject = Some(code.into());
            d.help = Some(match near {
                Some(n) => format!("write `status: {n}`, without quotes or other notation"),
                None => usual_help
                    .unwrap_or_else(|| "write a 4xx or 5xx status, e.g. `status: 400`".into()),
            });
            return None;
        }
        let status = parsed?;
        if !(400..=599).contains(&status) {
            let d = self.error(
                &raw.location,
                format!("code {code:?}: status {status} is not an error status (400-599)"),
            );
            d.subject = Some(code.into());
            d.help = Some(match usual_help {
                Some(usual) => {
                    format!("error codes describe failures: use a 4xx or 5xx status; {usual}")
                }
                None => "error codes describe failures: use a 4xx or 5xx status".into(),
            });
            return None;
        }
        Some(status)
    }
}

/// Characters a one-line text cannot carry: control characters (line
/// breaks, tabs, escapes), Unicode line and paragraph separators, and the
/// bidirectional overrides that make text display differently from what it
/// says.
fn is_unrepresentable(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The status most codes of a category use (the lowest on a tie), counting
/// only statuses that are valid.
fn usual_status(codes: &[RawCode]) -> Option<u16> {
    let mut counts: Vec<(u16, usize)> = Vec::new();
    for code in codes {
        if let Some(Ok(status)) = code.status.as_ref().map(|s| s.value.parse::<u16>())
            && (400..=599).contains(&status)
        {
            match counts.iter_mut().find(|(s, _)| *s == status) {
                Some((_, n)) => *n += 1,
                None => counts.push((status, 1)),
            }
        }
    }
    counts.sort_by_key(|(status, n)| (std::cmp::Reverse(*n), *status));
    counts.first().map(|(status, _)| *status)
}

/// The number a status was probably meant to be: `4O4` → 404 (letters that
/// look like digits), and the other notations YAML reads as numbers:
/// `0x193`, `4_03`, `403.0`.
fn digits_of_look_alike(written: &str) -> Option<u16> {
    let plain = written.replace('_', "");
    let radix = [("0x", 16), ("0o", 8), ("0b", 2)]
        .iter()
        .find_map(|(prefix, radix)| {
            plain
                .strip_prefix(prefix)
                .and_then(|digits| u16::from_str_radix(digits, *radix).ok())
        });
    if let Some(n) = radix.or_else(|| plain.strip_suffix(".0").and_then(|n| n.parse().ok())) {
        return Some(n);
    }
    let digits: String = plain
        .chars()
        .map(|c| match c {
            'O' | 'o' => '0',
            'l' | 'I' | 'i' => '1',
            c => c,
        })
        .collect();
    if digits.len() == 3 && digits.bytes().all(|b| b.is_ascii_digit()) {
        digits.parse().ok()
    } else {
        None
    }
}

/// The code a malformed one was probably meant to be, when a mechanical fix
/// gives a valid code: look-alike letters replaced by their ASCII twins,
/// then snake_case (which also lowercases and squeezes underscores).
fn fixed_code(code: &str) -> Option<String> {
    let ascii: String = code
        .chars()
        .map(|c| crate::suggest::ascii_look_alike(c).unwrap_or(c))
        .collect();
    let fixed = ascii.to_snake_case();
    (fixed != code && check_code_syntax(&fixed).is_ok()).then_some(fixed)
}

/// The defined code nearest to an unknown one.
fn nearest_code(registry: &Registry, unknown: &str) -> Option<String> {
    crate::suggest::nearest(unknown, registry.codes().map(|(_, c)| c.code.as_str()))
        .map(str::to_owned)
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
