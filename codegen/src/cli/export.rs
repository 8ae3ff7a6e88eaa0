//! `error-codes export --format FORMAT [REGISTRY]`: any generated output on
//! stdout, for tools that want it without reading the repository.

use std::path::PathBuf;

use crate::Registry;
use crate::emit;

/// What `export` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The whole registry as JSON (`docs/error-codes.json`).
    Json,
    /// The OpenAPI 3.1 document (`docs/openapi/error-codes.yaml`).
    OpenApi,
    /// The envelope's JSON Schema (`docs/schema/error-envelope.schema.json`).
    JsonSchema,
    /// The TypeScript module (`clients/typescript/error-codes.ts`).
    TypeScript,
    /// The docs page (`docs/error-codes.md`).
    Markdown,
}

impl Format {
    pub const VALUES: &[(&str, Format)] = &[
        ("json", Format::Json),
        ("openapi", Format::OpenApi),
        ("jsonschema", Format::JsonSchema),
        ("typescript", Format::TypeScript),
        ("markdown", Format::Markdown),
    ];

    pub fn parse(name: &str) -> Result<Format, String> {
        Self::VALUES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, f)| *f)
            .ok_or_else(|| {
                let names: Vec<&str> = Self::VALUES.iter().map(|(n, _)| *n).collect();
                format!(
                    "unknown format {name:?}; expected one of {}",
                    names.join(", ")
                )
            })
    }

    /// The output, exactly as the committed file holds it.
    pub fn render(self, registry: &Registry) -> String {
        match self {
            Format::Json => emit::json::export(registry),
            Format::OpenApi => emit::openapi::document(registry),
            Format::JsonSchema => emit::jsonschema::document(registry),
            Format::TypeScript => emit::typescript::module(registry),
            Format::Markdown => emit::markdown::page(registry),
        }
    }
}

/// `--format FORMAT` or `--format=FORMAT`, and an optional registry path.
pub fn parse_args(args: &[String]) -> Result<(Format, PathBuf), String> {
    let mut format = None;
    let mut registry = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let value = if arg == "--format" {
            Some(args.next().ok_or("--format needs a value")?.as_str())
        } else {
            arg.strip_prefix("--format=")
        };
        match value {
            Some(value) if format.is_none() => format = Some(Format::parse(value)?),
            Some(_) => return Err("--format given twice".into()),
            None if arg.starts_with('-') => return Err(format!("unknown option {arg:?}")),
            None if registry.is_none() => registry = Some(PathBuf::from(arg)),
            None => return Err(format!("unexpected argument {arg:?}")),
        }
    }
    let format =
        format.ok_or("export needs --format json|openapi|jsonschema|typescript|markdown")?;
    Ok((
        format,
        registry.unwrap_or_else(|| PathBuf::from(super::DEFAULT_REGISTRY)),
    ))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parses_both_spellings_and_a_registry() {
        assert_eq!(
            parse_args(&args(&["--format", "json"])),
            Ok((Format::Json, PathBuf::from(super::super::DEFAULT_REGISTRY)))
        );
        assert_eq!(
            parse_args(&args(&["r.yaml", "--format=openapi"])),
            Ok((Format::OpenApi, PathBuf::from("r.yaml")))
        );
    }

    #[test]
    fn rejects_what_it_does_not_understand() {
        assert!(parse_args(&args(&[])).unwrap_err().contains("--format"));
        assert!(parse_args(&args(&["--format"])).is_err());
        assert!(
            parse_args(&args(&["--format", "yaml"]))
                .unwrap_err()
                .contains("typescript")
        );
        assert!(parse_args(&args(&["--format=json", "--format=json"])).is_err());
        assert!(parse_args(&args(&["--format=json", "-v"])).is_err());
        assert!(parse_args(&args(&["--format=json", "a", "b"])).is_err());
    }
}
