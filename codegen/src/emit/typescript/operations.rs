//! The operations part of the npm package's data module (`src/codes.ts`):
//! per operation a union `<Id>ErrorCode` of its codes
//! (`Registry::operation_codes`); `OPERATIONS`, keyed by the operation ids
//! as literal types, each `{ method?, path?, codes }`; and
//! `OperationErrorCode<Id>`, which the hand-written `isOperationCode`
//! (`lookup.ts`) narrows a code to.

use std::fmt::Write;

use super::{comment, string};
use crate::model::{Operation, Registry};
use crate::naming::{OPERATION_CODE_TYPE, OPERATIONS_CONST};

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

/// The part's text, after the rest of the data module.
pub(crate) fn part(registry: &Registry) -> String {
    let mut out = String::from(
        "/*\n * The API's operations and the codes each may answer with: its own, the\n * common codes, and the codes of the framework's roles.\n */\n\n",
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
    let _ = write!(
        out,
        "/** Each operation by its id (as the API's OpenAPI document names it): its method and path when it has them, and every code it may answer with. */\nexport const {OPERATIONS_CONST} = {body} as const satisfies {{\n  readonly [id: string]: {{ readonly method?: string; readonly path?: string; readonly codes: readonly ErrorCode[] }};\n}};\n\n/** The id of an operation: a key of {{@link {OPERATIONS_CONST}}}. */\nexport type OperationId = keyof typeof {OPERATIONS_CONST};\n\n/** The codes of the operation `K`: its union. */\nexport type {OPERATION_CODE_TYPE}<K extends OperationId> = (typeof {OPERATIONS_CONST})[K][\"codes\"][number];"
    );
    out
}
