//! The generated names of codes and categories as pass 1 decides them: an
//! override (`name:`, `python_name:`) when written, checked to be an
//! identifier of its language, else the naming policy's name. Whether two
//! names clash is the names pass's business (`names`).

use crate::load::RawCode;
use crate::model::CodeStyle;
use crate::naming;
use crate::yaml::Spanned;

use super::text::line_text;
use super::{Check, NamePlace, NamePlaces};

/// The generated names of a code whose syntax is valid: its overrides when
/// written (each checked to be an identifier of its language), else the
/// naming policy's.
pub(super) fn code_names(
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
pub(super) fn python_name(
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
