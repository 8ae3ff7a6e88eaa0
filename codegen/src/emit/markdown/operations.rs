//! The docs page's operations: a section listing each operation (its
//! method and path, description and codes, linked to their rows), and the
//! cell of each code's row that names its operations.

use std::fmt::Write;

use super::{code_span, escape};
use crate::model::{Code, Operation, Registry};

/// A code span in a table cell: GFM splits cells at `|` even there.
fn cell_code(text: &str) -> String {
    code_span(text).replace('|', "\\|")
}

/// The `## Operations` section; empty for a registry without operations.
pub(super) fn section(registry: &Registry) -> String {
    if registry.operations.is_empty() {
        return String::new();
    }
    let link = |code: &str| format!("[{}](#{code})", code_span(code));
    let mut out = String::from("## Operations\n\n");
    out.push_str("Each operation answers with the codes listed here");
    if !registry.common_codes.is_empty() {
        let common: Vec<String> = registry.common_codes.iter().map(|c| link(c)).collect();
        let _ = write!(out, ", the common codes ({})", common.join(", "));
    }
    let framework: Vec<String> = Operation::ROLES
        .iter()
        .filter_map(|role| registry.roles.code(*role))
        .filter(|code| !registry.common_codes.iter().any(|c| c == code))
        .map(link)
        .collect();
    if !framework.is_empty() {
        let _ = write!(
            out,
            ", and the codes the framework answers with from inside any operation ({})",
            framework.join(", ")
        );
    }
    out.push_str(".\n\n| Operation | Method and path | Description | Codes |\n|---|---|---|---|\n");
    for op in &registry.operations {
        let endpoint = match (&op.method, &op.path) {
            (Some(method), Some(path)) => cell_code(&format!("{method} {path}")),
            _ => "—".to_owned(),
        };
        let codes: Vec<String> = op.codes.iter().map(|c| link(c)).collect();
        let _ = writeln!(
            out,
            "| <a id=\"{}\"></a>{} | {endpoint} | {} | {} |",
            op.anchor(),
            cell_code(&op.id),
            op.description.as_deref().map(escape).unwrap_or_default(),
            codes.join(", ")
        );
    }
    out.push('\n');
    out
}

/// The operations cell of a code's row: links to the operations whose codes
/// hold it, "every operation" for a code every operation has, "none" for a
/// code no operation answers with.
pub(super) fn cell(registry: &Registry, code: &Code) -> String {
    if registry.is_in_every_operation(&code.code) {
        return "every operation".to_owned();
    }
    let ops: Vec<String> = registry
        .operations_of(&code.code)
        .iter()
        .map(|op| format!("[{}](#{})", cell_code(&op.id), op.anchor()))
        .collect();
    if ops.is_empty() {
        "none".to_owned()
    } else {
        ops.join(", ")
    }
}
