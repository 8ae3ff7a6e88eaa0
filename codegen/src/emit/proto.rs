//! Registry → the `.proto` of the gRPC face (`grpc:`): the reasons as one
//! enum, for every language protoc generates for. Each value is a code's
//! `ErrorInfo` reason, so `ErrorReason.Name(n)` is the string a status
//! carries; `…_UNSPECIFIED = 0` comes first (protobuf's default, no
//! error's), each value has its number from the lock (`proto_numbers`), its
//! meaning and canonical code as comments, and the numbers and names no
//! code has any more are `reserved`.
//!
//! Registry text lands in `//` comments only, through [`comment`]: it cannot
//! end one (a line break) or open or close a block comment in the code
//! protoc's plugins generate from it (`/*`, `*/`). The package and the
//! options are validated (`validate::grpc`), the reasons too, and the enum's
//! name is the configuration's (a protobuf name, checked there).

use crate::model::{Code, Grpc, Registry};
use crate::naming;

/// The `.proto` file for `registry` (with `grpc:`), the enum named
/// `reason_enum`; `preamble` is the provenance, `//`-commented. `None`
/// without `grpc:`.
#[expect(clippy::expect_used, reason = "the values are the codes with `grpc:`")]
pub(crate) fn file(registry: &Registry, reason_enum: &str, preamble: &str) -> Option<String> {
    let grpc = registry.grpc.as_ref()?;
    let mut out = String::from(preamble);
    let mut line = |text: &str| {
        out.push_str(text);
        out.push('\n');
    };
    line("");
    line("syntax = \"proto3\";");
    if let Some(package) = &grpc.package {
        line("");
        line(&format!("package {package};"));
    }
    let options = options(grpc);
    if !options.is_empty() {
        line("");
        for (name, value) in options {
            line(&format!("option {name} = {};", string(value)));
        }
    }
    line("");
    line(&format!(
        "// {}: the `reason` of every google.rpc.ErrorInfo this API sends,",
        comment(&registry.page.title)
    ));
    line(&format!(
        "// with the domain \"{}\". A value's name is the reason as sent; its",
        comment(&grpc.domain)
    ));
    line("// number never changes, and a removed value's number and name are reserved.");
    line(&format!("enum {reason_enum} {{"));
    line("  // Not a reason: protobuf's default value, which no error has.");
    line(&format!(
        "  {} = 0;",
        naming::proto_unspecified(reason_enum)
    ));
    let mut values: Vec<&Code> = registry
        .codes()
        .map(|(_, c)| c)
        .filter(|c| c.grpc.is_some())
        .collect();
    values.sort_by_key(|c| c.grpc.as_ref().map(|g| g.number));
    for code in values {
        let face = code.grpc.as_ref().expect("filtered on grpc");
        line("");
        if let Some(meaning) = &code.meaning {
            line(&format!("  // {}", comment(meaning)));
        }
        line(&format!(
            "  // Code {}, HTTP status {}, canonical gRPC code {}.",
            comment(&code.code),
            code.status,
            face.code.as_str()
        ));
        if let Some(deprecated) = &code.deprecated {
            line(&format!(
                "  // {}",
                comment(&super::describe::deprecation(
                    deprecated,
                    super::describe::Text::Plain
                ))
            ));
        }
        let option = if code.deprecated.is_some() {
            " [deprecated = true]"
        } else {
            ""
        };
        line(&format!("  {} = {}{option};", face.reason, face.number));
    }
    if !grpc.reserved.is_empty() {
        line("");
        line("  // The numbers and names of reasons no code has any more.");
        let numbers: Vec<String> = grpc.reserved.iter().map(|(n, _)| n.to_string()).collect();
        line(&format!("  reserved {};", numbers.join(", ")));
        let names: Vec<String> = grpc
            .reserved
            .iter()
            .map(|(_, reason)| string(reason))
            .collect();
        line(&format!("  reserved {};", names.join(", ")));
    }
    line("}");
    Some(out)
}

/// The file options the registry configures, in the order protobuf's style
/// guide lists them; none that it does not.
fn options(grpc: &Grpc) -> Vec<(&'static str, &str)> {
    [
        ("go_package", grpc.go_package.as_deref()),
        ("java_package", grpc.java_package.as_deref()),
    ]
    .into_iter()
    .filter_map(|(name, value)| Some((name, value?)))
    .collect()
}

/// `text` as a protobuf string literal: quoted, with `"`, `\\` and every
/// control character escaped (validation already refuses them in the
/// package options, and the lock's reasons are reasons).
fn string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                let mut buf = [0; 4];
                for byte in c.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("\\x{byte:02x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// One line of registry text inside a `//` comment: a line break or any
/// other control character, and a Unicode line or paragraph separator,
/// become a space (nothing can end the comment), and `/*` and `*/` are
/// split (`/ *`, `* /`), so that a plugin that copies the comment into a
/// block comment (Javadoc, C#'s XML docs) cannot be closed by it.
pub(crate) fn comment(text: &str) -> String {
    let mut out: String = text
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') {
                ' '
            } else {
                c
            }
        })
        .collect();
    while out.contains("*/") || out.contains("/*") {
        out = out.replace("*/", "* /").replace("/*", "/ *");
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use std::path::Path;

    use super::*;

    fn registry(text: &str) -> Registry {
        crate::project::parse(Path::new("r.yaml"), text).unwrap()
    }

    const REGISTRY: &str = "page:\n  title: T\ngrpc:\n  domain: t.example.org\n  package: t.v1\ncategories:\n  - title: All\n    codes:\n      - code: a_b\n        status: 400\n        meaning: M\n      - code: c_d\n        status: 404\n";

    #[test]
    fn hostile_text_cannot_end_a_comment() {
        for hostile in [
            "x\nsyntax = \"proto2\";",
            "x\r\nenum Evil { E = 1; }",
            "x\u{2028}y\u{85}z",
            "*/ enum Evil {} /*",
            "**//",
            "/*/",
        ] {
            let escaped = comment(hostile);
            assert!(
                !escaped.contains(['\n', '\r', '\u{2028}', '\u{85}']),
                "{escaped:?}"
            );
            assert!(
                !escaped.contains("*/") && !escaped.contains("/*"),
                "{escaped:?}"
            );
        }
        // In a whole file: the hostile meaning and title stay on their
        // comment lines, every other line is the file's own.
        let mut registry = registry(REGISTRY);
        registry.page.title = "T */ x\nenum Evil {".into();
        registry.categories[0].codes[0].meaning = Some("M\nmessage Evil {} /*".into());
        let file = file(&registry, "ErrorReason", "// preamble\n").unwrap();
        assert!(
            !file.contains("Evil {}\n") && !file.contains("\nenum Evil"),
            "{file}"
        );
        for line in file.lines() {
            let code = line.trim_start();
            if code.contains("Evil") {
                assert!(code.starts_with("//"), "{line:?} in\n{file}");
            }
            assert!(!line.contains("*/") && !line.contains("/*"), "{line:?}");
        }
    }

    #[test]
    fn string_literals_escape_quotes_backslashes_and_controls() {
        assert_eq!(string("a\"b\\c\nd"), "\"a\\\"b\\\\c\\x0ad\"");
    }

    #[test]
    fn options_are_written_only_when_configured() {
        let bare = file(&registry(REGISTRY), "ErrorReason", "").unwrap();
        assert!(!bare.contains("option "), "{bare}");
        let with = REGISTRY.replace(
            "  package: t.v1\n",
            "  package: t.v1\n  go_package: example.org/t/v1;tv1\n",
        );
        let file = file(&registry(&with), "ErrorReason", "").unwrap();
        assert!(
            file.contains("option go_package = \"example.org/t/v1;tv1\";"),
            "{file}"
        );
        assert!(!file.contains("java_package"), "{file}");
        let no_package = REGISTRY.replace("  package: t.v1\n", "");
        let file = super::file(&registry(&no_package), "ErrorReason", "").unwrap();
        assert!(!file.contains("package "), "{file}");
    }

    #[test]
    fn values_follow_the_numbers_and_removed_ones_are_reserved() {
        let mut registry = registry(REGISTRY);
        let grpc = registry.grpc.as_mut().unwrap();
        grpc.reserved = vec![(3, "OLD_ONE".into())];
        let file = file(&registry, "Reasons", "").unwrap();
        let unspecified = naming::proto_unspecified("Reasons");
        let at = |needle: &str| {
            file.find(needle)
                .unwrap_or_else(|| panic!("{needle} in\n{file}"))
        };
        let values: Vec<usize> = registry
            .codes()
            .map(|(_, c)| {
                let g = c.grpc.as_ref().unwrap();
                at(&format!("  {} = {};", g.reason, g.number))
            })
            .collect();
        assert!(at(&format!("  {unspecified} = 0;")) < values[0]);
        assert!(values.windows(2).all(|w| w[0] < w[1]), "{file}");
        assert!(
            file.contains("  reserved 3;\n  reserved \"OLD_ONE\";\n"),
            "{file}"
        );
        assert!(
            file.contains("canonical gRPC code INVALID_ARGUMENT"),
            "{file}"
        );
        assert!(file.contains("enum Reasons {"), "{file}");
        assert!(registry_without_grpc_has_no_file());
    }

    fn registry_without_grpc_has_no_file() -> bool {
        let text = REGISTRY.replace("grpc:\n  domain: t.example.org\n  package: t.v1\n", "");
        file(&registry(&text), "ErrorReason", "").is_none()
    }
}
