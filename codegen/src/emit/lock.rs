//! Registry → `registry/error-codes.lock`, the stability lock (see
//! [`crate::lock`] for what it guards).

use crate::model::Registry;

/// The lock text: one `code status Category` line per code, sorted by code so
/// that adding a code adds one line and reordering the registry changes
/// nothing. With `grpc:`, each line goes on with the code's `ErrorInfo`
/// reason, canonical gRPC code and the reason's number in the `.proto`'s
/// enum: `code status Category REASON CODE NUMBER`; then one
/// `reserved: NUMBER REASON` line per number no code has any more; then the
/// wire's lines (`crate::lock::wire`).
pub(crate) fn lock(registry: &Registry) -> String {
    let mut lines: Vec<String> = registry
        .codes()
        .map(|(category, code)| {
            let line = format!("{} {} {}", code.code, code.status, category.rust_name);
            match &code.grpc {
                Some(face) => format!(
                    "{line} {} {} {}",
                    face.reason,
                    face.code.as_str(),
                    face.number
                ),
                None => line,
            }
        })
        .collect();
    lines.sort();
    // The provenance comment comes first, from `Layout::preamble`.
    let mut out = String::from(
        "# The published error codes: code, HTTP status, category.\n\
         # A code listed here may be deprecated, never removed, renamed, or given another\n\
         # status or category: the build fails if it is, until the command line's\n\
         # `lock --accept-breaking` records the break on purpose.\n",
    );
    if registry.grpc.is_some() {
        out.push_str(
            "# Each line goes on with the code's gRPC ErrorInfo reason and canonical code,\n\
             # which are as published as the code, and the reason's number in the .proto.\n",
        );
    }
    for line in lines {
        out.push_str(&line);
        out.push('\n');
    }
    let reserved = registry.grpc.iter().flat_map(|g| &g.reserved);
    for (i, (number, reason)) in reserved.enumerate() {
        if i == 0 {
            out.push_str(
                "# The .proto's numbers and reasons no code has any more: never reused.\n",
            );
        }
        out.push_str(&format!(
            "{} {number} {reason}\n",
            crate::proto_numbers::RESERVED
        ));
    }
    out.push_str(
        "# The error body as `diff` names it, the docs URL template, and each code's\n\
         # details and per-code body values: what `diff` calls a major change of them\n\
         # fails the build too.\n",
    );
    for line in crate::lock::wire_lines(registry) {
        out.push_str(&line);
        out.push('\n');
    }
    out
}
