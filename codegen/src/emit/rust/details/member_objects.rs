//! The structs of a code's structured details members (`type: object`,
//! `object[]`): one per object, named as an `enum:` member's enum after its
//! owner's type and the member's words (`ItemNameInUseConflicts`), deriving
//! what the code's struct derives, `#[non_exhaustive]` with a `new` of the
//! required members, and its own members' enums.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::fields;
use crate::emit::text;
use crate::model::Code;

/// The structs of every object member of `code`, nested ones included.
pub(super) fn structs(code: &Code, rt: &TokenStream, serde_crate: &str) -> TokenStream {
    let groups = crate::naming::member_groups(code);
    let structs = groups.iter().skip(1).map(|group| {
        let ident = format_ident!("{}", group.type_name);
        let (list, description) = group
            .member
            .map_or((false, None), |m| (m.list, m.description.as_deref()));
        let mut summary = format!(
            "{} `{}`",
            if list { "An item of" } else { "The object" },
            group.path
        );
        if let Some(description) = description {
            summary.push_str(": ");
            summary.push_str(&text::escape(description));
        }
        let fields = fields(&group.type_name, &group.path, group.members, rt);
        let record = super::record(summary, &ident, &fields, "object", rt, serde_crate);
        let enums = &fields.enums;
        quote! {
            #record

            #(#enums)*
        }
    });
    quote!(#(#structs)*)
}
