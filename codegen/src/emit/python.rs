//! Registry → the data module of the Python package
//! (`clients/python/src/<module>/_registry.py`): the `ErrorCode`,
//! `Category`, `Retry`, `DetailsShape`, `StatusKind` and `Header` enums and
//! what the registry says about each code, and `DETAIL_MEMBERS`. Data only:
//! parsing envelopes, headers and details is hand-written Python copied
//! beside it (`_envelope.py`, `_headers.py`, `_response.py`, `_details.py`;
//! see [`super::client_runtime`]). The typed details' dataclasses are the
//! package's `details` module, written by [`details`].
//!
//! Every member name is the model's (`python_name`, `const_name`), claimed
//! in the one collision rule of [`crate::validate::names`]; this module
//! names nothing itself.
//!
//! Registry text reaches Python only as string literals written by
//! [`string`], which escapes everything outside printable ASCII; no
//! registry text lands in comments or docstrings.

pub(crate) mod grpc;
pub(crate) mod operations;

use std::fmt::Write;

pub(crate) mod details;

use crate::model::{DetailsShape, Registry, Retry, StatusKind};
use crate::naming;

/// A Python string literal for `s`, in printable ASCII whatever `s` holds
/// (quotes, backslashes, line breaks, U+2028, control characters), so it
/// cannot end early or change how the file is tokenized.
pub(crate) fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            ' '..='~' => out.push(c),
            c if u32::from(c) <= 0xff => {
                let _ = write!(out, "\\x{:02x}", u32::from(c));
            }
            c if u32::from(c) <= 0xffff => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => {
                let _ = write!(out, "\\U{:08x}", u32::from(c));
            }
        }
    }
    out.push('"');
    out
}

/// Text for a `"""…"""` docstring: nothing in it may end the string or
/// start an escape.
fn docstring(s: &str) -> String {
    s.replace('\\', "\\\\").replace("\"\"\"", "\\\"\"\"")
}

/// A Python tuple of `items` (already Python expressions): `("a",)` for one.
fn tuple(items: &[String]) -> String {
    match items {
        [one] => format!("({one},)"),
        items => format!("({})", items.join(", ")),
    }
}

fn nullable(value: Option<&str>) -> String {
    value.map_or_else(|| "None".into(), string)
}

/// A `StrEnum` of `(member, value)` pairs with a docstring.
fn str_enum(out: &mut String, name: &str, doc: &str, members: &[(String, String)]) {
    let _ = writeln!(out, "class {name}(enum.StrEnum):\n    \"\"\"{doc}\"\"\"\n");
    for (member, value) in members {
        let _ = writeln!(out, "    {member} = {}", string(value));
    }
}

/// The members of an enum of the registry's own keywords (`retry`,
/// `details`, `status_kind` values), named by the naming policy.
fn enum_members<'a>(values: impl IntoIterator<Item = &'a str>) -> Vec<(String, String)> {
    values
        .into_iter()
        .map(|value| (naming::python_member(value), value.to_string()))
        .collect()
}

pub(crate) fn module(registry: &Registry) -> String {
    let mut out = String::from(
        "\"\"\"The registry's data: every code, category and header, in registry order.\"\"\"\n\nfrom __future__ import annotations\n\nimport enum\nfrom collections.abc import Mapping\nfrom dataclasses import dataclass\nfrom typing import Final\n\n\n",
    );

    let retry = enum_members(Retry::VALUES.iter().map(|(name, _)| *name));
    str_enum(
        &mut out,
        "Retry",
        "Whether repeating a failed request may succeed.",
        &retry,
    );
    let retry_member = |value: Retry| -> String {
        retry
            .iter()
            .find(|(_, name)| name == value.as_str())
            .map_or_else(String::new, |(member, _)| format!("Retry.{member}"))
    };
    let _ = writeln!(
        out,
        "\n    @property\n    def is_retryable(self) -> bool:\n        \"\"\"Whether a retry may succeed at all.\"\"\"\n        return self is not {}\n\n",
        retry_member(Retry::Never)
    );

    let shapes = enum_members(DetailsShape::VALUES.iter().map(|(name, _)| *name));
    str_enum(
        &mut out,
        "DetailsShape",
        "Typed shapes of `error.details`.",
        &shapes,
    );
    let shape_member = |value: DetailsShape| -> String {
        shapes
            .iter()
            .find(|(_, name)| name == value.as_str())
            .map_or_else(String::new, |(member, _)| format!("DetailsShape.{member}"))
    };
    out.push_str("\n\n");

    let kinds = enum_members(StatusKind::VALUES.iter().map(|(name, _)| *name));
    str_enum(
        &mut out,
        "StatusKind",
        "What a category's statuses describe: the API's own response, or something reported (a webhook delivery).",
        &kinds,
    );
    let kind_member = |value: StatusKind| -> String {
        StatusKind::VALUES
            .iter()
            .position(|(_, v)| *v == value)
            .and_then(|i| kinds.get(i))
            .map_or_else(String::new, |(member, _)| format!("StatusKind.{member}"))
    };
    out.push_str("\n\n");

    let headers: Vec<(String, String)> = registry
        .headers
        .iter()
        .map(|h| (h.const_name.clone(), h.name.clone()))
        .collect();
    str_enum(
        &mut out,
        "Header",
        "Response header names, as sent on the wire.",
        &headers,
    );
    out.push_str("\n\n");

    let categories: Vec<&str> = registry
        .categories
        .iter()
        .map(|c| c.python_name.as_str())
        .collect();
    out.push_str(
        "class Category(enum.Enum):\n    \"\"\"The categories of the docs page, in order; values are the Rust variant names.\"\"\"\n\n",
    );
    for (member, category) in categories.iter().zip(&registry.categories) {
        let _ = writeln!(out, "    {member} = {}", string(&category.rust_name));
    }
    out.push_str(CATEGORY_PROPERTIES);
    out.push_str("\n\n");

    let codes: Vec<(&str, &str)> = registry
        .codes()
        .map(|(_, c)| (c.python_name.as_str(), c.code.as_str()))
        .collect();
    let code_member = |code: &str| -> Option<String> {
        codes
            .iter()
            .find(|(_, c)| *c == code)
            .map(|(member, _)| format!("ErrorCode.{member}"))
    };
    out.push_str(
        "class ErrorCode(enum.StrEnum):\n    \"\"\"Every error code the API defines, in registry order. Branch on it, not on the HTTP status.\"\"\"\n\n",
    );
    for (member, code) in &codes {
        let _ = writeln!(out, "    {member} = {}", string(code));
    }
    out.push_str(CODE_PROPERTIES);
    out.push_str(DATA_CLASSES);

    out.push_str("\n_CATEGORIES: Final[Mapping[Category, _CategoryInfo]] = {\n");
    for (member, category) in categories.iter().zip(&registry.categories) {
        let codes: Vec<String> = category
            .codes
            .iter()
            .filter_map(|c| code_member(&c.code))
            .map(|c| format!("{c}, "))
            .collect();
        let _ = writeln!(
            out,
            "    Category.{member}: _CategoryInfo(\n        title={},\n        status_kind={},\n        codes=({}),\n    ),",
            string(&category.title),
            kind_member(category.status_kind),
            codes.concat().trim_end(),
        );
    }
    out.push_str("}\n\n");

    out.push_str("_CODES: Final[Mapping[ErrorCode, _CodeInfo]] = {\n");
    for (category_member, category) in categories.iter().zip(&registry.categories) {
        for code in &category.codes {
            let member = code_member(&code.code).unwrap_or_default();
            let deprecated = code.deprecated.as_ref().map_or_else(
                || "None".to_string(),
                |d| {
                    format!(
                        "Deprecation(\n            since={},\n            sunset={},\n            use_instead={},\n            note={},\n        )",
                        string(&d.since),
                        nullable(d.sunset.map(|date| date.to_string()).as_deref()),
                        d.use_instead
                            .as_deref()
                            .and_then(code_member)
                            .unwrap_or_else(|| "None".into()),
                        nullable(d.note.as_deref())
                    )
                },
            );
            let _ = writeln!(
                out,
                "    {member}: _CodeInfo(\n        http_status={},\n        meaning={},\n        category=Category.{category_member},\n        retry={},\n        details={},\n        deprecated={deprecated},\n        doc_url={},\n    ),",
                code.status,
                nullable(code.meaning.as_deref()),
                retry_member(code.retry),
                code.details.map_or_else(|| "None".into(), shape_member),
                nullable(registry.doc_url(code).as_deref()),
            );
        }
    }
    out.push_str("}\n\n");

    let roles = &registry.roles;
    let optional =
        |name: &Option<String>| name.as_deref().map_or_else(|| "None".to_owned(), string);
    let _ = writeln!(
        out,
        "REQUEST_ID_HEADER: Final[str] = {}\n\"\"\"The header that carries the request id (the registry's `request_id_header` role).\"\"\"\n\n\
         RETRY_AFTER_HEADER: Final[str] = {}\n\"\"\"HTTP's own retry header.\"\"\"\n\n\
         RATE_LIMIT_HEADERS: Final[tuple[str | None, str | None, str | None]] = ({}, {}, {})\n\"\"\"The rate-limit headers (limit, remaining, reset), `None` where the registry has none.\"\"\"\n",
        string(&roles.request_id_header),
        string(crate::model::Roles::RETRY_AFTER),
        optional(&roles.rate_limit[0]),
        optional(&roles.rate_limit[1]),
        optional(&roles.rate_limit[2]),
    );
    let _ = writeln!(
        out,
        "ENVELOPE: Final[str] = {}\n\"\"\"The shape of the API's error bodies (`envelope:` in the registry), one of {}. The reader reads each.\"\"\"\n\n\
         DOCS_URL: Final[str | None] = {}\n\"\"\"The published docs page: a code's docs URL, and its problem `type`, is this with `#` and the code, unless the registry gives each code its own (`page.code_docs_url`; `ErrorCode.doc_url`).\"\"\"\n",
        string(registry.envelope.as_str()),
        docstring(&super::describe::envelope_values(string)),
        nullable(registry.page.docs_url.as_deref()),
    );
    if let Some(layout) = &registry.body {
        let mut members: Vec<String> = layout
            .fields()
            .map(|(field, path)| format!("    {}: {},\n", string(field), nullable(path)))
            .to_vec();
        if layout.code_number {
            members.push(format!(
                "    {}: {},\n",
                string("code_type"),
                string("number")
            ));
        }
        if let Some(path) = &layout.declared_members {
            members.push(format!(
                "    {}: {},\n",
                string("declared_members"),
                string(path)
            ));
        }
        // An array root as the registry writes it (`errors[]`), and its
        // field pointer.
        members[0] = format!(
            "    {}: {},\n",
            string("root"),
            nullable(layout.root_as_written().as_deref())
        );
        for (key, value) in layout.reader_items() {
            members.push(format!("    {}: {},\n", string(key), string(value)));
        }
        for (key, text) in layout.reader_keys() {
            members.push(format!("    {}: {},\n", string(key), string(&text)));
        }
        let _ = writeln!(
            out,
            "BODY_LAYOUT: Final[dict[str, str | None]] = {{\n{}}}\n\"\"\"Where each field of an error goes in the API's own body layout (`envelope:` in the registry): a member path (names joined by `.` for nesting) under `root` (`None`: the body itself), `None` for a field not in the body. `parse_error_envelope` reads it.\"\"\"\n",
            members.concat()
        );
    }
    let mut detail_members = String::new();
    for (_, code) in registry
        .codes()
        .filter(|(_, c)| c.problem_members().next().is_some())
    {
        let names: Vec<String> = code.problem_members().map(|m| string(&m.name)).collect();
        let _ = writeln!(
            detail_members,
            "    {}: {},",
            string(&code.code),
            tuple(&names)
        );
    }
    let detail_members = if detail_members.is_empty() {
        "{}".to_owned()
    } else {
        format!("{{\n{detail_members}}}")
    };
    let _ = writeln!(
        out,
        "DETAIL_MEMBERS: Final[Mapping[str, tuple[str, ...]]] = {detail_members}\n\"\"\"The members each code's details declare (`details:` as a mapping in the registry), by their wire names, in registry order, that a problem document (`envelope: rfc9457`) sends as top-level members (all but one named as a member of the problem itself, which only another envelope allows); the reader puts them back into `details`.\"\"\"\n"
    );
    let statuses: Vec<String> = error_codes_runtime::Retry::RETRYABLE_STATUSES
        .iter()
        .map(u16::to_string)
        .collect();
    let _ = writeln!(
        out,
        "RETRYABLE_STATUSES: Final[frozenset[int]] = frozenset({{{}}})\n\"\"\"Statuses at which a code this build does not know is worth retrying after a delay.\"\"\"",
        statuses.join(", ")
    );
    out
}

const CATEGORY_PROPERTIES: &str = r#"
    @property
    def title(self) -> str:
        """The category's heading on the docs page."""
        return _CATEGORIES[self].title

    @property
    def status_kind(self) -> StatusKind:
        """What the category's statuses describe."""
        return _CATEGORIES[self].status_kind

    @property
    def codes(self) -> tuple[ErrorCode, ...]:
        """The category's codes, in registry order."""
        return _CATEGORIES[self].codes
"#;

const CODE_PROPERTIES: &str = r#"
    @property
    def http_status(self) -> int:
        """The HTTP status the API answers with (for a `reported` category: the status reported)."""
        return _CODES[self].http_status

    @property
    def meaning(self) -> str | None:
        """What the code means, for people."""
        return _CODES[self].meaning

    @property
    def category(self) -> Category:
        """The category the code is listed under."""
        return _CODES[self].category

    @property
    def retry(self) -> Retry:
        """Whether repeating the failed request may succeed."""
        return _CODES[self].retry

    @property
    def details(self) -> DetailsShape | None:
        """The shape of `error.details`, when the registry declares one."""
        return _CODES[self].details

    @property
    def deprecated(self) -> Deprecation | None:
        """Since when and why the code is deprecated, or `None`."""
        return _CODES[self].deprecated

    @property
    def doc_url(self) -> str | None:
        """Where the code is documented."""
        return _CODES[self].doc_url
"#;

const DATA_CLASSES: &str = r#"

@dataclass(frozen=True, slots=True)
class Deprecation:
    """A deprecated code: since which version, the ISO 8601 date (YYYY-MM-DD)
    from which it may be removed (its sunset, if announced), what to use
    instead, why."""

    since: str
    sunset: str | None
    use_instead: ErrorCode | None
    note: str | None


@dataclass(frozen=True, slots=True)
class _CategoryInfo:
    title: str
    status_kind: StatusKind
    codes: tuple[ErrorCode, ...]


@dataclass(frozen=True, slots=True)
class _CodeInfo:
    http_status: int
    meaning: str | None
    category: Category
    retry: Retry
    details: DetailsShape | None
    deprecated: Deprecation | None
    doc_url: str | None

"#;

#[cfg(test)]
mod tests {
    use super::{string, tuple};

    #[test]
    fn a_tuple_of_one_has_its_comma() {
        assert_eq!(tuple(&["\"a\"".into()]), "(\"a\",)");
        assert_eq!(tuple(&["1".into(), "2".into()]), "(1, 2)");
    }

    #[test]
    fn strings_are_printable_ascii_literals() {
        assert_eq!(string("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(string("\n\r\t\u{7}"), r#""\n\r\t\x07""#);
        assert_eq!(string("é\u{2028}😀"), r#""\xe9\u2028\U0001f600""#);
    }
}
