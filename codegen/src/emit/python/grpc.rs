//! Registry → the Python package's `_grpc_data.py`, for a registry with
//! `grpc:` only: the `ErrorInfo` domain, each reason's code, each code's
//! canonical code, its declared members (which are sent as text), and the
//! HTTP status of each canonical code. Data only: the hand-written
//! `grpc.py` (copied beside it, also only with `grpc:`) reads a
//! `google.rpc.Status` with it.

use std::fmt::Write;

use super::string;
use crate::model::{GrpcCode, Registry};

/// The generated gRPC data module, in the import package.
pub(crate) const PYTHON_GRPC_DATA: &str = "_grpc_data.py";

/// The module's text, or `None` for a registry without `grpc:`. Registry
/// text lands only in string literals.
pub(crate) fn module(registry: &Registry) -> Option<String> {
    let grpc = registry.grpc.as_ref()?;
    let mut out = String::from(
        "\"\"\"The registry's gRPC face (`grpc:`): what `grpc.py` reads a `google.rpc.Status` with.\"\"\"\n\n\
         from __future__ import annotations\n\n\
         from collections.abc import Mapping\n\
         from typing import Final\n\n\
         from ._registry import ErrorCode\n\n",
    );
    let _ = writeln!(
        out,
        "DOMAIN: Final[str] = {}\n\"\"\"The `google.rpc.ErrorInfo` domain of every error of the API.\"\"\"\n",
        string(&grpc.domain)
    );
    let faces: Vec<_> = registry
        .codes()
        .filter_map(|(_, code)| code.grpc.as_ref().map(|face| (code, face)))
        .collect();
    out.push_str("REASONS: Final[Mapping[str, ErrorCode]] = {\n");
    for (code, face) in &faces {
        let _ = writeln!(
            out,
            "    {}: ErrorCode.{},",
            string(&face.reason),
            code.python_name
        );
    }
    out.push_str(
        "}\n\"\"\"Each code by its `ErrorInfo` reason (UPPER_SNAKE_CASE).\"\"\"\n\n\
         CANONICAL_CODES: Final[Mapping[ErrorCode, int]] = {\n",
    );
    for (code, face) in &faces {
        let _ = writeln!(
            out,
            "    ErrorCode.{}: {},  # {}",
            code.python_name,
            face.code.number(),
            face.code.as_str()
        );
    }
    out.push_str(
        "}\n\"\"\"Each code's canonical gRPC status code, by number (`google/rpc/code.proto`).\"\"\"\n\n\
         MEMBERS: Final[Mapping[ErrorCode, Mapping[str, bool]]] = {\n",
    );
    for (code, _) in faces.iter().filter(|(c, _)| !c.members.is_empty()) {
        let members: Vec<String> = code
            .members
            .iter()
            .map(|m| {
                let text = if m.is_metadata_text() {
                    "True"
                } else {
                    "False"
                };
                format!("{}: {text}", string(&m.name))
            })
            .collect();
        let _ = writeln!(
            out,
            "    ErrorCode.{}: {{{}}},",
            code.python_name,
            members.join(", ")
        );
    }
    out.push_str(
        "}\n\"\"\"For each code that declares its details' members: each member's name, and\nwhether its `ErrorInfo` metadata value is the text itself (strings; any other\nmember's value is its JSON text). Metadata of any other code is read as text.\"\"\"\n\n\
         CANONICAL_HTTP_STATUS: Final[Mapping[int, int]] = {\n",
    );
    for canonical in GrpcCode::ALL {
        let _ = writeln!(
            out,
            "    {}: {},  # {}",
            canonical.number(),
            canonical.http_status(),
            canonical.as_str()
        );
    }
    out.push_str(
        "}\n\"\"\"The HTTP status `google/rpc/code.proto` maps each canonical code to: an\nunknown reason's status.\"\"\"\n",
    );
    Some(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::module;
    use crate::model::Registry;

    fn grpc_fixture() -> Registry {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/fixtures/grpc/registry.yaml"
        );
        Registry::load(path).expect("the gRPC fixture is valid")
    }

    #[test]
    fn every_reason_and_the_domain_land_as_string_literals() {
        let mut registry = grpc_fixture();
        let grpc = registry.grpc.as_mut().expect("the fixture has `grpc:`");
        grpc.domain = "a\"b\\c\n".into();
        let text = module(&registry).expect("a registry with `grpc:`");
        assert!(
            text.contains(r#"DOMAIN: Final[str] = "a\"b\\c\n""#),
            "{text}"
        );
        for (_, code) in registry.codes() {
            let face = code.grpc.as_ref().expect("every code has a face");
            let row = format!(
                "{}: ErrorCode.{},",
                super::string(&face.reason),
                code.python_name
            );
            assert!(text.contains(&row), "{row}");
        }
    }

    #[test]
    fn only_a_registry_with_grpc_has_the_module() {
        let small = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/small.yaml");
        let registry = Registry::load(small).expect("the fixture is valid");
        assert!(registry.grpc.is_none());
        assert_eq!(module(&registry), None);
    }
}
