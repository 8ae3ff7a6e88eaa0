//! How the generator scales: each stage the public API exposes on synthetic
//! registries of 100, 1,000 and 10,000 codes, and the whole pipeline (the
//! build script's outputs, the docs and every other committed output).
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;
use std::path::Path;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use error_codes_codegen::{Config, Project, Registry};

const SIZES: [usize; 3] = [100, 1_000, 10_000];

fn generator(c: &mut Criterion) {
    let file = Path::new("synthetic.yaml");
    let project = Project::with_config(".", Config::default());
    let mut group = c.benchmark_group("generator");
    group.sample_size(10);
    for size in SIZES {
        let yaml = error_codes_benches::synthetic_registry(size);
        let registry = Registry::parse(file, &yaml).expect("synthetic registry is valid");
        assert_eq!(registry.code_count(), size);
        // The formatted Rust the crate compiles: what syn and prettyplease
        // are measured on below.
        let source = error_codes_benches::generated_rust(&project, &registry);
        let parsed: syn::File = syn::parse_file(&source).unwrap();
        group.throughput(Throughput::Elements(size as u64));

        group.bench_with_input(BenchmarkId::new("load+validate", size), &yaml, |b, yaml| {
            b.iter(|| Registry::parse(file, black_box(yaml)).unwrap());
        });
        // Emitting the Rust with `quote!`, parsing it with syn and formatting
        // it with prettyplease, and the rustdoc tables.
        group.bench_with_input(
            BenchmarkId::new("emit build outputs", size),
            &registry,
            |b, r| {
                b.iter(|| project.build_outputs(black_box(r)).unwrap());
            },
        );
        // syn's share of that, on text of the same size (the generator parses
        // tokens, not text: an upper bound).
        group.bench_with_input(
            BenchmarkId::new("format: syn parse", size),
            &source,
            |b, s| {
                b.iter(|| syn::parse_file(black_box(s)).unwrap());
            },
        );
        group.bench_with_input(
            BenchmarkId::new("format: prettyplease", size),
            &parsed,
            |b, f| {
                b.iter(|| prettyplease::unparse(black_box(f)));
            },
        );
        // Every committed output: the docs page, schemas, clients, lock and
        // the crate's pregenerated source.
        group.bench_with_input(
            BenchmarkId::new("emit committed outputs", size),
            &registry,
            |b, r| {
                b.iter(|| project.outputs(black_box(r)).unwrap());
            },
        );
        group.bench_with_input(BenchmarkId::new("total", size), &yaml, |b, yaml| {
            b.iter(|| {
                let registry = Registry::parse(file, black_box(yaml)).unwrap();
                project.outputs(&registry).unwrap()
            });
        });
    }
    group.finish();
}

criterion_group!(benches, generator);
criterion_main!(benches);
