//! Any valid YAML layout of the registry is the same registry, and the
//! suite accepts it.
//!
//! A registry re-emitted by a YAML library (a formatter, a script that edits
//! it with PyYAML) keeps its keys and values but not its layout: PyYAML's
//! `safe_dump(sort_keys=False)` writes two-space indentation, block
//! sequences at their key's indentation, its own quoting, and no comments.
//! `tests/fixtures/registry-pyyaml-layout.yaml` is the registry as PyYAML
//! wrote it, once:
//!
//! ```sh
//! python3 -c 'import sys, yaml; yaml.safe_dump(yaml.safe_load(open("registry/error-codes.yaml")), sys.stdout, sort_keys=False)' \
//!   > tests/fixtures/registry-pyyaml-layout.yaml
//! ```
//!
//! It is never compared with today's registry (a registry edit must not
//! require a fixture edit); it proves that [`error_codes_tests::yaml`]
//! writes PyYAML's layout, which the tests then apply to today's registry.
//!
//! Here, models: the loader reads the same registry from every layout. In
//! tier 2, `maintainer_edits.rs` writes today's registry in PyYAML's layout
//! into a copy of the workspace, regenerates, checks that every generated
//! file is the same, then edits the registry by structure (written back in
//! that layout) and runs the copy's whole `cargo test --workspace`;
//! `pipeline.rs` edits it by structure and by the loader's spans.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use error_codes_codegen::{Location, Registry};
use error_codes_tests::workspace_root;
use error_codes_tests::yaml::{self, Node};

const FIXTURE: &str = "tests/fixtures/registry-pyyaml-layout.yaml";

fn read(relative: &str) -> String {
    let path = workspace_root().join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The registry `text` means, named `name` in diagnostics.
fn load(name: &str, text: &str) -> Registry {
    error_codes_codegen::Registry::parse(Path::new(name), text)
        .unwrap_or_else(|e| panic!("{name} is not a valid registry:\n{e}\n{text}"))
}

/// `registry` without what depends on the text's layout: where each entry
/// is written, and the fingerprint of the text.
fn without_layout(mut registry: Registry) -> Registry {
    let nowhere = || Location::new(0, 0);
    registry.fingerprint.clear();
    registry.page.location = nowhere();
    for header in &mut registry.headers {
        header.location = nowhere();
    }
    for category in &mut registry.categories {
        category.location = nowhere();
        for code in &mut category.codes {
            code.location = nowhere();
            code.key_location = nowhere();
        }
    }
    registry
}

/// The lines of YAML `text` that start a mapping entry, as indentation,
/// dashes and key (`"  - code"`): the layout without the values. Lines
/// that continue a long scalar are left out.
fn skeleton(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|line| {
            let body = line.trim_start_matches([' ', '-']);
            let key = body.split_once(':')?.0;
            let is_key = !key.is_empty()
                && key.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                && body[key.len() + 1..]
                    .chars()
                    .next()
                    .is_none_or(|c| c == ' ');
            is_key.then(|| format!("{}{key}", &line[..line.len() - body.len()]))
        })
        .collect()
}

/// `node` as JSON (which is YAML in flow style).
fn json(node: &Node) -> serde_json::Value {
    match node {
        Node::Null => serde_json::Value::Null,
        Node::Bool(b) => (*b).into(),
        Node::Int(i) => i64::try_from(*i)
            .expect("registry integers are small")
            .into(),
        Node::Float(f) => (*f).into(),
        Node::Str(s) => s.as_str().into(),
        Node::Seq(items) => items.iter().map(json).collect(),
        Node::Map(entries) => entries
            .iter()
            .map(|(k, v)| (k.clone(), json(v)))
            .collect::<serde_json::Map<_, _>>()
            .into(),
    }
}

#[test]
fn the_fixture_is_a_valid_registry_in_pyyaml_layout() {
    let text = read(FIXTURE);
    load(FIXTURE, &text);
    // PyYAML's layout: no comments, block sequences not indented under
    // their key, two-space indentation.
    assert!(!text.lines().any(|l| l.trim_start().starts_with('#')));
    for key in ["categories", "headers"] {
        assert!(
            text.contains(&format!("\n{key}:\n- ")),
            "{FIXTURE}: `{key}:` is not followed by an unindented block sequence"
        );
    }
    assert!(text.contains("\n  codes:\n  - code: "), "{FIXTURE}");
}

#[test]
fn the_tests_write_pyyaml_layout() {
    // The fixture read by structure and written back by the tests' emitter:
    // the same keys at the same indentations, and the same registry.
    let text = read(FIXTURE);
    let tree = yaml::parse(&text).unwrap();
    let written = yaml::to_pyyaml_layout(&tree);
    let (want, have) = (skeleton(&text), skeleton(&written));
    assert!(
        want.len() > 100,
        "the skeleton misses the fixture's keys: {want:?}"
    );
    assert!(
        want == have,
        "the tests' YAML layout differs from PyYAML's; {}",
        error_codes_tests::line_diff(&want.join("\n"), &have.join("\n"))
    );
    assert_eq!(
        without_layout(load("written", &written)),
        without_layout(load(FIXTURE, &text))
    );
}

#[test]
fn the_registry_in_any_layout_is_the_same_registry() {
    let registry = error_codes_tests::project().config().registry.clone();
    let text = read(&registry);
    let committed = without_layout(load(&registry, &text));
    let tree = yaml::parse(&text).unwrap();
    let layouts = [
        ("PyYAML's layout", yaml::to_pyyaml_layout(&tree)),
        ("JSON", json(&tree).to_string()),
        (
            "pretty JSON",
            serde_json::to_string_pretty(&json(&tree)).unwrap(),
        ),
    ];
    // (The registry may already be in one of these layouts: a maintainer's
    // script may have written it so.)
    for (name, relaid) in layouts {
        assert!(
            without_layout(load(name, &relaid)) == committed,
            "the registry in {name} is another registry:\n{relaid}"
        );
    }
}
