//! What changed in the registry's page, roles and headers.

use super::{Change, Kind, Side, Subject, change, code_change};
use crate::model::{Header, Registry};

pub(super) fn page(old: &Registry, new: &Registry, out: &mut Vec<Change>) {
    let (o, n) = (&old.page, &new.page);
    let mut what = Vec::new();
    if o.title != n.title {
        what.push(format!("title {:?} -> {:?}", o.title, n.title));
    }
    if o.intro != n.intro {
        what.push("intro".to_string());
    }
    let (was, now) = (old.doc_url_template(), new.doc_url_template());
    if was != now {
        out.push(change(
            Kind::DocUrlTemplateChanged,
            Subject::Page,
            Side::New,
            &n.location,
            format!(
                "each code's docs URL {} -> {}: every body's docs URL changes",
                was.as_deref().unwrap_or("(none)"),
                now.as_deref().unwrap_or("(none)")
            ),
        ));
    } else if o.docs_url != n.docs_url {
        // Only the docs page's own link: each code's URL is its template's.
        what.push(format!(
            "docs_url {} -> {}",
            o.docs_url.as_deref().unwrap_or("(none)"),
            n.docs_url.as_deref().unwrap_or("(none)")
        ));
    }
    if o.related != n.related {
        what.push("related links".to_string());
    }
    if o.envelope_example != n.envelope_example {
        what.push("envelope example".to_string());
    }
    for what in what {
        out.push(change(
            Kind::PageChanged,
            Subject::Page,
            Side::New,
            &n.location,
            format!("page: {what} changed"),
        ));
    }
}

/// Which code plays each role, and which header carries the request id: a
/// reassignment is located at the code that now plays the role (or, when
/// none does, at the code that did).
pub(super) fn roles(old: &Registry, new: &Registry, out: &mut Vec<Change>) {
    for &role in crate::model::Role::ALL {
        let (was, is) = (old.roles.code(role), new.roles.code(role));
        if was == is {
            continue;
        }
        let message = format!(
            "role {}: {} -> {}; the service answers that failure with another code",
            role.as_str(),
            was.unwrap_or("(none)"),
            is.unwrap_or("(none)")
        );
        let located = match is.and_then(|c| new.code(c)) {
            Some((_, code)) => code_change(Kind::RoleReassigned, code, Side::New, message),
            None => match was.and_then(|c| old.code(c)) {
                Some((_, code)) => code_change(Kind::RoleReassigned, code, Side::Old, message),
                None => change(
                    Kind::RoleReassigned,
                    Subject::Page,
                    Side::New,
                    &new.page.location,
                    message,
                ),
            },
        };
        out.push(located);
    }
    let (was, is) = (&old.roles.request_id_header, &new.roles.request_id_header);
    if was != is {
        let at = new
            .headers
            .iter()
            .find(|h| &h.name == is)
            .map_or(&new.page.location, |h| &h.location);
        out.push(change(
            Kind::RoleReassigned,
            Subject::Header(is.clone()),
            Side::New,
            at,
            format!("the request id moves from header {was} to {is}"),
        ));
    }
}

pub(super) fn headers(old: &Registry, new: &Registry, out: &mut Vec<Change>) {
    let find = |list: &'_ [Header], name: &str| list.iter().position(|h| h.name == name);
    for h in &old.headers {
        if find(&new.headers, &h.name).is_none() {
            out.push(change(
                Kind::HeaderRemoved,
                Subject::Header(h.name.clone()),
                Side::Old,
                &h.location,
                format!("header {} removed; clients that read it lose it", h.name),
            ));
        }
    }
    for n in &new.headers {
        let subject = Subject::Header(n.name.clone());
        let Some(o) = find(&old.headers, &n.name).map(|i| &old.headers[i]) else {
            out.push(change(
                Kind::HeaderAdded,
                subject,
                Side::New,
                &n.location,
                format!("header {} added, sent {}", n.name, n.when.wording()),
            ));
            continue;
        };
        if o.when != n.when {
            out.push(change(
                Kind::HeaderChanged,
                subject.clone(),
                Side::New,
                &n.location,
                format!(
                    "header {}: sent {} -> {}",
                    n.name,
                    o.when.wording(),
                    n.when.wording()
                ),
            ));
        }
        if o.format != n.format {
            out.push(change(
                Kind::HeaderChanged,
                subject.clone(),
                Side::New,
                &n.location,
                format!(
                    "header {}: format {} -> {}",
                    n.name,
                    o.format.as_str(),
                    n.format.as_str()
                ),
            ));
        }
        if o.example != n.example || o.description != n.description {
            out.push(change(
                Kind::HeaderDescribed,
                subject,
                Side::New,
                &n.location,
                format!("header {}: example or description changed", n.name),
            ));
        }
    }
}
