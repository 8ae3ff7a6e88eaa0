//! What the hand-written runtime of the `error-codes` crate relies on the
//! registry to have. This table is the only place that says so: `check`
//! rejects a registry that lacks one of these, naming the entry's reason, and
//! a test fails when the runtime names a code or header that is not listed.

/// A code or header the runtime names, and why.
#[derive(Debug, Clone, Copy)]
pub struct Requirement {
    /// The wire spelling: a code (`internal_error`) or a header name (`X-Request-ID`).
    pub name: &'static str,
    /// Which part of the runtime needs it; shown when it is missing.
    pub why: &'static str,
}

/// Codes the runtime sends or reads by name.
pub const CODES: &[Requirement] = &[
    Requirement {
        name: "internal_error",
        why: "the axum integration answers unexpected failures (and `?` on any error) with it",
    },
    Requirement {
        name: "validation_error",
        why: "the axum integration answers ill-typed JSON bodies with it, naming the field in `details.fields`",
    },
    Requirement {
        name: "invalid_request",
        why: "the axum integration answers malformed request bodies with it",
    },
    Requirement {
        name: "route_not_found",
        why: "the axum integration's `ErrorLayer` answers requests no route matches with it",
    },
    Requirement {
        name: "method_not_allowed",
        why: "the axum integration's `ErrorLayer` answers a method the route does not accept with it",
    },
    Requirement {
        name: "request_timeout",
        why: "the axum integration's `ErrorLayer` answers a request that timed out (tower-http's `TimeoutLayer`) with it",
    },
    Requirement {
        name: "payload_too_large",
        why: "the axum integration's `ErrorLayer` answers a body over the size limit with it",
    },
    Requirement {
        name: "unsupported_media_type",
        why: "the axum integration's `ErrorLayer` answers a body of the wrong Content-Type with it",
    },
];

/// Headers the runtime sends or reads by name.
pub const HEADERS: &[Requirement] = &[
    Requirement {
        name: "X-Request-ID",
        why: "error responses carry the request id in it",
    },
    Requirement {
        name: "Retry-After",
        why: "the client reads retry delays from it",
    },
    Requirement {
        name: "X-RateLimit-Limit",
        why: "the client reads rate-limit state from it",
    },
    Requirement {
        name: "X-RateLimit-Remaining",
        why: "the client reads rate-limit state from it",
    },
    Requirement {
        name: "X-RateLimit-Reset",
        why: "the client reads rate-limit state from it",
    },
];

/// A registry fragment that meets every requirement, for registries written
/// by tests and benchmarks: a last category `Runtime` with each required code
/// (all status 500: any error status builds), then `headers:` with each
/// required header. It goes at the end of a registry whose last key is
/// `categories:`.
pub fn registry_fragment() -> String {
    let mut yaml = String::from("  - title: Runtime\n    codes:\n");
    for code in CODES {
        yaml.push_str(&format!("      - {{code: {}, status: 500}}\n", code.name));
    }
    yaml.push_str("headers:\n");
    for header in HEADERS {
        yaml.push_str(&format!("  - {{name: {}, when: always}}\n", header.name));
    }
    yaml
}
