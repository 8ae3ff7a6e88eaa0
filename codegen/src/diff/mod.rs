//! Registry evolution: every change between two registries, each with its
//! kind, what it concerns, where it is, and the semver bump it requires of
//! every generated package (`error-codes diff`).
//!
//! The stability lock (`crate::lock`) refuses the changes that break a
//! published code; this module classifies all of them, breaking or not, so
//! a reviewer sees what a registry edit means for clients, the changelog can
//! be written from it and the packages' versions checked against it (the
//! command line's `diff`, in `cli::diff`).
//!
//! Locations are the loader's spans: a code's `code:`, a header's `name:`, a
//! category's `title:` in the new registry, or in the old one for a
//! removal; a page-wide change points at `page:`.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use crate::date::Date;
use crate::diagnostic::{Diagnostic, Location};
use crate::model::{Category, Code, Deprecation, Registry, Retry};

pub(crate) mod details;
mod grpc;
mod items;
mod kinds;
mod operations;
mod page;

pub use kinds::Bump;
pub(crate) use kinds::Kind;

/// Which registry a change's location is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    Old,
    New,
}

/// What a change concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Subject {
    Code(String),
    Header(String),
    /// A category, by its Rust name.
    Category(String),
    /// An operation, by its id.
    Operation(String),
    Page,
}

/// One change between two registries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub(crate) kind: Kind,
    pub(crate) subject: Subject,
    /// One line, for people.
    pub(crate) message: String,
    pub(crate) side: Side,
    pub(crate) location: Location,
    /// For a code: its status and meaning (in the registry of `side`), as
    /// the changelog names it.
    pub(crate) status: Option<u16>,
    pub(crate) meaning: Option<String>,
}

impl Change {
    /// How much this change asks of a package's version.
    pub fn bump(&self) -> Bump {
        self.kind.bump()
    }

    /// The change in one line, for people.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Where the change is: in the new registry, or in the old one for
    /// what it removed.
    pub fn location(&self) -> &Location {
        &self.location
    }
}

impl Bump {
    /// The largest bump of `changes`; [`Bump::None`] when there is none.
    pub fn of(changes: &[Change]) -> Bump {
        changes.iter().map(Change::bump).max().unwrap_or(Bump::None)
    }
}

impl Registry {
    /// Every change from this registry to `newer`, largest bump first,
    /// then in registry order. `today` decides whether removing a
    /// deprecated code keeps its sunset's promise.
    pub fn diff(&self, newer: &Registry, today: Date) -> Vec<Change> {
        diff(self, newer, today)
    }

    /// Warnings for the deprecated codes whose sunset has come by `today`
    /// (they may be removed now); `file` names the registry in them.
    pub fn passed_sunsets(&self, file: &Path, today: Date) -> Vec<Diagnostic> {
        sunsets_passed(self, file, today)
    }
}

/// The envelope as `diff` names it: its keyword, or a layout's members
/// (`{root: error, code: status, status: code, ...}`).
pub(crate) fn body_layout(registry: &Registry) -> String {
    let Some(layout) = &registry.body else {
        return registry.envelope.as_str().to_string();
    };
    let member = |path: Option<&str>| path.map_or_else(|| "null".to_string(), |p| format!("{p:?}"));
    let mut out = format!(
        "{{root: {}, code: {}, status: {}, message: {}, request_id: {}, doc_url: {}, details: {}",
        member(layout.root_as_written().as_deref()),
        member(Some(&layout.code)),
        member(layout.status.as_deref()),
        member(layout.message.as_deref()),
        member(layout.request_id.as_deref()),
        member(layout.doc_url.as_deref()),
        member(layout.details.as_deref()),
    );
    // Written only when the registry says them, so that a layout's name
    // reads as it did before they existed.
    if !layout.constants.is_empty() {
        let constants: Vec<String> = layout
            .constants
            .iter()
            .map(|(path, json)| format!("{path:?}: {json}"))
            .collect();
        out.push_str(&format!(", constants: {{{}}}", constants.join(", ")));
    }
    if !layout.per_code.is_empty() {
        let paths: Vec<String> = layout.per_code.iter().map(|p| format!("{p:?}")).collect();
        out.push_str(&format!(", per_code: [{}]", paths.join(", ")));
    }
    if !layout.open {
        out.push_str(", open: false");
    }
    if layout.code_number {
        out.push_str(", code_type: number");
    }
    if let Some(name) = &layout.code_header {
        out.push_str(&format!(", code_header: {name}"));
    }
    if let Some(path) = &layout.declared_members {
        out.push_str(&format!(", declared_members: {path:?}"));
    }
    out.push_str(&items::summary(layout));
    let (prefix, suffix) = &layout.code_qualifier;
    if !prefix.is_empty() {
        out.push_str(&format!(", code_prefix: {prefix:?}"));
    }
    if !suffix.is_empty() {
        out.push_str(&format!(", code_suffix: {suffix:?}"));
    }
    if let Some(path) = &layout.error_marker {
        out.push_str(&format!(", error_marker: {path:?}"));
    }
    out.push('}');
    out
}

/// Every change from `old` to `new`, largest bump first, then in the order
/// of the registry they are located in. `today` decides whether a removed
/// code's sunset has passed.
pub(crate) fn diff(old: &Registry, new: &Registry, today: Date) -> Vec<Change> {
    let mut out = Vec::new();
    page::page(old, new, &mut out);
    page::headers(old, new, &mut out);
    page::roles(old, new, &mut out);
    if old.envelope != new.envelope || body_layout(old) != body_layout(new) {
        let location = new
            .body
            .as_ref()
            .map_or(&new.page.location, |layout| &layout.location);
        out.push(change(
            Kind::EnvelopeChanged,
            Subject::Page,
            Side::New,
            location,
            format!(
                "envelope {} -> {}: every error body changes shape",
                body_layout(old),
                body_layout(new)
            ),
        ));
    }
    if old.code_style != new.code_style {
        out.push(change(
            Kind::CodeStyleChanged,
            Subject::Page,
            Side::New,
            &new.page.location,
            format!(
                "code_style {} -> {}: the well-formed codes clients accept change",
                old.code_style.as_str(),
                new.code_style.as_str()
            ),
        ));
    }
    grpc::grpc(old, new, &mut out);
    let renamed = categories(old, new, &mut out);
    codes(old, new, &renamed, today, &mut out);
    operations::operations(old, new, &mut out);
    out.sort_by(|a, b| {
        b.bump()
            .cmp(&a.bump())
            .then((a.side == Side::Old).cmp(&(b.side == Side::Old)))
            .then(a.location.line.cmp(&b.location.line))
            .then(a.location.column.cmp(&b.location.column))
    });
    out
}

fn change(
    kind: Kind,
    subject: Subject,
    side: Side,
    location: &Location,
    message: String,
) -> Change {
    Change {
        kind,
        subject,
        message,
        side,
        location: location.clone(),
        status: None,
        meaning: None,
    }
}

fn code_change(kind: Kind, code: &Code, side: Side, message: String) -> Change {
    Change {
        status: Some(code.status),
        meaning: code.meaning.clone(),
        ..change(
            kind,
            Subject::Code(code.code.clone()),
            side,
            &code.key_location,
            message,
        )
    }
}

/// Compares categories by Rust name; returns the renames found (old Rust
/// name → new Rust name), whose codes follow them without being reported
/// as moved one by one.
fn categories(old: &Registry, new: &Registry, out: &mut Vec<Change>) -> HashMap<String, String> {
    let by_name = |r: &'_ Registry, name: &str| -> Option<usize> {
        r.categories.iter().position(|c| c.rust_name == name)
    };
    let added: Vec<&Category> = new
        .categories
        .iter()
        .filter(|c| by_name(old, &c.rust_name).is_none())
        .collect();
    let mut renamed = HashMap::new();
    let mut paired = HashSet::new();
    for o in &old.categories {
        if let Some(n) = by_name(new, &o.rust_name).map(|i| &new.categories[i]) {
            let subject = Subject::Category(n.rust_name.clone());
            if o.title != n.title {
                out.push(change(
                    Kind::CategoryTitleChanged,
                    subject.clone(),
                    Side::New,
                    &n.location,
                    format!(
                        "category {}: title {:?} -> {:?}",
                        n.rust_name, o.title, n.title
                    ),
                ));
            }
            if o.status_kind != n.status_kind {
                out.push(change(
                    Kind::StatusKindChanged,
                    subject,
                    Side::New,
                    &n.location,
                    format!(
                        "category {}: status_kind {} -> {}; its statuses now describe something else",
                        n.rust_name,
                        o.status_kind.as_str(),
                        n.status_kind.as_str()
                    ),
                ));
            }
            continue;
        }
        match rename_of(o, &added, &paired) {
            Some(n) => {
                paired.insert(n.rust_name.clone());
                renamed.insert(o.rust_name.clone(), n.rust_name.clone());
                out.push(change(
                    Kind::CategoryRenamed,
                    Subject::Category(n.rust_name.clone()),
                    Side::New,
                    &n.location,
                    format!(
                        "category {} renamed to {} (title {:?} -> {:?}); code that names Category::{} breaks",
                        o.rust_name, n.rust_name, o.title, n.title, o.rust_name
                    ),
                ));
            }
            None => out.push(change(
                Kind::CategoryRemoved,
                Subject::Category(o.rust_name.clone()),
                Side::Old,
                &o.location,
                format!(
                    "category {} ({:?}) removed; code that names it breaks",
                    o.rust_name, o.title
                ),
            )),
        }
    }
    for n in added {
        if !paired.contains(&n.rust_name) {
            out.push(change(
                Kind::CategoryAdded,
                Subject::Category(n.rust_name.clone()),
                Side::New,
                &n.location,
                format!(
                    "category {} ({:?}) added with {} code{}",
                    n.rust_name,
                    n.title,
                    n.codes.len(),
                    if n.codes.len() == 1 { "" } else { "s" }
                ),
            ));
        }
    }
    renamed
}

/// The new category an old one was renamed to: the one with the same title,
/// else the one holding most of its codes (at least half of them).
fn rename_of<'a>(
    old: &Category,
    added: &[&'a Category],
    paired: &HashSet<String>,
) -> Option<&'a Category> {
    let free = || added.iter().filter(|c| !paired.contains(&c.rust_name));
    if let Some(same) = free().find(|c| c.title == old.title) {
        return Some(same);
    }
    let shared = |c: &Category| {
        c.codes
            .iter()
            .filter(|code| old.codes.iter().any(|o| o.code == code.code))
            .count()
    };
    free()
        .map(|c| (shared(c), *c))
        .filter(|(n, _)| *n > 0 && 2 * n >= old.codes.len())
        .max_by_key(|(n, _)| *n)
        .map(|(_, c)| c)
}

fn codes(
    old: &Registry,
    new: &Registry,
    renamed: &HashMap<String, String>,
    today: Date,
    out: &mut Vec<Change>,
) {
    let added: Vec<&Code> = new
        .codes()
        .map(|(_, c)| c)
        .filter(|c| old.code(&c.code).is_none())
        .collect();
    for (_, o) in old.codes() {
        if new.code(&o.code).is_none() {
            out.push(removed(o, &added, today));
        }
    }
    for (new_category, n) in new.codes() {
        let Some((old_category, o)) = old.code(&n.code) else {
            out.push(code_change(
                Kind::CodeAdded,
                n,
                Side::New,
                format!(
                    "code {} added with status {} in category {}",
                    n.code, n.status, new_category.rust_name
                ),
            ));
            continue;
        };
        let mut push = |kind, message| out.push(code_change(kind, n, Side::New, message));
        if o.status != n.status {
            push(
                Kind::StatusChanged,
                format!("code {}: status {} -> {}", n.code, o.status, n.status),
            );
        }
        let follows_rename = renamed.get(&old_category.rust_name) == Some(&new_category.rust_name);
        if old_category.rust_name != new_category.rust_name && !follows_rename {
            push(
                Kind::CodeMoved,
                format!(
                    "code {}: category {} -> {}",
                    n.code, old_category.rust_name, new_category.rust_name
                ),
            );
        }
        // A layout whose per-code members changed is `envelope_changed`.
        if old.body.as_ref().map(|b| &b.per_code) == new.body.as_ref().map(|b| &b.per_code) {
            body_values(new, &n.code, &o.body_values, &n.body_values, &mut push);
        }
        if o.retry != n.retry {
            let kind = if o.retry == Retry::Never {
                Kind::RetryRelaxed
            } else {
                Kind::RetryChanged
            };
            push(
                kind,
                format!(
                    "code {}: retry {} -> {}",
                    n.code,
                    o.retry.as_str(),
                    n.retry.as_str()
                ),
            );
        }
        details::changes(
            &n.code,
            (o.details, &o.members),
            (n.details, &n.members),
            &mut push,
        );
        if o.meaning != n.meaning {
            push(
                Kind::MeaningChanged,
                format!(
                    "code {}: meaning {} -> {}",
                    n.code,
                    quoted(o.meaning.as_deref()),
                    quoted(n.meaning.as_deref())
                ),
            );
        }
        match (&o.deprecated, &n.deprecated) {
            (None, Some(d)) => push(
                Kind::CodeDeprecated,
                format!("code {} deprecated: {}", n.code, deprecation(d)),
            ),
            (Some(_), None) => push(
                Kind::CodeUndeprecated,
                format!("code {} is no longer deprecated", n.code),
            ),
            (Some(a), Some(b)) if a != b => push(
                Kind::DeprecationChanged,
                format!(
                    "code {}: deprecation {} -> {}",
                    n.code,
                    deprecation(a),
                    deprecation(b)
                ),
            ),
            _ => {}
        }
    }
}

/// The changes of a code's values of the body layout's per-code members
/// (`was` and `now`, in `registry`'s [`BodyLayout::per_code`] order), each
/// naming the member: the lock refuses them as `diff` classifies them.
///
/// [`BodyLayout::per_code`]: crate::model::BodyLayout::per_code
pub(crate) fn body_values(
    registry: &Registry,
    code: &str,
    was: &[String],
    now: &[String],
    push: &mut impl FnMut(Kind, String),
) {
    let members = registry
        .body
        .as_ref()
        .map(|b| b.per_code.as_slice())
        .unwrap_or_default();
    for ((member, was), now) in members.iter().zip(was).zip(now) {
        if was != now {
            push(
                Kind::BodyValueChanged,
                format!("code {code}: body member {member:?} {was} -> {now}"),
            );
        }
    }
}

/// A removed code, with what its deprecation promised.
fn removed(code: &Code, added: &[&Code], today: Date) -> Change {
    let mut message = format!("code {} removed (status {})", code.code, code.status);
    match code.deprecated.as_ref() {
        Some(Deprecation {
            sunset: Some(sunset),
            ..
        }) if today < *sunset => message.push_str(&format!(
            " before its sunset {sunset}: this breaks the promise of its deprecation"
        )),
        Some(Deprecation {
            sunset: Some(sunset),
            ..
        }) => message.push_str(&format!("; its sunset {sunset} has passed")),
        Some(d) => message.push_str(&format!(
            "; deprecated since {} without a sunset, clients may still match it",
            d.since
        )),
        None => message.push_str("; clients still send and match it"),
    }
    if let Some(new) = crate::lock::renamed_to(&code.code, added.iter().copied()) {
        message.push_str(&format!(" (looks like a rename to {})", new.code));
    }
    code_change(Kind::CodeRemoved, code, Side::Old, message)
}

fn quoted(text: Option<&str>) -> String {
    text.map_or_else(|| "(none)".to_string(), |t| format!("{t:?}"))
}

/// A deprecation on one line: "since 2.0, sunset 2027-06-30, use x".
fn deprecation(d: &Deprecation) -> String {
    let mut parts = vec![format!("since {}", d.since)];
    if let Some(sunset) = d.sunset {
        parts.push(format!("sunset {sunset}"));
    }
    if let Some(instead) = &d.use_instead {
        parts.push(format!("use {instead}"));
    }
    if let Some(note) = &d.note {
        parts.push(format!("note {note:?}"));
    }
    parts.join(", ")
}

/// A warning per deprecated code whose sunset has come (`today` is on or
/// after it): the code may be removed now, with a major release.
pub(crate) fn sunsets_passed(registry: &Registry, file: &Path, today: Date) -> Vec<Diagnostic> {
    registry
        .codes()
        .filter_map(|(_, code)| {
            let sunset = code.deprecated.as_ref()?.sunset?;
            (sunset <= today).then(|| {
                Diagnostic::new(
                    file,
                    code.location.clone(),
                    format!(
                        "code {:?} has reached its sunset {sunset} and is still in the registry",
                        code.code
                    ),
                )
                .with_help(
                    "remove it in the next major release (`diff` reports the removal as major), or move the sunset",
                )
                .warning()
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;

    /// A registry whose one code `c` declares `details` (YAML, flow style).
    pub(super) fn with_details(details: &str) -> Registry {
        let text = format!(
            "page: {{title: T}}\ncategories:\n  - title: A\n    codes:\n      - {{code: c, status: 400, details: {details}}}\n"
        );
        crate::project::parse(Path::new("r.yaml"), &text).unwrap_or_else(|d| panic!("{d}"))
    }

    /// Each edit of a code's declared members gives its kind, and so its
    /// bump, naming `code.member`.
    #[test]
    fn declared_members_changes_have_their_kinds() {
        let base =
            "{a: integer, b: string, o: integer?, e: {type: string, enum: [x, y], description: D}}";
        let cases: &[(&str, &[(Kind, &str)])] = &[
            (base, &[]),
            (
                "{a: integer, b: string, o: integer?, e: {type: string, enum: [x, y], description: D}, p: string?}",
                &[(Kind::DetailsMemberAdded, "c.p")],
            ),
            (
                "{a: integer, b: string, o: integer?, e: {type: string, enum: [x, y, z], description: D}}",
                &[(Kind::DetailsValueAdded, "c.e")],
            ),
            (
                "{a: integer, b: string, o: integer?, e: {type: string, enum: [x, y], description: D}, r: string}",
                &[(Kind::DetailsRequiredMemberAdded, "c.r")],
            ),
            (
                "{b: string, a: integer, o: integer?, e: {type: string, enum: [x, y], description: D}}",
                &[(Kind::DetailsMembersReordered, "a, b, e -> b, a, e")],
            ),
            (
                "{a: integer, b: string, o: integer, e: {type: string, enum: [x, y], description: D}}",
                &[(Kind::DetailsMemberRequired, "c.o")],
            ),
            (
                "{a: integer?, b: string, o: integer?, e: {type: string, enum: [x, y], description: D}}",
                &[(Kind::DetailsMemberOptional, "c.a")],
            ),
            (
                "{a: integer, o: integer?, e: {type: string, enum: [x, y], description: D}}",
                &[(Kind::DetailsMemberRemoved, "c.b")],
            ),
            (
                "{a: number, b: string, o: integer?, e: {type: string, enum: [x, y], description: D}}",
                &[(Kind::DetailsMemberTypeChanged, "c.a")],
            ),
            (
                "{a: \"integer[]\", b: string, o: integer?, e: {type: string, enum: [x, y], description: D}}",
                &[(Kind::DetailsMemberTypeChanged, "c.a")],
            ),
            (
                "{a: integer, b: string, o: integer?, e: {type: string, enum: [x], description: D}}",
                &[(Kind::DetailsValueRemoved, "c.e")],
            ),
            (
                "{a: integer, b: string, o: integer?, e: {type: string, enum: [x, y], description: E}}",
                &[(Kind::DetailsMemberDescribed, "c.e")],
            ),
            ("field_errors", &[(Kind::DetailsChanged, "code c")]),
        ];
        let today = Date::parse("2026-01-01").unwrap();
        let old = with_details(base);
        for (details, expected) in cases {
            let new = with_details(details);
            let changes = diff(&old, &new, today);
            let found: Vec<(Kind, &str)> = changes.iter().map(|c| (c.kind, c.message())).collect();
            assert_eq!(changes.len(), expected.len(), "{details}: {found:?}");
            for ((kind, names), change) in expected.iter().zip(&changes) {
                assert_eq!(change.kind, *kind, "{details}: {found:?}");
                assert!(change.message().contains(names), "{details}: {found:?}");
            }
        }
        // Details declared where there were none, and taken away.
        let none = crate::project::parse(
            Path::new("r.yaml"),
            "page: {title: T}\ncategories:\n  - title: A\n    codes:\n      - {code: c, status: 400}\n",
        )
        .unwrap();
        let added = diff(&none, &old, today);
        assert_eq!(
            added.iter().map(|c| c.kind).collect::<Vec<_>>(),
            [Kind::DetailsAdded]
        );
        assert_eq!(added[0].bump(), Bump::Minor);
        let removed = diff(&old, &none, today);
        assert_eq!(
            removed.iter().map(|c| c.kind).collect::<Vec<_>>(),
            [Kind::DetailsRemoved]
        );
        assert_eq!(removed[0].bump(), Bump::Major);
    }

    #[test]
    fn bumps_are_ordered_by_what_they_ask() {
        assert!(Bump::None < Bump::Patch && Bump::Patch < Bump::Minor);
        assert!(Bump::Minor < Bump::Major);
        assert_eq!(Bump::of(&[]), Bump::None);
    }

    /// The guide's table of changes names every kind, with the bump the
    /// kind requires, in the row that names it first.
    #[test]
    fn the_guide_lists_every_kind_with_its_bump() {
        let guide = include_str!("../../../docs/guides/changing-the-registry.md");
        for kind in Kind::ALL {
            let spelled = format!("`{}`", kind.as_str());
            let row = guide
                .lines()
                .find(|line| {
                    line.starts_with('|')
                        && line
                            .split('|')
                            .nth(2)
                            .is_some_and(|cell| cell.contains(&spelled))
                })
                .unwrap_or_else(|| panic!("the guide's table has no row for {spelled}"));
            let bump = row.split('|').nth(3).map(str::trim);
            assert_eq!(bump, Some(kind.bump().as_str()), "{row}");
        }
    }
}
