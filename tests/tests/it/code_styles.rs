//! Every code style through every output: each fixture registry of
//! `tests/fixtures/styles/` (one per `code_style`, real APIs' codes) is
//! loaded and generated, and each output keeps each code exactly as the
//! registry spells it: the JSON Schema and OpenAPI enums (and the
//! `UnknownErrorCode` pattern, the style's), TypeScript's `codes.ts`,
//! Python's `_registry.py`, the docs page's rows and anchors, and the lock.
//! The codes come from the fixtures, never from this file.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use error_codes_codegen::{CodeStyle, Config, Output, Project, Registry};
use error_codes_tests::{code_added_later, workspace_root};
use serde_json::Value;

pub(crate) fn fixture(style: CodeStyle) -> PathBuf {
    workspace_root()
        .join("tests/fixtures/styles")
        .join(format!("{}.yaml", style.as_str()))
}

fn output<'a>(outputs: &'a [Output], path: &str) -> &'a str {
    outputs
        .iter()
        .find(|o| o.path == path)
        .unwrap_or_else(|| panic!("no output {path}"))
        .contents
        .as_str()
}

/// The schema under `name` in `$defs` or `components.schemas`.
fn schema<'a>(document: &'a Value, name: &str) -> &'a Value {
    document
        .pointer(&format!("/$defs/{name}"))
        .or_else(|| document.pointer(&format!("/components/schemas/{name}")))
        .unwrap_or_else(|| panic!("no schema {name}"))
}

fn strings(value: &Value) -> Vec<&str> {
    value
        .as_array()
        .expect("an array")
        .iter()
        .map(|v| v.as_str().expect("a string"))
        .collect()
}

#[test]
fn every_style_keeps_every_code_verbatim_in_every_output() {
    for &style in CodeStyle::ALL {
        let config = Config::default();
        let root = workspace_root().join("target/tmp/code-styles");
        let project = Project::with_config(&root, config.clone());
        let registry = Registry::load(fixture(style)).unwrap_or_else(|e| panic!("{style:?}: {e}"));
        assert_eq!(registry.code_style, style);
        let codes: Vec<&str> = registry.codes().map(|(_, c)| c.code.as_str()).collect();
        let outputs = project.outputs(&registry).unwrap();
        let at = |what: &str| format!("{style:?}, {what}");

        // JSON Schema and OpenAPI: the enum is the codes, in registry order;
        // the unknown codes' pattern is the style's, and refuses the
        // style's stand-in for a code added later.
        let json_schema: Value =
            serde_json::from_str(output(&outputs, &config.json_schema)).unwrap();
        let openapi: Value = serde_saphyr::from_str(output(&outputs, &config.openapi)).unwrap();
        for (document, what) in [(&json_schema, "JSON Schema"), (&openapi, "OpenAPI")] {
            let known = schema(document, &config.code_enum);
            assert_eq!(strings(&known["enum"]), codes, "{}", at(what));
            let unknown = schema(document, &format!("Unknown{}", config.code_enum));
            let pattern = unknown["pattern"].as_str().unwrap();
            if style == CodeStyle::SnakeCase {
                assert_eq!(pattern, "^[a-z][a-z0-9]*(_[a-z0-9]+)*$", "{}", at(what));
            }
            let samples = [code_added_later(style)];
            for code in codes.iter().chain(&samples) {
                let expected = codes.contains(code);
                assert_eq!(
                    pattern_matches(pattern, code),
                    expected,
                    "{}: {code} against {pattern}",
                    at(what)
                );
            }
        }

        // TypeScript: the union and the maps are keyed by the wire string.
        let typescript = output(&outputs, &format!("{}/src/codes.ts", config.typescript_dir));
        for code in &codes {
            let literal = serde_json::to_string(code).unwrap();
            assert!(
                typescript.contains(&format!("| {literal}")),
                "{}: {code}",
                at("codes.ts")
            );
        }

        // Python: each member's value is the wire string.
        let python = output(
            &outputs,
            &format!(
                "{}/src/{}/_registry.py",
                config.python_dir, config.python_module
            ),
        );
        for (_, code) in registry.codes() {
            let line = format!(
                "    {} = {}",
                code.python_name,
                serde_json::to_string(&code.code).unwrap()
            );
            assert!(python.contains(&line), "{}: {line}", at("_registry.py"));
        }

        // The docs page: one row per code, with its anchor; the links to it
        // (`doc_url`) use the same anchor.
        let page = output(&outputs, &config.docs_page);
        for (_, code) in registry.codes() {
            let row = format!("<a id=\"{}\"></a>`{}`", code.anchor(), code.code);
            assert_eq!(page.matches(&row).count(), 1, "{}: {row}", at("docs page"));
            let url = registry.doc_url(code).unwrap();
            assert!(url.ends_with(&format!("#{}", code.anchor())));
        }

        // The JSON export's codes and doc URLs.
        let json: Value = serde_json::from_str(output(&outputs, &config.json_export)).unwrap();
        let exported: Vec<&str> = json["codes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["code"].as_str().unwrap())
            .collect();
        assert_eq!(exported, codes, "{}", at("JSON export"));

        // The lock: one line per code, the code its first field, read back
        // by the lock's own check (a registry never breaks its own lock);
        // the other lines start with a keyword (`body:`), a first field
        // no code style spells.
        let lock = outputs
            .iter()
            .find(|o| o.path.ends_with(".lock"))
            .expect("the lock is an output");
        let mut locked: Vec<&str> = lock
            .contents
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| l.split_whitespace().next().unwrap())
            .filter(|first| !first.ends_with(':'))
            .collect();
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        locked.sort_unstable();
        assert_eq!(locked, sorted, "{}", at("lock"));
    }
}

#[test]
fn the_stand_in_for_a_code_added_later_is_refused_by_its_style() {
    for &style in CodeStyle::ALL {
        let code = code_added_later(style);
        let text = std::fs::read_to_string(fixture(style)).unwrap();
        let text = format!("{text}      - {{code: {code:?}, status: 400, name: AddedLater}}\n");
        let problems = Registry::parse("r.yaml", &text).expect_err(code);
        assert!(
            problems
                .iter()
                .any(|d| d.message().contains(&format!("code {code:?}"))),
            "{style:?}: {problems}"
        );
    }
}

/// Whether `text` matches `pattern`, one of the style patterns, by asking
/// the JSON Schema: the pattern goes through a validator as a schema would.
fn pattern_matches(pattern: &str, text: &str) -> bool {
    let schema = serde_json::json!({"type": "string", "pattern": pattern});
    let validator = jsonschema::validator_for(&schema).unwrap();
    validator.is_valid(&Value::from(text))
}
