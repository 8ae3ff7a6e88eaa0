//! `envelope: google` and `envelope: google-rpc-status`: Google's JSON
//! body carries each code as its gRPC `ErrorInfo` reason, in the registry's
//! `grpc.domain`, so both need the `grpc:` section.

use crate::diagnostic::Location;
use crate::model::Envelope;

use super::Check;

/// Reports, at `envelope:`, a Google body without `grpc:`.
pub(super) fn needs_grpc(cx: &mut Check<'_>, envelope: Envelope, at: &Location, grpc: bool) {
    if grpc || !matches!(envelope, Envelope::Google | Envelope::GoogleRpcStatus) {
        return;
    }
    cx.report(
        cx.at(
            at,
            format!(
                "`envelope: {}` needs the registry's `grpc:` section: each code is sent as its ErrorInfo reason, in grpc.domain",
                envelope.as_str()
            ),
        )
        .with_help("add `grpc: {domain: api.example.com}` (docs/guides/grpc.md), or choose another envelope"),
    );
}
