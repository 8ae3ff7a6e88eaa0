//! What the lock records of the wire beyond each code's status, category
//! and gRPC face: the error body's layout (as `diff` names it), the template
//! of each code's docs URL, and each code's details and values of the
//! layout's per-code members. Clients parse all of them, so a change of one
//! that `diff` calls major is refused as a removed code is, until
//! `lock --accept-breaking`; what `diff` calls minor (an optional member
//! added, an `enum:` value added, details where there were none) only makes
//! the lock stale.
//!
//! The lines, after the codes':
//!
//! - `body: "…"`: the layout, in every lock written since the lock records
//!   the wire. A lock without it (older) records no wire facts: its codes
//!   are checked, and the next `generate` writes the line.
//! - `docs_url: "…"`: the template of each code's docs URL
//!   ([`Registry::doc_url_template`]), when the registry has one.
//! - `wire: CODE {"details": …, "body": […]}`: a code's details (its shape,
//!   or its declared members in the registry's own spelling, without their
//!   descriptions) and its per-code values, for each code that has one.
//!
//! Each value is JSON on one line, with `#` written `\u0023` so that the
//! lock's comments never cut it.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{Map, Value};

use crate::diagnostic::{Diagnostic, Location};
use crate::diff::{self, Bump};
use crate::layout::Layout;
use crate::load::RawMemberLong;
use crate::model::{Code, DetailsShape, Member, MemberType, Registry};

/// The line that records the body's layout.
pub(crate) const BODY: &str = "body:";
/// The line that records the docs URL template.
pub(crate) const DOCS_URL: &str = "docs_url:";
/// The lines that record a code's details and per-code values.
pub(crate) const WIRE: &str = "wire:";

/// The keys of a code's line.
const DETAILS: &str = "details";
const VALUES: &str = "body";
/// The keys of a member's long form, as the registry spells them.
const TYPE: &str = RawMemberLong::TYPE;
const ENUM: &str = RawMemberLong::ENUM;
const MEMBERS: &str = RawMemberLong::MEMBERS;

/// A code's wire facts, as the lock records them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct CodeWire {
    pub details: Option<DetailsShape>,
    /// Its declared members, without descriptions.
    pub members: Vec<Member>,
    /// The values (compact JSON text) of the layout's per-code members.
    pub body_values: Vec<String>,
}

/// The wire facts of a lock.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Wire {
    /// The layout as `diff` names it, and where its line is; `None` in a
    /// lock written before the lock recorded the wire.
    pub body: Option<(String, Location)>,
    pub docs_url: Option<String>,
    /// Each code's facts and where its line is; a code without a line has
    /// none.
    pub codes: BTreeMap<String, (CodeWire, Location)>,
}

/// `text` as one line of the lock: compact JSON, `#` escaped.
fn json_line(value: &Value) -> String {
    // `#` can only be inside a JSON string, where `\u0023` means it too.
    value.to_string().replace('#', "\\u0023")
}

/// The wire lines of the lock of `registry`, in registry order of codes.
pub(crate) fn lines(registry: &Registry) -> Vec<String> {
    let mut out = vec![format!(
        "{BODY} {}",
        json_line(&Value::String(diff::body_layout(registry)))
    )];
    if let Some(template) = registry.doc_url_template() {
        out.push(format!(
            "{DOCS_URL} {}",
            json_line(&Value::String(template))
        ));
    }
    let mut codes: Vec<&Code> = registry.codes().map(|(_, c)| c).collect();
    codes.sort_by(|a, b| a.code.cmp(&b.code));
    for code in codes {
        let mut facts = Map::new();
        if let Some(shape) = code.details {
            facts.insert(DETAILS.into(), shape.as_str().into());
        } else if !code.members.is_empty() {
            facts.insert(DETAILS.into(), members_json(&code.members));
        }
        if !code.body_values.is_empty() {
            // Validated JSON text; were one not, it would read back as
            // `null` and be refused as changed, never taken as the same.
            let values = code
                .body_values
                .iter()
                .map(|v| serde_json::from_str(v).unwrap_or(Value::Null))
                .collect();
            facts.insert(VALUES.into(), Value::Array(values));
        }
        if !facts.is_empty() {
            out.push(format!(
                "{WIRE} {} {}",
                code.code,
                json_line(&Value::Object(facts))
            ));
        }
    }
    out
}

/// Members in the registry's spelling: `name: "integer?"`, or the long
/// form with `enum:` or `members:`; descriptions left out.
fn members_json(members: &[Member]) -> Value {
    let object = members
        .iter()
        .map(|m| {
            let value = match &m.ty {
                MemberType::Enum(values) => serde_json::json!({TYPE: m.type_text(), ENUM: values}),
                MemberType::Object(inner) => {
                    serde_json::json!({TYPE: m.type_text(), MEMBERS: members_json(inner)})
                }
                _ => Value::String(m.type_text()),
            };
            (m.name.clone(), value)
        })
        .collect();
    Value::Object(object)
}

/// Members read back from [`members_json`]; `None` for anything else.
fn members_from(value: &Value, location: &Location) -> Option<Vec<Member>> {
    value
        .as_object()?
        .iter()
        .map(|(name, value)| {
            let (written, long) = match value {
                Value::String(written) => (written.as_str(), None),
                Value::Object(long) => (long.get(TYPE)?.as_str()?, Some(long)),
                _ => return None,
            };
            let (mut ty, list, optional) = Member::parse_type(written)?;
            match (&mut ty, long) {
                (MemberType::String, Some(long)) if long.contains_key(ENUM) => {
                    let values = long.get(ENUM)?.as_array()?.iter();
                    let values = values.map(|v| v.as_str().map(str::to_owned));
                    ty = MemberType::Enum(values.collect::<Option<_>>()?);
                }
                (MemberType::Object(inner), Some(long)) => {
                    *inner = members_from(long.get(MEMBERS)?, location)?;
                }
                (_, None) => {}
                (_, Some(_)) => return None,
            }
            // Only what `diff` compares: the generated names and the
            // description are not locked.
            Some(Member {
                name: name.clone(),
                rust_name: name.clone(),
                python_name: name.clone(),
                ty,
                list,
                optional,
                description: None,
                location: location.clone(),
            })
        })
        .collect()
}

/// A JSON value after `prefix` on a lock line.
fn value_after(content: &str, prefix: &str) -> Option<Result<Value, ()>> {
    let rest = content.strip_prefix(prefix)?;
    Some(serde_json::from_str(rest.trim()).map_err(|_| ()))
}

impl Wire {
    /// Reads `content` (a lock line without its comment) when it is a wire
    /// line: `None` when it is not one, `Some(false)` when it is one but
    /// cannot be read.
    pub(crate) fn read(&mut self, content: &str, location: &Location) -> Option<bool> {
        if let Some(value) = value_after(content, BODY) {
            let Ok(Value::String(body)) = value else {
                return Some(false);
            };
            self.body = Some((body, location.clone()));
            return Some(true);
        }
        if let Some(value) = value_after(content, DOCS_URL) {
            let Ok(Value::String(template)) = value else {
                return Some(false);
            };
            self.docs_url = Some(template);
            return Some(true);
        }
        let rest = content.strip_prefix(WIRE)?.trim_start();
        let Some((code, facts)) = rest.split_once(char::is_whitespace) else {
            return Some(false);
        };
        let Ok(Value::Object(facts)) = serde_json::from_str::<Value>(facts.trim()) else {
            return Some(false);
        };
        let mut wire = CodeWire::default();
        match facts.get(DETAILS) {
            None => {}
            Some(Value::String(shape)) => match DetailsShape::from_wire(shape) {
                Some(shape) => wire.details = Some(shape),
                None => return Some(false),
            },
            Some(members) => match members_from(members, location) {
                Some(members) => wire.members = members,
                None => return Some(false),
            },
        }
        if let Some(values) = facts.get(VALUES) {
            let Some(values) = values.as_array() else {
                return Some(false);
            };
            wire.body_values = values.iter().map(Value::to_string).collect();
        }
        if facts.keys().any(|k| k != DETAILS && k != VALUES) {
            return Some(false);
        }
        Some(
            self.codes
                .insert(code.to_owned(), (wire, location.clone()))
                .is_none(),
        )
    }

    /// The breaking changes of the wire from this lock to `registry`, one
    /// diagnostic each, at what changed in the registry: those `diff` calls
    /// major; `locked` are the lock's codes. Nothing when the lock records
    /// no wire (an older lock).
    pub(crate) fn breaking_changes(
        &self,
        locked: &[super::Locked],
        registry: &Registry,
        registry_file: &Path,
        layout: &Layout,
    ) -> Vec<Diagnostic> {
        let Some((locked_body, _)) = &self.body else {
            return Vec::new();
        };
        let accept = super::accept_breaking(layout);
        let mut problems = Vec::new();
        let body = diff::body_layout(registry);
        let same_body = *locked_body == body;
        if !same_body {
            let location = registry
                .body
                .as_ref()
                .map_or(&registry.page.location, |b| &b.location);
            problems.push(
                Diagnostic::new(
                    registry_file,
                    location.clone(),
                    format!("the error body changed from {locked_body} (locked) to {body}"),
                )
                .with_help(format!(
                    "every client parses the body as it was published; keep the locked layout, or for a deliberate, reviewed break run `{accept}`"
                )),
            );
        }
        let template = registry.doc_url_template();
        if self.docs_url != template {
            let shown = |t: &Option<String>| t.clone().unwrap_or_else(|| "(none)".into());
            problems.push(
                Diagnostic::new(
                    registry_file,
                    registry.page.location.clone(),
                    format!(
                        "each code's docs URL changed from {} (locked) to {}",
                        shown(&self.docs_url),
                        shown(&template)
                    ),
                )
                .with_help(format!(
                    "every body's docs URL changes with it (`page.code_docs_url`, else `page.docs_url#code`); keep the locked one, or for a deliberate, reviewed break run `{accept}`"
                )),
            );
        }
        let none = CodeWire::default();
        let held: std::collections::HashSet<&str> =
            locked.iter().map(|l| l.code.as_str()).collect();
        for (_, code) in registry.codes() {
            let locked = match self.codes.get(&code.code) {
                Some((wire, _)) => wire,
                // A code the lock does not hold is new; one it holds without
                // a line has no details and no per-code values.
                None if !held.contains(code.code.as_str()) => continue,
                None => &none,
            };
            let mut found = Vec::new();
            let mut push = |kind: diff::Kind, message: String| {
                if kind.bump() == Bump::Major {
                    found.push(message);
                }
            };
            diff::details::changes(
                &code.code,
                (locked.details, &locked.members),
                (code.details, &code.members),
                &mut push,
            );
            if same_body {
                diff::body_values(
                    registry,
                    &code.code,
                    &locked.body_values,
                    &code.body_values,
                    &mut push,
                );
            }
            for message in found {
                problems.push(
                    Diagnostic::new(
                        registry_file,
                        code.location.clone(),
                        format!("{message} (a breaking change since the lock)"),
                    )
                    .with_help(format!(
                        "clients parse {:?}'s details and body as they were published; restore them, or add a new code and deprecate this one in its favour; for a deliberate, reviewed break run `{accept}`",
                        code.code
                    )),
                );
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests;
