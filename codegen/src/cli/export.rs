//! `error-codes export --format FORMAT [REGISTRY]`: any generated output on
//! stdout, for tools that want it without reading the repository.

use crate::emit;
use crate::layout::{self, Layout};
use crate::{Error, Registry};

/// What `export` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The whole registry as JSON (`docs/error-codes.json`).
    Json,
    /// The OpenAPI 3.1 document (`docs/openapi/error-codes.yaml`).
    #[value(name = "openapi")]
    OpenApi,
    /// The envelope's JSON Schema (`docs/schema/error-envelope.schema.json`).
    #[value(name = "jsonschema")]
    JsonSchema,
    /// The TypeScript package's data module (`clients/typescript/src/codes.ts`).
    #[value(name = "typescript")]
    TypeScript,
    /// The docs page (`docs/error-codes.md`).
    Markdown,
}

impl Format {
    /// The committed output this format prints.
    pub fn path(self) -> &'static str {
        match self {
            Format::Json => layout::JSON_EXPORT,
            Format::OpenApi => layout::OPENAPI,
            Format::JsonSchema => layout::JSON_SCHEMA,
            Format::TypeScript => layout::TYPESCRIPT,
            Format::Markdown => layout::DOCS_PAGE,
        }
    }

    /// The output, exactly as the committed file holds it.
    pub fn render(self, registry: &Registry, layout: &Layout) -> Result<String, Error> {
        emit::committed(registry, layout)
            .map_err(Error::emit)?
            .into_iter()
            .find(|o| o.path == self.path())
            .map(|o| o.contents)
            .ok_or_else(|| Error::Emit(format!("no committed output {}", self.path())))
    }
}
