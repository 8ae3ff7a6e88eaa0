//! An ordered JSON value, written out as JSON or as block-style YAML.
//!
//! The OpenAPI, JSON Schema and JSON export emitters build one of these
//! rather than a `serde_json::Value`, whose maps sort their keys: generated
//! documents read in the order they were designed (`openapi`, `info`,
//! `components`; `type` before `properties`), and the order is part of what
//! the drift test compares.

use std::fmt::Write;

/// A JSON value whose objects keep their keys in insertion order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Tree {
    Null,
    Bool(bool),
    Int(i64),
    /// A JSON number that is not an `i64`: a fraction (`1.5`), or an
    /// integer above `i64::MAX`; written as JSON writes it.
    Number(serde_json::Number),
    Str(String),
    Seq(Vec<Tree>),
    Map(Vec<(String, Tree)>),
}

impl Tree {
    /// An empty object, to fill with [`Tree::with`].
    pub(crate) fn map() -> Self {
        Tree::Map(Vec::new())
    }

    /// This object with one more entry. Does nothing to non-objects, which
    /// emitters never extend.
    #[must_use]
    pub(crate) fn with(mut self, key: impl Into<String>, value: impl Into<Tree>) -> Self {
        if let Tree::Map(entries) = &mut self {
            entries.push((key.into(), value.into()));
        }
        self
    }

    /// This object with one more entry when `value` is `Some`.
    #[must_use]
    pub(crate) fn with_opt(self, key: impl Into<String>, value: Option<impl Into<Tree>>) -> Self {
        match value {
            Some(value) => self.with(key, value),
            None => self,
        }
    }

    /// Pretty JSON, two-space indented, ending without a newline.
    pub(crate) fn to_json(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out, 0);
        out
    }

    fn write_json(&self, out: &mut String, indent: usize) {
        let pad = |out: &mut String, n: usize| out.extend(std::iter::repeat_n(' ', n));
        match self {
            Tree::Null => out.push_str("null"),
            Tree::Bool(b) => {
                let _ = write!(out, "{b}");
            }
            Tree::Int(i) => {
                let _ = write!(out, "{i}");
            }
            Tree::Number(n) => {
                let _ = write!(out, "{n}");
            }
            Tree::Str(s) => out.push_str(&json_string(s)),
            Tree::Seq(items) if items.is_empty() => out.push_str("[]"),
            Tree::Map(entries) if entries.is_empty() => out.push_str("{}"),
            Tree::Seq(items) => {
                out.push_str("[\n");
                for (i, item) in items.iter().enumerate() {
                    pad(out, indent + 2);
                    item.write_json(out, indent + 2);
                    out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
                }
                pad(out, indent);
                out.push(']');
            }
            Tree::Map(entries) => {
                out.push_str("{\n");
                for (i, (key, value)) in entries.iter().enumerate() {
                    pad(out, indent + 2);
                    out.push_str(&json_string(key));
                    out.push_str(": ");
                    value.write_json(out, indent + 2);
                    out.push_str(if i + 1 < entries.len() { ",\n" } else { "\n" });
                }
                pad(out, indent);
                out.push('}');
            }
        }
    }

    /// Block-style YAML (1.2, and read the same by YAML 1.1 parsers), ending
    /// with a newline. Strings that could be mistaken for anything else are
    /// double-quoted and escaped.
    pub(crate) fn to_yaml(&self) -> String {
        let mut out = String::new();
        match self {
            Tree::Map(entries) if !entries.is_empty() => write_yaml_entries(entries, &mut out, 0),
            Tree::Seq(items) if !items.is_empty() => write_yaml_items(items, &mut out, 0),
            scalar => {
                out.push_str(&yaml_inline(scalar));
                out.push('\n');
            }
        }
        out
    }
}

fn write_yaml_entries(entries: &[(String, Tree)], out: &mut String, indent: usize) {
    for (key, value) in entries {
        out.extend(std::iter::repeat_n(' ', indent));
        out.push_str(&yaml_string(key));
        out.push(':');
        write_yaml_value(value, out, indent);
    }
}

fn write_yaml_items(items: &[Tree], out: &mut String, indent: usize) {
    for item in items {
        out.extend(std::iter::repeat_n(' ', indent));
        out.push('-');
        match item {
            // A mapping in a sequence starts on the dash's line, its other
            // keys aligned under the first.
            Tree::Map(entries) if !entries.is_empty() => {
                out.push(' ');
                let mut nested = String::new();
                write_yaml_entries(entries, &mut nested, indent + 2);
                out.push_str(nested.trim_start_matches(' '));
            }
            other => write_yaml_value(other, out, indent),
        }
    }
}

/// Writes what follows `key:` or `-`: an inline scalar, or a nested block.
fn write_yaml_value(value: &Tree, out: &mut String, indent: usize) {
    match value {
        Tree::Map(entries) if !entries.is_empty() => {
            out.push('\n');
            write_yaml_entries(entries, out, indent + 2);
        }
        Tree::Seq(items) if !items.is_empty() => {
            out.push('\n');
            write_yaml_items(items, out, indent + 2);
        }
        scalar => {
            out.push(' ');
            out.push_str(&yaml_inline(scalar));
            out.push('\n');
        }
    }
}

fn yaml_inline(value: &Tree) -> String {
    match value {
        Tree::Null => "null".into(),
        Tree::Bool(b) => b.to_string(),
        Tree::Int(i) => i.to_string(),
        Tree::Number(n) => n.to_string(),
        Tree::Str(s) => yaml_string(s),
        Tree::Seq(_) => "[]".into(),
        Tree::Map(_) => "{}".into(),
    }
}

/// A string as a YAML scalar: plain when it cannot be read as anything but
/// that string, double-quoted otherwise.
///
/// Plain is allowed only for ASCII text that starts with a letter, `_` or
/// `$`, has no `:` or `#` (which could start a mapping or a comment) and no
/// trailing space, and is not one of the words some YAML version reads as a
/// boolean or null. That leaves out numbers, indicators (`- ? & * !` …), and
/// every character that would need escaping.
pub(crate) fn yaml_string(s: &str) -> String {
    const RESERVED: &[&str] = &["y", "n", "yes", "no", "on", "off", "true", "false", "null"];
    let plain = s
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && s.chars().all(|c| {
            c.is_ascii_alphanumeric()
                || matches!(
                    c,
                    ' ' | '_' | '.' | '/' | '-' | '$' | ',' | '(' | ')' | '\'' | ';' | '`' | '='
                )
        })
        && !s.ends_with(' ')
        && !RESERVED.contains(&s.to_ascii_lowercase().as_str());
    if plain { s.to_string() } else { yaml_quoted(s) }
}

/// A YAML double-quoted scalar: JSON's escapes (a subset of YAML's), plus
/// `\u` escapes for what JSON leaves raw but YAML does not allow in a
/// stream (DEL, C1 controls, non-characters) or reads as a line break
/// (NEL, U+2028, U+2029).
fn yaml_quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in json_string(s).chars() {
        if matches!(
            c,
            '\u{7f}'..='\u{9f}' | '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}'
        ) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// A JSON string literal.
pub(crate) fn json_string(s: &str) -> String {
    serde_json::Value::from(s).to_string()
}

/// A JSON value as a tree, each object's keys in the value's order: the
/// order they were inserted in, as this crate builds `serde_json` with
/// `preserve_order` (the runtime's schemas are written in reading order).
impl From<&serde_json::Value> for Tree {
    fn from(value: &serde_json::Value) -> Self {
        use serde_json::Value;
        match value {
            Value::Null => Tree::Null,
            Value::Bool(b) => Tree::Bool(*b),
            Value::Number(n) => n
                .as_i64()
                .map_or_else(|| Tree::Number(n.clone()), Tree::Int),
            Value::String(s) => Tree::from(s.as_str()),
            Value::Array(items) => Tree::Seq(items.iter().map(Tree::from).collect()),
            Value::Object(object) => Tree::Map(
                object
                    .iter()
                    .map(|(key, value)| (key.clone(), Tree::from(value)))
                    .collect(),
            ),
        }
    }
}

impl From<&Tree> for serde_json::Value {
    fn from(tree: &Tree) -> Self {
        use serde_json::Value;
        match tree {
            Tree::Null => Value::Null,
            Tree::Bool(b) => Value::Bool(*b),
            Tree::Int(i) => Value::from(*i),
            Tree::Number(n) => Value::Number(n.clone()),
            Tree::Str(s) => Value::from(s.as_str()),
            Tree::Seq(items) => Value::Array(items.iter().map(Value::from).collect()),
            Tree::Map(entries) => Value::Object(
                entries
                    .iter()
                    .map(|(key, value)| (key.clone(), Value::from(value)))
                    .collect(),
            ),
        }
    }
}

impl From<&str> for Tree {
    fn from(s: &str) -> Self {
        Tree::Str(s.to_string())
    }
}

impl From<String> for Tree {
    fn from(s: String) -> Self {
        Tree::Str(s)
    }
}

impl From<&String> for Tree {
    fn from(s: &String) -> Self {
        Tree::Str(s.clone())
    }
}

impl From<bool> for Tree {
    fn from(b: bool) -> Self {
        Tree::Bool(b)
    }
}

impl From<u16> for Tree {
    fn from(i: u16) -> Self {
        Tree::Int(i64::from(i))
    }
}

impl From<i64> for Tree {
    fn from(i: i64) -> Self {
        Tree::Int(i)
    }
}

impl From<Vec<Tree>> for Tree {
    fn from(items: Vec<Tree>) -> Self {
        Tree::Seq(items)
    }
}

impl<T: Into<Tree>> From<Option<T>> for Tree {
    fn from(value: Option<T>) -> Self {
        value.map_or(Tree::Null, Into::into)
    }
}

impl<T: Into<Tree>> FromIterator<T> for Tree {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Tree::Seq(iter.into_iter().map(Into::into).collect())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;

    fn sample() -> Tree {
        Tree::map()
            .with("openapi", "3.1.0")
            .with("plain", "x-enum-varnames")
            .with("needs quotes", "a: b # c")
            .with("400", "yes")
            .with("$ref", "#/components/schemas/X")
            .with("empty map", Tree::map())
            .with("empty seq", Tree::Seq(vec![]))
            .with("n", Tree::Int(-3))
            .with("t", true)
            .with("none", Tree::Null)
            .with(
                "items",
                vec![
                    Tree::from("a"),
                    Tree::map().with("k", "v").with("k2", vec![Tree::from(1)]),
                    Tree::Seq(vec![Tree::from("nested")]),
                ],
            )
            .with("tricky", TRICKY)
    }

    /// Everything YAML escapes differently from JSON, or not at all.
    const TRICKY: &str = "quote \" backslash \\ newline \n tab \t nul \0 é \u{2028} del \u{7f} nel \u{85} bom \u{feff} \u{ffff}";

    impl From<i32> for Tree {
        fn from(i: i32) -> Self {
            Tree::Int(i64::from(i))
        }
    }

    #[test]
    fn yaml_and_json_renderings_parse_to_the_same_value() {
        let tree = sample();
        let from_json: serde_json::Value = serde_json::from_str(&tree.to_json()).unwrap();
        let from_yaml: serde_json::Value = serde_saphyr::from_str(&tree.to_yaml()).unwrap();
        assert_eq!(from_json, from_yaml, "YAML:\n{}", tree.to_yaml());
        assert_eq!(from_json["tricky"], TRICKY);
        assert_eq!(from_json["400"], "yes");
    }

    /// A registry's constant may be any JSON number: a fraction or an
    /// integer beyond `i64` is written as JSON has it, never as `0`.
    #[test]
    fn every_json_number_survives_json_and_yaml() {
        let numbers = serde_json::json!([1.5, -0.25, 1e300, u64::MAX, i64::MIN, 0, 7]);
        let tree = Tree::map().with("n", Tree::from(&numbers));
        let from_json: serde_json::Value = serde_json::from_str(&tree.to_json()).unwrap();
        let from_yaml: serde_json::Value = serde_saphyr::from_str(&tree.to_yaml()).unwrap();
        assert_eq!(from_json["n"], numbers);
        assert_eq!(from_yaml["n"], numbers, "YAML:\n{}", tree.to_yaml());
        assert_eq!(serde_json::Value::from(&tree)["n"], numbers);
    }

    #[test]
    fn json_keeps_insertion_order() {
        let json = Tree::map().with("z", 1).with("a", 2).to_json();
        assert_eq!(json, "{\n  \"z\": 1,\n  \"a\": 2\n}");
    }

    #[test]
    fn yaml_quotes_only_what_could_be_misread() {
        assert_eq!(yaml_string("ErrorCode"), "ErrorCode");
        assert_eq!(yaml_string("application/json"), "application/json");
        assert_eq!(yaml_string("$ref"), "$ref");
        assert_eq!(
            yaml_string("Error Codes (v2), `x`"),
            "Error Codes (v2), `x`"
        );
        for misread in [
            "400",
            "3.1.0",
            "yes",
            "No",
            "null",
            "",
            "- a",
            "a: b",
            "a:b",
            "a #b",
            "#x",
            "*x",
            "trailing ",
            " leading",
            "é",
            "a\u{85}b",
            "a\"b",
        ] {
            assert!(
                yaml_string(misread).starts_with('"'),
                "{misread:?} must be quoted"
            );
        }
    }

    #[test]
    fn yaml_layout_of_nested_blocks() {
        let tree = Tree::map()
            .with("list", vec![Tree::map().with("a", "x").with("b", "w")])
            .with("m", Tree::map().with("c", "z"));
        assert_eq!(tree.to_yaml(), "list:\n  - a: x\n    b: w\nm:\n  c: z\n");
    }

    proptest::proptest! {
        /// Whatever the registry holds, the YAML reads back as the same strings.
        #[test]
        fn any_string_survives_yaml(key in "\\PC*", value in ".*", other in "[ -~]{0,12}") {
            let tree = Tree::map()
                .with(key.clone(), value.clone())
                .with("list", vec![Tree::from(other.clone())]);
            let parsed: serde_json::Value = serde_saphyr::from_str(&tree.to_yaml()).unwrap();
            let expected = serde_json::json!({ key: value, "list": [other] });
            proptest::prop_assert_eq!(parsed, expected);
        }
    }
}
