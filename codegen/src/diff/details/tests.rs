//! An object member's members (`type: object`, `object[]`) change as a
//! code's do: each edit has the kind (and so the bump) it has at the top,
//! at any depth, naming the member by its path.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::date::Date;
use crate::diff::{Kind, diff, tests::with_details};

/// The registry of `tests::with_details` whose code `c` declares one
/// object member `h` whose members are `members` (flow YAML), beside `a`.
fn holder(members: &str, ty: &str) -> crate::model::Registry {
    with_details(&format!(
        "{{a: integer, h: {{type: \"{ty}\", members: {members}}}}}"
    ))
}

#[test]
fn an_object_s_members_change_as_a_code_s_do_at_every_depth() {
    let base = "{id: string, n: integer?, k: {type: string, enum: [x]}, o: {type: object, members: {login: string}}}";
    // (the object's members, its type, the changes from `base`).
    type Case<'a> = (&'a str, &'a str, &'a [(Kind, &'a str)]);
    let cases: &[Case<'_>] = &[
        (base, "object", &[]),
        (
            "{id: string, n: integer?, k: {type: string, enum: [x]}, o: {type: object, members: {login: string}}, p: string?}",
            "object",
            &[(Kind::DetailsMemberAdded, "c.h.p")],
        ),
        (
            "{id: string, n: integer?, k: {type: string, enum: [x]}, o: {type: object, members: {login: string}}, r: string}",
            "object",
            &[(Kind::DetailsRequiredMemberAdded, "c.h.r")],
        ),
        (
            "{n: integer?, k: {type: string, enum: [x]}, o: {type: object, members: {login: string}}}",
            "object",
            &[(Kind::DetailsMemberRemoved, "c.h.id")],
        ),
        (
            "{id: integer, n: integer?, k: {type: string, enum: [x]}, o: {type: object, members: {login: string}}}",
            "object",
            &[(Kind::DetailsMemberTypeChanged, "c.h.id")],
        ),
        (
            "{id: string, n: integer, k: {type: string, enum: [x]}, o: {type: object, members: {login: string}}}",
            "object",
            &[(Kind::DetailsMemberRequired, "c.h.n")],
        ),
        (
            "{id: string, n: integer?, k: {type: string, enum: [x, y]}, o: {type: object, members: {login: string}}}",
            "object",
            &[(Kind::DetailsValueAdded, "c.h.k")],
        ),
        (
            "{k: {type: string, enum: [x]}, n: integer?, id: string, o: {type: object, members: {login: string}}}",
            "object",
            &[(
                Kind::DetailsMembersReordered,
                "object c.h: required members id, k, o -> k, id, o",
            )],
        ),
        // Two levels down.
        (
            "{id: string, n: integer?, k: {type: string, enum: [x]}, o: {type: object, members: {login: string, since: string?}}}",
            "object",
            &[(Kind::DetailsMemberAdded, "c.h.o.since")],
        ),
        (
            "{id: string, n: integer?, k: {type: string, enum: [x]}, o: {type: object, members: {login: boolean}}}",
            "object",
            &[(Kind::DetailsMemberTypeChanged, "c.h.o.login")],
        ),
        // An object made a list of objects, or a scalar, is another type.
        (
            base,
            "object[]",
            &[(
                Kind::DetailsMemberTypeChanged,
                "c.h: type object -> object[]",
            )],
        ),
    ];
    let today = Date::parse("2026-01-01").unwrap();
    let old = holder(base, "object");
    for (members, ty, expected) in cases {
        let new = holder(members, ty);
        let changes = diff(&old, &new, today);
        let found: Vec<(Kind, &str)> = changes.iter().map(|c| (c.kind, c.message())).collect();
        assert_eq!(changes.len(), expected.len(), "{members}: {found:?}");
        for ((kind, names), change) in expected.iter().zip(&changes) {
            assert_eq!(change.kind, *kind, "{members}: {found:?}");
            assert!(change.message().contains(names), "{members}: {found:?}");
        }
    }
    // A scalar made an object.
    let scalar = with_details("{a: integer, h: string}");
    let changes = diff(&scalar, &old, today);
    let found: Vec<(Kind, &str)> = changes.iter().map(|c| (c.kind, c.message())).collect();
    assert_eq!(
        found,
        [(
            Kind::DetailsMemberTypeChanged,
            "member c.h: type string -> object"
        )]
    );
}
