//! Registry → the npm package's `src/operations.ts`: per operation a union
//! `<Id>ErrorCode` of its codes (`Registry::operation_codes`), and
//! `OPERATIONS`, keyed by the operation ids as literal types, each
//! `{ method?, path?, codes }`. The package's `index.ts` re-exports it.

use std::fmt::Write;

use super::{comment, string};
use crate::model::{Operation, Registry};
use crate::naming::OPERATIONS_CONST;

/// The package's generated operations module, inside its folder.
pub const TYPESCRIPT_OPERATIONS: &str = "src/operations.ts";

/// Where an operation is and what it does, for its union's comment.
fn about(op: &Operation) -> String {
    let mut text = format!("The codes of the operation `{}`", op.id);
    if let (Some(method), Some(path)) = (&op.method, &op.path) {
        let _ = write!(text, " (`{method} {path}`)");
    }
    if let Some(description) = &op.description {
        let _ = write!(text, ": {description}");
    }
    comment(&text)
}

/// The module's text (the provenance comment comes first, from
/// `Layout::preamble`).
pub fn module(registry: &Registry) -> String {
    let mut out = String::from(
        "\n/**\n * The API's operations and the codes each may answer with: its own, the\n * common codes, and the codes of the framework's roles.\n */\n\nimport type { ErrorCode } from \"./codes.js\";\n\n",
    );
    let mut entries = Vec::new();
    for op in &registry.operations {
        let codes: Vec<String> = registry
            .operation_codes(op)
            .iter()
            .map(|c| string(&c.code))
            .collect();
        let union = if codes.is_empty() {
            " never".to_owned()
        } else {
            codes.iter().map(|c| format!("\n  | {c}")).collect()
        };
        let _ = writeln!(
            out,
            "/** {}. */\nexport type {} ={union};\n",
            about(op),
            op.type_name
        );
        let mut fields = Vec::new();
        if let Some(method) = &op.method {
            fields.push(format!("\"method\": {}", string(method)));
        }
        if let Some(path) = &op.path {
            fields.push(format!("\"path\": {}", string(path)));
        }
        fields.push(format!("\"codes\": [{}]", codes.join(", ")));
        entries.push(format!("  {}: {{ {} }}", string(&op.id), fields.join(", ")));
    }
    let body = if entries.is_empty() {
        "{}".to_owned()
    } else {
        format!("{{\n{}\n}}", entries.join(",\n"))
    };
    let _ = writeln!(
        out,
        "/** Each operation by its id (as the API's OpenAPI document names it): its method and path when it has them, and every code it may answer with. */\nexport const {OPERATIONS_CONST} = {body} as const satisfies {{\n  readonly [id: string]: {{ readonly method?: string; readonly path?: string; readonly codes: readonly ErrorCode[] }};\n}};\n\n/** The id of an operation: a key of {{@link {OPERATIONS_CONST}}}. */\nexport type OperationId = keyof typeof {OPERATIONS_CONST};"
    );
    out
}
