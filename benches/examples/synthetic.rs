//! `synthetic <codes> [out.yaml]`: runs the generator once on a synthetic
//! registry of that many codes and prints how long each stage took; with a
//! path, also writes the registry there (`scripts/bench.sh` compiles the
//! crate generated from it). One run, for profiling and for the script; the
//! criterion figures come from `benches/generator.rs`.
#![forbid(unsafe_code)]

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use error_codes_codegen::emit::{markdown, rust};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(Ok(codes)) = args.first().map(|n| n.parse::<usize>()) else {
        eprintln!("usage: synthetic <codes> [out.yaml]");
        return ExitCode::from(2);
    };
    let yaml = error_codes_benches::synthetic_registry(codes);
    if let Some(out) = args.get(1)
        && let Err(why) = std::fs::write(out, &yaml)
    {
        eprintln!("{out}: {why}");
        return ExitCode::FAILURE;
    }

    let start = Instant::now();
    let registry = match error_codes_codegen::load_str(Path::new("synthetic.yaml"), &yaml) {
        Ok(registry) => registry,
        Err(diagnostics) => {
            eprintln!("{diagnostics}");
            return ExitCode::FAILURE;
        }
    };
    let loaded = start.elapsed();
    let tokens = rust::tokens(&registry, &Default::default());
    let emitted = start.elapsed();
    let file = match syn::parse2::<syn::File>(tokens) {
        Ok(file) => file,
        Err(why) => {
            eprintln!("generated Rust does not parse: {why}");
            return ExitCode::FAILURE;
        }
    };
    let parsed = start.elapsed();
    let source = prettyplease::unparse(&file);
    let formatted = start.elapsed();
    let docs = markdown::page(&registry);
    let tables = markdown::tables(&registry, markdown::Links::Rustdoc, 1);
    let documented = start.elapsed();

    let ms = |d: std::time::Duration| d.as_secs_f64() * 1e3;
    println!("codes: {codes} ({} bytes of YAML)", yaml.len());
    println!("load+validate: {:8.2} ms", ms(loaded));
    println!("emit rust:     {:8.2} ms", ms(emitted - loaded));
    println!("syn parse:     {:8.2} ms", ms(parsed - emitted));
    println!("prettyplease:  {:8.2} ms", ms(formatted - parsed));
    println!("emit docs:     {:8.2} ms", ms(documented - formatted));
    println!("total:         {:8.2} ms", ms(documented));
    println!(
        "output: {} lines of Rust, {} bytes of docs",
        source.lines().count(),
        docs.len() + tables.len()
    );
    ExitCode::SUCCESS
}
