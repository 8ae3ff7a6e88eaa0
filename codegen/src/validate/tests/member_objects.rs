//! Structured details members (`type: object`, `object[]` with
//! `members:`): read into the model as written, nested, with the type names
//! each language gives them; and every problem of one reported at once, at
//! the line and column it is written at.

use std::path::Path;

use crate::diagnostic::Diagnostics;
use crate::model::{MemberType, Registry};

/// `small.yaml` with a category whose one code `conflicting` declares
/// `details` (YAML lines, indented under `details:`); the registry's text.
fn registry_text(details: &[&str]) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small.yaml");
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str(
        "  - title: Objects\n    codes:\n      - code: conflicting\n        status: 409\n        details:\n",
    );
    for line in details {
        text.push_str("          ");
        text.push_str(line);
        text.push('\n');
    }
    text
}

fn parse(text: &str) -> Result<Registry, Diagnostics> {
    crate::project::parse(Path::new("r.yaml"), text)
}

/// The line and column (1-based) where `marker` is written in `text`.
fn located(text: &str, marker: &str) -> (u64, u64) {
    assert_eq!(text.matches(marker).count(), 1, "{marker} is unique");
    let at = text.find(marker).unwrap();
    let line = text[..at].matches('\n').count() + 1;
    let column = at - text[..at].rfind('\n').map_or(0, |n| n + 1) + 1;
    (line as u64, column as u64)
}

#[test]
fn objects_and_lists_of_them_read_as_written_nested() {
    let text = registry_text(&[
        "holder:",
        "  type: object",
        "  description: Who holds it",
        "  members:",
        "    id: string",
        "    owner:",
        "      type: object?",
        "      members: {login: string, roles: {type: \"string[]\", enum: [admin, member]}}",
        "items:",
        "  type: object[]",
        "  members: {iban: string, frozen: boolean?}",
    ]);
    let registry = parse(&text).unwrap_or_else(|d| panic!("{d}"));
    let (_, code) = registry.code("conflicting").unwrap();
    let holder = &code.members[0];
    assert_eq!(
        (holder.type_text().as_str(), holder.description.as_deref()),
        ("object", Some("Who holds it"))
    );
    let inner = holder.object_members().unwrap();
    let names: Vec<&str> = inner.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["id", "owner"]);
    assert_eq!(inner[1].type_text(), "object?");
    let owner = inner[1].object_members().unwrap();
    assert_eq!(owner[1].type_text(), "string[]");
    assert!(matches!(&owner[1].ty, MemberType::Enum(values) if values == &["admin", "member"]));
    let items = &code.members[1];
    assert_eq!(items.type_text(), "object[]");
    assert_eq!(items.object_members().unwrap()[1].type_text(), "boolean?");
    // Each object's type, named after its owner's as an enum member's is,
    // parents first; each located at its member.
    let groups: Vec<(String, String)> = crate::naming::member_groups(code)
        .iter()
        .map(|g| (g.type_name.clone(), g.path.clone()))
        .collect();
    assert_eq!(
        groups,
        [
            ("Conflicting".to_owned(), "conflicting".to_owned()),
            (
                "ConflictingHolder".to_owned(),
                "conflicting.holder".to_owned()
            ),
            (
                "ConflictingHolderOwner".to_owned(),
                "conflicting.holder.owner".to_owned()
            ),
            (
                "ConflictingItems".to_owned(),
                "conflicting.items".to_owned()
            ),
        ]
    );
    let (line, _) = located(&text, "    owner:");
    assert_eq!(inner[1].location.line, line);
}

#[test]
fn every_problem_of_an_object_is_reported_at_once_where_it_is_written() {
    let text = registry_text(&[
        "bare: object",
        "emptied: {type: object, members: {}}",
        "scalar: {type: string, members: {x: string}}",
        "listed: {type: object, members: x}",
        "badly: {type: object, members: {9lives: string}}",
        "twice: {type: object, members: {retry_after: integer, retryAfter: integer}}",
        "typo: {type: object, members: {when: integr}}",
        "deep: {type: object, members: {d2: {type: object, members: {d3: {type: object, members: {d4: {type: object, members: {d5: string}}}}}}}}",
        // `clash.owner`'s struct would be named as `clash_owner`'s enum.
        "clash: {type: object, members: {owner: {type: object, members: {id: string}}}}",
        "clash_owner: {type: string, enum: [a]}",
    ]);
    let Err(Diagnostics(found)) = parse(&text) else {
        panic!("the registry is refused");
    };
    // (what the message says, what the help says, where: the marker's line
    // and column, or its line only for a mapping).
    let expect: &[(&str, &str, &str, bool)] = &[
        (
            "conflicting.bare: an object declares no members",
            "members:",
            "object\n",
            true,
        ),
        (
            "conflicting.emptied: an object declares no members",
            "declare at least one",
            "emptied:",
            false,
        ),
        (
            "conflicting.scalar: `members` declares an object's members, not those of `string`",
            "type: object",
            "scalar:",
            false,
        ),
        (
            "conflicting.listed: `members` is not a mapping",
            "members: {id",
            "listed:",
            false,
        ),
        (
            "details member \"9lives\" is not a member name",
            "a letter",
            "9lives",
            true,
        ),
        (
            "both give the Rust field `retry_after`",
            "rename one",
            "retryAfter:",
            true,
        ),
        (
            "conflicting.typo.when: unknown type \"integr\"",
            "did you mean `integer`?",
            "integr}",
            true,
        ),
        (
            "conflicting.deep.d2.d3.d4: objects nest 4 deep at most, and these members would be 5 deep",
            "flatten",
            "deep:",
            false,
        ),
        (
            "the object type of \"conflicting.clash.owner\" clashes",
            "rename the member",
            "owner: {type: object, members: {id",
            true,
        ),
    ];
    for (message, help, marker, column) in expect {
        let diagnostic = found
            .iter()
            .find(|d| d.message().contains(message))
            .unwrap_or_else(|| panic!("{message:?} in {found:#?}"));
        assert!(
            diagnostic.help().unwrap_or_default().contains(help),
            "{message}: {diagnostic:?}"
        );
        assert_eq!(diagnostic.file(), Path::new("r.yaml"));
        let (line, at) = located(&text, marker);
        let location = diagnostic.location();
        assert_eq!(location.line, line, "{message}: {diagnostic}");
        if *column {
            assert_eq!(location.column, at, "{message}: {diagnostic}");
        }
    }
    assert_eq!(found.len(), expect.len(), "{found:#?}");
}
