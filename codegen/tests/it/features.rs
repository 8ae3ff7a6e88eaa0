//! The cargo features of a generated crate are the runtime's table,
//! `error_codes_runtime::FEATURES`: the manifest `init` writes, this
//! repository's hand-written `generated-crate/Cargo.toml` and the README's
//! table all say what it says (the runtime's own manifest is a runtime test).

use std::collections::BTreeMap;
use std::path::Path;

use error_codes_codegen::{Project, Source};
use error_codes_runtime::FEATURES;

use crate::common::workspace;

/// `[features]` of a manifest: each feature's entries, sorted.
fn features(manifest: &str) -> BTreeMap<String, Vec<String>> {
    let section = manifest.split("\n[features]\n").nth(1).expect("[features]");
    let section = section.split("\n[").next().unwrap();
    section
        .lines()
        .filter(|line| !line.trim_start().starts_with('#') && line.contains('='))
        .map(|line| {
            let (name, list) = line.split_once('=').unwrap();
            let list = list.trim().trim_start_matches('[').trim_end_matches(']');
            let mut entries: Vec<String> = list
                .split(',')
                .map(|entry| entry.trim().trim_matches('"').to_owned())
                .filter(|entry| !entry.is_empty())
                .collect();
            entries.sort();
            (name.trim().to_owned(), entries)
        })
        .collect()
}

/// What the table says a generated crate's `[features]` are, with the
/// runtime depended on as `runtime`.
fn expected(runtime: &str) -> BTreeMap<String, Vec<String>> {
    let mut expected = BTreeMap::new();
    let default = FEATURES
        .iter()
        .filter(|f| f.default)
        .map(|f| f.name.to_owned());
    expected.insert("default".to_owned(), default.collect());
    expected.insert(
        "regenerate".to_owned(),
        vec!["dep:error-codes-codegen".to_owned()],
    );
    for feature in FEATURES {
        let mut entries = vec![format!("{runtime}/{}", feature.name)];
        entries.extend(feature.implies.iter().map(|&i| i.to_owned()));
        entries.sort();
        expected.insert(feature.name.to_owned(), entries);
    }
    expected
}

#[test]
fn this_repositorys_generated_crate_forwards_the_runtimes_features() {
    let manifest = std::fs::read_to_string(workspace().join("generated-crate/Cargo.toml")).unwrap();
    assert_eq!(features(&manifest), expected("error-codes-runtime"));
}

#[test]
fn the_crate_init_makes_forwards_the_runtimes_features() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("features-init");
    let _ = std::fs::remove_dir_all(&dir);
    let made = Project::init(&dir, "widgets-api", None, &Source::Version("0.1".into())).unwrap();
    let config = made.config();
    let manifest = std::fs::read_to_string(dir.join(&config.crate_dir).join("Cargo.toml")).unwrap();
    assert_eq!(features(&manifest), expected("error-codes-runtime"));
    let readme = std::fs::read_to_string(dir.join(&config.crate_dir).join("README.md")).unwrap();
    for feature in FEATURES {
        assert!(readme.contains(&format!("`{}`", feature.name)), "{readme}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The crate guide's table of features: one row per feature of the table,
/// in its order, and `regenerate`.
#[test]
fn the_guides_table_is_the_runtimes() {
    let guide = std::fs::read_to_string(workspace().join("docs/guides/the-crate.md")).unwrap();
    let rows: Vec<&str> = guide
        .lines()
        .skip_while(|line| *line != "| feature | what it adds |")
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .collect();
    let named: Vec<&str> = rows
        .iter()
        .map(|row| row.split('|').nth(1).unwrap_or_default().trim())
        .collect();
    let mut expected: Vec<String> = FEATURES
        .iter()
        .map(|f| {
            let default = if f.default { " (default)" } else { "" };
            format!("`{}`{default}", f.name)
        })
        .collect();
    expected.push("`regenerate`".to_owned());
    assert_eq!(named, expected);
}
