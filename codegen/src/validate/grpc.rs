//! `grpc:`, the gRPC face: the section (pass 1), each code's canonical
//! code and `ErrorInfo` reason (pass 1, with the code), the rules over the
//! whole registry (unique reasons, details members that are metadata keys)
//! and `check`'s warning where a code's two faces drift apart.
//!
//! A code's canonical code is its own `grpc:`, else its category's, else
//! the one its HTTP status has in [`DEFAULT_CODES`]: the mapping
//! `google/rpc/code.proto` documents, one code per status. Where that file
//! gives a status several codes, the general one is chosen: 400 is
//! `INVALID_ARGUMENT` (not `FAILED_PRECONDITION` or `OUT_OF_RANGE`), 409 is
//! `ABORTED` (a conflict to retry at a higher level; a code meaning "it
//! exists already" says `grpc: ALREADY_EXISTS`), 500 is `INTERNAL` (not
//! `UNKNOWN` or `DATA_LOSS`). Any other status has no canonical code, so
//! its code must name one.

use crate::diagnostic::{Diagnostic, Location};
use crate::load::{RawCode, RawGrpc};
use crate::model::{CodeGrpc, Grpc, GrpcCode, Registry};
use crate::naming;
use crate::yaml::Spanned;

use super::keyword::keyword;
use super::text::line_text;
use super::{Check, Places};

/// The canonical code of each HTTP status that has one (see the module's
/// documentation for the choices).
pub(crate) const DEFAULT_CODES: &[(u16, GrpcCode)] = &[
    (400, GrpcCode::InvalidArgument),
    (401, GrpcCode::Unauthenticated),
    (403, GrpcCode::PermissionDenied),
    (404, GrpcCode::NotFound),
    (409, GrpcCode::Aborted),
    (429, GrpcCode::ResourceExhausted),
    (499, GrpcCode::Cancelled),
    (500, GrpcCode::Internal),
    (501, GrpcCode::Unimplemented),
    (503, GrpcCode::Unavailable),
    (504, GrpcCode::DeadlineExceeded),
];

/// The canonical code of `status` when the registry does not say, if any.
pub(crate) fn default_code(status: u16) -> Option<GrpcCode> {
    DEFAULT_CODES
        .iter()
        .find(|(s, _)| *s == status)
        .map(|(_, code)| *code)
}

/// `grpc:` at the top of the registry.
pub(super) fn section(cx: &mut Check<'_>, raw: &Spanned<RawGrpc>) -> Option<Grpc> {
    let grpc = &raw.value;
    let domain = grpc.domain.as_ref()?;
    let domain_ok = line_text(cx, domain, "grpc.domain").is_some();
    if domain_ok && !is_domain(&domain.value) {
        cx.report(
            cx.at(&domain.location, format!("grpc.domain {:?} is not a domain name", domain.value))
                .with_help("write the API's service name, globally unique, as DNS writes it (`payments.example.com`): lowercase letters, digits, '-' and '.'"),
        );
    }
    if let Some(package) = &grpc.package
        && !is_proto_package(&package.value)
    {
        cx.report(
            cx.at(
                &package.location,
                format!("grpc.package {:?} is not a protobuf package", package.value),
            )
            .with_help("write lowercase identifiers joined by '.' (`payments.errors.v1`)"),
        );
    }
    for field in [&grpc.go_package, &grpc.java_package].into_iter().flatten() {
        line_text(cx, field, "a grpc package option");
        if field.value.contains('"') || field.value.contains('\\') {
            cx.report(
                cx.at(
                    &field.location,
                    "a `.proto` option cannot hold '\"' or '\\'",
                )
                .with_help("write the package path as Go or Java spells it"),
            );
        }
    }
    Some(Grpc {
        domain: domain.value.clone(),
        package: grpc.package.as_ref().map(|p| p.value.clone()),
        go_package: grpc.go_package.as_ref().map(|p| p.value.clone()),
        java_package: grpc.java_package.as_ref().map(|p| p.value.clone()),
        // The lock's, once read (`proto_numbers::assign`).
        reserved: Vec::new(),
        location: raw.location.clone(),
    })
}

fn is_domain(domain: &str) -> bool {
    !domain.is_empty()
        && domain.len() <= 253
        && domain.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
}

fn is_proto_package(package: &str) -> bool {
    package.split('.').all(|part| {
        let mut bytes = part.bytes();
        bytes
            .next()
            .is_some_and(|b| b.is_ascii_lowercase() || b == b'_')
            && bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    })
}

/// A canonical code as `grpc:` names it, on a category or a code; a
/// registry without the top-level `grpc:` is told to add it.
pub(super) fn canonical(
    cx: &mut Check<'_>,
    places: &Places,
    written: &Spanned<String>,
    owner: &str,
) -> Option<GrpcCode> {
    if !places.grpc {
        cx.report(
            cx.at(&written.location, format!("{owner:?}: `grpc:` without the registry's gRPC face"))
                .with_help("add `grpc: {domain: <your API's service name>}` at the top of the registry to turn the gRPC face on"),
        );
        return None;
    }
    keyword(cx, written, &values(), "grpc", owner)
}

fn values() -> Vec<(&'static str, GrpcCode)> {
    GrpcCode::ALL.iter().map(|c| (c.as_str(), *c)).collect()
}

/// A code's gRPC face, once its status and Rust name are known: `None`
/// without `grpc:` (or when it has a problem, reported).
pub(super) fn code_face(
    cx: &mut Check<'_>,
    places: &mut Places,
    raw: &RawCode,
    code: &Spanned<String>,
    status: u16,
    rust_name: &str,
    category: Option<GrpcCode>,
) -> Option<CodeGrpc> {
    let own = raw
        .grpc
        .as_ref()
        .map(|g| canonical(cx, places, g, &code.value));
    if let Some(reason) = &raw.reason
        && !places.grpc
    {
        cx.report(
            cx.at(&reason.location, format!("{:?}: `reason:` without the registry's gRPC face", code.value))
                .with_help("add `grpc: {domain: <your API's service name>}` at the top of the registry to turn the gRPC face on"),
        );
    }
    if !places.grpc {
        return None;
    }
    let canonical = match own {
        Some(own) => own?,
        None => match category.or_else(|| default_code(status)) {
            Some(code) => code,
            None => {
                cx.report(no_canonical_code(cx, code, status));
                return None;
            }
        },
    };
    let (reason, at) = match &raw.reason {
        Some(written) => (written.value.clone(), written.location.clone()),
        None => (
            naming::grpc_reason(&code.value, places.code_style, rust_name),
            code.location.clone(),
        ),
    };
    if !naming::is_grpc_reason(&reason) {
        let d = cx.at(
            &at,
            format!("{:?}: ErrorInfo reason {reason:?} is not valid", code.value),
        );
        cx.report(match &raw.reason {
            Some(_) => d.with_help(naming::GRPC_REASON_RULE),
            None => d.with_help(format!(
                "{}; add `reason:` with the code's reason",
                naming::GRPC_REASON_RULE
            )),
        });
        return None;
    }
    places.reasons.push((reason.clone(), at));
    Some(CodeGrpc {
        reason,
        code: canonical,
        // Numbered once every code is known (`proto_numbers::assign`).
        number: 0,
    })
}

/// A code whose status has no canonical code and that names none: the
/// candidates are the canonical codes of its status class.
fn no_canonical_code(cx: &Check<'_>, code: &Spanned<String>, status: u16) -> Diagnostic {
    let candidates: Vec<&str> = GrpcCode::ALL
        .iter()
        .filter(|c| c.http_status() / 100 == status / 100)
        .map(|c| c.as_str())
        .collect();
    cx.at(
        &code.location,
        format!(
            "{:?}: status {status} has no canonical gRPC code; the code must name one",
            code.value
        ),
    )
    .with_help(format!(
        "add `grpc:` to the code (or to its category) with one of: {}",
        candidates.join(", ")
    ))
}

/// Pass 2: every reason once, and, with `grpc:` on, every details member
/// a valid metadata key (it becomes one, under its declared name).
pub(super) fn check(cx: &mut Check<'_>, registry: &Registry, places: &Places) {
    let mut seen: Vec<(&str, &Location)> = Vec::new();
    for (reason, at) in &places.reasons {
        match seen.iter().find(|(r, _)| r == reason) {
            Some((_, first)) => cx.report(
                cx.at(at, format!("ErrorInfo reason {reason:?} is used twice"))
                    .with_related((*first).clone(), "first used")
                    .with_help("give one of the codes its own `reason:`"),
            ),
            None => seen.push((reason, at)),
        }
    }
    if registry.grpc.is_none() {
        return;
    }
    for (_, code) in registry.codes() {
        for member in code
            .members
            .iter()
            .filter(|m| !naming::is_metadata_key(&m.name))
        {
            cx.report(
                cx.at(
                    &member.location,
                    format!(
                        "{:?}: details member {:?} is not an ErrorInfo metadata key",
                        code.code, member.name
                    ),
                )
                .with_help(format!(
                    "with `grpc:` on, each member is sent as an ErrorInfo metadata entry under its name; {}",
                    naming::METADATA_KEY_RULE
                )),
            );
        }
    }
}

/// `check`'s warnings for a registry with `grpc:`: each code whose HTTP
/// status has a canonical code and whose own canonical code maps to
/// another status (`404` answered as `PERMISSION_DENIED`), so the REST and
/// gRPC faces of one error do not say different things by accident.
#[cfg(any(feature = "cli", test))]
pub(crate) fn drifted_statuses(registry: &Registry, file: &std::path::Path) -> Vec<Diagnostic> {
    registry
        .codes()
        .filter_map(|(_, code)| {
            let face = code.grpc.as_ref()?;
            default_code(code.status)?;
            (face.code.http_status() != code.status).then(|| {
                Diagnostic::new(
                    file,
                    code.key_location.clone(),
                    format!(
                        "code {:?} has status {} but canonical gRPC code {} (which maps to {})",
                        code.code,
                        code.status,
                        face.code.as_str(),
                        face.code.http_status()
                    ),
                )
                .with_help(format!(
                    "the REST and gRPC faces disagree; give the code a canonical code that maps to {} (the default is {}), or the status {}",
                    code.status,
                    default_code(code.status).map_or("", GrpcCode::as_str),
                    face.code.http_status()
                ))
                .warning()
            })
        })
        .collect()
}
