//! The client packages' hand-written files, and the names and places of
//! each package.
//!
//! The behaviour of the TypeScript and Python clients (reading envelopes,
//! `Retry-After`, rate-limit headers, retry advice) is hand-written
//! TypeScript and Python in this crate's `clients/` folder, type-checked,
//! linted and tested as such. The generator writes only data (the
//! TypeScript package's `src/codes.ts`, the Python package's `_registry.py`)
//! and copies these files beside it, each listed once below with where it
//! lands. A registry with `grpc:` also gets the gRPC readers
//! ([`PYTHON_GRPC`], [`TYPESCRIPT_GRPC`]) and their generated tables, and
//! its `index.ts` re-exports the TypeScript one. A package's manifests
//! carry its version, which `generate` never changes: they are written only
//! where missing ([`created`]).

use super::tree::json_string;
use super::{Output, python, typescript};
use crate::layout::{Comment, Layout};
use crate::model::Registry;

/// The names a registry's client packages are published and imported under.
/// The emitters take them; [`Default`] gives this repository's names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ClientNames {
    /// The npm package's name (`package.json`'s `name`).
    pub npm: String,
    /// The Python distribution's name (`pyproject.toml`'s `name`, what
    /// `pip install` takes).
    pub pypi: String,
    /// The Python import package: `import <python_module>`, kept in the
    /// Python package's `src/<python_module>/`.
    pub python_module: String,
    /// The npm package's folder, relative to the project's root.
    pub typescript_dir: String,
    /// The Python package's folder, relative to the project's root.
    pub python_dir: String,
    /// The packages' licence, an SPDX expression.
    pub license: String,
}

impl ClientNames {
    /// The names and folders `config` gives the client packages.
    pub(crate) fn of(config: &crate::config::Config) -> Self {
        ClientNames {
            npm: config.npm_package.clone(),
            pypi: config.pypi_package.clone(),
            python_module: config.python_module.clone(),
            typescript_dir: config.typescript_dir.clone(),
            python_dir: config.python_dir.clone(),
            license: config.license.clone(),
        }
    }

    /// The npm package's generated data module, relative to the project's root.
    pub(crate) fn typescript_data(&self) -> String {
        format!("{}/{TYPESCRIPT_DATA}", self.typescript_dir)
    }
}

impl Default for ClientNames {
    fn default() -> Self {
        ClientNames::of(&crate::config::Config::default())
    }
}

/// The npm package's generated data module, inside its folder.
pub(crate) const TYPESCRIPT_DATA: &str = "src/codes.ts";

/// A file of this crate's `clients/` folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RuntimeFile {
    /// Its path in this crate's `clients/` folder.
    pub source: &'static str,
    /// Where it lands: relative to the TypeScript package's folder, or to
    /// the Python import package's folder.
    pub destination: &'static str,
    /// Its text.
    pub contents: &'static str,
    /// How the copy's first lines say where it comes from (`None`: copied
    /// as it is).
    pub comment: Option<Comment>,
}

/// One file of `clients/`, named once: its text is included from that path.
macro_rules! runtime_file {
    ($source:literal => $destination:literal, $comment:expr) => {
        RuntimeFile {
            source: $source,
            destination: $destination,
            contents: include_str!(concat!("../../clients/", $source)),
            comment: $comment,
        }
    };
}

/// The TypeScript package's root module, which re-exports every other.
const TYPESCRIPT_INDEX: RuntimeFile =
    runtime_file!("typescript/index.ts" => "src/index.ts", Some(Comment::Slash));

/// The TypeScript package's hand-written files. Its data module is
/// [`TYPESCRIPT_DATA`] (`src/codes.ts`), which they import.
pub(crate) const TYPESCRIPT: &[RuntimeFile] = &[
    TYPESCRIPT_INDEX,
    runtime_file!("typescript/envelope.ts" => "src/envelope.ts", Some(Comment::Slash)),
    runtime_file!("typescript/read.ts" => "src/read.ts", Some(Comment::Slash)),
    runtime_file!("typescript/layout_body.ts" => "src/layout_body.ts", Some(Comment::Slash)),
    runtime_file!("typescript/items_body.ts" => "src/items_body.ts", Some(Comment::Slash)),
    runtime_file!("typescript/google_body.ts" => "src/google_body.ts", Some(Comment::Slash)),
    runtime_file!("typescript/headers.ts" => "src/headers.ts", Some(Comment::Slash)),
    runtime_file!("typescript/lookup.ts" => "src/lookup.ts", Some(Comment::Slash)),
    runtime_file!("typescript/response.ts" => "src/response.ts", Some(Comment::Slash)),
    // tsc and oxlint read comments in their configuration.
    runtime_file!("typescript/tsconfig.json" => "tsconfig.json", Some(Comment::Slash)),
    runtime_file!("typescript/.oxlintrc.json" => ".oxlintrc.json", Some(Comment::Slash)),
];

/// The Python import package's hand-written files. Its data module is
/// [`PYTHON_DATA`], which they import.
pub(crate) const PYTHON: &[RuntimeFile] = &[
    runtime_file!("python/__init__.py" => "__init__.py", Some(Comment::Hash)),
    runtime_file!("python/_details.py" => "_details.py", Some(Comment::Hash)),
    runtime_file!("python/_envelope.py" => "_envelope.py", Some(Comment::Hash)),
    runtime_file!("python/_headers.py" => "_headers.py", Some(Comment::Hash)),
    runtime_file!("python/_response.py" => "_response.py", Some(Comment::Hash)),
    // PEP 561's marker: its content has a meaning of its own.
    runtime_file!("python/py.typed" => "py.typed", None),
];

/// The Python import package's hand-written gRPC reader, copied only for
/// a registry with `grpc:` (beside its generated data,
/// [`python::grpc::PYTHON_GRPC_DATA`]).
pub(crate) const PYTHON_GRPC: &[RuntimeFile] =
    &[runtime_file!("python/grpc.py" => "grpc.py", Some(Comment::Hash))];

/// The TypeScript package's hand-written reader of Connect errors, copied
/// only for a registry with `grpc:` (beside its generated data,
/// [`typescript::grpc::TYPESCRIPT_GRPC_DATA`]); the copy of `index.ts`
/// then ends with [`TYPESCRIPT_GRPC_EXPORT`].
pub(crate) const TYPESCRIPT_GRPC: &[RuntimeFile] =
    &[runtime_file!("typescript/grpc.ts" => "src/grpc.ts", Some(Comment::Slash))];

/// The line the copy of `index.ts` ends with for a registry with `grpc:`.
pub(crate) const TYPESCRIPT_GRPC_EXPORT: &str = "export * from \"./grpc.js\";\n";

/// The Python package's generated data module, in the import package.
pub(crate) const PYTHON_DATA: &str = "_registry.py";

/// The Python package's generated `details` module (`<module>.details`),
/// in the import package.
pub(crate) const PYTHON_DETAILS: &str = "details.py";

/// A package manifest: written only where no file is, with the package's
/// names filled in. `{{npm}}`, `{{pypi}}`, `{{python_module}}` and
/// `{{license}}` in it are replaced by the names and the licence, escaped as
/// a JSON or TOML string's content.
struct Manifest {
    /// Relative to the package's folder.
    destination: &'static str,
    template: &'static str,
}

macro_rules! manifest {
    ($source:literal => $destination:literal) => {
        Manifest {
            destination: $destination,
            template: include_str!(concat!("../../clients/", $source)),
        }
    };
}

const TYPESCRIPT_MANIFESTS: &[Manifest] = &[
    manifest!("typescript/package.template.json" => "package.json"),
    manifest!("typescript/package-lock.template.json" => "package-lock.json"),
];

const PYTHON_MANIFESTS: &[Manifest] =
    &[manifest!("python/pyproject.template.toml" => "pyproject.toml")];

/// The Python import package's folder, relative to the workspace root.
pub(crate) fn python_module_dir(names: &ClientNames) -> String {
    format!("{}/src/{}", names.python_dir, names.python_module)
}

/// The first lines of a copied file: where it comes from and how to
/// refresh it, commented for where it lands.
fn copied_preamble(file: &RuntimeFile, comment: Comment, layout: &Layout) -> String {
    let lines = [
        format!(
            "Copied from clients/{} of error-codes-codegen. Do not edit.",
            file.source
        ),
        format!(
            "Regenerate with `{}`.",
            layout.regenerate_command().replace(['\n', '\r'], " ")
        ),
    ];
    lines
        .iter()
        .map(|line| match comment {
            Comment::Slash => format!("// {line}\n"),
            Comment::Hash => format!("# {line}\n"),
            Comment::Html => format!("<!-- {} -->\n", line.replace("-->", "- ->")),
        })
        .collect()
}

fn copy(file: &RuntimeFile, folder: &str, layout: &Layout) -> Output {
    let preamble = file.comment.map_or_else(String::new, |comment| {
        copied_preamble(file, comment, layout)
    });
    Output {
        path: format!("{folder}/{}", file.destination),
        contents: preamble + file.contents,
    }
}

/// Every file of the two client packages that `generate` rewrites: the
/// generated data modules and the copies of the hand-written files.
pub(crate) fn committed(registry: &Registry, layout: &Layout, names: &ClientNames) -> Vec<Output> {
    let module_dir = python_module_dir(names);
    let mut outputs = vec![
        Output {
            path: names.typescript_data(),
            contents: layout.preamble(Comment::Slash) + &typescript::module(registry),
        },
        Output {
            path: format!("{module_dir}/{PYTHON_DATA}"),
            contents: layout.preamble(Comment::Hash) + &python::module(registry),
        },
        Output {
            path: format!("{module_dir}/{PYTHON_DETAILS}"),
            contents: layout.preamble(Comment::Hash) + &python::details::module(registry),
        },
        // Each operation's codes (TypeScript's are in its data module).
        Output {
            path: format!("{module_dir}/{}", python::operations::PYTHON_OPERATIONS),
            contents: layout.preamble(Comment::Hash) + &python::operations::module(registry),
        },
    ];
    outputs.extend(
        TYPESCRIPT
            .iter()
            .map(|file| copy(file, &names.typescript_dir, layout)),
    );
    outputs.extend(PYTHON.iter().map(|file| copy(file, &module_dir, layout)));
    if registry.grpc.is_some() {
        let index = format!("{}/{}", names.typescript_dir, TYPESCRIPT_INDEX.destination);
        if let Some(index) = outputs.iter_mut().find(|o| o.path == index) {
            index.contents.push_str(TYPESCRIPT_GRPC_EXPORT);
        }
        outputs.extend(grpc(registry, layout, names));
    }
    outputs
}

/// The gRPC readers of a registry with `grpc:`: the generated data, the
/// copied readers.
fn grpc(registry: &Registry, layout: &Layout, names: &ClientNames) -> Vec<Output> {
    let module_dir = python_module_dir(names);
    let mut outputs = Vec::new();
    if let Some(data) = python::grpc::module(registry) {
        outputs.push(Output {
            path: format!("{module_dir}/{}", python::grpc::PYTHON_GRPC_DATA),
            contents: layout.preamble(Comment::Hash) + &data,
        });
    }
    if let Some(data) = typescript::grpc::module(registry) {
        outputs.push(Output {
            path: format!(
                "{}/{}",
                names.typescript_dir,
                typescript::grpc::TYPESCRIPT_GRPC_DATA
            ),
            contents: layout.preamble(Comment::Slash) + &data,
        });
    }
    outputs.extend(
        PYTHON_GRPC
            .iter()
            .map(|file| copy(file, &module_dir, layout)),
    );
    outputs.extend(
        TYPESCRIPT_GRPC
            .iter()
            .map(|file| copy(file, &names.typescript_dir, layout)),
    );
    outputs
}

/// The packages' manifests for `names`, at version 0.1.0: what `generate`
/// writes where no file is (it never rewrites one: a manifest's version is
/// the maintainers').
pub(crate) fn created(names: &ClientNames) -> Vec<Output> {
    let escaped = |name: &str| {
        let quoted = json_string(name);
        quoted[1..quoted.len() - 1].to_owned()
    };
    let fill = |template: &str| {
        template
            .replace("{{npm}}", &escaped(&names.npm))
            .replace("{{pypi}}", &escaped(&names.pypi))
            .replace("{{python_module}}", &escaped(&names.python_module))
            .replace("{{license}}", &escaped(&names.license))
    };
    let typescript = TYPESCRIPT_MANIFESTS
        .iter()
        .map(|m| (names.typescript_dir.as_str(), m));
    let python = PYTHON_MANIFESTS
        .iter()
        .map(|m| (names.python_dir.as_str(), m));
    typescript
        .chain(python)
        .map(|(folder, manifest)| Output {
            path: format!("{folder}/{}", manifest.destination),
            contents: fill(manifest.template),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;

    #[test]
    fn the_data_module_lies_in_the_typescript_package() {
        let names = ClientNames::default();
        let data = names.typescript_data();
        let inside = data
            .strip_prefix(&names.typescript_dir)
            .and_then(|rest| rest.strip_prefix("/src/"));
        assert!(inside.is_some(), "{data}");
        assert!(
            TYPESCRIPT.iter().all(|f| f.destination != TYPESCRIPT_DATA),
            "a hand-written file would overwrite the data module"
        );
        assert!(PYTHON.iter().all(|f| f.destination != PYTHON_DATA
            && f.destination != PYTHON_DETAILS
            && f.destination != python::operations::PYTHON_OPERATIONS));
    }

    #[test]
    fn copies_say_where_they_come_from_and_keep_the_source() {
        let layout = Layout::new(crate::config::Config::default().registry);
        for file in TYPESCRIPT
            .iter()
            .chain(PYTHON)
            .chain(TYPESCRIPT_GRPC)
            .chain(PYTHON_GRPC)
        {
            let copy = copy(file, "pkg", &layout);
            assert!(copy.contents.ends_with(file.contents), "{}", file.source);
            match file.comment {
                Some(_) => assert!(
                    copy.contents.contains(&format!("clients/{}", file.source)),
                    "{}",
                    copy.contents
                ),
                None => assert_eq!(copy.contents, file.contents),
            }
        }
    }

    #[test]
    fn only_a_registry_with_grpc_gets_the_grpc_readers() {
        let names = ClientNames::default();
        let layout = Layout::new(crate::config::Config::default().registry);
        let load = |path: &str| crate::model::Registry::load(path).expect("the fixture is valid");
        let grpc = load(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/fixtures/grpc/registry.yaml"
        ));
        let small = load(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/small.yaml"
        ));
        for (registry, on) in [(&grpc, true), (&small, false)] {
            let outputs = committed(registry, &layout, &names);
            let has = |end: &str| outputs.iter().any(|o| o.path.ends_with(end));
            assert_eq!(has(python::grpc::PYTHON_GRPC_DATA), on);
            assert_eq!(has(typescript::grpc::TYPESCRIPT_GRPC_DATA), on);
            for file in PYTHON_GRPC.iter().chain(TYPESCRIPT_GRPC) {
                assert_eq!(has(file.destination), on, "{}", file.source);
                assert!(
                    TYPESCRIPT
                        .iter()
                        .chain(PYTHON)
                        .all(|other| other.destination != file.destination)
                );
            }
            let index = outputs
                .iter()
                .find(|o| o.path.ends_with(TYPESCRIPT_INDEX.destination))
                .expect("the package has its root module");
            assert_eq!(index.contents.ends_with(TYPESCRIPT_GRPC_EXPORT), on);
            assert_eq!(
                index.contents.matches(TYPESCRIPT_GRPC_EXPORT).count(),
                usize::from(on)
            );
        }
    }

    #[test]
    fn manifests_take_the_names_escaped() {
        let names = ClientNames {
            npm: "@other/api-\"errors\"".into(),
            pypi: "other-api".into(),
            python_module: "other_api".into(),
            license: "LicenseRef-\"Acme\"".into(),
            ..ClientNames::default()
        };
        let created = created(&names);
        let package = created
            .iter()
            .find(|o| o.path.ends_with("/package.json"))
            .expect("a package.json is created");
        let json: serde_json::Value =
            serde_json::from_str(&package.contents).expect("package.json is JSON");
        assert_eq!(json["name"], names.npm.as_str());
        assert_eq!(json["version"], "0.1.0");
        assert_eq!(json["license"], names.license.as_str());
        let lock = created
            .iter()
            .find(|o| o.path.ends_with("/package-lock.json"))
            .expect("a package-lock.json is created");
        let lock: serde_json::Value = serde_json::from_str(&lock.contents).expect("JSON");
        assert_eq!(lock["packages"][""]["name"], names.npm.as_str());
        assert_eq!(lock["packages"][""]["license"], names.license.as_str());
        let pyproject = created
            .iter()
            .find(|o| o.path.ends_with("/pyproject.toml"))
            .expect("a pyproject.toml is created");
        assert!(pyproject.contents.contains("name = \"other-api\""));
        assert!(
            pyproject
                .contents
                .contains(r#"license = "LicenseRef-\"Acme\"""#),
            "{}",
            pyproject.contents
        );
        assert!(
            pyproject
                .contents
                .contains("\"other_api\" = [\"py.typed\"]")
        );
        assert!(created.iter().all(|o| !o.contents.contains("{{")));
        assert!(
            created
                .iter()
                .all(|o| !o.contents.contains("error-codes\"")
                    && !o.contents.contains("error_codes")),
            "a default name is left in a manifest"
        );
    }

    #[test]
    fn the_python_data_module_follows_the_import_name() {
        let names = ClientNames {
            python_module: "other_api".into(),
            ..ClientNames::default()
        };
        let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/small.yaml");
        let registry = crate::model::Registry::load(fixture).expect("the fixture is valid");
        let layout = Layout::new(crate::config::Config::default().registry);
        let outputs = committed(&registry, &layout, &names);
        let under = |path: &str| outputs.iter().filter(|o| o.path.starts_with(path)).count();
        assert_eq!(
            under(&format!("{}/src/other_api/", names.python_dir)),
            // The hand-written files, the data module, `details` and `operations`.
            PYTHON.len() + 3
        );
        assert_eq!(under(&format!("{}/src/error_codes/", names.python_dir)), 0);
    }
}
