//! `envelope:`: a keyword (the nested envelope, RFC 9457), or a mapping
//! that gives the body the API's own layout.

use crate::diagnostic::Location;
use crate::load;
use crate::model::{BodyLayout, Envelope};
use crate::suggest;
use crate::yaml::Spanned;

use super::Check;

mod items;

/// `envelope:` as a keyword: one of [`Envelope::VALUES`] (a layout is a
/// mapping, not a keyword), a diagnostic naming them all otherwise.
pub(super) fn envelope(cx: &mut Check<'_>, s: &Spanned<String>) -> Option<Envelope> {
    let keywords = || Envelope::ALL.iter().filter(|e| **e != Envelope::Layout);
    let found = Envelope::from_wire(&s.value).filter(|e| *e != Envelope::Layout);
    if found.is_none() {
        let names: Vec<String> = keywords().map(|e| format!("`{}`", e.as_str())).collect();
        let d = cx.at(
            &s.location,
            format!(
                "unknown envelope {:?}: the registry's envelope is {}",
                s.value,
                names.join(" or ")
            ),
        );
        let mut meanings: Vec<String> = keywords()
            .map(|&e| {
                let default = if e == Envelope::DEFAULT {
                    " (the default)"
                } else {
                    ""
                };
                format!("`envelope: {}`{default} is {}", e.as_str(), e.wording())
            })
            .collect();
        if s.value == Envelope::Layout.as_str() {
            meanings.push(
                "a body of the API's own layout is a mapping (`envelope: {root: error, code: code, ...}`; docs/guides/body-layouts.md)"
                    .to_string(),
            );
        }
        let meanings = meanings.join("; ");
        let d = match suggest::nearest(&s.value, keywords().map(|e| e.as_str())) {
            Some(near) => d.with_help(format!("did you mean `{near}`? {meanings}")),
            None => d.with_help(meanings),
        };
        cx.report(d);
    }
    found
}

/// `envelope:` as a mapping: the body's own layout. Every problem is
/// reported (unknown keys by `notes`): a malformed member name, no code
/// member, two fields at one member, a member inside another's value.
pub(super) fn body_layout(
    cx: &mut Check<'_>,
    raw: &load::RawBodyLayout,
    at: &Location,
) -> Option<BodyLayout> {
    let mut ok = true;
    // `(field, path, where)` of each field the layout places.
    let mut placed: Vec<(&'static str, String, Location)> = Vec::new();
    let mut layout = BodyLayout {
        root: BodyLayout::NESTED_ROOT.map(str::to_string),
        code: "code".to_string(),
        status: None,
        message: Some("message".to_string()),
        request_id: Some("request_id".to_string()),
        doc_url: Some("doc_url".to_string()),
        details: Some("details".to_string()),
        constants: Vec::new(),
        per_code: Vec::new(),
        open: raw.open.as_ref().is_none_or(|o| o.value),
        code_number: false,
        code_header: None,
        declared_members: None,
        code_qualifier: (String::new(), String::new()),
        error_marker: None,
        location: raw.start.clone(),
        root_items: false,
        field_pointer: None,
        pointer_prefix: items::DEFAULT_PREFIX.to_string(),
        status_string: false,
        media_type: None,
    };
    if !items::status_and_media_type(cx, raw, &mut layout) {
        ok = false;
    }
    if let Some(name) = &raw.code_header {
        if super::headers::is_header_name(&name.value) {
            layout.code_header = Some(name.value.clone());
        } else {
            cx.report(
                cx.at(&name.location, format!("code_header {:?} is not a header name", name.value))
                    .with_help("a header name is ASCII letters, digits and `-`, starting with a letter (`x-ms-error-code`)"),
            );
            ok = false;
        }
    }
    if let Some(written) = &raw.code_type {
        match written.value.as_str() {
            "string" => {}
            "number" => layout.code_number = true,
            other => {
                let d = cx.at(
                    &written.location,
                    format!("unknown code type {other:?}: a code is sent as a `string` (the default) or a `number`"),
                );
                let d = match suggest::nearest(other, ["string", "number"]) {
                    Some(near) => d.with_help(format!("did you mean `{near}`? `code_type: number` sends each code as a JSON number (Twilio's `20404`)")),
                    None => d.with_help("`code_type: number` sends each code as a JSON number (Twilio's `20404`)"),
                };
                cx.report(d);
                ok = false;
            }
        }
    }
    for (field, written) in raw.keys() {
        let value = match written {
            // Left out: the nested envelope's member (`status`: none).
            None => match field {
                "root" => continue,
                "status" => None,
                _ => Some(field.to_string()),
            },
            Some(None) => {
                if field == "code" {
                    let key = raw
                        .key_location(field)
                        .cloned()
                        .unwrap_or_else(|| at.clone());
                    cx.report(
                        cx.at(
                            &key,
                            "the body layout has no member for the code (`code: null`)",
                        )
                        .with_help(
                            "every error body carries its code: name its member, e.g. `code: code`",
                        ),
                    );
                    ok = false;
                }
                None
            }
            Some(Some(member)) if field == "root" => {
                let (valid, path) = items::root(cx, member, &mut layout);
                ok &= valid;
                // `root: "[]"`: the body is the array, no member holds it.
                Some(path).filter(|path| !path.is_empty())
            }
            Some(Some(member)) => {
                if !member_path(cx, field, member) {
                    ok = false;
                }
                Some(member.value.clone())
            }
        };
        if field != "root"
            && let Some(path) = &value
        {
            let location = written
                .flatten()
                .map(|m| m.location.clone())
                .or_else(|| raw.key_location(field).cloned())
                .unwrap_or_else(|| at.clone());
            placed.push((field, path.clone(), location));
        }
        match field {
            "root" => layout.root = value,
            "code" => layout.code = value.unwrap_or_default(),
            "status" => layout.status = value,
            "message" => layout.message = value,
            "request_id" => layout.request_id = value,
            "doc_url" => layout.doc_url = value,
            _ => layout.details = value,
        }
    }
    // Every member the layout places, by its path from the body's top:
    // `(name of what is there, path as written, full path, where)`.
    let root: Vec<String> = layout
        .root
        .as_deref()
        .map(|r| r.split('.').map(str::to_string).collect())
        .unwrap_or_default();
    let under_root = |path: &str| {
        let mut full = root.clone();
        full.extend(path.split('.').map(str::to_string));
        full
    };
    let mut all: Vec<(String, String, Vec<String>, Location)> = placed
        .into_iter()
        .map(|(field, path, location)| {
            let full = under_root(&path);
            (format!("`{field}`"), path, full, location)
        })
        .collect();
    if let Some(constants) = &raw.constants {
        for (member, value) in &constants.value.0 {
            if !member_path(cx, "constants", member) {
                ok = false;
                continue;
            }
            let path = member.value.clone();
            let full: Vec<String> = path.split('.').map(str::to_string).collect();
            if !root.is_empty() && root.starts_with(&full) {
                cx.report(
                    cx.at(
                        &member.location,
                        format!(
                            "the body layout cannot hold both: the constant {path:?} is where the error's root {:?} is",
                            root.join(".")
                        ),
                    )
                    .with_help("a constant is a member of its own beside the error's object (or inside it: `error.kind`), not the object itself"),
                );
                ok = false;
                continue;
            }
            layout
                .constants
                .push((path.clone(), value.value.to_string()));
            all.push((
                format!("the constant `{path}`"),
                path,
                full,
                member.location.clone(),
            ));
        }
    }
    if let Some(per_code) = &raw.per_code {
        for member in &per_code.value {
            if !member_path(cx, "per_code", member) {
                ok = false;
                continue;
            }
            let path = member.value.clone();
            let full = under_root(&path);
            layout.per_code.push(path.clone());
            all.push((
                format!("the per-code member `{path}`"),
                path,
                full,
                member.location.clone(),
            ));
        }
    }
    match items::field_pointer(cx, raw, &mut layout) {
        Err(()) => ok = false,
        Ok(Some((path, location))) => {
            let full = under_root(&path);
            all.push(("the field pointer".to_string(), path, full, location));
        }
        Ok(None) => {}
    }
    ok &= items::no_constant_in_items(cx, raw, &layout);
    for (i, (field, path, a, location)) in all.iter().enumerate() {
        for (other, other_path, b, _) in &all[..i] {
            let problem = if a == b {
                format!("{field} and {other} are both at the member {path:?}")
            } else if a.starts_with(b) {
                format!("{field}'s member {path:?} is inside {other}'s member {other_path:?}")
            } else if b.starts_with(a) {
                format!("{other}'s member {other_path:?} is inside {field}'s member {path:?}")
            } else {
                continue;
            };
            cx.report(
                cx.at(location, format!("the body layout cannot hold both: {problem}"))
                    .with_help("give each field a member of its own, none inside another's value (a key left out keeps the nested envelope's member; `null` leaves the field out)"),
            );
            ok = false;
        }
    }
    if !super::qualifier::qualifier_and_marker(cx, raw, &mut layout) {
        ok = false;
    }
    ok.then_some(layout)
}

/// A layout's code header that is a header the runtime already sends for
/// something else (the request id, `Retry-After`, a rate-limit figure).
pub(super) fn code_header_clash(cx: &mut Check<'_>, registry: &crate::model::Registry) {
    let Some(layout) = &registry.body else { return };
    let Some(name) = &layout.code_header else {
        return;
    };
    if let Some(other) = registry
        .roles
        .read_headers()
        .into_iter()
        .find(|h| h.eq_ignore_ascii_case(name))
    {
        cx.report(
            cx.at(
                &layout.location,
                format!("code_header {name:?} is the header that carries {other:?} already"),
            )
            .with_help("name a header of its own for the code (`x-ms-error-code`)"),
        );
    }
}

/// A member path of the body layout: member names joined by `.`, each
/// non-empty, without control characters or surrounding spaces.
pub(super) fn member_path(cx: &mut Check<'_>, field: &str, member: &Spanned<String>) -> bool {
    let path = &member.value;
    let problem = if path.is_empty() {
        Some("is empty".to_string())
    } else if let Some(c) = path.chars().find(|c| c.is_control()) {
        Some(format!(
            "contains the control character U+{:04X}",
            u32::from(c)
        ))
    } else if path.split('.').any(str::is_empty) {
        Some("has an empty member name (a `.` at an end, or two together)".to_string())
    } else if path.split('.').any(|name| name.trim() != name) {
        Some("has a member name with spaces around it".to_string())
    } else {
        None
    };
    match problem {
        Some(problem) => {
            cx.report(
                cx.at(
                    &member.location,
                    format!("`{field}`'s member {:?} {problem}", path),
                )
                .with_help("a member is a name, or names joined by `.` for a member of a nested object (`error.code`); `null` leaves the field out"),
            );
            false
        }
        None => true,
    }
}
