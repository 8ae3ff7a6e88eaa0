//! The generated `lookup` of the code enum (`ErrorCode::lookup`): wire string → code.
//!
//! Codes are told apart by their length and then by the bytes at positions
//! chosen here, where codes of that length differ, until one code is left;
//! the input is then compared with that code's string, once. Each comparison
//! is with a literal of known length, which the compiler turns into a few
//! word compares. A plain `match` on string literals is a chain of
//! comparisons in registry order instead, and costs more the more codes
//! share a length (as with 10,000 codes).

use std::collections::BTreeMap;

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

use crate::config::Config;
use crate::model::Registry;

/// `pub fn lookup(s: &str) -> Option<Self>` for the registry's code enum.
pub(super) fn lookup(registry: &Registry, config: &Config) -> TokenStream {
    let codes: Vec<(&[u8], Ident)> = registry
        .codes()
        .map(|(_, code)| (code.code.as_bytes(), super::variant(code)))
        .collect();
    let wire: Vec<&[u8]> = codes.iter().map(|(code, _)| *code).collect();
    let arms = by_length(&wire).into_iter().map(|(len, tree)| {
        let len = Literal::usize_unsuffixed(len);
        let pick = tokens(&tree, &codes);
        quote!(#len => #pick)
    });
    let name = &config.code_enum;
    let doc = super::doc(&format!(
        "The code whose wire string is exactly `s` (case-sensitive), or `None`.\n\n\
         `s.parse::<{name}>()` does the same but its error keeps a copy of\n\
         `s` for messages; `lookup` builds nothing, so a miss costs no allocation.\n\n\
         ```\n\
         # use {krate}::{name};\n\
         let first = {name}::ALL[0];\n\
         assert_eq!({name}::lookup(first.as_str()), Some(first));\n\
         assert_eq!({name}::lookup(\"not a code\"), None);\n\
         ```",
        krate = config.crate_name.replace('-', "_"),
    ));
    quote! {
        #doc
        #[inline]
        pub fn lookup(s: &str) -> Option<Self> {
            let b = s.as_bytes();
            match b.len() {
                #(#arms,)*
                _ => None,
            }
        }
    }
}

/// How the generated code narrows a set of codes of one length to one.
#[derive(Debug, PartialEq, Eq)]
enum Pick {
    /// The code at this index of the registry's codes.
    Code(usize),
    /// Branch on the input's byte at `at`; any other byte is no code.
    Byte { at: usize, arms: BTreeMap<u8, Pick> },
}

/// One decision tree per code length, in increasing length.
fn by_length(codes: &[&[u8]]) -> BTreeMap<usize, Pick> {
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (index, code) in codes.iter().enumerate() {
        groups.entry(code.len()).or_default().push(index);
    }
    groups
        .into_iter()
        .map(|(len, group)| (len, pick(codes, &group)))
        .collect()
}

/// The tree telling apart `group` (indices of distinct codes of one length).
fn pick(codes: &[&[u8]], group: &[usize]) -> Pick {
    if let [only] = group {
        return Pick::Code(*only);
    }
    let at = splitting_position(codes, group);
    let mut split: BTreeMap<u8, Vec<usize>> = BTreeMap::new();
    for &index in group {
        split.entry(codes[index][at]).or_default().push(index);
    }
    let arms = split
        .into_iter()
        .map(|(byte, part)| (byte, pick(codes, &part)))
        .collect();
    Pick::Byte { at, arms }
}

/// The position whose byte takes the most distinct values in `group` (the
/// first such), which keeps the tree shallow. Distinct codes of equal length
/// differ somewhere, so the chosen byte splits the group in at least two.
fn splitting_position(codes: &[&[u8]], group: &[usize]) -> usize {
    let len = group.first().map_or(0, |&index| codes[index].len());
    let mut best = (0, 0);
    for at in 0..len {
        let mut seen = [false; 256];
        let mut distinct = 0;
        for &index in group {
            let slot = &mut seen[usize::from(codes[index][at])];
            if !*slot {
                *slot = true;
                distinct += 1;
            }
        }
        if distinct > best.1 {
            best = (at, distinct);
        }
    }
    best.0
}

fn tokens(tree: &Pick, codes: &[(&[u8], Ident)]) -> TokenStream {
    match tree {
        Pick::Code(index) => {
            let (wire, ident) = &codes[*index];
            let wire = Literal::byte_string(wire);
            quote!((b == #wire).then_some(Self::#ident))
        }
        Pick::Byte { at, arms } => {
            let arms = arms.iter().map(|(byte, tree)| {
                let byte = Literal::byte_character(*byte);
                let pick = tokens(tree, codes);
                quote!(#byte => #pick)
            });
            let at = Literal::usize_unsuffixed(*at);
            // `b[#at]` cannot panic: the outer `match` has checked that `b` is
            // as long as the codes here, and `at` is a position within them.
            quote! {
                match b[#at] {
                    #(#arms,)*
                    _ => None,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;

    /// What the generated function does with `input`, run on the tree.
    fn run(trees: &BTreeMap<usize, Pick>, codes: &[&[u8]], input: &[u8]) -> Option<usize> {
        let mut tree = trees.get(&input.len())?;
        let candidate = loop {
            match tree {
                Pick::Code(index) => break *index,
                Pick::Byte { at, arms } => tree = arms.get(&input[*at])?,
            }
        };
        (codes[candidate] == input).then_some(candidate)
    }

    #[test]
    fn splits_on_the_position_with_most_distinct_bytes() {
        // Position 0 has two values (a, b), position 2 has three (x, y, z).
        let codes: [&[u8]; 3] = [b"aax", b"aay", b"baz"];
        assert_eq!(splitting_position(&codes, &[0, 1, 2]), 2);
    }

    #[test]
    fn nests_when_one_byte_does_not_tell_codes_apart() {
        let codes: [&[u8]; 4] = [b"ab", b"ac", b"bb", b"bc"];
        let tree = pick(&codes, &[0, 1, 2, 3]);
        let leaf = |a, b| Pick::Byte {
            at: 1,
            arms: BTreeMap::from([(b'b', Pick::Code(a)), (b'c', Pick::Code(b))]),
        };
        let expected = Pick::Byte {
            at: 0,
            arms: BTreeMap::from([(b'a', leaf(0, 1)), (b'b', leaf(2, 3))]),
        };
        assert_eq!(tree, expected);
    }

    #[test]
    fn every_code_finds_itself_and_nothing_else_matches() {
        // Many codes per length, sharing long prefixes and suffixes.
        let owned: Vec<String> = (0..3000)
            .map(|i| format!("secret_{}_{i}", ["a", "bb", "ccc"][i % 3]))
            .collect();
        let codes: Vec<&[u8]> = owned.iter().map(|c| c.as_bytes()).collect();
        let trees = by_length(&codes);
        for (index, code) in codes.iter().enumerate() {
            assert_eq!(run(&trees, &codes, code), Some(index), "{}", owned[index]);
            let mut near = code.to_vec();
            *near.last_mut().unwrap() = b'x';
            assert_eq!(run(&trees, &codes, &near), None);
            assert_eq!(run(&trees, &codes, &code[1..]), None);
        }
        assert_eq!(run(&trees, &codes, b""), None);
    }

    #[test]
    fn emits_one_match_arm_per_byte() {
        let ident = |name| Ident::new(name, proc_macro2::Span::call_site());
        let codes: [(&[u8], Ident); 2] = [(b"ab", ident("Ab")), (b"ac", ident("Ac"))];
        let wire: Vec<&[u8]> = codes.iter().map(|(c, _)| *c).collect();
        let text = tokens(&by_length(&wire)[&2], &codes).to_string();
        assert_eq!(
            text,
            concat!(
                "match b [1] { ",
                "b'b' => (b == b\"ab\") . then_some (Self :: Ab) , ",
                "b'c' => (b == b\"ac\") . then_some (Self :: Ac) , ",
                "_ => None , }"
            )
        );
    }
}
