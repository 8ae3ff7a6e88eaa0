//! `explain`, `export`, and `check`/`generate` over the outputs for other
//! audiences (JSON, OpenAPI, JSON Schema, TypeScript), run as the real binary.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::{run, text, workspace};
use std::path::Path;

const OUTPUTS: &[(&str, &str)] = &[
    ("json", "docs/error-codes.json"),
    ("openapi", "docs/openapi/error-codes.yaml"),
    ("jsonschema", "docs/schema/error-envelope.schema.json"),
    ("typescript", "clients/typescript/src/codes.ts"),
    ("markdown", "docs/error-codes.md"),
];

/// The explain tests read the small fixture registry, not the vocabulary:
/// what they expect must not change when a maintainer edits
/// `registry/error-codes.yaml`.
const SMALL: &str = "codegen/tests/fixtures/small.yaml";

#[test]
fn explain_tells_everything_about_a_code() {
    let out = run(&["explain", "widget_locked", SMALL], &workspace());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let explained = text(&out.stdout);
    for expected in [
        "widget_locked: Locked by `admin` | try <b>later</b> */ \\ \"quoted\"",
        "status      423 Locked",
        "category    Widgets / gadgets (WidgetsGadgets)",
        "retry       after_delay: retry after a delay",
        "details     free-form JSON object",
        "deprecated  no",
        "docs        https://docs.example.com/small/errors#widget_locked",
        "rust        error_codes::ErrorCode::WidgetLocked",
        "defined at  codegen/tests/fixtures/small.yaml:",
    ] {
        assert!(
            explained.contains(expected),
            "missing {expected:?} in:\n{explained}"
        );
    }

    let out = run(&["explain", "widget_invalid", SMALL], &workspace());
    assert!(
        text(&out.stdout).contains("details     details.fields: object mapping each field name")
    );

    let out = run(&["explain", "delivery_failed", SMALL], &workspace());
    let explained = text(&out.stdout);
    assert!(
        explained.contains("502 Bad Gateway, reported:"),
        "{explained}"
    );
    assert!(
        explained.contains("delivery_failed: Non-2xx from destination"),
        "{explained}"
    );
}

#[test]
fn explain_reads_the_workspace_registry_by_default() {
    // Any code of the registry will do; which ones it has is the registry's.
    let registry =
        error_codes_codegen::load(&workspace().join("registry/error-codes.yaml")).unwrap();
    let (category, code) = registry.codes().next().unwrap();
    let out = run(&["explain", &code.code], &workspace());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let explained = text(&out.stdout);
    let first_line = explained.lines().next().unwrap_or_default();
    assert!(first_line.starts_with(code.code.as_str()), "{explained}");
    assert!(
        explained.contains(&format!("status      {}", code.status)),
        "{explained}"
    );
    assert!(
        explained.contains(&format!(
            "category    {} ({})",
            category.title, category.rust_name
        )),
        "{explained}"
    );
    assert!(
        explained.contains("defined at  registry/error-codes.yaml:"),
        "{explained}"
    );
}

#[test]
fn explain_shows_deprecation() {
    let out = run(
        &[
            "explain",
            "widget_gone",
            "codegen/tests/fixtures/small.yaml",
        ],
        &workspace(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let explained = text(&out.stdout);
    assert!(
        explained.contains("deprecated  since 2.0; use widget_locked instead (Sent until 2027)"),
        "{explained}"
    );
    assert!(explained.contains("status      410 Gone"), "{explained}");
}

#[test]
fn explain_suggests_the_nearest_codes_for_an_unknown_one() {
    for (wanted, suggestion) in [
        ("widget_lockd", "did you mean widget_locked?"),
        ("WIDGET-GONE", "did you mean widget_gone?"),
        (
            "widget",
            "did you mean widget_locked, widget_invalid, widget_gone, widget_not_found?",
        ),
        (
            "zzzzzzzz",
            "`error-codes export --format json` lists every code",
        ),
    ] {
        let out = run(&["explain", wanted, SMALL], &workspace());
        assert_eq!(out.status.code(), Some(1), "{wanted}");
        assert_eq!(text(&out.stdout), "", "{wanted}: errors go to stderr");
        let err = text(&out.stderr);
        assert!(
            err.contains(&format!("unknown error code {wanted:?}")),
            "{err}"
        );
        assert!(err.contains(suggestion), "{wanted}: {err}");
    }
}

#[test]
fn explain_and_export_usage_errors_exit_2() {
    for args in [
        &["explain"][..],
        &["explain", "a", "b.yaml", "c"],
        &["explain", "--verbose", "a"],
        &["export"],
        &["export", "--format", "yaml"],
        &["export", "--format"],
    ] {
        let out = run(args, &workspace());
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(text(&out.stderr).contains("error:"), "{args:?}");
    }
}

#[test]
fn export_prints_exactly_the_committed_files() {
    for (format, path) in OUTPUTS {
        let out = run(&["export", "--format", format], &workspace());
        assert_eq!(
            out.status.code(),
            Some(0),
            "{format}: {}",
            text(&out.stderr)
        );
        let committed = std::fs::read_to_string(workspace().join(path)).unwrap();
        assert!(
            text(&out.stdout) == committed,
            "`export --format {format}` differs from {path}"
        );
    }
}

#[test]
fn the_json_export_describes_the_whole_registry() {
    let out = run(&["export", "--format=json"], &workspace());
    let export: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let registry =
        error_codes_codegen::load(&workspace().join("registry/error-codes.yaml")).unwrap();
    assert_eq!(export["format_version"], 1);
    let codes = export["codes"].as_array().unwrap();
    assert_eq!(codes.len(), registry.code_count());
    for (exported, (category, code)) in codes.iter().zip(registry.codes()) {
        assert_eq!(exported["code"], code.code.as_str());
        assert_eq!(exported["status"], code.status);
        assert_eq!(exported["category"], category.rust_name.as_str());
        assert_eq!(exported["meaning"].as_str(), code.meaning.as_deref());
        assert_eq!(exported["retry"], code.retry.as_str());
        assert_eq!(
            exported["doc_url"].as_str(),
            registry.doc_url(code).as_deref()
        );
    }
    for (exported, (_, code)) in codes.iter().zip(registry.codes()) {
        let name = &code.code;
        assert_eq!(
            exported["retryable"],
            code.retry != error_codes_codegen::model::Retry::Never,
            "{name}"
        );
        assert_eq!(
            exported["details"].as_str(),
            code.details.map(|d| d.as_str()),
            "{name}"
        );
        assert_eq!(
            exported["deprecated"].is_null(),
            code.deprecated.is_none(),
            "{name}"
        );
    }
    let categories = export["categories"].as_array().unwrap();
    assert_eq!(categories.len(), registry.categories.len());
    for (exported, category) in categories.iter().zip(&registry.categories) {
        let kind = match category.status_kind {
            error_codes_codegen::model::StatusKind::Response => "response",
            error_codes_codegen::model::StatusKind::Reported => "reported",
        };
        assert_eq!(exported["status_kind"], kind, "{}", category.title);
    }
    let headers = export["headers"].as_array().unwrap();
    let retry_after = headers.iter().find(|h| h["name"] == "Retry-After").unwrap();
    assert_eq!(retry_after["when"], 429);
    assert_eq!(retry_after["format"], "seconds");
    assert_eq!(
        export["page"]["envelope_example"]["code"],
        registry.page.envelope_example.code.as_str()
    );
}

#[test]
fn check_names_every_stale_output_and_generate_writes_them() {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-outputs");
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("registry")).unwrap();
    std::fs::copy(
        workspace().join("codegen/tests/fixtures/small.yaml"),
        root.join("registry/error-codes.yaml"),
    )
    .unwrap();

    let before = run(&["check"], &root);
    assert_eq!(before.status.code(), Some(1));
    let err = text(&before.stderr);
    for (_, path) in OUTPUTS {
        assert!(
            err.contains(&format!("{path}: stale")),
            "{path} not reported:\n{err}"
        );
    }
    assert!(
        err.contains("regenerate with: cargo run -p error-codes-codegen -- generate"),
        "{err}"
    );

    assert_eq!(run(&["generate"], &root).status.code(), Some(0));
    let ts = std::fs::read_to_string(root.join("clients/typescript/src/codes.ts")).unwrap();
    assert!(ts.contains("| \"widget_locked\""), "{ts}");
    assert_eq!(run(&["check"], &root).status.code(), Some(0));

    // Editing one output by hand makes exactly that one stale.
    let schema = root.join("docs/schema/error-envelope.schema.json");
    std::fs::write(&schema, "{}\n").unwrap();
    let after = run(&["check"], &root);
    assert_eq!(after.status.code(), Some(1));
    let err = text(&after.stderr);
    assert!(
        err.contains("docs/schema/error-envelope.schema.json: stale"),
        "{err}"
    );
    assert!(!err.contains("docs/openapi/error-codes.yaml"), "{err}");
}
