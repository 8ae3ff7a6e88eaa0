//! The parse contenders are comparable only if they agree: on every code and
//! on every miss of the benchmark's inputs, each gives what `from_str` gives.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../../benches/common/contenders.rs"]
mod contenders;

use contenders::{Contender, Parsers};
use error_codes::ErrorCode;

#[test]
fn every_contender_parses_every_code_to_the_same_variant() {
    let parsers = Parsers::default();
    for code in ErrorCode::ALL {
        let expected = Some(format!("{code:?}"));
        for contender in Contender::ALL {
            assert_eq!(
                parsers.variant_name(contender, code.as_str()),
                expected,
                "{} on {:?}",
                contender.name(),
                code.as_str()
            );
        }
    }
}

#[test]
fn every_contender_rejects_every_miss() {
    let parsers = Parsers::default();
    let misses = error_codes_benches::misses();
    // Five shapes of miss per code, and the empty and long strings.
    assert!(misses.len() > 4 * ErrorCode::ALL.len(), "{}", misses.len());
    for miss in &misses {
        for contender in Contender::ALL {
            assert_eq!(
                parsers.variant_name(contender, miss),
                None,
                "{} on {miss:?}",
                contender.name()
            );
        }
    }
}

#[test]
fn the_hits_are_every_code_once() {
    let hits = error_codes_benches::hits();
    assert_eq!(hits.len(), ErrorCode::ALL.len());
    let mut unique = hits.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), hits.len());
}
