//! A fixed qualifier around the code (AWS's `namespace#` before it and
//! `:url` after it), and the member that marks a 2xx body as an error
//! (Slack's `ok: false`): what the engine writes and what readers accept.

use serde_json::Value;

/// `code` as a body with the qualifier `(prefix, suffix)` carries it.
#[inline]
pub(crate) fn qualified(code: &str, (prefix, suffix): (&str, &str)) -> String {
    format!("{prefix}{code}{suffix}")
}

/// The code inside `written`, a code a body or a header carries in a
/// layout with a qualifier: without the layout's own `prefix` and
/// `suffix` when it has them, then, as AWS's SDKs read `__type` and
/// `X-Amzn-Errortype`, without any other `:url` after it (from the first
/// `:`) and `namespace#` before it (up to the last `#` before that). A
/// code without a qualifier is itself.
///
/// ```
/// use error_codes_runtime::wire::unqualified;
///
/// let aws = ("com.amazonaws.dynamodb.v20120810#", "");
/// assert_eq!(unqualified("com.amazonaws.dynamodb.v20120810#ResourceNotFoundException", aws), "ResourceNotFoundException");
/// assert_eq!(unqualified("ResourceNotFoundException", aws), "ResourceNotFoundException");
/// assert_eq!(unqualified("ResourceNotFoundException:http://internal.amazon.com/coral/", aws), "ResourceNotFoundException");
/// assert_eq!(unqualified("aws.protocoltests#FooError:http://x/", aws), "FooError");
/// ```
#[inline]
pub fn unqualified<'a>(written: &'a str, (prefix, suffix): (&str, &str)) -> &'a str {
    let code = written.strip_prefix(prefix).unwrap_or(written);
    let code = code.strip_suffix(suffix).unwrap_or(code);
    let code = code.split_once(':').map_or(code, |(code, _)| code);
    code.rsplit_once('#').map_or(code, |(_, code)| code)
}

/// The ECMA-262 regular expression (JSON Schema's `pattern`) of a code
/// with the qualifier `(prefix, suffix)` around it: the prefix and the
/// suffix, matched literally, around one character or more.
///
/// ```
/// use error_codes_runtime::wire::qualified_pattern;
///
/// assert_eq!(qualified_pattern(("com.example.v1#", "")), "^com\\.example\\.v1#.+$");
/// ```
#[inline]
pub fn qualified_pattern((prefix, suffix): (&str, &str)) -> String {
    format!("^{}.+{}$", regex_escaped(prefix), regex_escaped(suffix))
}

/// `text` matched literally by an ECMA-262 regular expression.
#[inline]
fn regex_escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\^$.|?*+()[]{}/".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Whether the qualifier `(prefix, suffix)` is there at all.
#[inline]
pub(crate) fn has_qualifier((prefix, suffix): (&str, &str)) -> bool {
    !prefix.is_empty() || !suffix.is_empty()
}

/// Whether `body` is marked as an error by the constant at `marker`, one
/// of `constants` (`(path from the body's top, value as JSON text)`): its
/// member there has the constant's value. `false` when `marker` names no
/// constant.
#[inline]
pub(crate) fn marks_error(marker: &str, constants: &[(&str, &str)], body: &Value) -> bool {
    let Some((path, json)) = constants.iter().find(|(path, _)| *path == marker) else {
        return false;
    };
    let Ok(value) = serde_json::from_str::<Value>(json) else {
        return false;
    };
    super::get(body, path) == Some(&value)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_qualified_code_reads_back_as_the_code() {
        let aws = ("com.amazonaws.dynamodb.v20120810#", "");
        let written = qualified("ResourceNotFoundException", aws);
        assert_eq!(
            written,
            "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException"
        );
        assert_eq!(unqualified(&written, aws), "ResourceNotFoundException");
        // A suffix of the layout's own, with a `#` and `:` in it.
        let odd = ("", ":urn:x#y");
        assert_eq!(unqualified(&qualified("Code", odd), odd), "Code");
        assert_eq!(unqualified("ns#Code:urn:other#x", odd), "Code");
        // The layout's own prefix may hold a `:`.
        let urn = ("urn:api#", "");
        assert_eq!(unqualified("urn:api#Code", urn), "Code");
        assert!(has_qualifier(aws) && has_qualifier(odd) && !has_qualifier(("", "")));
    }

    #[test]
    fn a_qualifier_is_matched_literally() {
        assert_eq!(regex_escaped("com.amazonaws.v1#"), "com\\.amazonaws\\.v1#");
        assert_eq!(regex_escaped(":http://x/(a)"), ":http:\\/\\/x\\/\\(a\\)");
    }

    #[test]
    fn only_the_marker_constants_value_marks_an_error() {
        let constants = [("ok", "false"), ("kind", "\"Status\"")];
        assert!(marks_error(
            "ok",
            &constants,
            &json!({"ok": false, "error": "x"})
        ));
        assert!(!marks_error("ok", &constants, &json!({"ok": true})));
        assert!(!marks_error("ok", &constants, &json!({"error": "x"})));
        assert!(!marks_error("missing", &constants, &json!({"ok": false})));
        assert!(!marks_error("ok", &constants, &json!([false])));
    }
}
