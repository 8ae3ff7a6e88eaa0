//! The OpenAPI document's `paths`: for each operation with a method and a
//! path, `paths[path][method]` with its `operationId` and one response per
//! status its codes answer with, each naming those codes (an enum of the
//! body's code, an example each) and no other code of the registry. A team
//! merges these operations' `responses` into its own document (see
//! docs/guides/operations.md).

use super::{Tree, status_response, text};
use crate::model::{Code, Registry, StatusKind};
use crate::naming::SchemaNames;

/// `paths`, or `None` when no operation has a path.
pub(super) fn paths(registry: &Registry, names: &SchemaNames) -> Option<Tree> {
    let mut items: Vec<(String, Tree)> = Vec::new();
    for op in &registry.operations {
        let (Some(method), Some(path)) = (&op.method, &op.path) else {
            continue;
        };
        let codes: Vec<&Code> = registry
            .operation_codes(op)
            .into_iter()
            .filter(|code| {
                registry
                    .code(&code.code)
                    .is_some_and(|(category, _)| category.status_kind == StatusKind::Response)
            })
            .collect();
        let mut statuses: Vec<u16> = codes.iter().map(|c| c.status).collect();
        statuses.sort_unstable();
        statuses.dedup();
        let mut responses = Tree::map();
        for status in statuses {
            let here: Vec<&Code> = codes
                .iter()
                .copied()
                .filter(|c| c.status == status)
                .collect();
            responses = responses.with(
                status.to_string(),
                status_response(registry, names, status, &here),
            );
        }
        let mut operation = Tree::map()
            .with("operationId", op.id.as_str())
            .with("summary", op.id.as_str())
            .with_opt("description", op.description.as_deref().map(text::escape));
        let parameters = path_parameters(path);
        if !parameters.is_empty() {
            operation = operation.with("parameters", Tree::Seq(parameters));
        }
        let operation = operation.with("responses", responses);
        let method = method.to_ascii_lowercase();
        match items.iter_mut().find(|(p, _)| p == path) {
            Some((_, Tree::Map(entries))) => entries.push((method, operation)),
            _ => items.push((path.clone(), Tree::map().with(method, operation))),
        }
    }
    (!items.is_empty()).then_some(Tree::Map(items))
}

/// The path's parameters (`{account_id}` in `/accounts/{account_id}`), as
/// OpenAPI requires every operation to declare them: strings, since the
/// registry says nothing of their type.
fn path_parameters(path: &str) -> Vec<Tree> {
    path.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .filter(|name| !name.is_empty())
        .map(|name| {
            Tree::map()
                .with("name", name)
                .with("in", "path")
                .with("required", true)
                .with("schema", Tree::map().with("type", "string"))
        })
        .collect()
}
