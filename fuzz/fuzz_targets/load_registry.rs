//! Any text as a registry: a registry or diagnostics, and a report that
//! renders; never a panic, whatever the YAML.
#![no_main]
#![forbid(unsafe_code)]

use std::path::Path;

use error_codes_codegen::render;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let path = Path::new("registry/error-codes.yaml");
    match error_codes_codegen::load_str(path, text) {
        Ok(registry) => {
            // A valid registry must generate every output, and Rust that parses.
            let layout = error_codes_codegen::layout::Layout::new(path);
            error_codes_codegen::emit::committed(&registry, &layout).expect("generated Rust parses");
        }
        Err(diagnostics) => {
            assert!(!diagnostics.is_empty());
            let _ = render::report(
                &diagnostics,
                &|_| Some(text.to_owned()),
                render::Style::Plain,
            );
        }
    }
});
