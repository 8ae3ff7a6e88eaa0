//! `BODY_READERS` and `HEADER_CODE_READER` of the npm package's `codes.ts`:
//! the readers of this API's own body that `parseErrorEnvelope` tries,
//! imported here only for a registry whose body needs them (its layout's,
//! `layout_body.ts`, and `items_body.ts` for an array root; Google's,
//! `google_body.ts`). A bundle of any other
//! API's package holds neither: a browser pays only for the reader its API
//! uses.

use super::Item;
use crate::model::{Envelope, Registry};

/// The reader module a registry's body needs, with what `codes.ts` imports
/// from it and the reader it lists first; `None` for the nested envelope and
/// problem details, which `envelope.ts` reads itself. (A layout's
/// [`items`] reader is its own module.)
fn reader(registry: &Registry) -> Option<(&'static str, &'static str, &'static str)> {
    match registry.envelope {
        Envelope::Layout if registry.body.as_ref().is_some_and(|b| b.root_items) => Some((
            "readItems",
            "./items_body.js",
            "(value) => readItems(BODY_LAYOUT, DETAIL_MEMBERS, value)",
        )),
        Envelope::Layout if registry.body.is_some() => Some((
            "readLayout",
            "./layout_body.js",
            "(value) => readLayout(BODY_LAYOUT, DETAIL_MEMBERS, value)",
        )),
        Envelope::Google | Envelope::GoogleRpcStatus if registry.grpc.is_some() => Some((
            "readGoogle",
            "./google_body.js",
            "(value) => readGoogle(GOOGLE_BODY, value)",
        )),
        _ => None,
    }
}

/// The reader of a layout's body with the code header's code.
fn by_header(registry: &Registry) -> Option<&'static str> {
    (registry.envelope == Envelope::Layout && registry.body.is_some()).then_some(
        "(value, codeHeader) => readLayoutByHeader(BODY_LAYOUT, DETAIL_MEMBERS, value, codeHeader)",
    )
}

/// The `import` lines `codes.ts` starts with.
pub(super) fn imports(registry: &Registry) -> String {
    let mut out = String::from("import type { BodyReader } from \"./read.js\";\n");
    if let Some((names, module, _)) = reader(registry) {
        out.push_str(&format!("import {{ {names} }} from \"{module}\";\n"));
    }
    if by_header(registry).is_some() {
        out.push_str("import { readLayoutByHeader } from \"./layout_body.js\";\n");
    }
    out.push('\n');
    out
}

/// The two constants, after `BODY_LAYOUT`, `GOOGLE_BODY` and `DETAIL_MEMBERS`.
pub(super) fn items(registry: &Registry) -> [Item; 2] {
    let first = reader(registry).map_or("", |(_, _, first)| first);
    let by_header = by_header(registry).unwrap_or("null");
    [
        Item::Const {
            doc: "/** The readers of this API's own body (its layout's, or Google's), which `parseErrorEnvelope` tries before the nested envelope and problem details; empty when the API sends one of those. Only the reader listed here is in a bundle. */\n".into(),
            name: "BODY_READERS",
            annotation: Some("readonly BodyReader[]".into()),
            init: format!("[{first}]"),
            suffix: String::new(),
        },
        Item::Const {
            doc: "/** The reader of a body without its code member, with the code of the layout's code header (`BODY_LAYOUT.code_header`), which `parseErrorEnvelope` tries last (`codeHeaderOf` reads it); `null` without a layout. */\n".into(),
            name: "HEADER_CODE_READER",
            annotation: Some("BodyReader | null".into()),
            init: by_header.into(),
            suffix: String::new(),
        },
    ]
}
