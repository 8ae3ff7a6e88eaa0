//! Registry → the npm package's `src/grpc-codes.ts`, for a registry with
//! `grpc:` only: the `ErrorInfo` domain, each reason's code, each code's
//! canonical code and its declared members (which are sent as text). Data only: the hand-written
//! `grpc.ts` (copied beside it, also only with `grpc:`, and re-exported by
//! `index.ts`) reads a Connect error with it. Its own module, so that no
//! other export of the package pays for it.

use std::fmt::Write;

use super::string;
use crate::model::Registry;

/// The generated gRPC data module, inside the package's folder.
pub(crate) const TYPESCRIPT_GRPC_DATA: &str = "src/grpc-codes.ts";

/// The module's text, or `None` for a registry without `grpc:`. Registry
/// text lands only in string literals.
pub(crate) fn module(registry: &Registry) -> Option<String> {
    let grpc = registry.grpc.as_ref()?;
    let mut out = String::from(
        "/** The registry's gRPC face (`grpc:`): what `grpc.ts` reads a Connect error with. */\n\n\
         import type { ErrorCode } from \"./codes.js\";\n\n",
    );
    let _ = writeln!(
        out,
        "/** The `google.rpc.ErrorInfo` domain of every error of the API. */\nexport const GRPC_DOMAIN: string = {};\n",
        string(&grpc.domain)
    );
    let faces: Vec<_> = registry
        .codes()
        .filter_map(|(_, code)| code.grpc.as_ref().map(|face| (code, face)))
        .collect();
    out.push_str(
        "/** Each code by its `ErrorInfo` reason (UPPER_SNAKE_CASE). */\n\
         export const GRPC_REASONS: { readonly [reason: string]: ErrorCode } = {\n",
    );
    for (code, face) in &faces {
        let _ = writeln!(out, "  {}: {},", string(&face.reason), string(&code.code));
    }
    out.push_str(
        "};\n\n/** Each code's canonical gRPC status code, by number (`google/rpc/code.proto`). */\n\
         export const GRPC_CANONICAL_CODES: { readonly [C in ErrorCode]: number } = {\n",
    );
    for (code, face) in &faces {
        let _ = writeln!(
            out,
            "  {}: {}, // {}",
            string(&code.code),
            face.code.number(),
            face.code.as_str()
        );
    }
    out.push_str(
        "};\n\n/**\n * For each code that declares its details' members: each member's name, and\n * whether its `ErrorInfo` metadata value is the text itself (strings; any\n * other member's value is its JSON text). Metadata of any other code is read\n * as text.\n */\n\
         export const GRPC_MEMBERS: { readonly [code: string]: { readonly [member: string]: boolean } } = {\n",
    );
    for (code, _) in faces.iter().filter(|(c, _)| !c.members.is_empty()) {
        let members: Vec<String> = code
            .members
            .iter()
            .map(|m| format!("{}: {}", string(&m.name), m.is_metadata_text()))
            .collect();
        let _ = writeln!(
            out,
            "  {}: {{ {} }},",
            string(&code.code),
            members.join(", ")
        );
    }
    out.push_str("};\n");
    Some(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::module;
    use crate::model::Registry;

    #[test]
    fn every_reason_lands_and_only_with_grpc() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/fixtures/grpc/registry.yaml"
        );
        let mut registry = Registry::load(path).expect("the gRPC fixture is valid");
        let grpc = registry.grpc.as_mut().expect("the fixture has `grpc:`");
        grpc.domain = "a\"b\u{2028}".into();
        let text = module(&registry).expect("a registry with `grpc:`");
        assert!(
            text.contains(r#"GRPC_DOMAIN: string = "a\"b\u2028";"#),
            "{text}"
        );
        for (_, code) in registry.codes() {
            let face = code.grpc.as_ref().expect("every code has a face");
            let row = format!(
                "{}: {},",
                super::string(&face.reason),
                super::string(&code.code)
            );
            assert!(text.contains(&row), "{row}");
        }
        registry.grpc = None;
        assert_eq!(module(&registry), None);
    }
}
