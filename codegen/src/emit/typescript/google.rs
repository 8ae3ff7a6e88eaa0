//! `GOOGLE_BODY` of the npm package's `codes.ts`: what `parseErrorEnvelope`
//! reads Google's JSON body with (`envelope: google`, `google-rpc-status`):
//! the `ErrorInfo` domain, each reason's code and each code's declared
//! members (whether each is sent as text). `null` for any other envelope.
//! (`grpc-codes.ts` holds the same data for `grpc.ts`, which only a
//! registry with `grpc:` has: `codes.ts` cannot import it.)

use super::{Item, string};
use crate::model::{Envelope, Registry};

/// The `GOOGLE_BODY` constant.
pub(super) fn body_item(registry: &Registry) -> Item {
    let doc = "/** Google's JSON error body (`envelope: google` or `google-rpc-status`): the `ErrorInfo` domain, each code by its reason, and for each code that declares members whether each is sent as text in the metadata; `null` for any other envelope. `parseErrorEnvelope` reads it. */\n";
    let grpc = registry.grpc.as_ref().filter(|_| {
        matches!(
            registry.envelope,
            Envelope::Google | Envelope::GoogleRpcStatus
        )
    });
    let Some(grpc) = grpc else {
        return Item::Const {
            doc: doc.into(),
            name: "GOOGLE_BODY",
            annotation: Some("null".into()),
            init: "null".into(),
            suffix: String::new(),
        };
    };
    let mut reasons = String::new();
    let mut members = String::new();
    for (_, code) in registry.codes() {
        let Some(face) = &code.grpc else { continue };
        reasons.push_str(&format!(
            "    {}: {},\n",
            string(&face.reason),
            string(&code.code)
        ));
        if !code.members.is_empty() {
            let list: Vec<String> = code
                .members
                .iter()
                .map(|m| format!("{}: {}", string(&m.name), m.is_metadata_text()))
                .collect();
            members.push_str(&format!(
                "    {}: {{ {} }},\n",
                string(&code.code),
                list.join(", ")
            ));
        }
    }
    Item::Const {
        doc: doc.into(),
        name: "GOOGLE_BODY",
        annotation: Some(
            "{ readonly domain: string; readonly reasons: { readonly [reason: string]: ErrorCode }; readonly members: { readonly [code: string]: { readonly [member: string]: boolean } } }"
                .into(),
        ),
        init: format!(
            "{{\n  domain: {},\n  reasons: {{\n{reasons}  }},\n  members: {{\n{members}  }},\n}}",
            string(&grpc.domain)
        ),
        suffix: String::new(),
    }
}
