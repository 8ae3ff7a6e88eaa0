//! The accessors read one row of a generated `const` table: the cost per
//! call, measured over every code. Throughput is in calls.
#![forbid(unsafe_code)]

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use error_codes::ErrorCode;

fn accessors(c: &mut Criterion) {
    let codes = ErrorCode::ALL;
    let mut group = c.benchmark_group("accessors");
    group.throughput(Throughput::Elements(codes.len() as u64));
    group.bench_function("as_str", |b| {
        b.iter(|| {
            for code in codes {
                black_box(black_box(*code).as_str());
            }
        });
    });
    group.bench_function("http_status", |b| {
        b.iter(|| {
            for code in codes {
                black_box(black_box(*code).http_status());
            }
        });
    });
    group.bench_function("category", |b| {
        b.iter(|| {
            for code in codes {
                black_box(black_box(*code).category());
            }
        });
    });
    group.finish();
}

criterion_group!(benches, accessors);
criterion_main!(benches);
