//! The numbers of the gRPC face's reasons in the generated `.proto`'s enum,
//! stable across registry edits: a reason keeps the number the stability
//! lock records for it, a new reason takes the next number never used, and
//! the number and name of a reason no code has any more are `reserved`
//! (protobuf's rule for a removed enum value: never reuse either). A reason
//! that comes back (a code restored, or another code given it) takes its
//! old number back.
//!
//! The lock (`crate::lock`) reads the history, `emit::lock` writes it, and
//! `emit::proto` writes the enum; the numbers live in the model
//! ([`CodeGrpc::number`](crate::model::CodeGrpc),
//! [`Grpc::reserved`](crate::model::Grpc)), so `diff` compares them too.

use std::collections::HashSet;

use crate::model::Registry;

/// How the lock's line of a reserved number starts: `reserved: 7 OLD_REASON`
/// (a code cannot hold a `:`).
pub(crate) const RESERVED: &str = "reserved:";

/// Numbers every reason of `registry` from `history`, the `(number,
/// reason)` pairs the lock records (its codes' and its reserved ones); an
/// empty history numbers the reasons in registry order, from 1. Without
/// `grpc:` there is nothing to number.
pub(crate) fn assign(registry: &mut Registry, history: &[(u32, String)]) {
    if registry.grpc.is_none() {
        return;
    }
    let mut next = history.iter().map(|(n, _)| *n).max().unwrap_or(0) + 1;
    let mut current = HashSet::new();
    for code in registry
        .categories
        .iter_mut()
        .flat_map(|c| c.codes.iter_mut())
    {
        let Some(face) = code.grpc.as_mut() else {
            continue;
        };
        face.number = match history.iter().find(|(_, r)| *r == face.reason) {
            Some((number, _)) => *number,
            None => {
                next += 1;
                next - 1
            }
        };
        current.insert(face.reason.clone());
    }
    let mut reserved: Vec<(u32, String)> = history
        .iter()
        .filter(|(_, reason)| !current.contains(reason))
        .cloned()
        .collect();
    reserved.sort();
    reserved.dedup();
    if let Some(grpc) = registry.grpc.as_mut() {
        grpc.reserved = reserved;
    }
}

/// The `(number, reason)` pairs `registry` records, its codes' and its
/// reserved ones: the history a registry edited from it is numbered from
/// when no lock says otherwise (`diff` of two files without locks).
#[cfg(feature = "cli")]
pub(crate) fn recorded(registry: &Registry) -> Vec<(u32, String)> {
    let codes = registry
        .codes()
        .filter_map(|(_, c)| c.grpc.as_ref().map(|g| (g.number, g.reason.clone())));
    let reserved = registry
        .grpc
        .iter()
        .flat_map(|g| g.reserved.iter().cloned());
    codes.chain(reserved).collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use std::path::Path;

    use super::*;

    /// The history the lock `registry` makes records: written by
    /// `emit::lock` and read back by `lock::parse`, as `generate` and the
    /// next `generate` do.
    fn history(registry: &Registry) -> Vec<(u32, String)> {
        let text = crate::emit::lock::lock(registry);
        let layout = crate::layout::Layout::new("registry/error-codes.yaml");
        crate::lock::parse(Path::new("r.lock"), &text, &layout)
            .unwrap()
            .history()
    }

    /// A registry with `grpc:` and these codes (`- code: …` lines of one
    /// category, each with its status).
    fn registry(codes: &[&str]) -> Registry {
        let mut text = String::from(
            "page:\n  title: T\ngrpc:\n  domain: t.example.org\ncategories:\n  - title: All\n    codes:\n",
        );
        for code in codes {
            text.push_str(&format!("      - code: {code}\n        status: 400\n"));
        }
        crate::project::parse(Path::new("r.yaml"), &text).unwrap()
    }

    /// Each code's reason and number, in registry order.
    fn numbers(registry: &Registry) -> Vec<(String, u32)> {
        registry
            .codes()
            .map(|(_, c)| {
                let face = c.grpc.as_ref().expect("grpc: is on");
                (face.reason.clone(), face.number)
            })
            .collect()
    }

    /// The registry `codes` makes, numbered from the history `before` records.
    fn renumbered(before: &Registry, codes: &[&str]) -> Registry {
        let mut after = registry(codes);
        assign(&mut after, &history(before));
        after
    }

    #[test]
    fn a_registry_alone_is_numbered_in_order_from_one() {
        let numbered = numbers(&registry(&["a_b", "c_d", "e_f"]));
        let expected: Vec<u32> = (1..=3).collect();
        assert_eq!(
            numbered.iter().map(|(_, n)| *n).collect::<Vec<_>>(),
            expected
        );
    }

    #[test]
    fn reordering_codes_keeps_every_number() {
        let before = registry(&["a_b", "c_d", "e_f"]);
        let after = renumbered(&before, &["e_f", "a_b", "c_d"]);
        let mut was = numbers(&before);
        let mut is = numbers(&after);
        was.sort();
        is.sort();
        assert_eq!(was, is);
        assert!(after.grpc.as_ref().unwrap().reserved.is_empty());
    }

    #[test]
    fn an_added_code_takes_the_next_unused_number() {
        let before = registry(&["a_b", "c_d"]);
        // Added first in the registry: its place does not matter.
        let after = renumbered(&before, &["new_one", "a_b", "c_d"]);
        let max = numbers(&before).iter().map(|(_, n)| *n).max().unwrap();
        let is = numbers(&after);
        assert_eq!(is[0], ("NEW_ONE".to_string(), max + 1));
        assert_eq!(is[1..], numbers(&before)[..]);
    }

    #[test]
    fn a_removed_code_is_reserved_and_its_number_never_reused() {
        let before = registry(&["a_b", "c_d", "e_f"]);
        let gone = numbers(&before)[1].clone();
        let after = renumbered(&before, &["a_b", "e_f"]);
        assert_eq!(
            after.grpc.as_ref().unwrap().reserved,
            [(gone.1, gone.0.clone())]
        );
        // A code added later does not take the reserved number, nor the
        // highest one in use.
        let later = renumbered(&after, &["a_b", "e_f", "g_h"]);
        let max = numbers(&before).iter().map(|(_, n)| *n).max().unwrap();
        assert_eq!(numbers(&later)[2], ("G_H".to_string(), max + 1));
        assert_eq!(later.grpc.as_ref().unwrap().reserved, [(gone.1, gone.0)]);
    }

    #[test]
    fn a_restored_reason_takes_its_number_back() {
        let before = registry(&["a_b", "c_d", "e_f"]);
        let removed = renumbered(&before, &["a_b", "e_f"]);
        let restored = renumbered(&removed, &["a_b", "e_f", "c_d"]);
        let mut was = numbers(&before);
        let mut is = numbers(&restored);
        was.sort();
        is.sort();
        assert_eq!(was, is);
        assert!(restored.grpc.as_ref().unwrap().reserved.is_empty());
    }

    #[test]
    fn a_new_reason_for_a_code_reserves_the_old_one() {
        let before = registry(&["a_b", "c_d"]);
        let source = "page:\n  title: T\ngrpc:\n  domain: t.example.org\ncategories:\n  - title: All\n    codes:\n      - code: a_b\n        status: 400\n      - code: c_d\n        status: 400\n        reason: C_D_RENAMED\n";
        let mut after = crate::project::parse(Path::new("r.yaml"), source).unwrap();
        assign(&mut after, &history(&before));
        let was = numbers(&before);
        let is = numbers(&after);
        assert_eq!(is[0], was[0]);
        assert_eq!(is[1].0, "C_D_RENAMED");
        assert!(is[1].1 > was[1].1, "{is:?}");
        assert_eq!(
            after.grpc.as_ref().unwrap().reserved,
            [(was[1].1, was[1].0.clone())]
        );
    }
}
