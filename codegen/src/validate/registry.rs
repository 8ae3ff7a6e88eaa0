//! Pass 1's entry: the whole raw registry converted section by section
//! (`page:`, `headers:`, `categories:`, `roles:`, `envelope:`,
//! `code_style:`, `common_codes:`, `operations:`, `grpc:`), each by its own file's
//! function, and assembled into the model.

use crate::load::{self, RawRegistry};
use crate::model::{CodeStyle, Envelope, Page, Registry};
use crate::yaml::Spanned;

use super::categories::categories;
use super::code_style::code_style;
use super::envelope::{body_layout, envelope};
use super::headers::header;
use super::page::{page, placeholder_page};
use super::parser_notes::notes;
use super::{Check, Places};

/// Converts the whole raw registry, reporting every local problem.
pub(super) fn registry(cx: &mut Check<'_>, raw: RawRegistry) -> (Registry, Places) {
    notes(cx, &raw);
    // Read first: every code is checked against it. An unknown style is
    // reported once; the codes are then held to `any`, not to a style the
    // registry did not mean.
    let code_style = match &raw.code_style {
        Some(written) => self::code_style(cx, written).unwrap_or(CodeStyle::Any),
        None => CodeStyle::DEFAULT,
    };
    // Read before the codes too: each code's gRPC face depends on it.
    let grpc = raw.grpc.as_ref().and_then(|g| super::grpc::section(cx, g));
    let mut places = Places {
        code_style,
        grpc: grpc.is_some(),
        ..Places::default()
    };
    // A missing required field is reported by `notes`; what depends on it
    // is skipped (or a placeholder stands in), so nothing is reported twice.
    let page_key = raw.key_location("page").cloned().unwrap_or_default();
    let page = raw.page.map_or_else(placeholder_page, |p| Page {
        location: page_key,
        ..page(cx, &mut places, p)
    });
    let headers = raw
        .headers
        .map(|list| list.value)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|h| {
            let at = h.name.as_ref()?.location.clone();
            let (header, valid) = header(cx, h)?;
            places.headers.push((at, valid));
            Some(header)
        })
        .collect();
    let (envelope, body) = match raw.envelope.as_ref().map(|e| (&e.value, e)) {
        Some((load::RawEnvelope::Keyword(keyword), e)) => {
            let keyword = Spanned {
                value: keyword.clone(),
                location: e.location.clone(),
                tag: None,
            };
            let envelope = envelope(cx, &keyword).unwrap_or(Envelope::DEFAULT);
            super::google::needs_grpc(cx, envelope, &e.location, raw.grpc.is_some());
            (envelope, None)
        }
        Some((load::RawEnvelope::Layout(layout), e)) => {
            let body = body_layout(cx, layout, &e.location);
            match body.and_then(|body| super::declared_members::key(cx, layout, body)) {
                Some(body) => (Envelope::Layout, Some(body)),
                None => (Envelope::DEFAULT, None),
            }
        }
        None => (Envelope::DEFAULT, None),
    };
    // Read before the codes: each code's values of its per-code members.
    places.layout_written = matches!(
        raw.envelope.as_ref().map(|e| &e.value),
        Some(load::RawEnvelope::Layout(_))
    );
    places.per_code = body.as_ref().map(|b| b.per_code.clone());
    places.code_number = body.as_ref().is_some_and(|b| b.code_number);
    // Written, valid or not: a wrong marker is reported at the marker, not
    // again at each 2xx status.
    places.errors_may_succeed = matches!(
        raw.envelope.as_ref().map(|e| &e.value),
        Some(load::RawEnvelope::Layout(layout)) if layout.error_marker.is_some()
    );
    let categories = raw
        .categories
        .map(|list| categories(cx, &mut places, list))
        .unwrap_or_default();
    if let Some(roles) = &raw.roles {
        places.roles = roles
            .value
            .assigned()
            .into_iter()
            .map(|(key, value)| (key, value.clone()))
            .collect();
    }
    let (common_codes, operations) =
        super::operations::fields(cx, &mut places, raw.common_codes, raw.operations);
    let registry = Registry {
        page,
        headers,
        categories,
        // Resolved by the references pass, once every code is known.
        roles: crate::model::Roles::default(),
        envelope,
        code_style: places.code_style,
        body,
        common_codes,
        operations,
        grpc,
        fingerprint: crate::layout::fingerprint(cx.text),
    };
    (registry, places)
}
