//! The ways of parsing a code string that `benches/parse.rs` compares, shared
//! with the instruction-count example and the agreement test (each includes
//! this file with `#[path]`).

// Each of those targets uses only part of this module.
#![allow(dead_code)]

use std::collections::HashMap;
use std::hint::black_box;
use std::str::FromStr;

use error_codes::ErrorCode;
use serde::Deserialize;
use serde::de::value::{BorrowedStrDeserializer, Error as ValueError};

include!(concat!(env!("OUT_DIR"), "/baselines.rs"));

/// One way of turning a wire string into a code.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Contender {
    /// `ErrorCode::from_str`: the generated `lookup`, and on a miss an error
    /// that keeps a copy of the input.
    Ours,
    /// `ErrorCode::lookup`: the generated lookup alone, `None` on a miss.
    OursLookup,
    /// `ErrorCode`'s `Deserialize`, from a string deserializer (no JSON).
    OursSerde,
    /// strum's derived `EnumString`.
    Strum,
    /// serde's derived `Deserialize` of a unit-variant enum.
    SerdeDerive,
    /// `phf::Map` built at compile time.
    Phf,
    /// `std::collections::HashMap<&str, ErrorCode>`, default hasher.
    HashMap,
}

impl Contender {
    pub(crate) const ALL: [Contender; 7] = [
        Contender::Ours,
        Contender::OursLookup,
        Contender::OursSerde,
        Contender::Strum,
        Contender::SerdeDerive,
        Contender::Phf,
        Contender::HashMap,
    ];

    pub(crate) fn name(self) -> &'static str {
        match self {
            Contender::Ours => "error_codes from_str",
            Contender::OursLookup => "error_codes lookup",
            Contender::OursSerde => "error_codes Deserialize",
            Contender::Strum => "strum EnumString",
            Contender::SerdeDerive => "serde derive Deserialize",
            Contender::Phf => "phf Map",
            Contender::HashMap => "std HashMap",
        }
    }

    pub(crate) fn from_name(name: &str) -> Option<Contender> {
        Contender::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// The contenders, with what they need built once (the `HashMap`).
#[derive(Debug)]
pub(crate) struct Parsers {
    map: HashMap<&'static str, ErrorCode>,
}

impl Default for Parsers {
    fn default() -> Self {
        Parsers {
            map: ErrorCode::ALL.iter().map(|c| (c.as_str(), *c)).collect(),
        }
    }
}

impl Parsers {
    /// Parses every input the `contender` way. Results (errors included,
    /// which some contenders allocate) go through `black_box`, so nothing is
    /// optimized away; the `match` runs once per batch, not per input.
    pub(crate) fn run<S: AsRef<str>>(&self, contender: Contender, inputs: &[S]) {
        match contender {
            Contender::Ours => {
                for s in inputs {
                    let _ = black_box(ErrorCode::from_str(black_box(s.as_ref())));
                }
            }
            Contender::OursLookup => {
                for s in inputs {
                    let _ = black_box(ErrorCode::lookup(black_box(s.as_ref())));
                }
            }
            Contender::OursSerde => {
                for s in inputs {
                    let de = BorrowedStrDeserializer::<ValueError>::new(black_box(s.as_ref()));
                    let _ = black_box(ErrorCode::deserialize(de));
                }
            }
            Contender::Strum => {
                for s in inputs {
                    let _ = black_box(Derived::from_str(black_box(s.as_ref())));
                }
            }
            Contender::SerdeDerive => {
                for s in inputs {
                    let de = BorrowedStrDeserializer::<ValueError>::new(black_box(s.as_ref()));
                    let _ = black_box(Derived::deserialize(de));
                }
            }
            Contender::Phf => {
                for s in inputs {
                    let _ = black_box(PHF.get(black_box(s.as_ref())).copied());
                }
            }
            Contender::HashMap => {
                for s in inputs {
                    let _ = black_box(self.map.get(black_box(s.as_ref())).copied());
                }
            }
        }
    }

    /// What `contender` makes of `s`: the variant's name, or `None`.
    pub(crate) fn variant_name(&self, contender: Contender, s: &str) -> Option<String> {
        let name = |code: ErrorCode| format!("{code:?}");
        match contender {
            Contender::Ours => ErrorCode::from_str(s).ok().map(name),
            Contender::OursLookup => ErrorCode::lookup(s).map(name),
            Contender::OursSerde => {
                let de = BorrowedStrDeserializer::<ValueError>::new(s);
                ErrorCode::deserialize(de).ok().map(name)
            }
            Contender::Strum => Derived::from_str(s).ok().map(|d| format!("{d:?}")),
            Contender::SerdeDerive => {
                let de = BorrowedStrDeserializer::<ValueError>::new(s);
                Derived::deserialize(de).ok().map(|d| format!("{d:?}"))
            }
            Contender::Phf => PHF.get(s).copied().map(name),
            Contender::HashMap => self.map.get(s).copied().map(name),
        }
    }
}
