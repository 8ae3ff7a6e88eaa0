//! The code enum's `Grpc` impl, for a registry with `grpc:`: the
//! `ErrorInfo` domain and each code's reason and canonical code, as rows
//! (`GrpcEntry::new`), in the order of the code enum's `ALL`. What the
//! runtime's `tonic` feature reads.

use heck::ToUpperCamelCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::Names;
use crate::model::Registry;

/// `impl Grpc`, or nothing without `grpc:`.
pub(super) fn capability(registry: &Registry, names: &Names) -> TokenStream {
    let Some(grpc) = &registry.grpc else {
        return TokenStream::new();
    };
    let Names { code, rt, .. } = names;
    let domain = grpc.domain.as_str();
    let rows = registry.codes().filter_map(|(_, c)| {
        let face = c.grpc.as_ref()?;
        let reason = face.reason.as_str();
        let canonical = format_ident!("{}", face.code.as_str().to_upper_camel_case());
        let text: Vec<&str> = c
            .members
            .iter()
            .filter(|m| m.is_metadata_text())
            .map(|m| m.name.as_str())
            .collect();
        let setter = (!text.is_empty()).then(|| quote!(.text_members(&[#(#text),*])));
        Some(quote!(#rt::GrpcEntry::new(#reason, #rt::GrpcCode::#canonical) #setter))
    });
    quote! {
        impl #rt::Grpc for #code {
            const DOMAIN: &'static str = #domain;
            const GRPC: &'static [#rt::GrpcEntry] = &[#(#rows),*];
        }
    }
}
