//! Registry → the Python package's `operations.py`: per operation a
//! `Literal` alias `<Id>ErrorCode` of its codes (`Registry::operation_codes`),
//! and `OPERATIONS`, each operation id's codes as a frozenset.
//! `from <module>.operations import OPERATIONS, CreateTransferErrorCode`.

use std::fmt::Write;

use super::string;
use crate::model::Registry;
use crate::naming::OPERATIONS_CONST;

/// The generated operations module, in the import package.
pub(crate) const PYTHON_OPERATIONS: &str = "operations.py";

/// The module's text (the provenance comment comes first, from
/// `Layout::preamble`). Registry text lands only in string literals and in
/// `#` comments (it is one line without control characters).
pub(crate) fn module(registry: &Registry) -> String {
    // Only what the module uses is imported (a linter refuses the rest).
    let mut typing = Vec::new();
    if registry
        .operations
        .iter()
        .any(|op| !registry.operation_codes(op).is_empty())
    {
        typing.push("Literal");
    }
    if registry
        .operations
        .iter()
        .any(|op| registry.operation_codes(op).is_empty())
    {
        typing.push("Never");
    }
    let typing = if typing.is_empty() {
        String::new()
    } else {
        format!("from typing import {}\n", typing.join(", "))
    };
    let mut out = format!(
        "\"\"\"The API's operations and the codes each may answer with: its own, the\ncommon codes, and the codes of the framework's roles.\"\"\"\n\nfrom collections.abc import Mapping\nfrom types import MappingProxyType\n{typing}\nfrom ._registry import ErrorCode\n\n__all__ = [\n",
    );
    let _ = writeln!(out, "    {},", string(OPERATIONS_CONST));
    for op in &registry.operations {
        let _ = writeln!(out, "    {},", string(&op.type_name));
    }
    out.push_str("]\n\n");
    let mut entries = String::new();
    for op in &registry.operations {
        let members: Vec<String> = registry
            .operation_codes(op)
            .iter()
            .map(|c| format!("ErrorCode.{}", c.python_name))
            .collect();
        let mut about = format!("# The codes of the operation {}", string(&op.id));
        if let (Some(method), Some(path)) = (&op.method, &op.path) {
            let _ = write!(about, " ({method} {path})");
        }
        if let Some(description) = &op.description {
            let _ = write!(about, ": {description}");
        }
        let alias = if members.is_empty() {
            "Never".to_owned()
        } else {
            let lines: String = members.iter().map(|m| format!("    {m},\n")).collect();
            format!("Literal[\n{lines}]")
        };
        let _ = writeln!(out, "{about}\n{} = {alias}\n", op.type_name);
        let lines: String = members
            .iter()
            .map(|m| format!("            {m},\n"))
            .collect();
        let set = if members.is_empty() {
            "frozenset()".to_owned()
        } else {
            format!("frozenset(\n        {{\n{lines}        }}\n    )")
        };
        let _ = writeln!(entries, "    {}: {set},", string(&op.id));
    }
    let map = if entries.is_empty() {
        "{}".to_owned()
    } else {
        format!("\n    {{\n{entries}    }}\n")
    };
    let _ = write!(
        out,
        "# Each operation's codes by its id (as the API's OpenAPI document names it).\n{OPERATIONS_CONST}: Mapping[str, frozenset[ErrorCode]] = MappingProxyType({map})\n"
    );
    out
}
