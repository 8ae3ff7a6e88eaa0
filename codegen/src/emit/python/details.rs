//! Registry → the Python package's `details` module
//! (`clients/python/src/<module>/details.py`): a frozen dataclass per code
//! whose registry entry declares members, named as the code's variant
//! (`InsufficientFunds`); a `Literal` alias per `enum:` member, named as the
//! Rust enum; `Details`, the union of every code's typed details (a
//! `field_errors` code's is the hand-written `FieldErrors`); and
//! `from_json(code, value)`, which reads a code's details. How a member is
//! read (types, `null`, errors) is hand-written in `_details.py`.
//!
//! Names: classes and aliases are the names validation claimed in the
//! `details` module's namespace (`validate::names`), fields the members'
//! `python_name`. Everything else the module binds is lowercase or starts
//! with `_` (`typing`, `abc`, `dataclass`, `from_json`, `_read_*`), which no
//! class (an UpperCamelCase variant) can be. Annotations inside a class use
//! builtins only, qualified as `_builtins.int` in a class with a field of a
//! builtin's name (mypy reads `str` after a field `str` as the field).
//! `from_json` and the readers are module functions, not methods: a member
//! may be named as any method.
//!
//! Fields are keyword-only (`kw_only=True`), in registry order: optional
//! members (`= None`) may come before required ones, and reordering the
//! registry never swaps two arguments of one type.
//!
//! Registry text lands only in string literals written by [`string`].

use std::fmt::Write;

use crate::model::{Code, DetailsShape, Member, MemberType, Registry};
use crate::naming::{DETAILS_ENUM, member_enum};

use super::string;

mod member_objects;

/// The builtins a class's annotations name.
const BUILTINS: &[&str] = &["str", "int", "float", "bool", "tuple"];

/// The hand-written module the readers come from, as the generated one
/// imports it.
const RUNTIME: &str = "_details";

/// The Python type of a member's value (of each item, for a list), and its
/// reader in [`RUNTIME`].
fn scalar(owner: &str, member: &Member, builtin: &dyn Fn(&str) -> String) -> (String, String) {
    let runtime = |read: &str| format!("{RUNTIME}.{read}");
    match &member.ty {
        MemberType::String => (builtin("str"), runtime("string")),
        MemberType::Integer => (builtin("int"), runtime("integer")),
        MemberType::Number => (builtin("float"), runtime("number")),
        MemberType::Boolean => (builtin("bool"), runtime("boolean")),
        MemberType::Enum(_) => (member_enum(owner, &member.name), runtime("string")),
        // The object's dataclass, read by its reader (`member_objects`).
        MemberType::Object(_) => {
            let name = member_enum(owner, &member.name);
            let read = format!("{RUNTIME}.object_of({})", member_objects::reader(&name));
            (name, read)
        }
    }
}

/// The reader of a code's dataclass: a module function, named after the
/// class so that no two codes share one.
fn reader(code: &Code) -> String {
    format!("_read_{}", code.rust_name)
}

/// The `details` module of `registry`.
pub(crate) fn module(registry: &Registry) -> String {
    let declaring: Vec<&Code> = registry
        .codes()
        .map(|(_, code)| code)
        .filter(|code| !code.members.is_empty())
        .collect();
    let shadowed = |members: &[Member]| {
        members
            .iter()
            .any(|m| BUILTINS.contains(&m.python_name.as_str()))
    };
    let groups: Vec<_> = declaring
        .iter()
        .map(|code| crate::naming::member_groups(code))
        .collect();
    let qualify = groups.iter().flatten().any(|group| shadowed(group.members));

    let mut out = String::from(
        "\"\"\"Typed `error.details`: a frozen dataclass per code whose registry entry\n\
         declares members, named as the code's variant, with a field per member\n\
         (keyword-only, in registry order; an optional member is `None` when absent);\n\
         `Details`, any code's typed details; and `from_json`, which reads them.\n\
         `ErrorBody.typed_details()` reads a response's; a malformed one raises\n\
         `DetailsError`.\n\"\"\"\n\n\
         from __future__ import annotations\n\n",
    );
    if qualify {
        out.push_str("import builtins as _builtins\n");
    }
    out.push_str("import typing\nfrom collections import abc\n");
    if !declaring.is_empty() {
        out.push_str("from dataclasses import dataclass\n");
    }
    out.push_str("\nfrom . import _details\n");

    // The `enum:` members' aliases, before the classes that use them.
    for group in groups.iter().flatten() {
        for member in group.members {
            let MemberType::Enum(values) = &member.ty else {
                continue;
            };
            let literals: Vec<String> = values.iter().map(|v| string(v)).collect();
            let _ = write!(
                out,
                "\n{}: typing.TypeAlias = typing.Literal[{}] | str\n{}\n",
                member_enum(&group.type_name, &member.name),
                literals.join(", "),
                string(&format!(
                    "The values of `{}.{}` the registry lists; a value added to the API later is kept as its string.",
                    group.path, member.name
                )),
            );
        }
    }

    for (code, groups) in declaring.iter().zip(&groups) {
        class(&mut out, code, shadowed(&code.members));
        // Its objects' dataclasses, each with its reader.
        for group in groups.iter().skip(1) {
            member_objects::class(&mut out, group, shadowed(group.members));
        }
    }

    // `Details` and the table `from_json` reads.
    let mut typed: Vec<String> = Vec::new();
    let mut readers = String::new();
    for (_, code) in registry.codes() {
        let read = match code.details {
            Some(DetailsShape::FieldErrors) => {
                let name = format!("{RUNTIME}.FieldErrors");
                if !typed.contains(&name) {
                    typed.push(name);
                }
                format!("{RUNTIME}.field_errors")
            }
            None if !code.members.is_empty() => {
                typed.push(code.rust_name.clone());
                reader(code)
            }
            None => continue,
        };
        let _ = writeln!(readers, "    {}: {read},", string(&code.code));
    }
    let union = if typed.is_empty() {
        "typing.Never".to_owned()
    } else {
        typed.join(" | ")
    };
    // Two blank lines after a function, one after the imports.
    out.push_str(if declaring.is_empty() { "\n" } else { "\n\n" });
    let _ = write!(
        out,
        "{DETAILS_ENUM}: typing.TypeAlias = {union}\n\
         \"\"\"`error.details` of a code whose registry entry declares them: the code's\n\
         dataclass, or `FieldErrors` for `details: field_errors`.\"\"\"\n\n\
         _READERS: abc.Mapping[str, abc.Callable[[str, object], {DETAILS_ENUM}]] = {{\n{readers}}}\n\n\n\
         def from_json(code: str, value: abc.Mapping[str, object]) -> {DETAILS_ENUM} | None:\n    \
             \"\"\"The typed details of `code` (an `ErrorCode` or its string) read from\n    \
             `value`, a parsed JSON object: the code's dataclass, or `None` for a code\n    \
             whose registry entry declares no details (a code this build does not\n    \
             know included). Members the code does not declare are ignored.\n\n    \
             Raises `DetailsError` (a `ValueError`) when `value` is not an object, lacks\n    \
             a required member or has a member of another type.\n    \
             \"\"\"\n    \
             read = _READERS.get(code)\n    \
             return None if read is None else read(str(code), value)\n"
    );
    out
}

/// A code's dataclass and its reader.
fn class(out: &mut String, code: &Code, shadowed: bool) {
    let builtin = |name: &str| {
        if shadowed {
            format!("_builtins.{name}")
        } else {
            name.to_owned()
        }
    };
    let mut summary = format!("`error.details` of `{}`", code.code);
    if let Some(meaning) = &code.meaning {
        summary.push_str(": ");
        summary.push_str(meaning);
    }
    let _ = write!(
        out,
        "\n\n@dataclass(frozen=True, slots=True, kw_only=True)\nclass {}:\n    {}\n",
        code.rust_name,
        string(&summary)
    );
    let reads = fields(out, &code.rust_name, &code.members, &builtin);
    let _ = write!(
        out,
        "\n\ndef {}(code: str, value: object) -> {}:\n    members = {RUNTIME}.Members(code, value)\n    return {}(\n{reads}    )\n",
        reader(code),
        code.rust_name,
        code.rust_name,
    );
}

/// The fields of the dataclass `owner` (annotated, documented), written to
/// `out`; returns their reads, one `name=members.…(…),` line each.
fn fields(
    out: &mut String,
    owner: &str,
    members: &[Member],
    builtin: &dyn Fn(&str) -> String,
) -> String {
    let mut reads = String::new();
    for member in members {
        let (item, read) = scalar(owner, member, builtin);
        let (ty, read) = if member.list {
            (
                format!("{}[{item}, ...]", builtin("tuple")),
                format!("{RUNTIME}.list_of({read})"),
            )
        } else {
            (item, read)
        };
        let (ty, how) = if member.optional {
            (format!("{ty} | None = None"), "optional")
        } else {
            (ty, "required")
        };
        let mut doc = format!("`{}` ({})", member.name, member.type_text());
        match &member.description {
            Some(description) => {
                doc.push_str(": ");
                doc.push_str(description);
            }
            None => doc.push('.'),
        }
        let _ = write!(
            out,
            "\n    {}: {ty}\n    {}\n",
            member.python_name,
            string(&doc)
        );
        let _ = writeln!(
            reads,
            "        {}=members.{how}({}, {read}),",
            member.python_name,
            string(&member.name)
        );
    }
    reads
}
