//! The structs of a code's structured details members (`type: object`,
//! `object[]`): one per object, named as an `enum:` member's enum after its
//! owner's type and the member's words (`ItemNameInUseConflicts`), deriving
//! what the code's struct derives, `#[non_exhaustive]` with a `new` of the
//! required members, and its own members' enums.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{Fields, doc, fields};
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
        summary.push_str(".\n\nBuild it with `new` (the required members, in registry order); optional members are `None` until set. Members this build does not know are ignored when reading.");
        let summary = doc(&summary);
        let Fields {
            fields,
            params,
            inits,
            enums,
        } = fields(&group.type_name, &group.path, group.members, rt);
        quote! {
            #summary
            #[derive(Clone, Debug, PartialEq)]
            #[cfg_attr(
                feature = "serde",
                derive(#rt::__private::serde::Serialize, #rt::__private::serde::Deserialize),
                serde(crate = #serde_crate)
            )]
            #[non_exhaustive]
            pub struct #ident {
                #(#fields,)*
            }

            impl #ident {
                /// The object with its required members; optional ones are `None`.
                #[allow(clippy::too_many_arguments, reason = "one argument per required member")]
                #[must_use]
                pub fn new(#(#params),*) -> Self {
                    #ident { #(#inits,)* }
                }
            }

            #(#enums)*
        }
    });
    quote!(#(#structs)*)
}
