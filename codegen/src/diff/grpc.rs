//! What changed in the gRPC face (`grpc:`): turned on or off, its domain,
//! and each kept code's reason and canonical code.

use super::{Change, Kind, Side, Subject, change, code_change};
use crate::model::Registry;

/// The gRPC face: turned on or off, its domain, and each kept code's
/// reason and canonical code.
pub(super) fn grpc(old: &Registry, new: &Registry, out: &mut Vec<Change>) {
    let domain = |r: &Registry| r.grpc.as_ref().map(|g| g.domain.clone());
    match (domain(old), domain(new)) {
        (None, Some(domain)) => out.push(change(
            Kind::GrpcAdded,
            Subject::Page,
            Side::New,
            new.grpc
                .as_ref()
                .map_or(&new.page.location, |g| &g.location),
            format!("grpc: the gRPC face is on, domain {domain}"),
        )),
        (Some(domain), None) => out.push(change(
            Kind::GrpcDomainChanged,
            Subject::Page,
            Side::New,
            &new.page.location,
            format!("grpc: the gRPC face (domain {domain}) is gone"),
        )),
        (Some(before), Some(after)) if before != after => out.push(change(
            Kind::GrpcDomainChanged,
            Subject::Page,
            Side::New,
            new.grpc
                .as_ref()
                .map_or(&new.page.location, |g| &g.location),
            format!("grpc.domain {before} -> {after}: no gRPC client matches the old errors"),
        )),
        _ => {}
    }
    for (_, n) in new.codes() {
        let Some((_, o)) = old.code(&n.code) else {
            continue;
        };
        let (Some(before), Some(after)) = (&o.grpc, &n.grpc) else {
            continue;
        };
        if before.reason != after.reason {
            out.push(code_change(
                Kind::ReasonChanged,
                n,
                Side::New,
                format!(
                    "code {}: reason {} -> {}",
                    n.code, before.reason, after.reason
                ),
            ));
        }
        if before.reason == after.reason && before.number != after.number {
            out.push(code_change(
                Kind::ProtoNumberChanged,
                n,
                Side::New,
                format!(
                    "code {}: reason {} is number {} -> {} in the .proto; clients decode another reason",
                    n.code, after.reason, before.number, after.number
                ),
            ));
        }
        if before.code != after.code {
            out.push(code_change(
                Kind::GrpcCodeChanged,
                n,
                Side::New,
                format!(
                    "code {}: canonical gRPC code {} -> {}",
                    n.code,
                    before.code.as_str(),
                    after.code.as_str()
                ),
            ));
        }
    }
}
