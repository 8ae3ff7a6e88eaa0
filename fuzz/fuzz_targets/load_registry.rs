//! Any text as a registry: a registry or diagnostics, and a report that
//! renders; never a panic, whatever the YAML.
#![no_main]
#![forbid(unsafe_code)]

use std::path::Path;

use error_codes_codegen::{Config, Project, Registry};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let path = Path::new("registry/error-codes.yaml");
    match Registry::parse(path, text) {
        Ok(registry) => {
            // A valid registry must generate every output, and Rust that parses.
            let project = Project::with_config(".", Config::default());
            project.outputs(&registry).expect("generated Rust parses");
        }
        Err(diagnostics) => {
            assert!(!diagnostics.is_empty());
            let _ = diagnostics.render(&|_| Some(text.to_owned()), false);
        }
    }
});
