//! `diff --check-versions`: the version every generated package needs.
//!
//! A change's [`Bump`] names its level (`major` = breaking) whatever the
//! versions are; this module maps it onto each ecosystem's version rules and
//! checks the packages' manifests at the old revision and now. The packages
//! ship one registry, so their versions must also agree.

use std::fmt;
use std::path::Path;

use crate::diff::Bump;
use crate::layout::Layout;

/// The ecosystems the registry generates a package for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Ecosystem {
    /// The Rust crate (`Cargo.toml`).
    Cargo,
    /// The TypeScript client (`package.json`).
    Npm,
    /// The Python client (`pyproject.toml`).
    PyPi,
}

impl Ecosystem {
    pub(super) const fn name(self) -> &'static str {
        match self {
            Ecosystem::Cargo => "crates.io",
            Ecosystem::Npm => "npm",
            Ecosystem::PyPi => "PyPI",
        }
    }

    /// How a bump maps onto a version, for messages.
    pub(super) const fn rule(self) -> &'static str {
        match self {
            Ecosystem::Cargo => {
                "Cargo: before 1.0 a breaking change bumps the minor version and anything else the patch"
            }
            Ecosystem::Npm => {
                "npm: caret ranges treat 0.x like Cargo, a breaking change bumps the minor version before 1.0"
            }
            Ecosystem::PyPi => {
                "PyPI: the package shares the crate's version, so it follows the same rule (PEP 440 has no pre-1.0 rule of its own)"
            }
        }
    }
}

/// One package manifest the registry generates for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Manifest {
    pub ecosystem: Ecosystem,
    /// Relative to the workspace root, `/`-separated.
    pub path: String,
}

/// Every path `diff` reads, relative to the workspace root: the registry,
/// its lock and the package manifests. The one place `diff` asks the
/// layout where things are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Packages {
    pub registry: String,
    pub lock: String,
    pub manifests: Vec<Manifest>,
}

impl Packages {
    /// The paths of `layout`'s registry and of its packages' manifests, in
    /// the folders its configuration names (a client package without its
    /// manifest is left out).
    pub(super) fn of(layout: &Layout) -> Packages {
        let config = layout.config();
        let manifest = |folder: &str, file: &str| slashes(&Path::new(folder).join(file));
        let mut manifests = vec![Manifest {
            ecosystem: Ecosystem::Cargo,
            path: manifest(&config.crate_dir, "Cargo.toml"),
        }];
        for (ecosystem, folder, file) in [
            (Ecosystem::Npm, &config.typescript_dir, "package.json"),
            (Ecosystem::PyPi, &config.python_dir, "pyproject.toml"),
        ] {
            let path = manifest(folder, file);
            if layout.output(&path).is_file() {
                manifests.push(Manifest { ecosystem, path });
            }
        }
        Packages {
            registry: layout.registry_name(),
            lock: layout.lock_name(),
            manifests,
        }
    }
}

fn slashes(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// A release version: `MAJOR.MINOR.PATCH`, with any pre-release or build
/// suffix kept for display only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Version {
    pub major: u64,
    pub minor: u64,
    pub patch: u64,
    pub written: String,
}

impl Version {
    /// Reads `1.2.3`, `1.2.3-rc.1`, `1.2.3+build`, `1.2` (PEP 440: `1.2.3rc1`).
    pub(super) fn parse(text: &str) -> Option<Version> {
        let release: String = text
            .trim()
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        let release = release.trim_end_matches('.');
        let parts: Vec<u64> = release
            .split('.')
            .map(str::parse)
            .collect::<Result<_, _>>()
            .ok()?;
        if parts.is_empty() || parts.len() > 3 {
            return None;
        }
        let get = |i: usize| parts.get(i).copied().unwrap_or(0);
        Some(Version {
            major: get(0),
            minor: get(1),
            patch: get(2),
            written: text.trim().to_string(),
        })
    }

    fn triple(&self) -> (u64, u64, u64) {
        (self.major, self.minor, self.patch)
    }

    /// The least version after `self` that a change of level `bump`
    /// allows, by the caret rule every ecosystem here follows: before 1.0
    /// the minor version is the breaking one (and before 0.1 the patch).
    pub(super) fn required(&self, bump: Bump) -> (u64, u64, u64) {
        let (major, minor, patch) = self.triple();
        match bump {
            Bump::None => (major, minor, patch),
            Bump::Major if major > 0 => (major + 1, 0, 0),
            Bump::Major if minor > 0 => (0, minor + 1, 0),
            Bump::Minor if major > 0 => (major, minor + 1, 0),
            Bump::Major | Bump::Minor | Bump::Patch => (major, minor, patch + 1),
        }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.written)
    }
}

/// The `key = "value"` of a TOML `[section]`, read line by line (the
/// manifests here are flat; no TOML parser is a dependency).
fn toml_value(text: &str, section: &str, key: &str) -> Option<String> {
    let mut inside = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            inside = line == format!("[{section}]");
            continue;
        }
        if !inside {
            continue;
        }
        let Some((k, v)) = line.split_once('=') else {
            continue;
        };
        if k.trim() == key {
            let v = v.split('#').next().unwrap_or("").trim();
            return Some(v.trim_matches('"').trim_matches('\'').to_string());
        }
    }
    None
}

/// A package's name and version as its manifest says; `workspace` reads the
/// root `Cargo.toml` when the crate inherits `version.workspace = true`.
pub(super) fn read(
    ecosystem: Ecosystem,
    text: &str,
    workspace: &dyn Fn() -> Option<String>,
) -> Result<(String, Version), String> {
    let (name, version) = match ecosystem {
        Ecosystem::Cargo => {
            let name = toml_value(text, "package", "name");
            let version = match toml_value(text, "package", "version") {
                Some(v) => Some(v),
                None if toml_value(text, "package", "version.workspace").as_deref()
                    == Some("true") =>
                {
                    workspace().and_then(|root| toml_value(&root, "workspace.package", "version"))
                }
                None => None,
            };
            (name, version)
        }
        Ecosystem::Npm => {
            let doc: serde_json::Value =
                serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
            let field = |k: &str| doc.get(k).and_then(|v| v.as_str()).map(str::to_string);
            (field("name"), field("version"))
        }
        Ecosystem::PyPi => (
            toml_value(text, "project", "name"),
            toml_value(text, "project", "version"),
        ),
    };
    let version = version.ok_or("no version")?;
    let parsed =
        Version::parse(&version).ok_or_else(|| format!("unreadable version {version:?}"))?;
    Ok((name.unwrap_or_else(|| "(unnamed)".into()), parsed))
}

/// One package's versions at the old revision and now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Versions {
    pub manifest: Manifest,
    pub name: String,
    /// `None` when the package did not exist at the old revision.
    pub old: Option<Version>,
    pub new: Version,
}

/// What is wrong with the packages' versions for a change of level `bump`;
/// empty when every package was bumped enough and they agree.
pub(super) fn problems(packages: &[Versions], bump: Bump) -> Vec<String> {
    let mut out = Vec::new();
    for p in packages {
        let Some(old) = &p.old else { continue };
        let needed = old.required(bump);
        if p.new.triple() < needed {
            let (a, b, c) = needed;
            out.push(format!(
                "{} ({}, {}): version {} -> {} but a {} change needs at least {a}.{b}.{c} ({})",
                p.name,
                p.manifest.ecosystem.name(),
                p.manifest.path,
                old,
                p.new,
                bump.as_str(),
                p.manifest.ecosystem.rule()
            ));
        }
    }
    let first = packages.first();
    if let Some(first) = first
        && packages
            .iter()
            .any(|p| p.new.triple() != first.new.triple())
    {
        let all: Vec<String> = packages
            .iter()
            .map(|p| format!("{} {} ({})", p.name, p.new, p.manifest.path))
            .collect();
        out.push(format!(
            "the packages' versions disagree: {}; they ship one registry and carry one version",
            all.join(", ")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    /// `generate` never writes a package manifest over its maintainers'
    /// version: no committed output is a manifest `diff` reads versions from.
    #[test]
    fn generate_never_writes_a_package_version() {
        let workspace = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let layout = Layout::for_registry(workspace.join("registry/error-codes.yaml")).unwrap();
        let registry = crate::project::Project::of(layout.clone()).load().unwrap();
        let manifests = Packages::of(&layout).manifests;
        assert_eq!(
            manifests.len(),
            3,
            "every package of this repository has its manifest: {manifests:?}"
        );
        let outputs = crate::emit::committed(&registry, &layout).unwrap();
        for output in outputs {
            assert!(
                manifests.iter().all(|m| m.path != output.path),
                "generate writes {}",
                output.path
            );
        }
    }

    fn v(s: &str) -> Version {
        Version::parse(s).unwrap()
    }

    #[test]
    fn before_one_a_breaking_change_bumps_the_minor() {
        assert_eq!(v("0.1.0").required(Bump::Major), (0, 2, 0));
        assert_eq!(v("0.1.3").required(Bump::Minor), (0, 1, 4));
        assert_eq!(v("0.1.3").required(Bump::Patch), (0, 1, 4));
        assert_eq!(v("0.0.3").required(Bump::Major), (0, 0, 4));
        assert_eq!(v("1.4.2").required(Bump::Major), (2, 0, 0));
        assert_eq!(v("1.4.2").required(Bump::Minor), (1, 5, 0));
        assert_eq!(v("1.4.2").required(Bump::Patch), (1, 4, 3));
        assert_eq!(v("1.4.2").required(Bump::None), (1, 4, 2));
    }

    #[test]
    fn versions_read_from_each_manifest() {
        let none = || None;
        let cargo =
            "[package]\nname = \"x\"\nversion = \"0.3.1\"\n[dependencies]\nversion = \"9\"\n";
        let (name, version) = read(Ecosystem::Cargo, cargo, &none).unwrap();
        assert_eq!((name.as_str(), version.triple()), ("x", (0, 3, 1)));
        let inherited = "[package]\nname = \"x\"\nversion.workspace = true\n";
        let root = || Some("[workspace.package]\nversion = \"2.0.0\"\n".to_string());
        assert_eq!(
            read(Ecosystem::Cargo, inherited, &root).unwrap().1.triple(),
            (2, 0, 0)
        );
        let npm = r#"{"name": "@a/b", "version": "1.2.3-rc.1"}"#;
        assert_eq!(
            read(Ecosystem::Npm, npm, &none).unwrap().1.triple(),
            (1, 2, 3)
        );
        let py = "[build-system]\nrequires = []\n[project]\nname = \"b\"\nversion = \"0.4\"\n";
        assert_eq!(
            read(Ecosystem::PyPi, py, &none).unwrap().1.triple(),
            (0, 4, 0)
        );
        assert!(read(Ecosystem::PyPi, "[project]\nname = \"b\"\n", &none).is_err());
    }

    #[test]
    fn a_missing_bump_and_a_disagreement_are_problems() {
        let m = |e| Manifest {
            ecosystem: e,
            path: "p".into(),
        };
        let pkg = |e, old: &str, new: &str| Versions {
            manifest: m(e),
            name: "n".into(),
            old: Some(v(old)),
            new: v(new),
        };
        let bumped = [
            pkg(Ecosystem::Cargo, "0.1.0", "0.2.0"),
            pkg(Ecosystem::Npm, "0.1.0", "0.2.0"),
        ];
        assert!(problems(&bumped, Bump::Major).is_empty());
        let short = [
            pkg(Ecosystem::Cargo, "0.1.0", "0.1.1"),
            pkg(Ecosystem::Npm, "0.1.0", "0.1.1"),
        ];
        let found = problems(&short, Bump::Major);
        assert_eq!(found.len(), 2);
        assert!(found[0].contains("at least 0.2.0"), "{found:?}");
        assert!(problems(&short, Bump::Minor).is_empty());
        let apart = [
            pkg(Ecosystem::Cargo, "0.1.0", "0.2.0"),
            pkg(Ecosystem::PyPi, "0.1.0", "0.3.0"),
        ];
        let found = problems(&apart, Bump::Major);
        assert_eq!(found.len(), 1);
        assert!(found[0].contains("disagree"), "{found:?}");
    }
}
