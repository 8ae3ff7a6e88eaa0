//! What the TypeScript package costs a frontend, held to its limits (issue
//! 35): `scripts/ts-bundle-size.sh` bundles each export of the package root
//! alone with esbuild (`--bundle --minify --format=esm`) and with rollup
//! (terser), for this API's package, the package `init` makes of a
//! synthetic registry of 3,000 codes, and those of the RFC 9457,
//! body-layout and gRPC fixtures; minified, with either bundler:
//!
//! - `isErrorCode` costs at most the codes' own bytes (each code and 3: its
//!   quotes and comma in an array) and [`IS_ERROR_CODE_OVERHEAD`];
//! - `hasCode` at most [`READER_LIMIT`];
//! - `parseErrorEnvelope` at most [`PARSER_LIMIT`] besides the per-code
//!   table it needs (`DETAIL_MEMBERS`, an RFC 9457 registry's declared
//!   members) for the nested envelope and RFC 9457, and at most
//!   [`OWN_BODY_PARSER_LIMIT`] for a body layout or Google's body, whose
//!   package's `codes.ts` imports that body's reader;
//! - in the gRPC fixture's package, `parseConnectError` (the Connect reader,
//!   its protobuf decoder included) at most [`CONNECT_READER_LIMIT`] besides
//!   the tables it reads (`GRPC_REASONS`, `GRPC_MEMBERS`), and every other
//!   export within the limits above: the reader costs nothing to the rest.
//!
//! The figures are in docs/guides/performance.md. Tier 2: it runs the
//! generator's command line and the benches' `synthetic` example as tier 1
//! built them, and installs the bundlers pinned by `tests/tools/ts-bundle-size/` with
//! `npm ci`.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;

use error_codes_tests::workspace_root;
use serde_json::Value;

/// What `isErrorCode` may cost besides its codes, in bytes.
pub(super) const IS_ERROR_CODE_OVERHEAD: u64 = 1024;
/// What `hasCode` may cost, in bytes.
pub(super) const READER_LIMIT: u64 = 2048;
/// What `parseErrorEnvelope` may cost besides its per-code tables, in
/// bytes, for the nested envelope and RFC 9457 (issue 35).
pub(super) const PARSER_LIMIT: u64 = 2048;
/// What `parseErrorEnvelope` may cost besides its per-code tables, in
/// bytes, for a body layout or Google's body: the reader of that body
/// (`layout_body.ts` and, for an array root, `items_body.ts`;
/// `google_body.ts`) and its table (`BODY_LAYOUT`, `GOOGLE_BODY`) come on
/// top, only in such a package (see the performance guide).
pub(super) const OWN_BODY_PARSER_LIMIT: u64 = 4096;
/// What `parseConnectError` may cost besides its per-code tables, in bytes.
const CONNECT_READER_LIMIT: u64 = 4096;
/// How many codes the synthetic registry has.
const SYNTHETIC_CODES: u64 = 3000;

/// The folder of the pinned bundlers, after `npm ci` if its esbuild is
/// not the locked one (the browser test bundles its page with it).
pub(super) fn bundlers() -> std::path::PathBuf {
    let dir = workspace_root().join("tests/tools/ts-bundle-size");
    crate::npm_tools(&dir, &["esbuild"]);
    dir
}

#[test]
#[ignore = "tier 2: makes a package per fixture with init, builds each with tsc, bundles each export"]
fn each_function_costs_what_it_needs_at_any_registry_size() {
    let _clock = crate::Clock::start();
    let root = workspace_root();
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("ts-bundle-size-json");
    let _ = std::fs::remove_dir_all(&out);
    let run = Command::new("bash")
        .arg(root.join("scripts/ts-bundle-size.sh"))
        .arg("--json")
        .arg(&out)
        // Only what the limits below hold: not every export.
        .arg("--limits")
        .env("ERROR_CODES_CLI", crate::built("bin", "error-codes"))
        .env(
            "ERROR_CODES_SYNTHETIC",
            crate::built("example", "synthetic"),
        )
        .current_dir(&root)
        .output()
        .unwrap_or_else(|e| panic!("cannot run bash: {e}"));
    let report = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "scripts/ts-bundle-size.sh failed:\n{report}{}",
        String::from_utf8_lossy(&run.stderr)
    );
    eprintln!("{report}");

    // One package per registry: this API's, the synthetic one, each fixture's.
    let layouts: Vec<String> = std::fs::read_dir(root.join("tests/fixtures/layouts"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .map(|p| format!("layout-{}", p.file_stem().unwrap().to_string_lossy()))
        .collect();
    assert!(!layouts.is_empty());
    let mut names = vec![
        "this-api".to_owned(),
        "synthetic-3000".to_owned(),
        "rfc9457".to_owned(),
        "grpc".to_owned(),
    ];
    names.extend(layouts);
    let registry = error_codes_tests::registry();
    let mut failures = Vec::new();
    for name in &names {
        let figures: Value = serde_json::from_str(
            &std::fs::read_to_string(out.join(format!("{name}.json")))
                .unwrap_or_else(|e| panic!("{name}.json: {e}")),
        )
        .unwrap();
        let codes = figures["codes"].as_u64().unwrap();
        match name.as_str() {
            "this-api" => {
                assert_eq!(codes, registry.code_count() as u64);
                let bytes: usize = registry.codes().map(|(_, c)| c.code.len() + 3).sum();
                assert_eq!(figures["codeBytes"], bytes);
            }
            "synthetic-3000" => assert_eq!(codes, SYNTHETIC_CODES),
            _ => {}
        }
        let code_bytes = figures["codeBytes"].as_u64().unwrap();
        let exports = &figures["exports"];
        let members = &exports["DETAIL_MEMBERS"];
        for bundler in ["esbuild", "rollup"] {
            let min = |export: &str| {
                exports[export][bundler]["min"]
                    .as_u64()
                    .unwrap_or_else(|| panic!("{name}: no {bundler} figure for {export}"))
            };
            let tables = members[bundler]["min"].as_u64().unwrap_or_else(|| {
                panic!("{name}: DETAIL_MEMBERS, the reader's table, is measured")
            });
            let parser = if name.starts_with("layout-") {
                OWN_BODY_PARSER_LIMIT
            } else {
                PARSER_LIMIT
            };
            for (export, limit) in [
                ("isErrorCode", code_bytes + IS_ERROR_CODE_OVERHEAD),
                ("hasCode", READER_LIMIT),
                ("parseErrorEnvelope", parser + tables),
            ] {
                if min(export) > limit {
                    failures.push(format!(
                        "{name}, {bundler}: {export} costs {} bytes, over {limit}",
                        min(export)
                    ));
                }
            }
            // The Connect reader (a registry with `grpc:`): its code, and
            // the tables it reads, measured alone.
            if name == "grpc" {
                let limit = CONNECT_READER_LIMIT + min("GRPC_REASONS") + min("GRPC_MEMBERS");
                if min("parseConnectError") > limit {
                    failures.push(format!(
                        "{name}, {bundler}: parseConnectError costs {} bytes, over {limit}",
                        min("parseConnectError")
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}\n{report}", failures.join("\n"));
}
