//! `error-codes export --format FORMAT [REGISTRY]`: any generated output on
//! stdout, for tools that want it without reading the repository.

use crate::emit;
use crate::layout::Layout;
use crate::{Error, Registry};

/// What `export` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(super) enum Format {
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
    /// The committed output this format prints, in `layout`'s configuration.
    pub(super) fn path(self, layout: &Layout) -> String {
        let config = layout.config();
        match self {
            Format::Json => config.json_export.clone(),
            Format::OpenApi => config.openapi.clone(),
            Format::JsonSchema => config.json_schema.clone(),
            Format::TypeScript => crate::emit::ClientNames::of(config).typescript_data(),
            Format::Markdown => config.docs_page.clone(),
        }
    }

    /// The output, exactly as the committed file holds it.
    pub(super) fn render(self, registry: &Registry, layout: &Layout) -> Result<String, Error> {
        let path = self.path(layout);
        emit::committed(registry, layout)
            .map_err(Error::emit)?
            .into_iter()
            .find(|o| o.path == path)
            .map(|o| o.contents)
            .ok_or_else(|| Error::Emit(format!("no committed output {path}")))
    }
}
