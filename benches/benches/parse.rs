//! Parsing a code string: `ErrorCode::from_str` against strum, phf, a
//! `HashMap` and serde derive, on every code (hits) and on strings that are
//! not codes (misses). Throughput is in parses.
#![forbid(unsafe_code)]

#[path = "common/contenders.rs"]
mod contenders;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

use contenders::{Contender, Parsers};

fn parse(c: &mut Criterion) {
    let parsers = Parsers::default();
    let hits: Vec<String> = error_codes_benches::hits()
        .into_iter()
        .map(String::from)
        .collect();
    let misses = error_codes_benches::misses();
    for (set, inputs) in [("hits", &hits), ("misses", &misses)] {
        let mut group = c.benchmark_group(format!("parse/{set}"));
        group.throughput(Throughput::Elements(inputs.len() as u64));
        for contender in Contender::ALL {
            group.bench_function(contender.name(), |b| {
                b.iter(|| parsers.run(contender, inputs));
            });
        }
        group.finish();
    }
}

criterion_group!(benches, parse);
criterion_main!(benches);
