//! Changes of `common_codes:` and `operations:`: an operation added, or a
//! code added to one or to the common codes, is minor (a client that
//! narrowed by operation meets a code it did not expect, which it handles
//! as any code it does not know); an operation removed, a code removed from
//! one, a method or path changed is major (a client's calls or its
//! narrowing break); a description is patch. Operations are matched by id.

use super::{Change, Kind, Side, Subject, change};
use crate::model::{Operation, Registry};

fn endpoint(op: &Operation) -> String {
    match (&op.method, &op.path) {
        (Some(method), Some(path)) => format!("{method} {path}"),
        _ => "(no path)".to_string(),
    }
}

pub(super) fn operations(old: &Registry, new: &Registry, out: &mut Vec<Change>) {
    let find = |list: &'_ [Operation], id: &str| list.iter().find(|op| op.id == id).cloned();
    for o in &old.operations {
        if find(&new.operations, &o.id).is_none() {
            out.push(change(
                Kind::OperationRemoved,
                Subject::Operation(o.id.clone()),
                Side::Old,
                &o.location,
                format!("operation {} removed; clients that call it lose it", o.id),
            ));
        }
    }
    for n in &new.operations {
        let subject = || Subject::Operation(n.id.clone());
        let Some(o) = find(&old.operations, &n.id) else {
            out.push(change(
                Kind::OperationAdded,
                subject(),
                Side::New,
                &n.location,
                format!("operation {} added ({})", n.id, endpoint(n)),
            ));
            continue;
        };
        if o.method != n.method || o.path != n.path {
            out.push(change(
                Kind::OperationMoved,
                subject(),
                Side::New,
                &n.location,
                format!(
                    "operation {}: {} -> {}; clients call another endpoint",
                    n.id,
                    endpoint(&o),
                    endpoint(n)
                ),
            ));
        }
        if o.description != n.description {
            out.push(change(
                Kind::OperationDescribed,
                subject(),
                Side::New,
                &n.location,
                format!("operation {}: description changed", n.id),
            ));
        }
        listed(
            &o.codes,
            &n.codes,
            &format!("operation {}", n.id),
            &mut |kind, message| {
                out.push(change(kind, subject(), Side::New, &n.location, message));
            },
        );
    }
    let at = new
        .operations
        .first()
        .map_or(&new.page.location, |op| &op.location);
    listed(
        &old.common_codes,
        &new.common_codes,
        "common_codes",
        &mut |kind, message| {
            out.push(change(kind, Subject::Page, Side::New, at, message));
        },
    );
}

/// A list's codes added and removed, each one change.
fn listed(old: &[String], new: &[String], owner: &str, push: &mut impl FnMut(Kind, String)) {
    for code in new.iter().filter(|c| !old.contains(c)) {
        push(
            Kind::OperationCodeAdded,
            format!("{owner}: code {code} added"),
        );
    }
    for code in old.iter().filter(|c| !new.contains(c)) {
        push(
            Kind::OperationCodeRemoved,
            format!("{owner}: code {code} removed; clients narrowed to it miss it"),
        );
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use std::path::Path;

    use super::super::{Kind, diff};
    use crate::date::Date;
    use crate::model::Registry;

    /// The operations fixture with `edit` applied to its YAML value.
    fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> Registry {
        let path = crate::validate::tests::operations::fixture_path();
        let mut value: serde_json::Value =
            serde_saphyr::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        edit(&mut value);
        crate::project::parse(
            Path::new("r.yaml"),
            &serde_json::to_string_pretty(&value).unwrap(),
        )
        .unwrap_or_else(|d| panic!("{d}"))
    }

    /// Each edit of the list gives its kind, and so its bump.
    #[test]
    fn operation_changes_have_their_kinds() {
        let today = Date::parse("2026-01-01").unwrap();
        let base = edited(|_| {});
        let extra = base
            .codes()
            .map(|(_, c)| c.code.clone())
            .find(|c| !base.operations[0].codes.contains(c) && !base.common_codes.contains(c))
            .unwrap();
        type Edit = Box<dyn Fn(&mut serde_json::Value)>;
        let cases: Vec<(Edit, Kind)> = vec![
            (
                Box::new(|v| {
                    v["operations"]
                        .as_array_mut()
                        .unwrap()
                        .push(serde_json::json!({"id": "added_later"}))
                }),
                Kind::OperationAdded,
            ),
            (
                Box::new(move |v| {
                    v["operations"][0]["codes"]
                        .as_array_mut()
                        .unwrap()
                        .push(extra.clone().into())
                }),
                Kind::OperationCodeAdded,
            ),
            (
                Box::new(|v| {
                    let first = base_first_code(v);
                    v["common_codes"].as_array_mut().unwrap().push(first.into());
                }),
                Kind::OperationCodeAdded,
            ),
            (
                Box::new(|v| {
                    v["operations"].as_array_mut().unwrap().remove(0);
                }),
                Kind::OperationRemoved,
            ),
            (
                Box::new(|v| {
                    v["operations"][0]["codes"]
                        .as_array_mut()
                        .unwrap()
                        .remove(0);
                }),
                Kind::OperationCodeRemoved,
            ),
            (
                Box::new(|v| {
                    v["common_codes"].as_array_mut().unwrap().remove(0);
                }),
                Kind::OperationCodeRemoved,
            ),
            (
                Box::new(|v| v["operations"][0]["path"] = "/moved".into()),
                Kind::OperationMoved,
            ),
            (
                Box::new(|v| v["operations"][0]["method"] = "PUT".into()),
                Kind::OperationMoved,
            ),
            (
                Box::new(|v| v["operations"][0]["description"] = "Reworded".into()),
                Kind::OperationDescribed,
            ),
        ];
        assert!(base.diff(&base, today).is_empty());
        for (edit, kind) in cases {
            let new = edited(|v| edit(v));
            let kinds: Vec<Kind> = diff(&base, &new, today).iter().map(|c| c.kind).collect();
            assert_eq!(kinds, vec![kind]);
        }
    }

    /// A code of the fixture that `common_codes` does not list yet.
    fn base_first_code(value: &serde_json::Value) -> String {
        let common: Vec<&str> = value["common_codes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap())
            .collect();
        value["categories"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|c| c["codes"].as_array().unwrap())
            .map(|c| c["code"].as_str().unwrap())
            .find(|c| !common.contains(c))
            .unwrap()
            .to_owned()
    }
}
