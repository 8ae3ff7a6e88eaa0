//! The end-to-end scenarios, one module per scenario file, in one test
//! binary (one link after a registry edit, not one per file). Tier 2 tests
//! are `#[ignore]`d: `cargo test --workspace -- --ignored`.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

mod client_hostile;
mod code_styles;
mod docs_drift;
mod docs_tables;
mod envelope_cases;
mod generated_rows;
mod init_project;
mod layouts_e2e;
mod maintainer_edits;
mod module_graph;
mod observability;
mod operations;
mod outputs_details_schemas;
mod outputs_layouts;
mod outputs_openapi;
mod outputs_python;
mod outputs_rfc9457;
mod outputs_schema;
mod outputs_typescript;
mod pipeline;
mod pregenerated;
mod readme_examples;
mod registries_compile;
mod registry_layouts;
mod rfc9457_e2e;
mod seed_page;
mod server_e2e;
mod server_layer;
mod server_logs;
mod server_schemas;
mod wire_e2e;
mod wire_props;
mod wire_readme;
mod wire_registry;

/// The build folder (`CARGO_BUILD_BUILD_DIR`, cargo 1.91) that the cargo of
/// every tier-2 scenario shares: the dependencies the scenarios have in
/// common compile once, not once per scenario. Each scenario keeps its own
/// target folder (`CARGO_TARGET_DIR`), where its binaries, named alike
/// across scenarios, land.
fn shared_build_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("scenarios-build")
}
