//! The registry by structure, not by text layout: [`parse`] reads YAML in
//! any layout into an ordered tree ([`Node`]), tests edit the tree, and
//! [`to_pyyaml_layout`] writes it back the way a YAML library re-emits a
//! file (PyYAML's `safe_dump(sort_keys=False)`: keys in their order,
//! two-space indentation, block sequences at their key's indentation).
//! Comments are not kept: a file re-emitted by a YAML library loses them
//! too.
//!
//! A test that edits the registry goes through here, so that a maintainer
//! who lays the file out differently (or lets a formatter do it) never
//! breaks a test; a registry written by [`to_pyyaml_layout`] is itself a
//! layout the suite must accept.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// A YAML value, mappings in their written order.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Null,
    Bool(bool),
    /// An integer as written without quotes (`status: 401`).
    Int(i128),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<(String, Node)>),
}

/// Reads YAML text (one document, any layout) into a [`Node`].
pub fn parse(text: &str) -> Result<Node, String> {
    serde_saphyr::from_str(text).map_err(|e| e.to_string())
}

impl Node {
    /// A string scalar.
    pub fn str(text: impl Into<String>) -> Node {
        Node::Str(text.into())
    }

    /// A mapping of `entries`, in that order.
    pub fn map<K: Into<String>>(entries: impl IntoIterator<Item = (K, Node)>) -> Node {
        Node::Map(entries.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }

    /// The value of `key`, if this is a mapping that has it.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match self {
            Node::Map(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The value of `key`, if this is a mapping that has it, to edit.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Node> {
        match self {
            Node::Map(entries) => entries.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Sets `key` to `value`: in place if the mapping has it, else last.
    /// `None` if this is not a mapping.
    pub fn set(&mut self, key: &str, value: Node) -> Option<()> {
        let Node::Map(entries) = self else {
            return None;
        };
        match entries.iter_mut().find(|(k, _)| k == key) {
            Some((_, v)) => *v = value,
            None => entries.push((key.to_string(), value)),
        }
        Some(())
    }

    /// The text of a string scalar.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Node::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The items of a sequence.
    pub fn as_seq(&self) -> Option<&[Node]> {
        match self {
            Node::Seq(items) => Some(items),
            _ => None,
        }
    }

    /// The items of a sequence, to edit.
    pub fn as_seq_mut(&mut self) -> Option<&mut Vec<Node>> {
        match self {
            Node::Seq(items) => Some(items),
            _ => None,
        }
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Int(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
        Ok(Node::Int(v.into()))
    }

    fn visit_i128<E>(self, v: i128) -> Result<Node, E> {
        Ok(Node::Int(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Float(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Str(v.to_string()))
    }

    fn visit_string<E>(self, v: String) -> Result<Node, E> {
        Ok(Node::Str(v))
    }

    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_none<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Node, D::Error> {
        Node::deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::Seq(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, Node>()? {
            entries.push((key, value));
        }
        Ok(Node::Map(entries))
    }
}

/// `node` as YAML in the layout PyYAML's `safe_dump(sort_keys=False)`
/// gives: block style, two-space indentation, a block sequence at its key's
/// indentation, keys in their order. Strings are plain where that cannot
/// change their meaning, else double-quoted.
pub fn to_pyyaml_layout(node: &Node) -> String {
    let mut out = String::new();
    block(node, 0, &mut out);
    out
}

/// Writes `node` as a block at `indent`; scalars and empty collections
/// (which have no block form) as one line.
fn block(node: &Node, indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    match node {
        Node::Map(entries) if !entries.is_empty() => {
            for (key, value) in entries {
                out.push_str(&pad);
                out.push_str(&scalar(&Node::Str(key.clone())));
                out.push(':');
                match value {
                    // PyYAML does not indent a block sequence under its key.
                    Node::Seq(items) if !items.is_empty() => {
                        out.push('\n');
                        block(value, indent, out);
                    }
                    Node::Map(entries) if !entries.is_empty() => {
                        out.push('\n');
                        block(value, indent + 2, out);
                    }
                    _ => {
                        out.push(' ');
                        out.push_str(&scalar(value));
                        out.push('\n');
                    }
                }
            }
        }
        Node::Seq(items) if !items.is_empty() => {
            for item in items {
                match item {
                    // `- ` then the item's block, its first line on the dash's line.
                    Node::Map(e) if !e.is_empty() => item_block(item, indent, out),
                    Node::Seq(i) if !i.is_empty() => item_block(item, indent, out),
                    _ => {
                        out.push_str(&pad);
                        out.push_str("- ");
                        out.push_str(&scalar(item));
                        out.push('\n');
                    }
                }
            }
        }
        _ => {
            out.push_str(&pad);
            out.push_str(&scalar(node));
            out.push('\n');
        }
    }
}

fn item_block(item: &Node, indent: usize, out: &mut String) {
    let mut nested = String::new();
    block(item, indent + 2, &mut nested);
    out.push_str(&" ".repeat(indent));
    out.push_str("- ");
    out.push_str(&nested[indent + 2..]);
}

/// A scalar (or an empty collection) on one line.
fn scalar(node: &Node) -> String {
    match node {
        Node::Null => "null".to_string(),
        Node::Bool(b) => b.to_string(),
        Node::Int(i) => i.to_string(),
        // Debug keeps a fractional part (`2.0`), so the value stays a float.
        Node::Float(f) => format!("{f:?}"),
        Node::Str(s) if plain_is_safe(s) => s.clone(),
        Node::Str(s) => double_quoted(s),
        Node::Seq(_) => "[]".to_string(),
        Node::Map(_) => "{}".to_string(),
    }
}

/// `text` as a YAML double-quoted scalar: quotes, backslashes, line breaks
/// and every character YAML does not allow as is escaped.
fn double_quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}') => {
                out.push_str(&format!("\\u{:04x}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Whether `text` written plain reads back as the same string: words,
/// spaces and a little punctuation, starting with a letter, and not a word
/// YAML reads as something else.
fn plain_is_safe(text: &str) -> bool {
    let reserved = [
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "nan", "inf",
    ];
    text.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && !text.ends_with(' ')
        && !reserved.contains(&text.to_ascii_lowercase().as_str())
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || " _-./(),;'+=".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tree_written_in_pyyaml_layout_reads_back_the_same() {
        let tree = Node::map([
            ("title", Node::str("Errors")),
            (
                "intro",
                Node::Seq(vec![
                    Node::str("Branch on error.code: not on the status."),
                    Node::str("true"),
                    Node::str("45"),
                    Node::str(" leading space, \"quotes\" and a \\ backslash # not a comment"),
                    Node::str("a tab\t, a line\nbreak, a bell \u{7}, a separator \u{2028} and é"),
                    Node::str(""),
                ]),
            ),
            (
                "categories",
                Node::Seq(vec![Node::map([
                    ("title", Node::str("Not found")),
                    (
                        "codes",
                        Node::Seq(vec![Node::map([
                            ("code", Node::str("thing_missing")),
                            ("status", Node::Int(404)),
                            ("since", Node::str("2.0")),
                            ("deprecated", Node::map([("note", Node::str("a note"))])),
                        ])]),
                    ),
                    ("empty", Node::Seq(vec![])),
                ])]),
            ),
            ("nested", Node::Seq(vec![Node::Seq(vec![Node::Bool(true)])])),
            ("nothing", Node::Null),
            ("ratio", Node::Float(2.0)),
        ]);
        let text = to_pyyaml_layout(&tree);
        assert_eq!(parse(&text), Ok(tree), "{text}");
        // The layout: sequences at their key's indentation, two spaces.
        assert!(
            text.contains("categories:\n- title: Not found\n  codes:\n  - code: thing_missing\n    status: 404\n"),
            "{text}"
        );
        assert!(
            text.contains("\n    deprecated:\n      note: a note\n  empty: []\n"),
            "{text}"
        );
    }
}
