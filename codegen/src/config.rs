//! The project's configuration: every name and path the generator uses,
//! in one file at the project root, [`Config::FILE`], which the command
//! line and the build script both read. Every key is optional; [`Config`]'s
//! `Default` is this repository's layout. An unknown key is a located
//! diagnostic that names the nearest known one.
//!
//! ```yaml
//! # error-codes.gen.yaml
//! registry: registry/error-codes.yaml
//! command: cargo run -p error-codes-codegen --
//! license: MIT OR Apache-2.0
//! rust:
//!   package: error-codes
//!   dir: generated-crate
//!   code_enum: ErrorCode
//!   category_enum: Category
//!   runtime: error_codes_runtime
//! typescript:
//!   package: error-codes
//!   dir: clients/typescript
//! python:
//!   package: error-codes
//!   module: error_codes
//!   dir: clients/python
//! docs:
//!   page: docs/error-codes.md
//!   json: docs/error-codes.json
//!   openapi: docs/openapi/error-codes.yaml
//!   json_schema: docs/schema/error-envelope.schema.json
//!   openapi_server: https://api.example.com/v1
//! metrics:
//!   counter: error_responses_total
//!   error_type_label: error_type
//!   status_label: http_response_status_code
//!   category_label: error_category
//!   prometheus_rules: docs/observability/prometheus-rules.yaml
//!   grafana_dashboard: docs/observability/grafana-dashboard.json
//! grpc:
//!   proto: proto/error_reason.proto
//!   reason_enum: ErrorReason
//! ```

use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::naming::{SchemaNames, schema_holder};
use crate::suggest;
use crate::yaml::{Note, Noted, Spanned};

/// Every name and path of a project, relative to its root.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Config {
    /// The registry.
    pub registry: String,
    /// The command that runs the generator's command line; every command
    /// the tool prints starts with it.
    pub command: String,
    /// The licence of the packages made for the API (the crate `init`
    /// makes, the npm and PyPI packages), an SPDX expression. The default is
    /// this repository's own, [`Config::DEFAULT_LICENSE`]; `init` says so.
    pub license: String,
    /// The generated crate's package name.
    pub crate_name: String,
    /// The generated crate's folder.
    pub crate_dir: String,
    /// The code enum's name.
    pub code_enum: String,
    /// The category enum's name.
    pub category_enum: String,
    /// The runtime's path in the generated code (prost-build's
    /// `prost_path`): the name the generated crate depends on it by
    /// (`error_codes_runtime`, an extern crate), or any path to it
    /// (`crate::runtime`, `::acme_errors::runtime`) where a crate re-exports it.
    pub runtime: String,
    /// The npm package's name.
    pub npm_package: String,
    /// The npm package's folder.
    pub typescript_dir: String,
    /// The PyPI distribution's name.
    pub pypi_package: String,
    /// The Python import package's name.
    pub python_module: String,
    /// The Python package's folder (its `pyproject.toml`'s).
    pub python_dir: String,
    /// The docs page.
    pub docs_page: String,
    /// The whole registry as JSON.
    pub json_export: String,
    /// The OpenAPI document.
    pub openapi: String,
    /// The error envelope's JSON Schema.
    pub json_schema: String,
    /// The API's base URL, the OpenAPI document's `servers` entry; empty
    /// when the API has no fixed one: the document then names a server
    /// variable (`{server}`) for the reader to fill, never a made-up URL.
    pub openapi_server: String,
    /// The counter of error responses the `metrics` feature counts in
    /// (the runtime's `MetricNames`, as are the three labels' names).
    pub metrics_counter: String,
    /// The code's label.
    pub metrics_error_type: String,
    /// The HTTP status's label.
    pub metrics_status: String,
    /// The category's label.
    pub metrics_category: String,
    /// The Prometheus rules file (recording rules, the deprecated-code alert).
    pub prometheus_rules: String,
    /// The Grafana dashboard.
    pub grafana_dashboard: String,
    /// The `.proto` file of the reasons, written when the registry has
    /// `grpc:`.
    pub proto: String,
    /// The `.proto`'s enum of the reasons.
    pub reason_enum: String,
    /// Where the file wrote the keys a later stage checks against the
    /// registry.
    written: Written,
}

/// Where a configuration file wrote `rust.code_enum`, for a diagnostic
/// that only the registry can raise (a schema name a code also makes).
/// Not part of the configuration's value: two configurations that say the
/// same are equal wherever they were written.
#[derive(Debug, Clone, Default)]
struct Written {
    code_enum: Option<(PathBuf, Location)>,
}

impl PartialEq for Written {
    fn eq(&self, _: &Written) -> bool {
        true
    }
}

impl Eq for Written {}

impl Default for Config {
    fn default() -> Self {
        Config {
            registry: "registry/error-codes.yaml".into(),
            command: "cargo run -p error-codes-codegen --".into(),
            license: Config::DEFAULT_LICENSE.into(),
            crate_name: "error-codes".into(),
            crate_dir: "generated-crate".into(),
            code_enum: "ErrorCode".into(),
            category_enum: "Category".into(),
            runtime: "error_codes_runtime".into(),
            npm_package: "@example/error-codes".into(),
            typescript_dir: "clients/typescript".into(),
            pypi_package: "error-codes".into(),
            python_module: "error_codes".into(),
            python_dir: "clients/python".into(),
            docs_page: "docs/error-codes.md".into(),
            json_export: "docs/error-codes.json".into(),
            openapi: "docs/openapi/error-codes.yaml".into(),
            json_schema: "docs/schema/error-envelope.schema.json".into(),
            openapi_server: String::new(),
            // The runtime's: OpenTelemetry's names in Prometheus form.
            metrics_counter: METRIC_NAMES.counter.into(),
            metrics_error_type: METRIC_NAMES.error_type.into(),
            metrics_status: METRIC_NAMES.status.into(),
            metrics_category: METRIC_NAMES.category.into(),
            prometheus_rules: "docs/observability/prometheus-rules.yaml".into(),
            grafana_dashboard: "docs/observability/grafana-dashboard.json".into(),
            // As googleapis names its own (`google/api/error_reason.proto`).
            proto: "proto/error_reason.proto".into(),
            reason_enum: "ErrorReason".into(),
            written: Written::default(),
        }
    }
}

impl Config {
    /// The configuration file's name, at the project's root.
    pub const FILE: &'static str = "error-codes.gen.yaml";

    /// The packages' licence when the configuration names none.
    pub const DEFAULT_LICENSE: &'static str = "MIT OR Apache-2.0";

    /// The configuration of a project whose crate is `name`: the crate in
    /// folder `name`, the npm and PyPI packages named `name`, the Python
    /// module `name` in snake_case; everything else as [`Config::default`].
    pub fn for_crate(name: &str) -> Config {
        Config {
            crate_name: name.to_owned(),
            crate_dir: name.to_owned(),
            npm_package: name.to_owned(),
            pypi_package: name.to_owned(),
            python_module: name.replace('-', "_"),
            ..Config::default()
        }
    }

    /// Reads the configuration file at `path`.
    pub fn read(path: &Path) -> Result<Config, crate::error::Error> {
        let text = crate::yaml::read(path, &DOCUMENT)?;
        Ok(Config::parse(path, &text)?)
    }

    /// Parses configuration text; `file` names it in diagnostics.
    pub fn parse(file: &Path, text: &str) -> Result<Config, Diagnostics> {
        let text = crate::yaml::normalize_line_breaks(text.to_owned());
        if text.trim().is_empty() {
            return Ok(Config::default());
        }
        let raw: RawConfig = crate::yaml::parse_as(file, &DOCUMENT, &text)?;
        let mut problems = Vec::new();
        let mut notes = Vec::new();
        raw.notes(&mut notes);
        for note in notes {
            problems.push(match note {
                Note::UnknownField { field, expected } => {
                    let d = Diagnostic::new(
                        file,
                        field.location.clone(),
                        format!("unknown key `{}`", field.value.escape_debug()),
                    );
                    match suggest::nearest(&field.value, expected.iter().copied()) {
                        Some(near) => d.with_help(format!(
                            "did you mean `{near}`? The keys here are: {}",
                            expected.join(", ")
                        )),
                        None => d.with_help(format!("the keys here are: {}", expected.join(", "))),
                    }
                }
                Note::Tag { tag, location } => {
                    crate::yaml::tag_problem(file, &text, location, &tag)
                }
                Note::MissingField { field, at } => {
                    Diagnostic::new(file, at, format!("missing key `{field}`"))
                }
            });
        }
        let mut config = Config::default();
        // Where each enum's name is written (the file's start when it is not).
        let mut code_enum_at = Location::new(1, 1);
        let mut category_enum_at = Location::new(1, 1);
        let mut set = |target: &mut String, value: Option<Spanned<String>>, rule: Rule| {
            if let Some(value) = value {
                if let Err(why) = rule.check(&value.value) {
                    problems.push(Diagnostic::new(file, value.location.clone(), why));
                }
                *target = value.value;
            }
        };
        set(&mut config.registry, raw.registry, Rule::Path);
        set(&mut config.command, raw.command, Rule::Text);
        set(&mut config.license, raw.license, Rule::Text);
        if let Some(c) = raw.rust {
            if let Some(at) = &c.code_enum {
                code_enum_at = at.location.clone();
                config.written.code_enum = Some((file.to_path_buf(), at.location.clone()));
            }
            if let Some(at) = &c.category_enum {
                category_enum_at = at.location.clone();
            }
            set(&mut config.crate_name, c.package, Rule::Package);
            set(&mut config.crate_dir, c.dir, Rule::Path);
            set(&mut config.code_enum, c.code_enum, Rule::RustType);
            set(&mut config.category_enum, c.category_enum, Rule::RustType);
            set(&mut config.runtime, c.runtime, Rule::RustPath);
        }
        if let Some(t) = raw.typescript {
            set(&mut config.npm_package, t.package, Rule::NpmPackage);
            set(&mut config.typescript_dir, t.dir, Rule::Path);
        }
        if let Some(p) = raw.python {
            set(&mut config.pypi_package, p.package, Rule::Package);
            set(&mut config.python_module, p.module, Rule::PythonModule);
            set(&mut config.python_dir, p.dir, Rule::Path);
        }
        if let Some(d) = raw.docs {
            set(&mut config.docs_page, d.page, Rule::Path);
            set(&mut config.json_export, d.json, Rule::Path);
            set(&mut config.openapi, d.openapi, Rule::Path);
            set(&mut config.json_schema, d.json_schema, Rule::Path);
            set(&mut config.openapi_server, d.openapi_server, Rule::Url);
        }
        if let Some(m) = raw.metrics {
            set(&mut config.metrics_counter, m.counter, Rule::MetricName);
            set(
                &mut config.metrics_error_type,
                m.error_type_label,
                Rule::LabelName,
            );
            set(&mut config.metrics_status, m.status_label, Rule::LabelName);
            set(
                &mut config.metrics_category,
                m.category_label,
                Rule::LabelName,
            );
            set(&mut config.prometheus_rules, m.prometheus_rules, Rule::Path);
            set(
                &mut config.grafana_dashboard,
                m.grafana_dashboard,
                Rule::Path,
            );
        }
        if let Some(g) = raw.grpc {
            set(&mut config.proto, g.proto, Rule::Path);
            set(&mut config.reason_enum, g.reason_enum, Rule::ProtoType);
        }
        let labels = &config;
        if labels.metrics_error_type == labels.metrics_status
            || labels.metrics_error_type == labels.metrics_category
            || labels.metrics_status == labels.metrics_category
        {
            problems.push(Diagnostic::new(
                file,
                Location::new(1, 1),
                format!(
                    "metrics: the three labels must differ, not `{}`, `{}` and `{}`",
                    labels.metrics_error_type, labels.metrics_status, labels.metrics_category
                ),
            ));
        }
        // The two enums live beside the names the runtime's `vocabulary!`
        // gives the crate: neither may take one of them, or the other's.
        for (key, name, at) in [
            ("rust.code_enum", &config.code_enum, &code_enum_at),
            (
                "rust.category_enum",
                &config.category_enum,
                &category_enum_at,
            ),
        ] {
            if CRATE_ITEMS.contains(&name.as_str()) {
                problems.push(Diagnostic::new(
                    file,
                    at.clone(),
                    format!(
                        "{key}: `{name}` is a name the generated crate already has (the runtime's `vocabulary!` gives it: {})",
                        CRATE_ITEMS.join(", ")
                    ),
                ));
            }
        }
        // The code enum names schemas of JSON Schema and OpenAPI, beside
        // the shared ones (checked once its name is one).
        if Rule::RustType.check(&config.code_enum).is_ok()
            && !CRATE_ITEMS.contains(&config.code_enum.as_str())
        {
            problems.extend(config.schema_clashes(None));
        }
        if config.code_enum == config.category_enum {
            problems.push(Diagnostic::new(
                file,
                category_enum_at.clone(),
                format!(
                    "rust.code_enum and rust.category_enum are both `{}`",
                    config.code_enum
                ),
            ));
        }
        if problems.is_empty() {
            Ok(config)
        } else {
            problems.sort_by_key(|d| (d.location().line, d.location().column));
            Err(Diagnostics(problems))
        }
    }

    /// The schema names this configuration gives (the code enum's,
    /// [`SchemaNames`]) that another schema of the documents already holds
    /// (a shared one, or given `registry`, a code's own): each a diagnostic
    /// at `rust.code_enum` in the file (at the file's start when the
    /// configuration was not read from a file, whose name is then
    /// [`Config::FILE`]).
    pub(crate) fn schema_clashes(
        &self,
        registry: Option<&crate::model::Registry>,
    ) -> Vec<Diagnostic> {
        let (file, at) = self
            .written
            .code_enum
            .clone()
            .unwrap_or_else(|| (PathBuf::from(Config::FILE), Location::new(1, 1)));
        let names = SchemaNames::of(&self.code_enum);
        names
            .all()
            .into_iter()
            .filter_map(|schema| {
                let holder = schema_holder(schema, registry)?;
                Some(
                    Diagnostic::new(
                        &file,
                        at.clone(),
                        format!(
                            "rust.code_enum: `{}` names the schema `{schema}` in JSON Schema and OpenAPI, which is already {holder}",
                            self.code_enum
                        ),
                    )
                    .with_help("name the code enum otherwise: each schema of the documents needs its own name"),
                )
            })
            .collect()
    }

    /// The reasons of `registry` (`file` names it) that its `.proto`'s enum,
    /// [`Config::reason_enum`], cannot hold: each at its code (see
    /// [`crate::naming::proto_value_clashes`]).
    pub(crate) fn proto_clashes(
        &self,
        registry: &crate::model::Registry,
        file: &Path,
    ) -> Vec<Diagnostic> {
        crate::naming::proto_value_clashes(registry, &self.reason_enum, file)
    }

    /// The configuration file's text for this configuration: every key,
    /// so a team sees what it can change.
    pub fn to_yaml(&self) -> String {
        let q = quoted;
        format!(
            "# The names and paths of this project's generated outputs (see the\n\
             # README of error-codes, \"Your own API\"). Every key is optional.\n\
             registry: {}\n\
             command: {}\n\
             license: {}\n\
             rust:\n  package: {}\n  dir: {}\n  code_enum: {}\n  category_enum: {}\n  runtime: {}\n\
             typescript:\n  package: {}\n  dir: {}\n\
             python:\n  package: {}\n  module: {}\n  dir: {}\n\
             docs:\n  page: {}\n  json: {}\n  openapi: {}\n  json_schema: {}\n  openapi_server: {}\n\
             metrics:\n  counter: {}\n  error_type_label: {}\n  status_label: {}\n  category_label: {}\n  \
             prometheus_rules: {}\n  grafana_dashboard: {}\n\
             grpc:\n  proto: {}\n  reason_enum: {}\n",
            q(&self.registry),
            q(&self.command),
            q(&self.license),
            q(&self.crate_name),
            q(&self.crate_dir),
            q(&self.code_enum),
            q(&self.category_enum),
            q(&self.runtime),
            q(&self.npm_package),
            q(&self.typescript_dir),
            q(&self.pypi_package),
            q(&self.python_module),
            q(&self.python_dir),
            q(&self.docs_page),
            q(&self.json_export),
            q(&self.openapi),
            q(&self.json_schema),
            q(&self.openapi_server),
            q(&self.metrics_counter),
            q(&self.metrics_error_type),
            q(&self.metrics_status),
            q(&self.metrics_category),
            q(&self.prometheus_rules),
            q(&self.grafana_dashboard),
            q(&self.proto),
            q(&self.reason_enum),
        )
    }
}

/// `s` as a double-quoted string that YAML and TOML read back as `s`
/// (JSON's escapes are valid in both).
#[expect(clippy::expect_used, reason = "a string always serializes to JSON")]
pub(crate) fn quoted(s: &str) -> String {
    serde_json::to_string(s).expect("a string always serializes to JSON")
}

/// The configuration file, for the diagnostics of reading and parsing it.
const DOCUMENT: crate::yaml::Document = crate::yaml::Document {
    noun: "the configuration file",
    keys: RawConfig::FIELDS,
    guide: "docs/guides/your-own-api.md",
};

/// The crate-level names a generated crate has besides its two enums.
use error_codes_runtime::CRATE_ITEMS;
/// The default names of the counter and its labels.
const METRIC_NAMES: error_codes_runtime::MetricNames = error_codes_runtime::MetricNames::DEFAULT;

/// What a configured value must be.
#[derive(Debug, Clone, Copy)]
enum Rule {
    /// One line of text.
    Text,
    /// A relative path with `/` separators that stays inside the project.
    Path,
    /// A package name for crates.io, npm and PyPI alike.
    Package,
    /// An npm package name, maybe scoped (`@scope/name`).
    NpmPackage,
    /// A Rust type name.
    RustType,
    /// A protobuf message or enum name in UpperCamelCase.
    ProtoType,
    /// A Rust path without generics (`error_codes_runtime`, `crate::rt`).
    RustPath,
    /// A Python module name.
    PythonModule,
    /// A Prometheus metric name (`[a-zA-Z_:][a-zA-Z0-9_:]*`).
    MetricName,
    /// A Prometheus label name (`[a-zA-Z_][a-zA-Z0-9_]*`, not `__…`).
    LabelName,
    /// Empty, or an absolute `http(s)` URL without spaces.
    Url,
}

impl Rule {
    fn check(self, value: &str) -> Result<(), String> {
        let ident = |s: &str| {
            s.chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        };
        match self {
            Rule::Text if value.trim().is_empty() || value.contains(['\n', '\r']) => {
                Err("expected one non-empty line".into())
            }
            Rule::Path
                if value.is_empty()
                    || value.starts_with('/')
                    || value.contains('\\')
                    || value.split('/').any(|part| part.is_empty() || part == "..") =>
            {
                Err(format!(
                    "expected a relative path inside the project, with `/` separators, not {value:?}"
                ))
            }
            Rule::Package
                if !(value.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                    && value.chars().all(|c| {
                        c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'
                    })) =>
            {
                Err(format!(
                    "expected a package name of lower-case letters, digits, `-` and `_`, not {value:?}"
                ))
            }
            Rule::NpmPackage => {
                let name = match value.strip_prefix('@').and_then(|v| v.split_once('/')) {
                    Some((scope, name)) => {
                        Rule::Package.check(scope)?;
                        name
                    }
                    None => value,
                };
                Rule::Package.check(name)
            }
            Rule::RustType
                if !(ident(value) && value.starts_with(|c: char| c.is_ascii_uppercase())) =>
            {
                Err(format!(
                    "expected a Rust type name in UpperCamelCase, not {value:?}"
                ))
            }
            Rule::ProtoType
                if !(ident(value) && value.starts_with(|c: char| c.is_ascii_uppercase())) =>
            {
                Err(format!(
                    "expected a protobuf enum name in UpperCamelCase, not {value:?}"
                ))
            }
            Rule::MetricName
                if !(value
                    .starts_with(|c: char| c.is_ascii_alphabetic() || c == '_' || c == ':')
                    && value
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')) =>
            {
                Err(format!(
                    "expected a Prometheus metric name (letters, digits, `_`, `:`, not starting with a digit), not {value:?}"
                ))
            }
            Rule::LabelName if !ident(value) || value.starts_with("__") => Err(format!(
                "expected a Prometheus label name (letters, digits, `_`, not starting with a digit or `__`), not {value:?}"
            )),
            Rule::Url
                if !value.is_empty()
                    && !((value.starts_with("https://") || value.starts_with("http://"))
                        && !value.chars().any(char::is_whitespace)) =>
            {
                Err(format!(
                    "expected an absolute http(s) URL (or nothing: a `{{server}}` variable), not {value:?}"
                ))
            }
            Rule::PythonModule if !ident(value) => Err(format!(
                "expected an identifier (letters, digits, `_`), not {value:?}"
            )),
            Rule::RustPath
                if !syn::parse_str::<syn::Path>(value).is_ok_and(|path| {
                    path.segments
                        .iter()
                        .all(|s| matches!(s.arguments, syn::PathArguments::None))
                }) =>
            {
                Err(format!(
                    "expected a Rust path (`error_codes_runtime`, `crate::runtime`), not {value:?}"
                ))
            }
            _ => Ok(()),
        }
    }
}

/// The file's raw, spanned mappings.
#[allow(
    dead_code,
    reason = "`start` locates a mapping; configuration problems are reported at their key"
)]
mod raw {
    use crate::diagnostic::Location;
    use crate::yaml::{Note, Noted, Spanned, raw_mapping};

    raw_mapping! {
        pub struct RawConfig {
            optional registry: Option<Spanned<String>>,
            optional command: Option<Spanned<String>>,
            optional license: Option<Spanned<String>>,
            optional rust: Option<RawRust>,
            optional typescript: Option<RawTypescript>,
            optional python: Option<RawPython>,
            optional docs: Option<RawDocs>,
            optional metrics: Option<RawMetrics>,
            optional grpc: Option<RawGrpc>,
        }
    }

    raw_mapping! {
        pub struct RawGrpc {
            optional proto: Option<Spanned<String>>,
            optional reason_enum: Option<Spanned<String>>,
        }
    }

    raw_mapping! {
        pub struct RawMetrics {
            optional counter: Option<Spanned<String>>,
            optional error_type_label: Option<Spanned<String>>,
            optional status_label: Option<Spanned<String>>,
            optional category_label: Option<Spanned<String>>,
            optional prometheus_rules: Option<Spanned<String>>,
            optional grafana_dashboard: Option<Spanned<String>>,
        }
    }

    raw_mapping! {
        pub struct RawRust {
            optional package: Option<Spanned<String>>,
            optional dir: Option<Spanned<String>>,
            optional code_enum: Option<Spanned<String>>,
            optional category_enum: Option<Spanned<String>>,
            optional runtime: Option<Spanned<String>>,
        }
    }

    raw_mapping! {
        pub struct RawTypescript {
            optional package: Option<Spanned<String>>,
            optional dir: Option<Spanned<String>>,
        }
    }

    raw_mapping! {
        pub struct RawPython {
            optional package: Option<Spanned<String>>,
            optional module: Option<Spanned<String>>,
            optional dir: Option<Spanned<String>>,
        }
    }

    raw_mapping! {
        pub struct RawDocs {
            optional page: Option<Spanned<String>>,
            optional json: Option<Spanned<String>>,
            optional openapi: Option<Spanned<String>>,
            optional json_schema: Option<Spanned<String>>,
            optional openapi_server: Option<Spanned<String>>,
        }
    }
}

use raw::RawConfig;

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;

    #[test]
    fn the_written_file_reads_back_as_the_same_configuration() {
        let mut config = Config::for_crate("acme-errors");
        config.code_enum = "AcmeError".into();
        config.command = "error-codes".into();
        config.metrics_counter = "acme_errors_total".into();
        config.grafana_dashboard = "ops/acme.json".into();
        config.proto = "proto/acme/errors/v1/reasons.proto".into();
        config.reason_enum = "AcmeReason".into();
        let text = config.to_yaml();
        assert_eq!(Config::parse(Path::new(Config::FILE), &text), Ok(config));
        assert_eq!(
            Config::parse(Path::new(Config::FILE), &Config::default().to_yaml()),
            Ok(Config::default())
        );
    }

    #[test]
    fn the_proto_is_a_path_and_its_enum_a_protobuf_name() {
        let text = "grpc:\n  proto: api/reasons.proto\n  reason_enum: Reasons\n";
        let config = Config::parse(Path::new(Config::FILE), text).unwrap();
        assert_eq!(
            (config.proto.as_str(), config.reason_enum.as_str()),
            ("api/reasons.proto", "Reasons")
        );
        let text = "grpc:\n  proto: /abs.proto\n  reason_enum: error_reason\n";
        let err = Config::parse(Path::new(Config::FILE), text).unwrap_err();
        let lines: Vec<u64> = err.iter().map(|d| d.location().line).collect();
        assert_eq!(lines, [2, 3], "{err}");
        assert!(err.to_string().contains("protobuf enum name"), "{err}");
    }

    #[test]
    fn an_unknown_key_names_the_nearest_known_one() {
        let text = "rust:\n  pakage: x\n";
        let err = Config::parse(Path::new(Config::FILE), text).unwrap_err();
        let d = err.iter().next().expect("one diagnostic");
        assert_eq!((d.location().line, d.location().column), (2, 3));
        let help = d.help().unwrap_or_default();
        assert!(help.contains("did you mean `package`"), "{help}");
    }

    #[test]
    fn values_are_checked_where_they_are_written() {
        let text = "rust:\n  code_enum: error_code\ndocs:\n  page: ../outside.md\n";
        let err = Config::parse(Path::new(Config::FILE), text).unwrap_err();
        let lines: Vec<u64> = err.iter().map(|d| d.location().line).collect();
        assert_eq!(lines, [2, 4], "{err}");
    }

    #[test]
    fn the_enums_take_no_name_the_crate_already_has() {
        for name in ["Code", "ErrorEnvelope"] {
            let text = format!("rust:\n  code_enum: {name}\n");
            let err = Config::parse(Path::new(Config::FILE), &text).unwrap_err();
            assert!(err.to_string().contains("already has"), "{err}");
            let d = err.iter().next().expect("one diagnostic");
            assert_eq!((d.location().line, d.location().column), (2, 14), "{err}");
        }
        let text = "rust:\n  code_enum: Same\n  category_enum: Same\n";
        assert!(Config::parse(Path::new(Config::FILE), text).is_err());
    }

    #[test]
    fn a_generated_crate_has_no_details_type_but_its_own() {
        // The runtime's example `TypedDetails` is not re-exported into a
        // generated crate (its details type is `details::Details`), so the
        // name is free for an enum.
        let text = "rust:\n  code_enum: TypedDetails\n";
        let config = Config::parse(Path::new(Config::FILE), text).unwrap();
        assert_eq!(config.code_enum, "TypedDetails");
    }

    /// `rust.code_enum` names two schemas of JSON Schema and OpenAPI (the
    /// code enum's and its unknown codes'): neither may be a shared one
    /// (`ErrorMembers`, `Error`, `FieldErrorsDetails`, …), refused at the key.
    #[test]
    fn the_code_enum_takes_no_shared_schema_name() {
        let mut refused = 0;
        for (name, _) in crate::naming::shared_schemas() {
            if Rule::RustType.check(&name).is_err() {
                continue;
            }
            let text = format!("rust:\n  package: acme\n  code_enum: {name}\n");
            let err = Config::parse(Path::new(Config::FILE), &text).unwrap_err();
            let d = err.iter().next().expect("one diagnostic");
            assert_eq!(d.file(), Path::new(Config::FILE), "{err}");
            assert_eq!((d.location().line, d.location().column), (3, 14), "{err}");
            assert!(d.message().contains(&format!("`{name}`")), "{err}");
            refused += 1;
        }
        assert!(refused > 0);
        // Reported beside another key's problem.
        let (name, _) = crate::naming::shared_schemas()
            .into_iter()
            .find(|(name, _)| !CRATE_ITEMS.contains(&name.as_str()))
            .expect("a shared schema name the crate does not have");
        let text = format!("docs:\n  page: ../outside.md\nrust:\n  code_enum: {name}\n");
        let err = Config::parse(Path::new(Config::FILE), &text).unwrap_err();
        let lines: Vec<u64> = err.iter().map(|d| d.location().line).collect();
        assert_eq!(lines, [2, 4], "{err}");
    }

    /// A schema name of one of the registry's codes (here the nested
    /// envelope's variant of a `field_errors` code) is refused when the
    /// registry is loaded, at the configuration's key.
    #[test]
    fn the_code_enum_takes_no_schema_name_of_a_code() {
        use crate::naming::{BodyKind, code_variant_schema};

        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small.yaml");
        let registry = crate::model::Registry::load(&fixture).unwrap();
        let (_, code) = registry
            .codes()
            .find(|(_, c)| c.details.is_some())
            .expect("small.yaml has a code with field errors");
        let name = code_variant_schema(&code.rust_name, BodyKind::Error);
        let dir = std::env::temp_dir().join(format!("config-schema-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("registry")).unwrap();
        std::fs::copy(&fixture, dir.join("registry/error-codes.yaml")).unwrap();
        let path = dir.join(Config::FILE);
        std::fs::write(&path, format!("rust:\n  code_enum: {name}\n")).unwrap();
        let project = crate::project::Project::from_config_file(&path).unwrap();
        let Err(crate::error::Error::Invalid(err)) = project.load() else {
            panic!(
                "`{name}` was taken by the code enum and code {:?}",
                code.code
            );
        };
        let d = err.iter().next().expect("one diagnostic");
        assert_eq!(d.file(), path, "{err}");
        assert_eq!((d.location().line, d.location().column), (2, 14), "{err}");
        assert!(d.message().contains(&format!("{:?}", code.code)), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_runtime_is_any_path_without_generics() {
        for path in ["error_codes_runtime", "crate::runtime", "::acme::errors"] {
            let text = format!("rust:\n  runtime: {path:?}\n");
            let config = Config::parse(Path::new(Config::FILE), &text).unwrap();
            assert_eq!(config.runtime, path);
        }
        for bad in ["error-codes-runtime", "rt<T>", "a::", "1rt"] {
            let text = format!("rust:\n  runtime: {bad:?}\n");
            let err = Config::parse(Path::new(Config::FILE), &text).unwrap_err();
            assert!(
                err.to_string().contains("expected a Rust path"),
                "{bad}: {err}"
            );
        }
    }

    #[test]
    fn metric_and_label_names_are_prometheus_names_and_the_labels_differ() {
        let text = "metrics:\n  counter: api_errors_total\n  error_type_label: reason\n";
        let config = Config::parse(Path::new(Config::FILE), text).unwrap();
        assert_eq!(config.metrics_counter, "api_errors_total");
        assert_eq!(config.metrics_error_type, "reason");
        assert_eq!(config.metrics_status, METRIC_NAMES.status);
        for bad in [
            "metrics:\n  counter: 1errors\n",
            "metrics:\n  counter: api-errors\n",
            "metrics:\n  status_label: __status\n",
            "metrics:\n  category_label: a:b\n",
            "metrics:\n  error_type_label: same\n  status_label: same\n",
        ] {
            assert!(
                Config::parse(Path::new(Config::FILE), bad).is_err(),
                "{bad}"
            );
        }
    }

    /// A bad configuration file is reported as the configuration file, at
    /// the place in it, never as a registry.
    #[test]
    fn a_bad_file_is_reported_as_the_configuration_file() {
        let file = Path::new(Config::FILE);
        let not_a_mapping = Config::parse(file, "# names\n- rust\n- docs\n").unwrap_err();
        let tagged = Config::parse(file, "rust:\n  package: !!str acme\n").unwrap_err();
        let two_documents =
            Config::parse(file, "registry: a.yaml\n---\nregistry: b.yaml\n").unwrap_err();
        for (err, at) in [
            (not_a_mapping, (2, 1)),
            (tagged, (2, 12)),
            (two_documents, (2, 1)),
        ] {
            let d = err.iter().next().expect("one diagnostic");
            assert_eq!(d.file(), file, "{err}");
            assert_eq!((d.location().line, d.location().column), at, "{err}");
            assert!(!d.message().contains("registry"), "{err}");
            assert!(
                !d.help().unwrap_or_default().contains("a registry"),
                "{err}"
            );
        }

        // Reading it: not UTF-8, too large.
        let dir = std::env::temp_dir().join(format!("config-bad-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(Config::FILE);
        for (bytes, at) in [
            (b"rust:\n  package: caf\xe9\n".to_vec(), (2, 15)),
            (vec![b'#'; crate::yaml::MAX_REGISTRY_BYTES + 1], (1, 1)),
        ] {
            std::fs::write(&path, bytes).unwrap();
            let Err(crate::error::Error::Invalid(err)) = Config::read(&path) else {
                panic!("a bad configuration file was read");
            };
            let d = err.iter().next().expect("one diagnostic");
            assert_eq!(d.file(), path, "{err}");
            assert_eq!((d.location().line, d.location().column), at, "{err}");
            assert!(d.message().starts_with("the configuration file"), "{err}");
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_file_that_is_not_a_mapping_is_told_its_keys() {
        let err = Config::parse(Path::new(Config::FILE), "- rust\n").unwrap_err();
        let d = err.iter().next().expect("one diagnostic");
        assert!(d.message().starts_with(DOCUMENT.noun), "{err}");
        let help = d.help().unwrap_or_default();
        for key in RawConfig::FIELDS {
            assert!(help.contains(&format!("`{key}:`")), "{key}: {err}");
        }
    }

    #[test]
    fn an_empty_file_is_the_default() {
        assert_eq!(
            Config::parse(Path::new(Config::FILE), "\n"),
            Ok(Config::default())
        );
    }
}
