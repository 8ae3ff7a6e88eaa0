//! A code of a category: its spelling (held to the registry's
//! `code_style`), names, `status`, `meaning`, `retry`, `details` and
//! `deprecated`.

use error_codes_runtime::MAX_CODE_LEN;

use crate::date::Date;
use crate::load::{RawCode, RawDetails};
use crate::model::{Code, CodeStyle, Deprecation, DetailsShape, Retry};
use crate::yaml::Spanned;

use super::code_style::{check_code_syntax, fixed_code};
use super::details::members;
use super::keyword::keyword;
use super::name_overrides::code_names;
use super::parser_notes::misspelt;
use super::status::status_of;
use super::text::text;
use super::{Check, CodePlace, Places};

/// A code, or `None` when it cannot be in the model (bad syntax, no status).
pub(super) fn code(
    cx: &mut Check<'_>,
    places: &mut Places,
    raw: RawCode,
    category_retry: Retry,
    usual: Option<(&str, u16)>,
    category_grpc: Option<crate::model::GrpcCode>,
    category_body: &[(String, String)],
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
    if places.code_number
        && syntax.is_ok()
        && error_codes_runtime::wire::numeric_code(&code).is_none()
    {
        cx.report(
            cx.at(
                &name.location,
                format!("code {code:?} cannot be sent as a JSON number (`code_type: number`)"),
            )
            .with_help(format!(
                "a code sent as a number is digits without a leading zero, at most {} (JSON readers hold no larger integer exactly)",
                error_codes_runtime::wire::MAX_NUMERIC_CODE
            )),
        );
    }
    let names = syntax.is_ok().then(|| code_names(cx, &raw, name, style));
    places.codes.push(CodePlace {
        code: name.clone(),
        names: names.clone(),
    });

    let status = match &raw.status {
        Some(status) => status_of(cx, status, &code, usual, places.errors_may_succeed),
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
    let own_body =
        super::body_values::given(cx, places, raw.body.as_ref(), &format!("code {code:?}"));
    let body_values =
        super::body_values::resolve(cx, places, &own_body, category_body, &code, &name.location);
    let status = status?;
    let names = names?;
    let grpc = super::grpc::code_face(
        cx,
        places,
        &raw,
        name,
        status,
        &names.rust.name,
        category_grpc,
    );
    Some(Code {
        grpc,
        body_values,
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
