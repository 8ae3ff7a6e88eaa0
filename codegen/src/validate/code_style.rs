//! `code_style:` and the grammar of each style: whether a code is spelt in
//! the registry's style, and the code a malformed one was probably meant
//! to be.

use error_codes_runtime::MAX_CODE_LEN;

use crate::model::CodeStyle;
use crate::naming;
use crate::suggest;
use crate::yaml::Spanned;

use super::Check;

/// `code_style:`: one of [`CodeStyle::VALUES`], else a diagnostic that
/// suggests the nearest (`pascal_case` → `PascalCase`).
pub(super) fn code_style(cx: &mut Check<'_>, s: &Spanned<String>) -> Option<CodeStyle> {
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

/// Why `code` is not a code of `style`, if it is not. Every style: not
/// empty, at most [`MAX_CODE_LEN`] bytes, ASCII.
pub(super) fn check_code_syntax(code: &str, style: CodeStyle) -> Result<(), String> {
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

/// The code a malformed one was probably meant to be, when a mechanical fix
/// gives a valid code of `style`: look-alike letters replaced by their ASCII
/// twins, then the code's words spelled in the style (`blob_already_exists`
/// → `BlobAlreadyExists` in a PascalCase registry; snake_case also
/// lowercases and squeezes underscores). A dotted code keeps its segments,
/// a numeric one its digits.
pub(super) fn fixed_code(code: &str, style: CodeStyle) -> Option<String> {
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
