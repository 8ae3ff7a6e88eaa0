//! A code's docs URL from a template (`page.code_docs_url`): the one place
//! that names the template's placeholders and spells their transforms.
//!
//! `https://stripe.com/docs/error-codes/{code:kebab}` gives
//! `resource_missing` the URL `…/error-codes/resource-missing`;
//! `https://www.twilio.com/docs/errors/{code}` gives `20404` `…/errors/20404`.
//! `{{` and `}}` are a literal brace.

use heck::ToKebabCase;

/// How a placeholder spells the code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Transform {
    /// The code as sent on the wire.
    AsIs,
    /// The code's words, lower case, joined by `-`
    /// (`resource_missing`, `ResourceMissing` → `resource-missing`).
    Kebab,
}

/// Every placeholder a template may hold, as written between braces.
pub(crate) const PLACEHOLDERS: &[(&str, &str)] = &[
    ("code", "the code as sent"),
    ("code:kebab", "the code's words, lower case, joined by `-`"),
];

fn transform(name: &str) -> Option<Transform> {
    match name {
        "code" => Some(Transform::AsIs),
        "code:kebab" => Some(Transform::Kebab),
        _ => None,
    }
}

/// What is wrong with a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum TemplateError {
    /// A `{` with no `}` after it, or a `}` with no `{` before it, at this
    /// byte offset.
    Unbalanced(usize),
    /// A placeholder no transform has (the name between the braces).
    Unknown(String),
    /// No placeholder: every code would have the same URL.
    NoPlaceholder,
}

enum Piece<'a> {
    Text(&'a str),
    Code(Transform),
}

fn parse(template: &str) -> Result<Vec<Piece<'_>>, TemplateError> {
    let mut pieces = Vec::new();
    let mut rest = template;
    let mut offset = 0;
    let mut placeholders = 0;
    while let Some(i) = rest.find(['{', '}']) {
        pieces.push(Piece::Text(&rest[..i]));
        let after = &rest[i + 1..];
        let brace = &rest[i..=i];
        if after.starts_with(brace) {
            pieces.push(Piece::Text(brace));
            rest = &after[1..];
            offset += i + 2;
            continue;
        }
        if brace == "}" {
            return Err(TemplateError::Unbalanced(offset + i));
        }
        let end = after
            .find(['{', '}'])
            .filter(|&end| after[end..].starts_with('}'))
            .ok_or(TemplateError::Unbalanced(offset + i))?;
        let name = &after[..end];
        let transform =
            transform(name.trim()).ok_or_else(|| TemplateError::Unknown(name.to_owned()))?;
        pieces.push(Piece::Code(transform));
        placeholders += 1;
        rest = &after[end + 1..];
        offset += i + end + 2;
    }
    pieces.push(Piece::Text(rest));
    if placeholders == 0 {
        return Err(TemplateError::NoPlaceholder);
    }
    Ok(pieces)
}

/// Checks `template` (what [`fill`] then never fails on).
pub(crate) fn check(template: &str) -> Result<(), TemplateError> {
    parse(template).map(|_| ())
}

/// `template` with each placeholder replaced by `code` as it spells it;
/// `None` for a template [`check`] refuses.
pub(crate) fn fill(template: &str, code: &str) -> Option<String> {
    let pieces = parse(template).ok()?;
    Some(
        pieces
            .iter()
            .map(|piece| match piece {
                Piece::Text(text) => (*text).to_owned(),
                Piece::Code(Transform::AsIs) => code.to_owned(),
                Piece::Code(Transform::Kebab) => code.to_kebab_case(),
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_fill_and_transform() {
        let stripe = "https://stripe.com/docs/error-codes/{code:kebab}";
        assert_eq!(
            fill(stripe, "resource_missing").as_deref(),
            Some("https://stripe.com/docs/error-codes/resource-missing")
        );
        assert_eq!(
            fill(stripe, "InvalidParameter.Format").as_deref(),
            Some("https://stripe.com/docs/error-codes/invalid-parameter-format")
        );
        assert_eq!(
            fill("https://x.example/e/{code}?c={ code }", "20404").as_deref(),
            Some("https://x.example/e/20404?c=20404")
        );
        assert_eq!(
            fill("https://x.example/{{{code}}}", "a_b").as_deref(),
            Some("https://x.example/{a_b}")
        );
        for (name, _) in PLACEHOLDERS {
            assert!(transform(name).is_some(), "{name}");
        }
    }

    #[test]
    fn a_broken_template_says_what_is_wrong() {
        assert_eq!(check("https://x/{code"), Err(TemplateError::Unbalanced(10)));
        assert_eq!(check("https://x/code}"), Err(TemplateError::Unbalanced(14)));
        assert_eq!(
            check("https://x/{co{de}"),
            Err(TemplateError::Unbalanced(10))
        );
        assert_eq!(
            check("https://x/{code:snake}"),
            Err(TemplateError::Unknown("code:snake".into()))
        );
        assert_eq!(check("https://x/errors"), Err(TemplateError::NoPlaceholder));
        assert_eq!(
            check("https://x/{{code}}"),
            Err(TemplateError::NoPlaceholder)
        );
        assert_eq!(fill("https://x/{nope}", "a"), None);
    }
}
