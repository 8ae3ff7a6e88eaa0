//! Pass 1: each raw value on its own, converted to the model.
//!
//! One function per kind of field (`line_text`, `url`, `keyword`, `status`,
//! the code syntax) and one per construct (`page`, `header`, `category`,
//! `code`), in the style of cxx's `check_*` functions. Whole-registry rules
//! (uniqueness, references) are the later passes' business; this pass only
//! records where each name was written, in [`Places`].

use crate::date::Date;
use crate::diagnostic::Location;
use crate::load::{self, RawCategory, RawCode, RawDetails, RawMember, RawRegistry};
use crate::model::CodeStyle;
use crate::model::{
    BodyLayout, Category, Code, Deprecation, DetailsShape, Envelope, EnvelopeExample, Header,
    HeaderFormat, HeaderWhen, Member, MemberType, Page, Registry, Related, Retry, StatusKind,
};
use crate::suggest;
use crate::yaml::{self, Note, Noted, Spanned};

use crate::naming;
use error_codes_runtime::MAX_CODE_LEN;

use super::{CategoryPlace, Check, CodePlace, NamePlace, NamePlaces, Places, line_text};

/// Converts the whole raw registry, reporting every local problem.
pub(super) fn registry(cx: &mut Check<'_>, raw: RawRegistry) -> (Registry, Places) {
    notes(cx, &raw);
    // Read first: every code is checked against it. An unknown style is
    // reported once; the codes are then held to `any`, not to a style the
    // registry did not mean.
    let code_style = match &raw.code_style {
        Some(written) => self::code_style(cx, written).unwrap_or(CodeStyle::Any),
        None => CodeStyle::DEFAULT,
    };
    let mut places = Places {
        code_style,
        ..Places::default()
    };
    // A missing required field is reported by `notes`; what depends on it
    // is skipped (or a placeholder stands in), so nothing is reported twice.
    let page_key = raw.key_location("page").cloned().unwrap_or_default();
    let page = raw.page.map_or_else(placeholder_page, |p| Page {
        location: page_key,
        ..page(cx, &mut places, p)
    });
    let headers = raw
        .headers
        .map(|list| list.value)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|h| {
            let at = h.name.as_ref()?.location.clone();
            let (header, valid) = header(cx, h)?;
            places.headers.push((at, valid));
            Some(header)
        })
        .collect();
    let categories = raw
        .categories
        .map(|list| categories(cx, &mut places, list))
        .unwrap_or_default();
    if let Some(roles) = &raw.roles {
        places.roles = roles
            .value
            .assigned()
            .into_iter()
            .map(|(key, value)| (key, value.clone()))
            .collect();
    }
    let (envelope, body) = match raw.envelope.as_ref().map(|e| (&e.value, e)) {
        Some((load::RawEnvelope::Keyword(keyword), e)) => {
            let keyword = Spanned {
                value: keyword.clone(),
                location: e.location.clone(),
                tag: None,
            };
            (envelope(cx, &keyword).unwrap_or(Envelope::DEFAULT), None)
        }
        Some((load::RawEnvelope::Layout(layout), e)) => {
            match body_layout(cx, layout, &e.location) {
                Some(body) => (Envelope::Layout, Some(body)),
                None => (Envelope::DEFAULT, None),
            }
        }
        None => (Envelope::DEFAULT, None),
    };
    let (common_codes, operations) =
        super::operations::fields(cx, &mut places, raw.common_codes, raw.operations);
    let registry = Registry {
        page,
        headers,
        categories,
        // Resolved by the references pass, once every code is known.
        roles: crate::model::Roles::default(),
        envelope,
        code_style: places.code_style,
        body,
        common_codes,
        operations,
        fingerprint: crate::layout::fingerprint(cx.text),
    };
    (registry, places)
}

/// Stands in for a page whose `page:` is missing (already reported).
fn placeholder_page() -> Page {
    Page {
        title: String::new(),
        intro: Vec::new(),
        docs_url: None,
        envelope_example: EnvelopeExample {
            code: String::new(),
            message: String::new(),
            request_id: None,
        },
        related: Vec::new(),
        location: Location::default(),
    }
}

/// What the parser noted: unknown fields, missing fields and YAML tags.
fn notes(cx: &mut Check<'_>, raw: &RawRegistry) {
    let mut notes = Vec::new();
    raw.notes(&mut notes);
    for note in notes {
        let d = match note {
            Note::UnknownField { field, expected } => {
                let known = expected.join(", ");
                // The key is user text: a tab or line break in it must stay visible.
                let d = cx.at(
                    &field.location,
                    format!("unknown field `{}`", field.value.escape_debug()),
                );
                match suggest::nearest(&field.value, expected.iter().copied()) {
                    Some(near) => d.with_help(format!(
                        "did you mean `{near}`? The fields here are: {known}"
                    )),
                    None => d.with_help(format!("the fields here are: {known}")),
                }
            }
            Note::Tag { tag, location } => yaml::tag_problem(cx.file, cx.text, location, &tag),
            Note::MissingField { field, at } => cx
                .at(&at, format!("missing field `{field}`"))
                .with_help(format!("add `{field}:` to this mapping")),
        };
        cx.report(d);
    }
}

/// Whether an unknown key of a mapping is most likely a misspelling of
/// `field`: then a missing `field` is that misspelling, reported once.
fn misspelt(unknown: &[Spanned<String>], fields: &'static [&'static str], field: &str) -> bool {
    unknown
        .iter()
        .any(|k| suggest::nearest(&k.value, fields.iter().copied()) == Some(field))
}

fn page(cx: &mut Check<'_>, places: &mut Places, raw: load::RawPage) -> Page {
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
        envelope_example,
        related,
        location: Location::default(),
    }
}

/// A header, and whether its name is valid; `None` without a name.
fn header(cx: &mut Check<'_>, h: load::RawHeader) -> Option<(Header, bool)> {
    let name = h.name.as_ref()?;
    let valid = name.value.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.value.bytes().all(is_header_name_byte);
    if !valid {
        cx.report(
            cx.at(
                &name.location,
                format!(
                    "header name {:?} is not a valid HTTP header name",
                    name.value
                ),
            )
            .with_help("use letters, digits and '-', e.g. X-Request-ID"),
        );
    }
    // Without `when` (reported as missing), `always` stands in.
    let when = h.when.as_ref().map_or(HeaderWhen::Always, |when_written| {
        if when_written.value == HeaderWhen::ALWAYS {
            HeaderWhen::Always
        } else {
            match when_written.value.parse::<u16>() {
                Ok(status) if (100..=599).contains(&status) => HeaderWhen::Status(status),
                _ => {
                    cx.report(cx.at(
                        &when_written.location,
                        format!(
                            "header {:?}: `when` must be `{}` or an HTTP status, not {:?}",
                            name.value,
                            HeaderWhen::ALWAYS,
                            when_written.value
                        ),
                    ));
                    HeaderWhen::Always
                }
            }
        }
    });
    let format = h.format.as_ref().map_or(HeaderFormat::Text, |f| {
        keyword(cx, f, HeaderFormat::VALUES, "header format", &name.value)
            .unwrap_or(HeaderFormat::Text)
    });
    let example = h.example.as_ref().map(|e| {
        if e.value.contains('`') {
            cx.report(cx.at(
                &e.location,
                format!(
                    "header {:?}: the example cannot contain a backtick",
                    name.value
                ),
            ));
        }
        text(cx, e, "header example")
    });
    let header = Header {
        name: name.value.clone(),
        const_name: naming::header_const(&name.value),
        when,
        format,
        example,
        description: h
            .description
            .as_ref()
            .map(|d| text(cx, d, "header description")),
        location: h
            .key_location("name")
            .cloned()
            .unwrap_or_else(|| name.location.clone()),
    };
    Some((header, valid))
}

fn categories(
    cx: &mut Check<'_>,
    places: &mut Places,
    raw: Spanned<Vec<RawCategory>>,
) -> Vec<Category> {
    if raw.value.is_empty() {
        cx.report(
            cx.at(&raw.location, "the registry has no categories")
                .with_help("add at least one category with at least one code"),
        );
    }
    raw.value
        .into_iter()
        .filter_map(|c| category(cx, places, c))
        .collect()
}

/// A category; `None` without a title (its codes still count as defined,
/// so references to them are not reported as unknown).
fn category(cx: &mut Check<'_>, places: &mut Places, c: RawCategory) -> Option<Category> {
    let Some(title_written) = &c.title else {
        let codes = c.codes.iter().flat_map(|codes| codes.value.iter());
        places
            .defined
            .extend(codes.filter_map(|code| code.code.as_ref().map(|n| n.value.clone())));
        return None;
    };
    let title = text(cx, title_written, "category title");
    let rust = match &c.name {
        Some(name) => {
            let valid = line_text(cx, name, "category name").is_some();
            if valid && !naming::is_rust_variant(&name.value) {
                cx.report(cx.at(
                    &name.location,
                    format!(
                        "category name {:?} is not an UpperCamelCase Rust identifier",
                        name.value
                    ),
                ));
            }
            NamePlace {
                name: name.value.clone(),
                at: name.location.clone(),
                written: true,
                valid: valid && naming::is_rust_variant(&name.value),
            }
        }
        None => {
            let derived = naming::category_variant(&title);
            let valid = naming::is_rust_variant(&derived);
            if !valid {
                cx.report(
                    cx.at(
                        &title_written.location,
                        format!("category title {title:?} gives no usable Rust name ({derived:?})"),
                    )
                    .with_help("add `name: SomeName` to the category"),
                );
            }
            NamePlace {
                name: derived,
                at: title_written.location.clone(),
                written: false,
                valid,
            }
        }
    };
    let python = python_name(
        cx,
        c.python_name.as_ref(),
        &rust,
        &format!("category {title:?}"),
    );
    let (rust_name, python_name) = (rust.name.clone(), python.name.clone());
    places.categories.push(CategoryPlace {
        title: title_written.location.clone(),
        names: NamePlaces { rust, python },
    });
    let status_kind = c
        .status_kind
        .as_ref()
        .and_then(|k| keyword(cx, k, StatusKind::VALUES, "status_kind", &title))
        .unwrap_or(StatusKind::Response);
    let category_retry = c
        .retry
        .as_ref()
        .and_then(|r| keyword(cx, r, Retry::VALUES, "retry", &title))
        .unwrap_or(Retry::Never);
    let location = c
        .key_location("title")
        .cloned()
        .unwrap_or_else(|| title_written.location.clone());
    let raw_codes = c.codes.map(|codes| {
        if codes.value.is_empty() {
            cx.report(
                cx.at(&codes.location, format!("category {title:?} has no codes"))
                    .with_help("add a code or remove the category"),
            );
        }
        codes.value
    });
    let raw_codes = raw_codes.unwrap_or_default();
    let usual = usual_status(&raw_codes).map(|status| (title.as_str(), status));
    let codes = raw_codes
        .into_iter()
        .filter_map(|raw| code(cx, places, raw, category_retry, usual))
        .collect();
    Some(Category {
        title,
        rust_name,
        python_name,
        status_kind,
        codes,
        location,
    })
}

/// A code, or `None` when it cannot be in the model (bad syntax, no status).
fn code(
    cx: &mut Check<'_>,
    places: &mut Places,
    raw: RawCode,
    category_retry: Retry,
    usual: Option<(&str, u16)>,
) -> Option<Code> {
    let name = raw.code.as_ref()?;
    let code = name.value.clone();
    places.defined.insert(code.clone());
    let style = places.code_style;
    let syntax = check_code_syntax(&code, style);
    if let Err(why) = &syntax {
        let (rule, named) = match style {
            CodeStyle::SnakeCase => (
                format!(
                    "codes are lower snake_case ASCII: a letter, then letters, digits and single underscores, at most {MAX_CODE_LEN} bytes"
                ),
                String::new(),
            ),
            _ => (
                format!(
                    "this registry's codes are {} (`code_style: {}`), at most {MAX_CODE_LEN} bytes",
                    style.wording(),
                    style.as_str()
                ),
                format!(" (code_style: {})", style.as_str()),
            ),
        };
        cx.report(
            cx.at(&name.location, format!("code {code:?} {why}{named}"))
                .with_help(match fixed_code(&code, style) {
                    Some(fixed) => format!("did you mean {fixed:?}? {rule}"),
                    None => rule,
                }),
        );
    }
    let names = syntax.is_ok().then(|| code_names(cx, &raw, name, style));
    places.codes.push(CodePlace {
        code: name.clone(),
        names: names.clone(),
    });

    let status = match &raw.status {
        Some(status) => status_of(cx, status, &code, usual),
        // `staus: 401` is reported as the unknown field it is.
        None if misspelt(&raw.unknown, RawCode::FIELDS, "status") => None,
        None => {
            cx.report(
                cx.at(&name.location, format!("code {code:?} has no status"))
                    .with_help(match usual {
                        Some((title, status)) => format!(
                            "add `status:` with its HTTP status; codes in category {title:?} mostly use {status}"
                        ),
                        None => "add `status:` with its HTTP status (400-599)".into(),
                    }),
            );
            None
        }
    };
    let meaning = raw
        .meaning
        .as_ref()
        .map(|m| text(cx, m, &format!("meaning of {code:?}")));
    let retry = raw
        .retry
        .as_ref()
        .and_then(|r| keyword(cx, r, Retry::VALUES, "retry", &code))
        .unwrap_or(category_retry);
    let (details, members) = match raw.details.as_ref() {
        None => (None, Vec::new()),
        Some(d) => match &d.value {
            RawDetails::Shape(shape) => {
                let shape = Spanned {
                    value: shape.clone(),
                    location: d.location.clone(),
                    tag: None,
                };
                let found = keyword(cx, &shape, DetailsShape::VALUES, "details", &code);
                (found, Vec::new())
            }
            RawDetails::Members(written) => (None, members(cx, d, written, &code)),
        },
    };
    let deprecated = raw.deprecated.as_ref().map(|d| {
        let d = &d.value;
        if let Some(u) = &d.use_instead {
            places.use_instead.push((code.clone(), u.clone()));
        }
        Deprecation {
            since: d
                .since
                .as_ref()
                .map(|since| text(cx, since, "deprecated.since"))
                .unwrap_or_default(),
            sunset: d.sunset.as_ref().and_then(|s| sunset(cx, s, &code)),
            use_instead: d.use_instead.as_ref().map(|u| u.value.clone()),
            note: d.note.as_ref().map(|n| text(cx, n, "deprecated.note")),
        }
    });
    let status = status?;
    let names = names?;
    Some(Code {
        rust_name: names.rust.name,
        python_name: names.python.name,
        code,
        status,
        meaning,
        retry,
        details,
        members,
        deprecated,
        location: name.location.clone(),
        key_location: raw
            .key_location("code")
            .cloned()
            .unwrap_or_else(|| name.location.clone()),
    })
}

/// The members a code's `details:` declares, each checked on its own (the
/// names they generate are the names pass's business).
fn members(
    cx: &mut Check<'_>,
    details: &Spanned<RawDetails>,
    written: &[(Spanned<String>, Spanned<RawMember>)],
    code: &str,
) -> Vec<Member> {
    if written.is_empty() {
        cx.report(
            cx.at(
                &details.location,
                format!("{code:?}: details declare no members"),
            )
            .with_help("declare at least one member (`name: integer`), or remove `details:`"),
        );
    }
    written
        .iter()
        .filter_map(|(name, raw)| member(cx, name, raw, code))
        .collect()
}

/// One member of a code's details, or `None` when it is wrong (reported).
fn member(
    cx: &mut Check<'_>,
    name: &Spanned<String>,
    raw: &Spanned<RawMember>,
    code: &str,
) -> Option<Member> {
    let what = format!("{code}.{}", name.value);
    let name_ok = naming::is_member_name(&name.value);
    if !name_ok {
        cx.report(
            cx.at(
                &name.location,
                format!(
                    "{code:?}: details member {:?} is not a member name",
                    name.value
                ),
            )
            .with_help(naming::MEMBER_NAME_RULE),
        );
    }
    let (ty, description, values) = match &raw.value {
        RawMember::Short(ty) => (
            Some(Spanned {
                value: ty.clone(),
                location: raw.location.clone(),
                tag: None,
            }),
            None,
            None,
        ),
        RawMember::Long(long) => (
            long.ty.clone(),
            long.description.as_ref(),
            long.values.as_ref(),
        ),
    };
    let description = description.map(|d| text(cx, d, &format!("description of {what}")));
    // A missing `type:` is reported with the parser's notes.
    let ty = ty?;
    let (mut member_type, list, optional) = member_type(cx, &ty, &what)?;
    if let Some(values) = values {
        if member_type != MemberType::String {
            cx.report(
                cx.at(
                    &values.location,
                    format!(
                        "{what}: `enum` lists the values of a string, not of `{}`",
                        member_type.as_str()
                    ),
                )
                .with_help("write `type: string` (or `string[]`), or remove `enum:`"),
            );
            return None;
        }
        if values.value.is_empty() {
            cx.report(
                cx.at(&values.location, format!("{what}: `enum` lists no values"))
                    .with_help("list the values the string may take, or remove `enum:`"),
            );
            return None;
        }
        let values: Vec<String> = values
            .value
            .iter()
            .map(|v| text(cx, v, &format!("a value of {what}")))
            .collect();
        member_type = MemberType::Enum(values);
    }
    if !name_ok {
        return None;
    }
    Some(Member {
        rust_name: naming::member_field(&name.value),
        python_name: naming::python_field(&name.value),
        name: name.value.clone(),
        ty: member_type,
        list,
        optional,
        description,
        location: name.location.clone(),
    })
}

/// A member's type as written: a scalar, then `[]` for a list, then `?`
/// when it may be absent.
fn member_type(
    cx: &mut Check<'_>,
    ty: &Spanned<String>,
    what: &str,
) -> Option<(MemberType, bool, bool)> {
    let written = ty.value.trim();
    let (rest, optional) = match written.strip_suffix('?') {
        Some(rest) => (rest, true),
        None => (written, false),
    };
    let (scalar, list) = match rest.strip_suffix("[]") {
        Some(rest) => (rest, true),
        None => (rest, false),
    };
    let found = MemberType::SCALARS
        .iter()
        .find(|(name, _)| *name == scalar)
        .map(|(_, t)| t.clone());
    if found.is_none() {
        let names: Vec<&str> = MemberType::SCALARS.iter().map(|(name, _)| *name).collect();
        let rule = format!(
            "a type is one of {}, with `[]` for a list and then `?` for an optional member (`string[]?`)",
            names.join(", ")
        );
        let d = cx.at(&ty.location, format!("{what}: unknown type {:?}", ty.value));
        let d = match suggest::nearest(scalar, names.iter().copied()) {
            Some(near) => d.with_help(format!(
                "did you mean `{near}{}{}`? {rule}",
                if list { "[]" } else { "" },
                if optional { "?" } else { "" }
            )),
            None => d.with_help(rule),
        };
        cx.report(d);
    }
    Some((found?, list, optional))
}

/// A deprecation's sunset, the date from which the code may be removed:
/// an ISO 8601 calendar date, `YYYY-MM-DD`.
fn sunset(cx: &mut Check<'_>, s: &Spanned<String>, code: &str) -> Option<Date> {
    match Date::parse(&s.value) {
        Ok(date) => Some(date),
        Err(why) => {
            cx.report(
                cx.at(
                    &s.location,
                    format!("{code:?}: deprecated.sunset {:?} {why}", s.value),
                )
                .with_help(format!(
                    "write the date from which the code may be removed as an ISO 8601 date, {}",
                    crate::date::FORMAT
                )),
            );
            None
        }
    }
}

/// One line of human text (see [`line_text`]), kept as written whether or
/// not it is valid: the problem is already reported.
fn text(cx: &mut Check<'_>, s: &Spanned<String>, what: &str) -> String {
    line_text(cx, s, what);
    s.value.clone()
}

/// `code_style:`: one of [`CodeStyle::VALUES`], else a diagnostic that
/// suggests the nearest (`pascal_case` → `PascalCase`).
fn code_style(cx: &mut Check<'_>, s: &Spanned<String>) -> Option<CodeStyle> {
    let found = CodeStyle::from_wire(&s.value);
    if found.is_none() {
        let folded = |text: &str| -> String {
            text.chars()
                .filter(|c| !matches!(c, '_' | '-' | ' '))
                .map(|c| c.to_ascii_lowercase())
                .collect()
        };
        let names = CodeStyle::VALUES.iter().map(|(name, _)| *name);
        let near = names
            .clone()
            .find(|name| folded(name) == folded(&s.value))
            .or_else(|| {
                // A style's name cut short: `SCREAMING_SNAKE`, `pascal`.
                let written = folded(&s.value);
                names
                    .clone()
                    .find(|name| written.len() >= 4 && folded(name).starts_with(&written))
            })
            .or_else(|| suggest::nearest(&s.value, names.clone()));
        let all: Vec<String> = names.map(|name| format!("`{name}`")).collect();
        let d = cx.at(
            &s.location,
            format!(
                "unknown code_style {:?}: the styles are {}",
                s.value.escape_debug().to_string(),
                all.join(", ")
            ),
        );
        let default = format!(
            "without `code_style:`, codes are `{}`",
            CodeStyle::DEFAULT.as_str()
        );
        cx.report(match near {
            Some(near) => d.with_help(format!(
                "did you mean `{near}`? `code_style: {near}` is {}; {default}",
                CodeStyle::from_wire(near).map_or("", CodeStyle::wording)
            )),
            None => d.with_help(default),
        });
    }
    found
}

/// `envelope:` as a keyword: one of [`Envelope::VALUES`] (a layout is a
/// mapping, not a keyword), a diagnostic naming them all otherwise.
fn envelope(cx: &mut Check<'_>, s: &Spanned<String>) -> Option<Envelope> {
    let keywords = || Envelope::ALL.iter().filter(|e| **e != Envelope::Layout);
    let found = Envelope::from_wire(&s.value).filter(|e| *e != Envelope::Layout);
    if found.is_none() {
        let names: Vec<String> = keywords().map(|e| format!("`{}`", e.as_str())).collect();
        let d = cx.at(
            &s.location,
            format!(
                "unknown envelope {:?}: the registry's envelope is {}",
                s.value,
                names.join(" or ")
            ),
        );
        let mut meanings: Vec<String> = keywords()
            .map(|&e| {
                let default = if e == Envelope::DEFAULT {
                    " (the default)"
                } else {
                    ""
                };
                format!("`envelope: {}`{default} is {}", e.as_str(), e.wording())
            })
            .collect();
        if s.value == Envelope::Layout.as_str() {
            meanings.push(
                "a body of the API's own layout is a mapping (`envelope: {root: error, code: code, ...}`; docs/guides/body-layouts.md)"
                    .to_string(),
            );
        }
        let meanings = meanings.join("; ");
        let d = match suggest::nearest(&s.value, keywords().map(|e| e.as_str())) {
            Some(near) => d.with_help(format!("did you mean `{near}`? {meanings}")),
            None => d.with_help(meanings),
        };
        cx.report(d);
    }
    found
}

/// `envelope:` as a mapping: the body's own layout. Every problem is
/// reported (unknown keys by `notes`): a malformed member name, no code
/// member, two fields at one member, a member inside another's value.
fn body_layout(cx: &mut Check<'_>, raw: &load::RawBodyLayout, at: &Location) -> Option<BodyLayout> {
    let mut ok = true;
    // `(field, path, where)` of each field the layout places.
    let mut placed: Vec<(&'static str, String, Location)> = Vec::new();
    let mut layout = BodyLayout {
        root: BodyLayout::NESTED_ROOT.map(str::to_string),
        code: "code".to_string(),
        status: None,
        message: Some("message".to_string()),
        request_id: Some("request_id".to_string()),
        doc_url: Some("doc_url".to_string()),
        details: Some("details".to_string()),
        location: raw.start.clone(),
    };
    for (field, written) in raw.keys() {
        let value = match written {
            // Left out: the nested envelope's member (`status`: none).
            None => match field {
                "root" => continue,
                "status" => None,
                _ => Some(field.to_string()),
            },
            Some(None) => {
                if field == "code" {
                    let key = raw
                        .key_location(field)
                        .cloned()
                        .unwrap_or_else(|| at.clone());
                    cx.report(
                        cx.at(
                            &key,
                            "the body layout has no member for the code (`code: null`)",
                        )
                        .with_help(
                            "every error body carries its code: name its member, e.g. `code: code`",
                        ),
                    );
                    ok = false;
                }
                None
            }
            Some(Some(member)) => {
                if !member_path(cx, field, member) {
                    ok = false;
                }
                Some(member.value.clone())
            }
        };
        if field != "root"
            && let Some(path) = &value
        {
            let location = written
                .flatten()
                .map(|m| m.location.clone())
                .or_else(|| raw.key_location(field).cloned())
                .unwrap_or_else(|| at.clone());
            placed.push((field, path.clone(), location));
        }
        match field {
            "root" => layout.root = value,
            "code" => layout.code = value.unwrap_or_default(),
            "status" => layout.status = value,
            "message" => layout.message = value,
            "request_id" => layout.request_id = value,
            "doc_url" => layout.doc_url = value,
            _ => layout.details = value,
        }
    }
    let segments = |path: &str| path.split('.').map(str::to_string).collect::<Vec<_>>();
    for (i, (field, path, location)) in placed.iter().enumerate() {
        for (other, other_path, _) in &placed[..i] {
            let (a, b) = (segments(path), segments(other_path));
            let problem = if a == b {
                format!("`{field}` and `{other}` are both at the member {path:?}")
            } else if a.starts_with(&b) {
                format!("`{field}`'s member {path:?} is inside `{other}`'s member {other_path:?}")
            } else if b.starts_with(&a) {
                format!("`{other}`'s member {other_path:?} is inside `{field}`'s member {path:?}")
            } else {
                continue;
            };
            cx.report(
                cx.at(location, format!("the body layout cannot hold both: {problem}"))
                    .with_help("give each field a member of its own, none inside another's value (a key left out keeps the nested envelope's member; `null` leaves the field out)"),
            );
            ok = false;
        }
    }
    ok.then_some(layout)
}

/// A member path of the body layout: member names joined by `.`, each
/// non-empty, without control characters or surrounding spaces.
fn member_path(cx: &mut Check<'_>, field: &str, member: &Spanned<String>) -> bool {
    let path = &member.value;
    let problem = if path.is_empty() {
        Some("is empty".to_string())
    } else if let Some(c) = path.chars().find(|c| c.is_control()) {
        Some(format!(
            "contains the control character U+{:04X}",
            u32::from(c)
        ))
    } else if path.split('.').any(str::is_empty) {
        Some("has an empty member name (a `.` at an end, or two together)".to_string())
    } else if path.split('.').any(|name| name.trim() != name) {
        Some("has a member name with spaces around it".to_string())
    } else {
        None
    };
    match problem {
        Some(problem) => {
            cx.report(
                cx.at(
                    &member.location,
                    format!("`{field}`'s member {:?} {problem}", path),
                )
                .with_help("a member is a name, or names joined by `.` for a member of a nested object (`error.code`); `null` leaves the field out"),
            );
            false
        }
        None => true,
    }
}

/// One of a keyword's wire spellings (`values` comes from the keyword's
/// one definition in `model`).
fn keyword<T: Copy>(
    cx: &mut Check<'_>,
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
        let d = cx.at(
            &s.location,
            format!("{owner:?}: unknown {field} {:?}", s.value),
        );
        let d = match suggest::nearest(&s.value, allowed.iter().copied()) {
            Some(near) => d.with_help(format!(
                "did you mean `{near}`? Expected one of: {}",
                allowed.join(", ")
            )),
            None => d.with_help(format!("expected one of: {}", allowed.join(", "))),
        };
        cx.report(d);
    }
    found
}

/// A code's status: a plain decimal number from 400 to 599, written as
/// such. YAML would also read `'401'`, `"401"`, `0x191`, `4_01` and
/// `0401` as 401; the registry's language only has `401`.
fn status_of(
    cx: &mut Check<'_>,
    raw: &Spanned<String>,
    code: &str,
    usual: Option<(&str, u16)>,
) -> Option<u16> {
    let written = yaml::source_text(cx.text, &raw.location).unwrap_or(&raw.value);
    let parsed = raw.value.parse::<u16>().ok();
    let plain = raw.tag.is_none() && parsed.is_some_and(|n| n.to_string() == written);
    if raw.tag.is_some() {
        // Reported as a tag; a second diagnostic would say the same.
        return None;
    }
    let usual_help =
        usual.map(|(title, status)| format!("codes in category {title:?} mostly use {status}"));
    if !plain {
        let near = parsed
            .or_else(|| digits_of_look_alike(raw.value.trim()))
            .filter(|n| (400..=599).contains(n));
        cx.report(
            cx.at(
                &raw.location,
                format!("code {code:?}: status must be a plain number like 404, not {written}"),
            )
            .with_help(match near {
                Some(n) => format!("write `status: {n}`, without quotes or other notation"),
                None => usual_help
                    .unwrap_or_else(|| "write a 4xx or 5xx status, e.g. `status: 400`".into()),
            }),
        );
        return None;
    }
    let status = parsed?;
    if !(400..=599).contains(&status) {
        cx.report(
            cx.at(
                &raw.location,
                format!("code {code:?}: status {status} is not an error status (400-599)"),
            )
            .with_help(match usual_help {
                Some(usual) => {
                    format!("error codes describe failures: use a 4xx or 5xx status; {usual}")
                }
                None => "error codes describe failures: use a 4xx or 5xx status".into(),
            }),
        );
        return None;
    }
    Some(status)
}

/// Characters a one-line text cannot carry: control characters (line
/// breaks, tabs, escapes), Unicode line and paragraph separators, and the
/// bidirectional overrides that make text display differently from what it
/// says.
pub(super) fn is_unrepresentable(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters a URL may carry (RFC 3986: unreserved, reserved and `%`).
/// Nothing here can end a Markdown link destination or autolink, open an
/// HTML tag or break a line.
fn is_url_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&'()*+,;=%".contains(c)
}

/// An `http://` or `https://` URL with a host, of URL characters only;
/// `with_fragment` allows `?query` and `#fragment`.
fn is_absolute_http(url: &str, with_fragment: bool) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        !rest.is_empty()
            && !rest.starts_with('/')
            && url.chars().all(is_url_char)
            && (with_fragment || !url.contains(['#', '?']))
    })
}

/// A relative reference (RFC 3986 §4.2) that stays on the same site: no
/// scheme (nothing like `javascript:` before the first `/`, `?` or `#`), not
/// network-path (`//host`), URL characters only.
fn is_relative(url: &str) -> bool {
    let head = url.split(['/', '?', '#']).next().unwrap_or("");
    !url.is_empty() && !head.contains(':') && !url.starts_with("//") && url.chars().all(is_url_char)
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
/// gives a valid code of `style`: look-alike letters replaced by their ASCII
/// twins, then the code's words spelled in the style (`blob_already_exists`
/// → `BlobAlreadyExists` in a PascalCase registry; snake_case also
/// lowercases and squeezes underscores). A dotted code keeps its segments,
/// a numeric one its digits.
fn fixed_code(code: &str, style: CodeStyle) -> Option<String> {
    use heck::ToSnakeCase;

    let ascii: String = code
        .chars()
        .map(|c| suggest::ascii_look_alike(c).unwrap_or(c))
        .collect();
    let fixed = match style {
        CodeStyle::SnakeCase => ascii.to_snake_case(),
        CodeStyle::Numeric => ascii.chars().filter(char::is_ascii_digit).collect(),
        CodeStyle::Any => ascii
            .chars()
            .map(|c| if is_any_code_char(c) { c } else { '_' })
            .collect(),
        CodeStyle::Dotted => {
            let segments: Option<Vec<String>> = ascii
                .split('.')
                .filter(|segment| !segment.is_empty())
                .map(|segment| naming::spell_code(&segment.to_snake_case(), style))
                .collect();
            segments?.join(".")
        }
        _ => naming::spell_code(&ascii.to_snake_case(), style)?,
    };
    (fixed != code && check_code_syntax(&fixed, style).is_ok()).then_some(fixed)
}

/// The characters of an `any` code: ASCII letters, digits, `_`, `.`, `-`.
fn is_any_code_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-')
}

fn is_header_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-'
}

/// The generated names of a code whose syntax is valid: its overrides when
/// written (each checked to be an identifier of its language), else the
/// naming policy's.
fn code_names(
    cx: &mut Check<'_>,
    raw: &RawCode,
    code: &Spanned<String>,
    style: CodeStyle,
) -> NamePlaces {
    let what = format!("code {:?}", code.value);
    let rust = match &raw.name {
        Some(name) => {
            let one_line = line_text(cx, name, &format!("`name:` of {what}")).is_some();
            let valid = one_line && naming::is_rust_variant(&name.value);
            if one_line && !valid {
                let example = [&name.value, &code.value]
                    .map(|text| naming::code_variant(text))
                    .into_iter()
                    .find(|variant| naming::is_rust_variant(variant))
                    .map_or_else(String::new, |variant| format!(", e.g. `name: {variant}`"));
                cx.report(
                    cx.at(
                        &name.location,
                        format!(
                            "`name:` {:?} of {what} is not an UpperCamelCase Rust identifier",
                            name.value
                        ),
                    )
                    .with_help(format!(
                        "`name:` is the code's `ErrorCode` variant: an ASCII uppercase letter, then letters and digits{example}"
                    )),
                );
            }
            NamePlace {
                name: name.value.clone(),
                at: name.location.clone(),
                written: true,
                valid,
            }
        }
        None => {
            let name = naming::code_variant(&code.value);
            let valid = naming::is_rust_variant(&name);
            if !valid {
                // A numeric code (`20003`): its words make no identifier.
                let example = format!(
                    "Code{}",
                    code.value.replace(|c: char| !c.is_ascii_alphanumeric(), "")
                );
                cx.report(
                    cx.at(&code.location, format!("{what} gives no Rust name ({name:?})"))
                        .with_help(format!(
                            "name its `ErrorCode` variant with `name:` (an UpperCamelCase identifier, e.g. `name: {example}`), and its Python member with `python_name:` (e.g. `python_name: {}`); the wire code stays as written",
                            naming::python_member(&example)
                        )),
                );
            }
            NamePlace {
                name,
                at: code.location.clone(),
                written: false,
                valid,
            }
        }
    };
    let words = naming::code_words(&code.value, style);
    // A code whose words make no Python member (`20003`) takes its member
    // from its `name:`.
    let derived_from = if naming::is_python_member(&naming::python_member(&words)) {
        NamePlace {
            name: words,
            at: code.location.clone(),
            written: false,
            valid: true,
        }
    } else {
        rust.clone()
    };
    let python = python_name(cx, raw.python_name.as_ref(), &derived_from, &what);
    NamePlaces { rust, python }
}

/// The Python member of an item: `python_name:` when written (checked to be
/// a member the naming policy allows), else the policy's name for `from`.
fn python_name(
    cx: &mut Check<'_>,
    written: Option<&Spanned<String>>,
    from: &NamePlace,
    what: &str,
) -> NamePlace {
    let Some(name) = written else {
        let derived = naming::python_member(&from.name);
        return NamePlace {
            valid: from.valid && naming::is_python_member(&derived),
            name: derived,
            at: from.at.clone(),
            written: false,
        };
    };
    let one_line = line_text(cx, name, &format!("`python_name:` of {what}")).is_some();
    let valid = one_line && naming::is_python_member(&name.value);
    if one_line && !valid {
        let example = [&name.value, &from.name]
            .map(|text| naming::python_member(text))
            .into_iter()
            .find(|member| naming::is_python_member(member))
            .map_or_else(String::new, |member| {
                format!(", e.g. `python_name: {member}`")
            });
        cx.report(
            cx.at(
                &name.location,
                format!(
                    "`python_name:` {:?} of {what} is not an UPPER_SNAKE_CASE Python identifier",
                    name.value
                ),
            )
            .with_help(format!("{}{example}", naming::PYTHON_MEMBER_RULE)),
        );
    }
    NamePlace {
        name: name.value.clone(),
        at: name.location.clone(),
        written: true,
        valid,
    }
}

/// Why `code` is not a code of `style`, if it is not. Every style: not
/// empty, at most [`MAX_CODE_LEN`] bytes, ASCII.
pub fn check_code_syntax(code: &str, style: CodeStyle) -> Result<(), String> {
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
    match style {
        CodeStyle::SnakeCase => separated(code, false, '_', "underscore"),
        CodeStyle::ScreamingSnakeCase => separated(code, true, '_', "underscore"),
        CodeStyle::KebabCase => separated(code, false, '-', "hyphen"),
        CodeStyle::PascalCase => word(code, Some(true)),
        CodeStyle::CamelCase => word(code, Some(false)),
        CodeStyle::Dotted => {
            if let Some(c) = code
                .chars()
                .find(|c| !(c.is_ascii_alphanumeric() || *c == '.'))
            {
                return Err(format!(
                    "contains {c:?}, which is not a letter, digit or dot"
                ));
            }
            if code.starts_with('.') || code.ends_with('.') || code.contains("..") {
                return Err("has an empty segment: dots join segments, one at a time".into());
            }
            code.split('.').try_for_each(|segment| {
                word(segment, None).map_err(|_| {
                    format!("has the segment {segment:?}, which does not start with a letter")
                })
            })
        }
        CodeStyle::Numeric => match code.chars().find(|c| !c.is_ascii_digit()) {
            Some(c) => Err(format!("contains {c:?}, which is not a digit")),
            None => Ok(()),
        },
        CodeStyle::Any => match code.chars().find(|c| !is_any_code_char(*c)) {
            Some(c) => Err(format!(
                "contains {c:?}, which is not an ASCII letter, digit, '_', '.' or '-'"
            )),
            None => Ok(()),
        },
    }
}

/// Words of one case (`upper` or lower), digits, single `separator`s
/// (`separator_name`: "underscore"), starting with a letter.
fn separated(code: &str, upper: bool, separator: char, separator_name: &str) -> Result<(), String> {
    let (case, other) = if upper {
        ("uppercase", "lowercase")
    } else {
        ("lowercase", "uppercase")
    };
    let in_case = |c: char| {
        if upper {
            c.is_ascii_uppercase()
        } else {
            c.is_ascii_lowercase()
        }
    };
    if let Some(c) = code
        .chars()
        .find(|c| c.is_ascii_alphabetic() && !in_case(*c))
    {
        return Err(format!("contains the {other} letter {c:?}"));
    }
    if let Some(c) = code
        .chars()
        .find(|c| !(in_case(*c) || c.is_ascii_digit() || *c == separator))
    {
        return Err(format!(
            "contains {c:?}, which is not a {case} letter, digit or {separator_name}"
        ));
    }
    if !code.starts_with(in_case) {
        return Err(format!("must start with a {case} letter"));
    }
    let article = if separator_name.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    if code.ends_with(separator) {
        return Err(format!("ends with {article} {separator_name}"));
    }
    if code.contains(&format!("{separator}{separator}")) {
        return Err(format!("contains a double {separator_name}"));
    }
    Ok(())
}

/// One word of letters and digits, starting with a letter: uppercase when
/// `upper` is `Some(true)`, lowercase when `Some(false)`, either when `None`.
fn word(code: &str, upper: Option<bool>) -> Result<(), String> {
    if let Some(c) = code.chars().find(|c| !c.is_ascii_alphanumeric()) {
        return Err(format!("contains {c:?}, which is not a letter or digit"));
    }
    let first = code.chars().next();
    match upper {
        Some(true) if !first.is_some_and(|c| c.is_ascii_uppercase()) => {
            Err("must start with an uppercase letter".into())
        }
        Some(false) if !first.is_some_and(|c| c.is_ascii_lowercase()) => {
            Err("must start with a lowercase letter".into())
        }
        None if !first.is_some_and(|c| c.is_ascii_alphabetic()) => {
            Err("must start with a letter".into())
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_and_relative_links_pass() {
        assert!(is_absolute_http("https://docs.example.com/errors", false));
        assert!(!is_absolute_http(
            "https://docs.example.com/errors#x",
            false
        ));
        assert!(is_absolute_http("https://docs.example.com/errors#x", true));
        assert!(!is_absolute_http("javascript:alert(1)", true));
        assert!(!is_absolute_http("https://", true));
        assert!(!is_absolute_http("https://a.example/<b>", true));
        assert!(is_relative("../guide.md#retries"));
        assert!(is_relative("guide.md"));
        assert!(!is_relative("javascript:alert(1)"));
        assert!(!is_relative("JavaScript:alert(1)"));
        assert!(!is_relative("//evil.example/x"));
        assert!(!is_relative("a b"));
        assert!(!is_relative("x>y"));
    }
}
