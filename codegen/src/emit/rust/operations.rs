//! The `operations` module of a generated crate (feature `axum`): per
//! operation of the registry an enum `<Id>Error` with one variant per code
//! of the operation (`Registry::operation_codes`), named as the code's
//! variant, holding the code's typed details when it declares them. It
//! converts into `axum::ApiError`, is an axum response itself, takes a
//! message (`with_message`) and any error by `?` (the internal role's
//! code); with `utoipa`, it documents its responses (`IntoResponses`). A
//! handler returning `Result<T, operations::XError>` cannot send a code of
//! another operation: there is no variant for it.
//!
//! Inside the module every name is a full path: an enum may be named as a
//! prelude item would be.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::emit::text;
use crate::model::{Code, DetailsShape, Operation, Registry, Role};
use crate::naming::OPERATIONS_PREPARED;

use super::{Names, doc, variant};

/// The hidden variant of every operation enum that holds an error already
/// made (by `with_message` or `?`). Its leading underscores keep it apart
/// from every code's variant (`naming::is_rust_variant`).
const PREPARED_VARIANT: &str = "__Prepared";

/// The `operations` module; nothing for a registry without operations.
pub(super) fn module(registry: &Registry, names: &Names) -> TokenStream {
    if registry.operations.is_empty() {
        return TokenStream::new();
    }
    let Names { code, rt, .. } = names;
    let prepared = format_ident!("{OPERATIONS_PREPARED}");
    let enums = registry
        .operations
        .iter()
        .map(|op| operation(registry, op, names));
    quote! {
        /// Each operation's errors (the registry's `operations:`): an enum per
        /// operation with a variant per code it may answer with, so that a
        /// handler returning `Result<T, operations::…Error>` cannot send a code
        /// of another operation. An operation's codes are those it lists, the
        /// registry's `common_codes`, and the codes of the roles the framework
        /// answers with from inside any handler (a malformed or invalid body, a
        /// body too large or of another media type, a timeout, a failure).
        ///
        /// Each enum converts into [`ApiError`](crate::axum::ApiError) and is an
        /// axum response itself; `with_message` replaces the code's meaning as
        /// the message, and `?` turns any other error into the internal role's
        /// code, its source kept for the logs and never sent.
        #[cfg(feature = "axum")]
        #[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
        pub mod operations {
            /// An operation's error already made into an error response (by
            /// `with_message` or `?`): only this module makes one, so it holds
            /// a code of its operation.
            #[derive(Clone, Debug)]
            pub struct #prepared {
                code: super::#code,
                error: #rt::axum::ApiError<super::#code>,
            }

            #(#enums)*
        }
    }
}

/// What a variant of a code holds: its details struct, `FieldErrors`, or
/// nothing.
fn payload(code: &Code, names: &Names) -> Option<TokenStream> {
    let rt = &names.rt;
    match code.details {
        Some(DetailsShape::FieldErrors) => Some(quote!(#rt::FieldErrors)),
        None if !code.members.is_empty() => {
            let ident = variant(code);
            Some(quote!(super::details::#ident))
        }
        None => None,
    }
}

/// Where the operation is and what it does, for its enum's docs.
fn summary(op: &Operation, codes: &[&Code]) -> String {
    let mut text = format!("The errors of the operation `{}`", op.id);
    if let (Some(method), Some(path)) = (&op.method, &op.path) {
        text.push_str(&format!(
            " ({})",
            text::code_span(&format!("{method} {path}"))
        ));
    }
    match &op.description {
        Some(description) => {
            text.push_str(": ");
            text.push_str(&text::escape(description));
            if !description.ends_with('.') {
                text.push('.');
            }
        }
        None => text.push('.'),
    }
    let listed: Vec<String> = codes.iter().map(|c| text::code_span(&c.code)).collect();
    text.push_str(&format!(
        "\n\nIts codes: {}. Return it from the handler (`Result<T, {}>`); `with_message` sets the message, `?` turns any other error into the internal role's code.",
        listed.join(", "),
        op.rust_name
    ));
    text
}

fn operation(registry: &Registry, op: &Operation, names: &Names) -> TokenStream {
    let Names {
        code: code_enum,
        rt,
        ..
    } = names;
    let ident = format_ident!("{}", op.rust_name);
    let prepared = format_ident!("{OPERATIONS_PREPARED}");
    let hidden = format_ident!("{PREPARED_VARIANT}");
    let codes = registry.operation_codes(op);
    let docs = doc(&summary(op, &codes));
    let variants = codes.iter().map(|code| {
        let name = variant(code);
        let mut text = format!(
            "[`{0}`](super::{1}::{0}) (`{2}`, {3})",
            code.rust_name, code_enum, code.code, code.status
        );
        if let Some(meaning) = &code.meaning {
            text.push_str(": ");
            text.push_str(&text::escape(meaning));
        }
        text.push('.');
        let text = doc(&text);
        match payload(code, names) {
            Some(ty) => quote!(#text #name(#ty)),
            None => quote!(#text #name),
        }
    });
    let code_arms = codes.iter().map(|code| {
        let name = variant(code);
        match payload(code, names) {
            Some(_) => quote!(#ident::#name(_) => super::#code_enum::#name),
            None => quote!(#ident::#name => super::#code_enum::#name),
        }
    });
    let error_arms = codes.iter().map(|code| {
        let name = variant(code);
        match (code.details, payload(code, names)) {
            (Some(DetailsShape::FieldErrors), _) => quote! {
                #ident::#name(fields) => #rt::axum::ApiError::from(super::#code_enum::#name)
                    .with_field_errors(fields)
            },
            (None, Some(_)) => quote!(#ident::#name(details) => #rt::axum::ApiError::from(details)),
            (_, None) => {
                quote!(#ident::#name => #rt::axum::ApiError::from(super::#code_enum::#name))
            }
        }
    });
    let from_details = codes
        .iter()
        .filter(|code| code.details.is_none() && !code.members.is_empty())
        .map(|code| {
            let name = variant(code);
            quote! {
                #[allow(deprecated)]
                impl ::core::convert::From<super::details::#name> for #ident {
                    fn from(details: super::details::#name) -> Self {
                        #ident::#name(details)
                    }
                }
            }
        });
    // A response, and `?`, need the internal role's code: a registry
    // without one gets neither (as `ApiError` does not respond then).
    let internal = registry
        .roles
        .code(Role::InternalError)
        .and_then(|c| registry.code(c))
        .map(|(_, c)| variant(c));
    let respond = internal.map(|internal| {
        quote! {
            impl #rt::__private::axum::response::IntoResponse for #ident {
                fn into_response(self) -> #rt::__private::axum::response::Response {
                    #rt::axum::ApiError::from(self).into_response()
                }
            }

            /// `?` on any error: the internal role's code (or, for axum's
            /// rejections, the code the framework gives them, chosen among the
            /// operation's codes), the error kept as the source for the logs
            /// and never sent.
            impl<E> ::core::convert::From<E> for #ident
            where
                E: ::std::error::Error + ::core::marker::Send + ::core::marker::Sync + 'static,
            {
                fn from(error: E) -> Self {
                    // A rejection's code is one of this operation's.
                    let error = #rt::__private::api_error_among::<super::#code_enum, E>(error, Self::CODES);
                    let code = match error.code() {
                        #rt::Code::Known(code) => *code,
                        #rt::Code::Unknown(_) => super::#code_enum::#internal,
                    };
                    #ident::#hidden(#prepared { code, error })
                }
            }
        }
    });
    let code_list = codes.iter().map(|code| {
        let name = variant(code);
        quote!(super::#code_enum::#name)
    });
    let utoipa = quote! {
        #[cfg(feature = "utoipa")]
        #[allow(deprecated)]
        impl #rt::__private::utoipa::IntoResponses for #ident {
            fn responses() -> ::std::collections::BTreeMap<
                ::std::string::String,
                #rt::__private::utoipa::openapi::RefOr<#rt::__private::utoipa::openapi::response::Response>,
            > {
                #rt::__private::utoipa_responses::<super::#code_enum>(&[#(#code_list),*])
            }
        }
    };
    let all_codes = codes.iter().map(|code| {
        let name = variant(code);
        quote!(super::#code_enum::#name)
    });
    quote! {
        #docs
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        #[allow(deprecated)]
        pub enum #ident {
            #(#variants,)*
            /// An error already made by `with_message` or `?`.
            #[doc(hidden)]
            #hidden(#prepared),
        }

        #[allow(deprecated)]
        impl #ident {
            /// Every code of the operation, in registry order.
            pub const CODES: &'static [super::#code_enum] = &[#(#all_codes),*];

            /// The code it answers with.
            pub fn code(&self) -> super::#code_enum {
                match self {
                    #(#code_arms,)*
                    #ident::#hidden(prepared) => prepared.code,
                }
            }

            /// The same error with `message` instead of the code's meaning.
            #[must_use]
            pub fn with_message(self, message: impl ::core::convert::Into<::std::string::String>) -> Self {
                let code = self.code();
                let error = #rt::axum::ApiError::from(self).with_message(message);
                #ident::#hidden(#prepared { code, error })
            }
        }

        #[allow(deprecated)]
        impl ::core::convert::From<#ident> for #rt::axum::ApiError<super::#code_enum> {
            fn from(error: #ident) -> Self {
                match error {
                    #(#error_arms,)*
                    #ident::#hidden(prepared) => prepared.error,
                }
            }
        }

        #(#from_details)*
        #respond
        #utoipa
    }
}
