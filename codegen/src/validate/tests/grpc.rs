//! The gRPC face (`grpc:`): canonical codes (defaults, a category's, a
//! code's), reasons (derived in every style, written, refused, unique),
//! details members as metadata keys, `check`'s drift warning, the lock
//! line and `diff`'s kinds.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use crate::diagnostic::Diagnostics;
use crate::model::{CodeStyle, Envelope, GrpcCode, Registry};
use crate::naming;
use crate::validate::grpc::{DEFAULT_CODES, default_code, drifted_statuses};

const GRPC: &str = "grpc:\n  domain: api.example.com\n";

/// A registry with `top` YAML at the top and `codes` (each a flow mapping)
/// in one category, with `category` YAML under its title.
fn text(top: &str, category: &str, codes: &[&str]) -> String {
    let mut text =
        format!("page:\n  title: T\n{top}categories:\n  - title: All\n{category}    codes:\n");
    for code in codes {
        text.push_str(&format!("      - {code}\n"));
    }
    text
}

fn parse(text: &str) -> Result<Registry, Diagnostics> {
    crate::project::parse(Path::new("r.yaml"), text)
}

fn load(text: &str) -> Registry {
    parse(text).unwrap_or_else(|d| panic!("{d}"))
}

fn problems(text: &str) -> String {
    match parse(text) {
        Ok(_) => panic!("accepted:\n{text}"),
        Err(d) => format!("{d:?}"),
    }
}

#[test]
fn each_status_with_a_default_gets_its_canonical_code_and_a_reason() {
    for (status, canonical) in DEFAULT_CODES {
        let registry = load(&text(
            GRPC,
            "",
            &[&format!("{{code: some_error, status: {status}}}")],
        ));
        let (_, code) = registry.codes().next().unwrap();
        let face = code.grpc.as_ref().unwrap();
        assert_eq!(face.code, *canonical);
        assert_eq!(face.reason, "SOME_ERROR");
        // The defaults are `code.proto`'s mapping read backwards.
        assert_eq!(canonical.http_status(), *status);
    }
}

#[test]
fn a_status_without_a_canonical_code_must_name_one_and_is_told_the_candidates() {
    let out = problems(&text(GRPC, "", &["{code: too_large, status: 413}"]));
    assert!(
        out.contains("status 413 has no canonical gRPC code"),
        "{out}"
    );
    for candidate in GrpcCode::ALL.iter().filter(|c| c.http_status() / 100 == 4) {
        assert!(out.contains(candidate.as_str()), "{candidate:?} in {out}");
    }
    assert!(!out.contains(GrpcCode::Internal.as_str()), "{out}");
    assert_eq!(default_code(413), None);
    let named = load(&text(
        GRPC,
        "",
        &["{code: too_large, status: 413, grpc: INVALID_ARGUMENT}"],
    ));
    let (_, code) = named.codes().next().unwrap();
    assert_eq!(code.grpc.as_ref().unwrap().code, GrpcCode::InvalidArgument);
}

#[test]
fn a_code_overrides_its_category_which_overrides_the_status() {
    let registry = load(&text(
        GRPC,
        "    grpc: FAILED_PRECONDITION\n",
        &[
            "{code: first, status: 400}",
            "{code: second, status: 400, grpc: OUT_OF_RANGE}",
        ],
    ));
    let codes: Vec<GrpcCode> = registry
        .codes()
        .map(|(_, c)| c.grpc.as_ref().unwrap().code)
        .collect();
    assert_eq!(codes, [GrpcCode::FailedPrecondition, GrpcCode::OutOfRange]);
}

#[test]
fn an_unknown_canonical_code_is_refused_with_the_nearest() {
    let out = problems(&text(
        GRPC,
        "",
        &["{code: gone, status: 404, grpc: NOT_FOUNDD}"],
    ));
    assert!(out.contains("did you mean `NOT_FOUND`"), "{out}");
}

#[test]
fn googles_body_needs_the_grpc_face() {
    for envelope in [Envelope::Google, Envelope::GoogleRpcStatus] {
        let top = format!("envelope: {}\n", envelope.as_str());
        let out = problems(&text(&top, "", &["{code: gone, status: 404}"]));
        assert!(
            out.contains("needs the registry's `grpc:` section"),
            "{out}"
        );
        assert!(out.contains("line: 3"), "at `envelope:`: {out}");
        let registry = load(&text(
            &format!("{top}{GRPC}"),
            "",
            &["{code: gone, status: 404}"],
        ));
        assert_eq!(registry.envelope, envelope);
    }
}

#[test]
fn grpc_keys_without_the_registrys_grpc_are_refused() {
    for code in [
        "{code: gone, status: 404, grpc: NOT_FOUND}",
        "{code: gone, status: 404, reason: GONE}",
    ] {
        let out = problems(&text("", "", &[code]));
        assert!(out.contains("without the registry's gRPC face"), "{out}");
    }
    let out = problems(&text(
        "",
        "    grpc: NOT_FOUND\n",
        &["{code: gone, status: 404}"],
    ));
    assert!(out.contains("without the registry's gRPC face"), "{out}");
    // Without `grpc:`, no code has a face, and nothing else changes.
    let registry = load(&text("", "", &["{code: gone, status: 418}"]));
    assert!(registry.grpc.is_none());
    assert!(registry.codes().all(|(_, c)| c.grpc.is_none()));
}

#[test]
fn reasons_are_the_codes_words_in_upper_snake_case_whatever_the_style() {
    let cases = [
        (
            "insufficient_funds",
            CodeStyle::SnakeCase,
            "InsufficientFunds",
            "INSUFFICIENT_FUNDS",
        ),
        (
            "BlobNotFound",
            CodeStyle::PascalCase,
            "BlobNotFound",
            "BLOB_NOT_FOUND",
        ),
        (
            "blobNotFound",
            CodeStyle::CamelCase,
            "BlobNotFound",
            "BLOB_NOT_FOUND",
        ),
        (
            "blob-not-found",
            CodeStyle::KebabCase,
            "BlobNotFound",
            "BLOB_NOT_FOUND",
        ),
        (
            "InvalidParameter.Format",
            CodeStyle::Dotted,
            "InvalidParameterFormat",
            "INVALID_PARAMETER_FORMAT",
        ),
        (
            "QUOTA_EXCEEDED",
            CodeStyle::ScreamingSnakeCase,
            "QuotaExceeded",
            "QUOTA_EXCEEDED",
        ),
        (
            "20404",
            CodeStyle::Numeric,
            "AccountMissing",
            "ACCOUNT_MISSING",
        ),
    ];
    for (code, style, rust_name, reason) in cases {
        assert_eq!(
            naming::grpc_reason(code, style, rust_name),
            reason,
            "{code}"
        );
        assert!(naming::is_grpc_reason(reason));
    }
    let numeric = load(&text(
        &format!("code_style: numeric\n{GRPC}"),
        "",
        &["{code: '20404', name: AccountMissing, status: 404}"],
    ));
    let (_, code) = numeric.codes().next().unwrap();
    assert_eq!(code.grpc.as_ref().unwrap().reason, "ACCOUNT_MISSING");
}

#[test]
fn a_written_reason_is_held_to_the_rule_and_reasons_are_unique() {
    for bad in ["lower_case", "TRAILING_", "A", "HAS-HYPHEN"] {
        let out = problems(&text(
            GRPC,
            "",
            &[&format!("{{code: gone, status: 404, reason: {bad}}}")],
        ));
        assert!(out.contains("is not valid"), "{bad}: {out}");
    }
    let long = "A".repeat(naming::MAX_GRPC_REASON_LEN + 1);
    assert!(!naming::is_grpc_reason(&long));
    assert!(naming::is_grpc_reason(&long[1..]));
    let out = problems(&text(
        GRPC,
        "",
        &[
            "{code: gone, status: 404}",
            "{code: missing, status: 404, reason: GONE}",
        ],
    ));
    assert!(
        out.contains("GONE") && out.contains("is used twice"),
        "{out}"
    );
}

#[test]
fn details_members_must_be_metadata_keys_with_grpc_on() {
    let codes = ["{code: funds, status: 400, details: {Available: integer, ok_key: string}}"];
    let out = problems(&text(GRPC, "", &codes));
    assert!(
        out.contains("Available") && out.contains("is not an ErrorInfo metadata key"),
        "{out}"
    );
    assert!(!out.contains("ok_key"), "{out}");
    // Without `grpc:`, the same member is fine.
    load(&text("", "", &codes));
    assert!(naming::is_metadata_key("quota_limit"));
    assert!(naming::is_metadata_key("retryAfter-ms"));
    assert!(!naming::is_metadata_key("x"));
    assert!(!naming::is_metadata_key(&"a".repeat(65)));
}

#[test]
fn check_warns_where_the_two_faces_drift() {
    let registry = load(&text(
        GRPC,
        "",
        &[
            "{code: hidden, status: 404, grpc: PERMISSION_DENIED}",
            "{code: exists, status: 409, grpc: ALREADY_EXISTS}",
            "{code: unprocessable, status: 422, grpc: INVALID_ARGUMENT}",
        ],
    ));
    let warnings = drifted_statuses(&registry, Path::new("r.yaml"));
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].to_string().contains("\"hidden\""));
}

#[test]
fn the_lock_records_each_codes_reason_and_canonical_code() {
    let registry = load(&text(
        GRPC,
        "",
        &["{code: gone, status: 404, reason: WENT_AWAY}"],
    ));
    let lock = crate::emit::lock::lock(&registry);
    let number = registry
        .code("gone")
        .unwrap()
        .1
        .grpc
        .as_ref()
        .unwrap()
        .number;
    assert!(
        lock.lines()
            .any(|l| l == format!("gone 404 All WENT_AWAY NOT_FOUND {number}")),
        "{lock}"
    );
    let layout = crate::layout::Layout::new("r.yaml");
    let changed = load(&text(GRPC, "", &["{code: gone, status: 404}"]));
    let out = crate::lock::check(
        &changed,
        Path::new("r.yaml"),
        Path::new("r.lock"),
        &lock,
        &layout,
    )
    .unwrap_err()
    .to_string();
    assert!(
        out.contains("gRPC face changed from WENT_AWAY NOT_FOUND"),
        "{out}"
    );
    // A lock without the gRPC columns still reads.
    let plain = load(&text("", "", &["{code: gone, status: 404}"]));
    let plain_lock = crate::emit::lock::lock(&plain);
    crate::lock::check(
        &registry,
        Path::new("r.yaml"),
        Path::new("r.lock"),
        &plain_lock,
        &layout,
    )
    .unwrap();
}

#[test]
fn diff_calls_a_changed_reason_canonical_code_or_domain_major() {
    use crate::diff::{Bump, diff};
    let today = crate::date::Date::parse("2026-01-01").unwrap();
    let before = load(&text(GRPC, "", &["{code: gone, status: 404}"]));
    let cases = [
        (
            text(GRPC, "", &["{code: gone, status: 404, reason: WENT}"]),
            "reason_changed",
        ),
        (
            text(
                GRPC,
                "",
                &["{code: gone, status: 404, grpc: FAILED_PRECONDITION}"],
            ),
            "grpc_code_changed",
        ),
        (
            text(
                "grpc:\n  domain: other.example.com\n",
                "",
                &["{code: gone, status: 404}"],
            ),
            "grpc_domain_changed",
        ),
        (
            text("", "", &["{code: gone, status: 404}"]),
            "grpc_domain_changed",
        ),
    ];
    for (after, kind) in cases {
        let changes = diff(&before, &load(&after), today);
        assert!(
            changes
                .iter()
                .any(|c| c.kind.as_str() == kind && c.bump() == Bump::Major),
            "{kind}: {changes:?}"
        );
    }
    let plain = load(&text("", "", &["{code: gone, status: 404}"]));
    let changes = diff(&plain, &before, today);
    assert_eq!(Bump::of(&changes), Bump::Minor, "{changes:?}");
}

#[test]
fn the_docs_page_shows_each_reason_and_canonical_code_only_with_grpc() {
    let with = load(&text(GRPC, "", &["{code: gone, status: 404}"]));
    let page = crate::emit::markdown::page(&with);
    assert!(page.contains("`GONE` `NOT_FOUND`"), "{page}");
    assert!(page.contains("## gRPC"));
    let without = crate::emit::markdown::page(&load(&text("", "", &["{code: gone, status: 404}"])));
    assert!(!without.contains("gRPC"), "{without}");
}

/// The gRPC guide's mapping table is [`DEFAULT_CODES`], row for row.
#[test]
fn the_guides_mapping_table_is_the_defaults() {
    let guide = include_str!("../../../../docs/guides/grpc.md");
    let rows: Vec<String> = guide
        .lines()
        .skip_while(|line| *line != "| HTTP status | canonical code |")
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .map(str::to_owned)
        .collect();
    let expected: Vec<String> = DEFAULT_CODES
        .iter()
        .map(|(status, code)| format!("| {status} | `{}` |", code.as_str()))
        .collect();
    assert_eq!(rows, expected);
}

#[test]
fn diff_calls_a_changed_proto_number_major() {
    use crate::diff::{Bump, diff};
    let today = crate::date::Date::parse("2026-01-01").unwrap();
    let codes = ["{code: kept, status: 404}", "{code: other, status: 400}"];
    let before = load(&text(GRPC, "", &codes));
    // The same registry numbered from a lock that started over the other
    // way round.
    let mut after = load(&text(GRPC, "", &codes));
    let swapped: Vec<(u32, String)> = before
        .codes()
        .map(|(_, c)| c.grpc.as_ref().unwrap())
        .map(|g| (g.number, g.reason.clone()))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .enumerate()
        .map(|(i, (_, reason))| (i as u32 + 1, reason))
        .collect();
    crate::proto_numbers::assign(&mut after, &swapped);
    let changes = diff(&before, &after, today);
    let numbered: Vec<_> = changes
        .iter()
        .filter(|c| c.kind.as_str() == "proto_number_changed")
        .collect();
    assert_eq!(numbered.len(), 2, "{changes:?}");
    assert!(numbered.iter().all(|c| c.bump() == Bump::Major));
    // Reordering the registry changes no number.
    let reordered = load(&text(GRPC, "", &[codes[1], codes[0]]));
    let mut renumbered = reordered.clone();
    crate::proto_numbers::assign(
        &mut renumbered,
        &before
            .codes()
            .map(|(_, c)| c.grpc.as_ref().unwrap())
            .map(|g| (g.number, g.reason.clone()))
            .collect::<Vec<_>>(),
    );
    assert!(
        !diff(&before, &renumbered, today)
            .iter()
            .any(|c| c.kind.as_str() == "proto_number_changed")
    );
}

/// protoc refuses two values of a proto3 enum that are one name without
/// the enum's prefix, case and underscores, and the enum's own name: such
/// reasons are refused at their code, naming the other.
#[test]
fn reasons_protoc_would_take_for_one_value_are_refused() {
    let registry = load(&text(
        GRPC,
        "",
        &[
            "{code: foo_bar, status: 400}",
            "{code: foo_bar_two, status: 400, reason: FOO__BAR}",
            "{code: unspecified, status: 400}",
            "{code: x_y, status: 400, reason: ERROR_REASON_X_Y}",
            "{code: fine, status: 400, reason: ERROR_REASONS}",
        ],
    ));
    let problems: Vec<String> =
        crate::naming::proto_value_clashes(&registry, "ErrorReason", Path::new("r.yaml"))
            .iter()
            .map(ToString::to_string)
            .collect();
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(
        problems[0].contains("FOO__BAR and FOO_BAR"),
        "{problems:#?}"
    );
    assert!(
        problems[1].contains("UNSPECIFIED and ERROR_REASON_UNSPECIFIED"),
        "{problems:#?}"
    );
    // `ERROR_REASON_X_Y` is `XY` to protoc, which no other reason is;
    // `ERROR_REASONS` does not start with the whole prefix and a `_`.
    let clash = load(&text(
        GRPC,
        "",
        &[
            "{code: x_y, status: 400}",
            "{code: z, status: 400, reason: ERROR_REASON_X_Y}",
        ],
    ));
    assert_eq!(
        crate::naming::proto_value_clashes(&clash, "ErrorReason", Path::new("r.yaml")).len(),
        1
    );
    let own_name = load(&text(GRPC, "", &["{code: reasons, status: 400}"]));
    let problems = crate::naming::proto_value_clashes(&own_name, "REASONS", Path::new("r.yaml"));
    assert_eq!(problems.len(), 1, "{problems:?}");
}
