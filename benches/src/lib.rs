//! Inputs shared by the benchmarks in `benches/benches/` and by
//! `scripts/bench.sh`: the parse workload and synthetic registries.
//!
//! Run everything with `scripts/bench.sh` (see docs/guides/performance.md).
#![forbid(unsafe_code)]

use std::fmt::Write as _;

use error_codes::ErrorCode;

/// Every code's wire string, in registry order.
pub fn hits() -> Vec<&'static str> {
    ErrorCode::ALL.iter().map(|c| c.as_str()).collect()
}

/// Strings that are not codes, in the shapes clients really send: near misses
/// (one byte short, one byte changed, one byte too many), wrong case, other
/// separators, the empty string, and long strings, one of which starts with a
/// real code.
pub fn misses() -> Vec<String> {
    let mut misses = vec![
        String::new(),
        "x".repeat(300),
        format!("{}{}", ErrorCode::ALL[0].as_str(), "_".repeat(1000)),
    ];
    for code in hits() {
        let (head, last) = code.split_at(code.len() - 1);
        let changed = if last == "z" { 'y' } else { 'z' };
        misses.push(head.to_owned());
        misses.push(format!("{head}{changed}"));
        misses.push(format!("{code}s"));
        misses.push(code.to_uppercase());
        misses.push(code.replace('_', "-"));
    }
    misses.retain(|m| m.parse::<ErrorCode>().is_err());
    misses
}

/// Word lists the synthetic codes are made of: codes of varied lengths that
/// share prefixes and suffixes, like real ones.
const NOUNS: &[&str] = &[
    "secret",
    "token",
    "lease",
    "policy",
    "role",
    "engine",
    "csr",
    "cert",
    "webhook",
    "delivery",
    "quota",
    "mount",
    "namespace",
    "audit_log",
    "signing_key",
    "approle",
];
const STATES: &[&str] = &[
    "not_found",
    "expired",
    "invalid",
    "conflict",
    "in_use",
    "revoked",
    "locked",
    "exists",
    "too_large",
    "rate_limited",
    "sealed",
    "unavailable",
];

/// A valid registry with `codes` codes (the runtime requires none: roles are
/// optional), in categories of at most 50, with
/// every field the real registry uses (meanings with Markdown to escape,
/// retry, details, a few deprecations), for measuring how the generator
/// scales. Codes are one flow mapping per line, so that 10,000 of them stay
/// under the loader's size limit (`load::MAX_REGISTRY_BYTES`).
pub fn synthetic_registry(codes: usize) -> String {
    let mut yaml = String::from(
        "page:\n  title: Synthetic error codes\n  intro:\n    - Generated for benchmarks.\n  \
         docs_url: https://docs.example.com/synthetic\n  envelope_example:\n    \
         code: secret_not_found_0\n    message: Not found\n    request_id: req_abc\n  \
         related:\n    - title: Errors\n      description: semantics.\n\
         categories:\n",
    );
    let per_category = 50;
    for i in 0..codes {
        if i % per_category == 0 {
            let category = i / per_category;
            let retry = ["never", "after_delay", "after_reread"][category % 3];
            // `writeln!` into a String cannot fail.
            let _ = writeln!(
                yaml,
                "  - title: Category {category} <of {codes}>\n    retry: {retry}\n    codes:"
            );
        }
        let noun = NOUNS[i % NOUNS.len()];
        let state = STATES[(i / NOUNS.len()) % STATES.len()];
        let status = 400 + (i % 200);
        let _ = write!(
            yaml,
            "      - {{code: {noun}_{state}_{i}, status: {status}, meaning: \"{noun} *{state}* #{i}\""
        );
        if i % 17 == 5 {
            yaml.push_str(", details: field_errors");
        }
        if i % 10 == 9 {
            yaml.push_str(", retry: after_delay");
        }
        // About one code in a hundred is deprecated in favour of the first.
        if i % 100 == 99 {
            let _ = write!(
                yaml,
                ", deprecated: {{since: \"2.0\", use_instead: {}_{}_0, note: Merged.}}",
                NOUNS[0], STATES[0]
            );
        }
        yaml.push_str("}\n");
    }
    yaml
}

/// The formatted Rust that `project`'s crate compiles for `registry`: the
/// build output whose path ends in `.rs`.
#[expect(
    clippy::expect_used,
    reason = "benchmark inputs: a failure is a bug to fix first"
)]
pub fn generated_rust(
    project: &error_codes_codegen::Project,
    registry: &error_codes_codegen::Registry,
) -> String {
    project
        .build_outputs(registry)
        .expect("the generated Rust parses")
        .into_iter()
        .find(|o| o.path.ends_with(".rs"))
        .expect("the build outputs have Rust source")
        .contents
}
