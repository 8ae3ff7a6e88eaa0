//! The keys of `envelope:` for an API that sends its errors as the items
//! of an array (JSON:API's `{"errors": [{…}]}`): `root: "errors[]"`,
//! `field_pointer:` and `pointer_prefix:`; and how the wire types the
//! body: `status_type:`, `media_type:`.

use crate::diagnostic::Location;
use crate::load;
use crate::model::BodyLayout;
use crate::suggest;
use crate::yaml::Spanned;

use super::super::Check;
use super::member_path;

/// What a field pointer starts with when the registry does not say: the
/// request body's top.
pub(super) const DEFAULT_PREFIX: &str = "/";

/// `root:`: a member path, `[]` at its end for an array of error objects,
/// or `[]` alone for a body that is that array (Salesforce's
/// `[{"errorCode": …}]`). Returns whether it is valid, and the path
/// without the `[]` (empty for the body itself). A member name of digits
/// (`errors.0`: an item by its index, which a body would send as an
/// object's member `"0"`) and `[]` anywhere else are refused.
pub(super) fn root(
    cx: &mut Check<'_>,
    member: &Spanned<String>,
    layout: &mut BodyLayout,
) -> (bool, String) {
    let written = &member.value;
    let (path, items) = match written.strip_suffix(BodyLayout::ITEMS_SUFFIX) {
        Some(path) => (path.to_string(), true),
        None => (written.clone(), false),
    };
    let help = "a root inside an array is written with `[]` after the array's member: `root: \"errors[]\"` (JSON:API); each error is then an item of it";
    if items && path.is_empty() {
        layout.root_items = true;
        return (true, path);
    }
    if path.contains('[') || path.contains(']') {
        cx.report(
            cx.at(
                &member.location,
                format!(
                    "`root`'s member {written:?} has `[` or `]` other than one `[]` at its end"
                ),
            )
            .with_help(help),
        );
        return (false, path);
    }
    if let Some(index) = path
        .split('.')
        .find(|name| !name.is_empty() && name.bytes().all(|b| b.is_ascii_digit()))
    {
        let array = path.split(&format!(".{index}")).next().unwrap_or_default();
        cx.report(
            cx.at(
                &member.location,
                format!("`root`'s member {written:?} names an array's item by its index {index:?}, which a body would send as an object's member {index:?}"),
            )
            .with_help(format!("a root inside an array is written with `[]` after the array's member, `root: \"{array}[]\"`; each error is then an item of it")),
        );
        return (false, path);
    }
    let spanned = Spanned {
        value: path.clone(),
        location: member.location.clone(),
        tag: None,
    };
    if !member_path(cx, "root", &spanned) {
        return (false, path);
    }
    layout.root_items = items;
    (true, path)
}

/// `field_pointer:` (a member path of each item) and `pointer_prefix:` (a
/// JSON Pointer's start, `/` to `/`): the pointer's path and where it is
/// written, to be checked against the other members; `Err` after a
/// diagnostic.
pub(super) fn field_pointer(
    cx: &mut Check<'_>,
    raw: &load::RawBodyLayout,
    layout: &mut BodyLayout,
) -> Result<Option<(String, Location)>, ()> {
    let mut ok = true;
    if let Some(prefix) = &raw.pointer_prefix {
        let value = &prefix.value;
        if raw.field_pointer.is_none() {
            cx.report(
                cx.at(&prefix.location, "`pointer_prefix` without `field_pointer`: no body carries a field pointer")
                    .with_help("name the member of each error item that holds the invalid field's JSON Pointer: `field_pointer: source.pointer`"),
            );
            ok = false;
        } else if !value.starts_with('/')
            || !value.ends_with('/')
            || value.chars().any(char::is_control)
        {
            cx.report(
                cx.at(&prefix.location, format!("pointer_prefix {value:?} is not the start of a JSON Pointer"))
                    .with_help("a pointer prefix starts and ends with `/` (`/data/attributes/`); the field's name follows it as one pointer token"),
            );
            ok = false;
        } else {
            layout.pointer_prefix = value.clone();
        }
    }
    let Some(pointer) = &raw.field_pointer else {
        return if ok { Ok(None) } else { Err(()) };
    };
    if !layout.root_items {
        cx.report(
            cx.at(
                &pointer.location,
                "`field_pointer` needs a root inside an array: each field error is an item of it",
            )
            .with_help("write the array's member with `[]`: `root: \"errors[]\"`"),
        );
        return Err(());
    }
    if !member_path(cx, "field_pointer", pointer) || !ok {
        return Err(());
    }
    layout.field_pointer = Some(pointer.value.clone());
    Ok(Some((pointer.value.clone(), pointer.location.clone())))
}

/// A constant inside an array root's member (`errors.jsonapi` with `root:
/// "errors[]"`): the array has items, not members. A body that is the
/// array (`root: "[]"`) has no member for a constant at all.
pub(super) fn no_constant_in_items(
    cx: &mut Check<'_>,
    raw: &load::RawBodyLayout,
    layout: &BodyLayout,
) -> bool {
    let (true, Some(constants)) = (layout.root_items, &raw.constants) else {
        return true;
    };
    let Some(root) = &layout.root else {
        for (member, _) in &constants.value.0 {
            cx.report(
                cx.at(&member.location, format!("the constant {:?} has no place: with `root: \"[]\"` the body is the array of the error objects", member.value))
                    .with_help("a constant needs an object beside the array (`root: \"errors[]\"`), or is a per-code member of each item (`per_code:`)"),
            );
        }
        return constants.value.0.is_empty();
    };
    let mut ok = true;
    for (member, _) in &constants.value.0 {
        if member.value.starts_with(&format!("{root}.")) {
            cx.report(
                cx.at(&member.location, format!("the constant {:?} is inside the array {root:?} of the error objects", member.value))
                    .with_help("a constant is a member beside the array (`jsonapi.version`), or a per-code member of each item (`per_code:`)"),
            );
            ok = false;
        }
    }
    ok
}

/// `status_type:` (`number`, the default, or `string`) and `media_type:`
/// (a JSON media type); whether both are valid.
pub(super) fn status_and_media_type(
    cx: &mut Check<'_>,
    raw: &load::RawBodyLayout,
    layout: &mut BodyLayout,
) -> bool {
    let mut ok = true;
    if let Some(written) = &raw.status_type {
        match written.value.as_str() {
            "number" => {}
            "string" => layout.status_string = true,
            other => {
                let help = "`status_type: string` sends the HTTP status as a JSON string (JSON:API's `\"422\"`)";
                let d = cx.at(
                    &written.location,
                    format!("unknown status type {other:?}: a status is sent as a `number` (the default) or a `string`"),
                );
                let d = match suggest::nearest(other, ["number", "string"]) {
                    Some(near) => d.with_help(format!("did you mean `{near}`? {help}")),
                    None => d.with_help(help),
                };
                cx.report(d);
                ok = false;
            }
        }
    }
    if let Some(written) = &raw.media_type {
        match media_type_problem(&written.value) {
            None => layout.media_type = Some(written.value.clone()),
            Some(problem) => {
                cx.report(
                    cx.at(&written.location, format!("media_type {:?} {problem}", written.value))
                        .with_help("a media type is `type/subtype` of letters, digits and `!#$&-^_.+`, then any `; name=value` parameters, for a JSON body: `application/json`, a `+json` type (`application/vnd.api+json`) or one with `json` among its words (`application/x-amz-json-1.0`)"),
                );
                ok = false;
            }
        }
    }
    ok
}

/// Why `value` is not the media type of a JSON body (RFC 6838's
/// `type/subtype`, each a restricted name; `json`, a `+json` suffix or
/// `json` among the subtype's words), with RFC 9110's parameters
/// (`; charset=utf-8`, JSON:API's `; ext="…"`), if any.
fn media_type_problem(value: &str) -> Option<&'static str> {
    let restricted = |name: &str| {
        let mut bytes = name.bytes();
        (1..=127).contains(&name.len())
            && bytes.next().is_some_and(|b| b.is_ascii_alphanumeric())
            && bytes.all(|b| b.is_ascii_alphanumeric() || b"!#$&-^_.+".contains(&b))
    };
    let (essence, parameters) = value.split_once(';').unwrap_or((value, ""));
    let Some((kind, subtype)) = essence.split_once('/') else {
        return Some("is not `type/subtype`");
    };
    if !restricted(kind) || !restricted(subtype) {
        return Some("is not a media type");
    }
    // `json`, a `+json` suffix, or `json` among the subtype's words (AWS's
    // JSON protocol, `x-amz-json-1.0`).
    let json = subtype
        .split(['-', '.', '+'])
        .any(|word| word.eq_ignore_ascii_case("json"));
    if !kind.eq_ignore_ascii_case("application") || !json {
        return Some("is not the media type of a JSON body");
    }
    if !value.contains(';') {
        return None;
    }
    match parameters_end(parameters) {
        Some(end) if end == parameters.len() => None,
        _ => Some(
            "has a parameter that is not `; name=value` (a token, or a quoted string of visible ASCII)",
        ),
    }
}

/// How far `text` (what follows the first `;`) is RFC 9110's
/// `*( OWS ";" OWS parameter )` after a first parameter: `name=value`,
/// the value a token or a quoted string, every byte visible ASCII, a space
/// or a tab. `None` when a parameter is malformed.
fn parameters_end(text: &str) -> Option<usize> {
    let token = |b: u8| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b);
    let bytes = text.as_bytes();
    let mut at = 0;
    loop {
        while at < bytes.len() && matches!(bytes[at], b' ' | b'\t') {
            at += 1;
        }
        let name = at;
        while at < bytes.len() && token(bytes[at]) {
            at += 1;
        }
        if at == name || bytes.get(at) != Some(&b'=') {
            return None;
        }
        at += 1;
        if bytes.get(at) == Some(&b'"') {
            at += 1;
            loop {
                match bytes.get(at)? {
                    b'"' => break,
                    b'\\' => {
                        let escaped = *bytes.get(at + 1)?;
                        if !(escaped == b'\t' || (b' '..=b'~').contains(&escaped)) {
                            return None;
                        }
                        at += 2;
                    }
                    b if *b == b'\t' || (b' '..=b'~').contains(b) => at += 1,
                    _ => return None,
                }
            }
            at += 1;
        } else {
            let value = at;
            while at < bytes.len() && token(bytes[at]) {
                at += 1;
            }
            if at == value {
                return None;
            }
        }
        while at < bytes.len() && matches!(bytes[at], b' ' | b'\t') {
            at += 1;
        }
        match bytes.get(at) {
            None => return Some(at),
            Some(b';') => at += 1,
            Some(_) => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::media_type_problem;

    #[test]
    fn a_media_type_is_json_and_well_formed() {
        for ok in [
            "application/json",
            "application/vnd.api+json",
            "application/problem+json",
            "application/x-amz-json-1.0",
            "Application/JSON",
            "application/json; charset=utf-8",
            "application/json;charset=UTF-8",
            "application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"",
            "application/vnd.api+json; ext=\"a b\"; profile=\"https://example.com/p\\\"q\"",
        ] {
            assert_eq!(media_type_problem(ok), None, "{ok}");
        }
        for bad in [
            "json",
            "text/html",
            "application/xml",
            "application/",
            "application/json;",
            "application/json; charset",
            "application/json; charset=",
            "application/json; =utf-8",
            "application/json; charset=utf 8",
            "application/json; ext=\"unterminated",
            "application/json; ext=\"caf\u{e9}\"",
            "application/json; ext=\"tab\u{7}\"",
            "text/html; charset=utf-8",
            "/json",
            "application/vnd api+json",
            "application/+json",
            "application/jsonish",
        ] {
            assert!(media_type_problem(bad).is_some(), "{bad}");
        }
    }
}
