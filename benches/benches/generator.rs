//! How the generator scales: each stage on synthetic registries of 100, 1,000
//! and 10,000 codes, and the whole pipeline a build script runs plus the docs.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;
use std::path::Path;

use criterion::{BatchSize, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use error_codes_codegen::emit::{markdown, rust};

const SIZES: [usize; 3] = [100, 1_000, 10_000];

fn generator(c: &mut Criterion) {
    let file = Path::new("synthetic.yaml");
    let mut group = c.benchmark_group("generator");
    group.sample_size(10);
    for size in SIZES {
        let yaml = error_codes_benches::synthetic_registry(size);
        let registry =
            error_codes_codegen::load_str(file, &yaml).expect("synthetic registry is valid");
        assert_eq!(registry.code_count(), size);
        let tokens = rust::tokens(&registry, &Default::default());
        let parsed: syn::File = syn::parse2(tokens.clone()).unwrap();
        group.throughput(Throughput::Elements(size as u64));

        group.bench_with_input(BenchmarkId::new("load+validate", size), &yaml, |b, yaml| {
            b.iter(|| error_codes_codegen::load_str(file, black_box(yaml)).unwrap());
        });
        group.bench_with_input(BenchmarkId::new("emit rust", size), &registry, |b, r| {
            b.iter(|| rust::tokens(black_box(r), &Default::default()));
        });
        group.bench_with_input(
            BenchmarkId::new("format: syn parse", size),
            &tokens,
            |b, t| {
                b.iter_batched(
                    || t.clone(),
                    |t| syn::parse2::<syn::File>(t).unwrap(),
                    BatchSize::LargeInput,
                );
            },
        );
        group.bench_with_input(
            BenchmarkId::new("format: prettyplease", size),
            &parsed,
            |b, f| {
                b.iter(|| prettyplease::unparse(black_box(f)));
            },
        );
        group.bench_with_input(BenchmarkId::new("emit docs", size), &registry, |b, r| {
            b.iter(|| markdown::page(black_box(r)));
        });
        group.bench_with_input(BenchmarkId::new("total", size), &yaml, |b, yaml| {
            b.iter(|| {
                let registry = error_codes_codegen::load_str(file, black_box(yaml)).unwrap();
                let layout = error_codes_codegen::layout::Layout::new("registry/error-codes.yaml");
                let build = error_codes_codegen::emit::build(&registry, &layout).unwrap();
                let docs = markdown::page(&registry);
                (build, docs)
            });
        });
    }
    group.finish();
}

criterion_group!(benches, generator);
criterion_main!(benches);
