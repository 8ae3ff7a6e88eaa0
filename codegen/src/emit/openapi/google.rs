//! A response's schema narrowed to its codes in Google's JSON body
//! (`envelope: google`, `google-rpc-status`): the `ErrorInfo` detail's
//! `reason` one of the status's codes' reasons (or a reason no code of the
//! registry has, added later), and the REST body's `code` the status.

use super::super::tree::Tree;
use crate::model::{Code, Envelope, Registry};

/// The `properties` that narrow the body of a response of `status` whose
/// codes are `codes`.
pub(super) fn narrowed(registry: &Registry, codes: &[&Code], status: u16) -> Tree {
    let reason = |code: &Code| code.grpc.as_ref().map(|g| g.reason.clone());
    let listed: Tree = codes.iter().filter_map(|c| reason(c)).collect();
    let every: Tree = registry.codes().filter_map(|(_, c)| reason(c)).collect();
    let details = Tree::map().with(
        "contains",
        Tree::map()
            .with("required", vec![Tree::from("reason")])
            .with(
                "properties",
                Tree::map().with(
                    "reason",
                    Tree::map().with(
                        "anyOf",
                        vec![
                            Tree::map().with("enum", listed),
                            Tree::map().with("not", Tree::map().with("enum", every)),
                        ],
                    ),
                ),
            ),
    );
    if registry.envelope == Envelope::GoogleRpcStatus {
        return Tree::map().with("details", details);
    }
    Tree::map().with(
        "error",
        Tree::map().with(
            "properties",
            Tree::map()
                .with(
                    "code",
                    Tree::map().with("const", Tree::Int(i64::from(status))),
                )
                .with("details", details),
        ),
    )
}
