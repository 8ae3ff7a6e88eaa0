//! The body engine's writer of bytes (cargo feature `axum`): what a server
//! sends, written straight to JSON text, with no `serde_json::Value` of the
//! body in between. Compiled only for what sends bodies, so a default
//! build (which reads and describes them) does not pay for it.
//!
//! [`Shape::write_json`] places the same members at the same paths as
//! [`Shape::members`] (which the describing side, the examples and
//! schemas, keeps using), in a small tree of borrowed leaves (the error's
//! strings, its details as they are), serialized once into one pre-sized
//! buffer. A layout's fields are placed here directly from the
//! [`WireError`], without the `Value` of each member; what only a few
//! bodies carry (a layout's constants and per-code values, declared
//! members placed elsewhere, an array root, RFC 9457's and Google's
//! members) is taken from the engine's own members.
//!
//! The members of an object are written in the order they were first
//! placed, the order [`Shape::members`] lists them, whatever features
//! `serde_json` is built with (its `Value` objects sort their keys unless
//! `preserve_order` is on). A unit test and `tests/tests/it/wire_bytes.rs`
//! hold these bytes equal to `serde_json::to_vec(&shape.write(error))`
//! where `serde_json` keeps order.

use std::borrow::Cow;
use std::iter::Peekable;

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Map, Value};

use super::{Field, Member, Object, Shape, WireError, declared, numeric_code, parse, qualifier};

/// A value at a path of a body being written.
enum Leaf<'a> {
    /// A string the error borrows.
    Str(&'a str),
    /// A string made for this body (a qualified code, a status as text).
    Text(String),
    /// A number (a status, a code sent as a number).
    Number(u64),
    /// A JSON value, borrowed (the error's details) or made.
    Json(Cow<'a, Value>),
}

/// An object of the body: its members in the order they were placed.
#[derive(Default)]
struct Tree<'a> {
    members: Vec<(Cow<'a, str>, Node<'a>)>,
}

enum Node<'a> {
    Object(Tree<'a>),
    Leaf(Leaf<'a>),
}

impl<'a> Tree<'a> {
    fn with_capacity(capacity: usize) -> Self {
        Tree {
            members: Vec::with_capacity(capacity),
        }
    }

    fn position(&self, name: &str) -> Option<usize> {
        self.members.iter().position(|(member, _)| member == name)
    }

    /// Places `leaf` at `path`, as `serde_json::Map::insert` along the path
    /// would (see `wire::to_value`): a member already there is replaced in
    /// its place; the objects on the way are made as needed, an object
    /// value already there is entered, and a member under any other value
    /// is dropped; an empty path places nothing.
    fn insert(&mut self, path: impl Iterator<Item = &'a str>, leaf: Leaf<'a>) {
        self.insert_at(&mut path.peekable(), leaf);
    }

    fn insert_at<I: Iterator<Item = &'a str>>(&mut self, path: &mut Peekable<I>, leaf: Leaf<'a>) {
        let Some(name) = path.next() else {
            return;
        };
        if path.peek().is_none() {
            match self.position(name) {
                Some(index) => self.members[index].1 = Node::Leaf(leaf),
                None => self.members.push((Cow::Borrowed(name), Node::Leaf(leaf))),
            }
            return;
        }
        let index = match self.position(name) {
            Some(index) => index,
            None => {
                self.members
                    .push((Cow::Borrowed(name), Node::Object(Tree::default())));
                self.members.len() - 1
            }
        };
        let slot = &mut self.members[index].1;
        if let Node::Leaf(Leaf::Json(value)) = slot
            && let Value::Object(map) = value.as_ref()
        {
            *slot = Node::Object(Tree::of(map));
        }
        if let Node::Object(inner) = slot {
            inner.insert_at(path, leaf);
        }
    }

    /// The members of a JSON object, to place more members in.
    fn of(map: &Map<String, Value>) -> Self {
        Tree {
            members: map
                .iter()
                .map(|(name, value)| {
                    (
                        Cow::Owned(name.clone()),
                        Node::Leaf(Leaf::Json(Cow::Owned(value.clone()))),
                    )
                })
                .collect(),
        }
    }

    /// Places each of `members` (made by the engine) at its path.
    fn extend(&mut self, members: Vec<Member<'a>>) {
        for Member { path, value } in members {
            self.insert(path.into_iter(), Leaf::Json(Cow::Owned(value)));
        }
    }
}

impl Serialize for Tree<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.members.len()))?;
        for (name, node) in &self.members {
            map.serialize_entry(name.as_ref(), node)?;
        }
        map.end()
    }
}

impl Serialize for Node<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Node::Object(object) => object.serialize(serializer),
            Node::Leaf(Leaf::Str(text)) => serializer.serialize_str(text),
            Node::Leaf(Leaf::Text(text)) => serializer.serialize_str(text),
            Node::Leaf(Leaf::Number(number)) => serializer.serialize_u64(*number),
            Node::Leaf(Leaf::Json(value)) => value.serialize(serializer),
        }
    }
}

impl<'a> Shape<'a> {
    /// `error`'s body as JSON text: the bytes of
    /// `serde_json::to_vec(&self.write(error))` with `serde_json`'s
    /// `preserve_order` (members in the order [`Shape::members`] lists
    /// them), written without building the body as a `Value`. What the
    /// axum integration sends (cargo feature `axum`).
    pub fn write_json(&self, error: &WireError<'a>) -> Vec<u8> {
        // A body that is the array of the error objects (`root: "[]"`) is
        // no object to place members in: the engine's value, serialized.
        if let Shape::Layout {
            root: None,
            items: Some(_),
            ..
        } = *self
        {
            return serde_json::to_vec(&self.write(error)).unwrap_or_else(|_| b"[]".to_vec());
        }
        let body = self.tree(error);
        let mut out = Vec::with_capacity(capacity(error));
        // Writing strings, numbers and JSON values (whose maps have string
        // keys) into a `Vec` cannot fail.
        if serde_json::to_writer(&mut out, &body).is_err() {
            out.clear();
            out.extend_from_slice(b"{}");
        }
        out
    }

    /// The body's members placed in their objects.
    fn tree(&self, error: &WireError<'a>) -> Tree<'a> {
        match *self {
            Shape::Layout {
                root,
                paths,
                constants,
                per_code,
                code_number,
                declared,
                items,
                status_string,
                code_qualifier,
                ..
            } => {
                let mut body = Tree::with_capacity(constants.len() + 1);
                for (path, json) in constants {
                    if let Some(value) = parse(json) {
                        body.insert(path.split('.'), Leaf::Json(Cow::Owned(value)));
                    }
                }
                let object = Object {
                    paths,
                    per_code,
                    code_number,
                    status_string,
                    declared,
                    code_qualifier,
                };
                let prefix = || root.into_iter().flat_map(|root| root.split('.'));
                match items {
                    None => object.place(&mut body, prefix, error),
                    Some(items) => {
                        let prefix: Vec<&'a str> = prefix().collect();
                        body.extend(vec![Member {
                            path: prefix,
                            value: items.write(&object, error),
                        }]);
                    }
                }
                body
            }
            Shape::Rfc9457 | Shape::Google { .. } => {
                let members = self.members(error);
                let mut body = Tree::with_capacity(members.len());
                body.extend(members);
                body
            }
        }
    }
}

impl<'a> Object<'a> {
    /// Places `error`'s fields, then the code's declared members where the
    /// layout places them, then its per-code members, each under the path
    /// `prefix` gives: the members of [`Object::members`], their leaves
    /// borrowed from `error` where it has them.
    fn place<'b, I>(&self, body: &mut Tree<'b>, prefix: impl Fn() -> I, error: &WireError<'b>)
    where
        'a: 'b,
        I: Iterator<Item = &'b str>,
    {
        let split = self
            .declared
            .map(|path| declared::split(path, error.declared, error.details));
        let (placed, rest) = match split {
            Some((placed, rest)) => (placed, Some(rest)),
            None => (Vec::new(), None),
        };
        for (field, path) in Field::ALL.into_iter().zip(self.paths) {
            let Some(path) = path else { continue };
            let leaf = match field {
                Field::Code => match numeric_code(error.code) {
                    Some(number) if self.code_number => Leaf::Number(number),
                    _ => {
                        let (prefix, suffix) = self.code_qualifier;
                        if prefix.is_empty() && suffix.is_empty() {
                            Leaf::Str(error.code)
                        } else {
                            Leaf::Text(qualifier::qualified(error.code, (prefix, suffix)))
                        }
                    }
                },
                Field::Status if self.status_string => Leaf::Text(error.status.to_string()),
                Field::Status => Leaf::Number(u64::from(error.status)),
                Field::Message => Leaf::Str(error.message),
                Field::RequestId => match error.request_id {
                    Some(id) => Leaf::Str(id),
                    None => continue,
                },
                Field::DocUrl => match &error.doc_url {
                    Some(Cow::Borrowed(url)) => Leaf::Str(url),
                    Some(Cow::Owned(url)) => Leaf::Text(url.clone()),
                    None => continue,
                },
                Field::Details => match &rest {
                    Some(rest) if rest.is_null() => continue,
                    Some(rest) => Leaf::Json(Cow::Owned(rest.clone())),
                    None if error.details.is_null() => continue,
                    None => Leaf::Json(Cow::Borrowed(error.details)),
                },
            };
            body.insert(prefix().chain(path.split('.')), leaf);
        }
        for (path, value) in placed {
            body.insert(prefix().chain(path), Leaf::Json(Cow::Owned(value)));
        }
        for (path, json) in self.per_code.iter().zip(error.values) {
            if let Some(value) = parse(json) {
                body.insert(
                    prefix().chain(path.split('.')),
                    Leaf::Json(Cow::Owned(value)),
                );
            }
        }
    }
}

/// A first guess at the body's length, so that most bodies are written
/// without growing the buffer: the error's strings and room for the
/// members' names and punctuation.
fn capacity(error: &WireError<'_>) -> usize {
    128 + error.code.len()
        + error.message.len()
        + error.request_id.map_or(0, str::len)
        + error.doc_url.as_deref().map_or(0, str::len)
        + if error.details.is_null() { 0 } else { 128 }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used)]

    use std::fmt;
    use std::time::Duration;

    use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};
    use serde_json::{Map, Value, json};

    use super::super::{Items, Shape, WireError, WireGrpc};
    use crate::{BodyLayout, Envelope, GrpcCode};

    /// The member names of a JSON object's text, in the order written.
    struct Keys(Vec<String>);

    impl<'de> Deserialize<'de> for Keys {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct Names;
            impl<'de> Visitor<'de> for Names {
                type Value = Keys;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("an object")
                }
                fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Keys, A::Error> {
                    let mut keys = Vec::new();
                    while let Some((key, IgnoredAny)) = map.next_entry::<String, IgnoredAny>()? {
                        keys.push(key);
                    }
                    Ok(Keys(keys))
                }
            }
            deserializer.deserialize_map(Names)
        }
    }

    /// Whether this build's `serde_json` objects keep their members in
    /// the order inserted (`preserve_order`, which the workspace's
    /// generator turns on) rather than sorted.
    fn serde_json_keeps_order() -> bool {
        let mut map = Map::new();
        map.insert("b".to_owned(), Value::Null);
        map.insert("a".to_owned(), Value::Null);
        map.keys().next().map(String::as_str) == Some("b")
    }

    const FLAT: BodyLayout = BodyLayout::new("reason")
        .status("code")
        .message("message")
        .request_id("meta.request_id")
        .doc_url("more_info")
        .details("details")
        .constants(&[
            ("kind", "\"Status\""),
            ("meta", "{\"v\": 1}"),
            ("x", "not json"),
        ])
        .per_code(&["type", "meta.kind"]);

    const SHAPES: [BodyLayout; 6] = [
        BodyLayout::NESTED,
        FLAT,
        BodyLayout::new("code")
            .root("error")
            .message("message")
            .status("status")
            .details("details")
            .code_as_number()
            .status_as_string()
            .code_qualifier("ns#", ":u"),
        BodyLayout::new("code")
            .message("message")
            .details("details")
            .declared_members(BodyLayout::ERROR_OBJECT),
        BodyLayout::new("code")
            .root("errors")
            .message("detail")
            .status("status")
            .details("meta")
            .root_items()
            .field_pointer("source.pointer", "/data/attributes/"),
        BodyLayout::new("error")
            .message("error_description")
            .doc_url("error_uri")
            .details("details")
            .declared_members("extra.members")
            .constants(&[("ok", "false")])
            .error_marker("ok"),
    ];

    fn shapes() -> Vec<Shape<'static>> {
        let mut shapes: Vec<Shape<'static>> = SHAPES.iter().map(BodyLayout::shape).collect();
        shapes.extend([
            Shape::of(Envelope::Rfc9457),
            Shape::Google {
                rpc_status: false,
                domain: "example.com",
            },
            Shape::Google {
                rpc_status: true,
                domain: "example.com",
            },
        ]);
        shapes
    }

    /// The new writer's bytes are the `Value` writer's, serialized: equal
    /// bytes where `serde_json` keeps order, else equal values with the
    /// members in the order the engine lists them.
    #[test]
    fn the_bytes_are_the_value_writers_for_every_shape_and_error() {
        let fields =
            json!({"fields": {"name": ["must not be empty"], "ttl": ["too long", "\"quoted\""]}});
        let declared = json!({"balance": 30, "param": "amount", "hint": "top up \u{e9}"});
        let other = json!({"a": [1, 2.5, null, true], "b": {"c": "\n"}});
        let grpc = WireGrpc::new("NOT_FOUND", GrpcCode::NotFound, &["param"]);
        let errors = [
            WireError::new("not_found", 404, "No such thing"),
            WireError::new("20404", 404, "Numeric \"code\"")
                .with_request_id(Some("req_1"))
                .with_doc_url(Some("https://x/#20404".to_owned())),
            WireError::new("validation_error", 422, "Invalid")
                .with_title(Some("Invalid fields"))
                .with_details(&fields, &[], true)
                .with_request_id(Some("req_2")),
            WireError::new("insufficient_funds", 403, "No")
                .with_doc_url(Some("https://x/#insufficient_funds"))
                .with_details(&declared, &["balance", "param"], false)
                .with_values(&["\"card_error\"", "{\"k\": [1]}"])
                .with_grpc(Some(grpc))
                .with_retry_after(Some(Duration::from_millis(1500))),
            WireError::new("conflict", 409, "")
                .with_details(&other, &["missing"], false)
                .with_values(&["not json"]),
        ];
        let keeps_order = serde_json_keeps_order();
        for shape in shapes() {
            for error in &errors {
                let value = shape.write(error);
                let bytes = shape.write_json(error);
                let read: Value = serde_json::from_slice(&bytes).expect("JSON text");
                assert_eq!(read, value, "{shape:?} {error:?}");
                if keeps_order {
                    let old = serde_json::to_vec(&value).expect("serializes");
                    assert_eq!(
                        String::from_utf8_lossy(&bytes),
                        String::from_utf8_lossy(&old),
                        "{shape:?} {error:?}"
                    );
                }
                let mut listed: Vec<String> = Vec::new();
                for member in shape.members(error) {
                    if let Some(first) = member.path.first()
                        && !listed.iter().any(|name| name == first)
                    {
                        listed.push((*first).to_owned());
                    }
                }
                let Keys(written) = serde_json::from_slice(&bytes).expect("an object");
                assert_eq!(written, listed, "{shape:?} {error:?}");
            }
        }
    }

    #[test]
    fn a_body_that_is_the_array_writes_what_the_values_do() {
        let items = Shape::Layout {
            root: None,
            paths: [Some("code"), None, Some("message"), None, None, None],
            constants: &[],
            per_code: &[],
            open: true,
            code_number: false,
            declared: None,
            items: Some(Items::new(None, "")),
            status_string: false,
            code_qualifier: ("", ""),
            error_marker: None,
        };
        let error = WireError::new("gone", 410, "Gone");
        // `root: "[]"`: the body is the array of the error objects.
        let body = json!([{"code": "gone", "message": "Gone"}]);
        assert_eq!(items.write(&error), body);
        assert_eq!(
            items.write_json(&error),
            serde_json::to_vec(&body).expect("a JSON value serializes")
        );
    }
}
