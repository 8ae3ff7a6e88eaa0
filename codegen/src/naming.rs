//! The naming policy: how every generated name is made from registry text
//! (prost-build's `ident.rs`). Validation claims the names in their
//! namespaces (`validate::names`); the emitters read them from the model or
//! make the few names that are not registry items (schema and response
//! component names) here, so no emitter makes a name of its own.

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};
use proc_macro2::TokenStream;
use quote::quote;

use crate::config::Config;
use crate::model::{CodeStyle, DetailsShape};

/// The `ErrorCode` variant of a code: `token_expired` → `TokenExpired`.
pub(crate) fn code_variant(code: &str) -> String {
    code.to_upper_camel_case()
}

/// The words of a code, in lower snake_case: the text its Python member is
/// made from. A snake_case code is its own words; another style's code is
/// split at its separators and case changes (`InvalidParameter.Format` →
/// `invalid_parameter_format`, `RESOURCE_EXHAUSTED` → `resource_exhausted`).
/// A numeric code has digits for words, which make no identifier.
pub(crate) fn code_words(code: &str, style: CodeStyle) -> String {
    match style {
        CodeStyle::SnakeCase => code.to_owned(),
        _ => code.to_snake_case(),
    }
}

/// `words` (lower snake_case, as [`code_words`] gives them or a role's
/// name) spelled as `style` spells a code: `internal_error` →
/// `InternalError`, `INTERNAL_ERROR`, `internal-error`, `internalError`.
/// A `dotted` code of one segment is PascalCase; `any` keeps snake_case;
/// `numeric` spells no words (`None`).
pub(crate) fn spell_code(words: &str, style: CodeStyle) -> Option<String> {
    let words = words.split('_').filter(|w| !w.is_empty());
    let capitalised = |w: &str| {
        let mut chars = w.chars();
        chars.next().map_or_else(String::new, |first| {
            first.to_ascii_uppercase().to_string() + &chars.as_str().to_ascii_lowercase()
        })
    };
    let lower: Vec<String> = words.map(str::to_ascii_lowercase).collect();
    Some(match style {
        CodeStyle::SnakeCase | CodeStyle::Any => lower.join("_"),
        CodeStyle::ScreamingSnakeCase => lower.join("_").to_ascii_uppercase(),
        CodeStyle::KebabCase => lower.join("-"),
        CodeStyle::PascalCase | CodeStyle::Dotted => lower.iter().map(|w| capitalised(w)).collect(),
        CodeStyle::CamelCase => lower
            .iter()
            .enumerate()
            .map(|(i, w)| if i == 0 { w.clone() } else { capitalised(w) })
            .collect(),
        CodeStyle::Numeric => return None,
    })
}

/// The `Category` variant of a category without `name:`: its title in
/// UpperCamelCase (`Authentication / Authorization` →
/// `AuthenticationAuthorization`).
pub(crate) fn category_variant(title: &str) -> String {
    title.to_upper_camel_case()
}

/// Whether `name` can be a variant of `ErrorCode` or `Category`: ASCII, an
/// uppercase letter, then letters and digits. (Reserved names such as `Self`
/// and `ALL` are [`Namespace`]'s business.)
pub(crate) fn is_rust_variant(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.all(|c| c.is_ascii_alphanumeric())
}

/// The member of a Python enum (`ErrorCode`, `Category`) for a code or a
/// category's Rust name: UPPER_SNAKE_CASE, a `_` before each uppercase letter
/// that follows a lowercase letter or a digit (`token_expired` →
/// `TOKEN_EXPIRED`, `AuthenticationAuthorization` →
/// `AUTHENTICATION_AUTHORIZATION`, `Abc1` and `ABC1` → `ABC1`).
pub(crate) fn python_member(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    let mut previous: Option<char> = None;
    for c in name.chars() {
        if c.is_ascii_uppercase()
            && previous.is_some_and(|p| p.is_ascii_lowercase() || p.is_ascii_digit())
        {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
        previous = Some(c);
    }
    out
}

/// What [`is_python_member`] accepts, for diagnostics.
pub(crate) const PYTHON_MEMBER_RULE: &str = "a Python member is UPPER_SNAKE_CASE: an ASCII uppercase letter, then uppercase letters, digits and underscores";

/// Whether `name` can be a member of a generated Python enum. Every name
/// Python or the generated class already gives these enums is lowercase or
/// starts with `_`: `name`, `value`, `mro`, the `str` methods, the
/// properties (`http_status`, `title`, ...), sunder and dunder names, and the
/// keywords (`None`, `True` and `False` are not all uppercase). So this rule
/// alone keeps a member off them, and `validate::names::PYTHON_RESERVED` is empty; a test
/// checks the rule against what a real Python interpreter lists.
pub(crate) fn is_python_member(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// The constant of a header in Rust's `headers` module and the key of
/// TypeScript's `HEADERS`: `X-Request-ID` → `X_REQUEST_ID`.
pub(crate) fn header_const(name: &str) -> String {
    name.to_shouty_snake_case()
}

/// The schema name of a details shape in JSON Schema and OpenAPI:
/// `field_errors` → `FieldErrorsDetails`.
pub(crate) fn details_schema(shape: DetailsShape) -> String {
    format!("{}Details", shape.as_str().to_upper_camel_case())
}

/// The names of the code enum's schemas in JSON Schema and OpenAPI: the
/// Rust enum's configured name (as utoipa and schemars name it from the
/// runtime's `Vocabulary::NAME`), and the schema of the well-formed codes
/// it does not list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SchemaNames {
    pub known: String,
    pub unknown: String,
}

impl SchemaNames {
    pub(crate) fn of(config: &Config) -> SchemaNames {
        SchemaNames {
            known: config.code_enum.clone(),
            unknown: format!("Unknown{}", config.code_enum),
        }
    }
}

/// The runtime's path as the configuration writes it (prost's
/// `prost_path`): a crate name (`error_codes_runtime`) is an extern crate,
/// `::error_codes_runtime`; any other path (`crate::rt`, `::acme::errors`)
/// is used as written.
pub(crate) fn runtime_path(written: &str) -> Result<TokenStream, syn::Error> {
    let path: syn::Path = syn::parse_str(written)?;
    let crate_name = path.leading_colon.is_none()
        && path.segments.len() == 1
        && !["crate", "self", "super"].contains(&written);
    Ok(if crate_name {
        quote!(::#path)
    } else {
        quote!(#path)
    })
}

/// The OpenAPI name of the reusable response of a status, from its reason
/// phrase: `Too Many Requests` → `TooManyRequests`.
pub(crate) fn response_component(status: u16, reason: Option<&str>) -> String {
    reason.map_or_else(|| format!("Status{status}"), str::to_upper_camel_case)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_members_are_upper_snake_case() {
        assert_eq!(python_member("token_expired"), "TOKEN_EXPIRED");
        assert_eq!(
            python_member("AuthenticationAuthorization"),
            "AUTHENTICATION_AUTHORIZATION"
        );
        assert_eq!(python_member("Http2Push"), "HTTP2_PUSH");
        // Distinct Rust names, one Python member: hence the namespace.
        assert_eq!(python_member("Abc1"), python_member("ABC1"));
        assert!(is_python_member("ABC1_2"));
        for bad in ["Abc", "_A", "A-B", "", "ÄB", "None"] {
            assert!(!is_python_member(bad), "{bad}");
        }
        for bad in ["err", "Err_1", "", "Über"] {
            assert!(!is_rust_variant(bad), "{bad}");
        }
    }
}
