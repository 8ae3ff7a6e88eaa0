//! `synthetic <codes> [out.yaml]`: runs the generator once on a synthetic
//! registry of that many codes and prints how long each stage took; with a
//! path, also writes the registry there (`scripts/bench.sh` compiles the
//! crate generated from it). One run, for profiling and for the script; the
//! criterion figures come from `benches/generator.rs`.
#![forbid(unsafe_code)]

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use error_codes_codegen::{Config, Project, Registry};

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
    let config = Config::default();
    let project = Project::with_config(".", config.clone());

    let start = Instant::now();
    let registry = match Registry::parse(Path::new("synthetic.yaml"), &yaml) {
        Ok(registry) => registry,
        Err(diagnostics) => {
            eprintln!("{diagnostics}");
            return ExitCode::FAILURE;
        }
    };
    let loaded = start.elapsed();
    // The Rust (emitted with `quote!`, parsed by syn, formatted by
    // prettyplease) and the rustdoc tables.
    let built = match project.build_outputs(&registry) {
        Ok(built) => built,
        Err(why) => {
            eprintln!("{why}");
            return ExitCode::FAILURE;
        }
    };
    let emitted = start.elapsed();
    // Every committed output: the docs page, schemas, clients, lock, crate.
    let committed = match project.outputs(&registry) {
        Ok(committed) => committed,
        Err(why) => {
            eprintln!("{why}");
            return ExitCode::FAILURE;
        }
    };
    let documented = start.elapsed();

    let source = built
        .iter()
        .find(|o| o.path.ends_with(".rs"))
        .map_or("", |o| o.contents.as_str());
    let tables = built
        .iter()
        .find(|o| o.path.ends_with(".md"))
        .map_or(0, |o| o.contents.len());
    let docs = committed
        .iter()
        .find(|o| o.path == config.docs_page)
        .map_or(0, |o| o.contents.len());
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1e3;
    println!("codes: {codes} ({} bytes of YAML)", yaml.len());
    println!("load+validate:  {:8.2} ms", ms(loaded));
    println!("build outputs:  {:8.2} ms", ms(emitted - loaded));
    println!("every output:   {:8.2} ms", ms(documented - emitted));
    println!("total:          {:8.2} ms", ms(documented));
    println!(
        "output: {} lines of Rust, {} bytes of docs, {} files committed",
        source.lines().count(),
        docs + tables,
        committed.len()
    );
    ExitCode::SUCCESS
}
