//! Registry → the Rust source of the `error-codes` crate's data: the
//! `ErrorCode` and `Category` enums, their tables and the header constants.
//!
//! The behaviour around them (parsing errors, serde, `http`) is hand-written
//! in the crate itself; this file emits only what the registry decides.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

mod lookup;

use crate::emit::markdown;
use crate::model::{
    Category, Code, DetailsShape, HeaderFormat, HeaderWhen, Registry, Retry, StatusKind,
};

/// The generated file, formatted by prettyplease.
pub fn source(registry: &Registry) -> Result<String, syn::Error> {
    let tokens = tokens(registry);
    let file = syn::parse2::<syn::File>(tokens)?;
    let body = prettyplease::unparse(&file);
    Ok(format!(
        "// Generated from registry/error-codes.yaml by error-codes-codegen. Do not edit.\n\n{body}"
    ))
}

/// The generated file as tokens.
pub fn tokens(registry: &Registry) -> TokenStream {
    let error_code = error_code_enum(registry);
    let category = category_enum(registry);
    let headers = headers(registry);
    quote! {
        #error_code
        #category
        #headers
    }
}

fn variant(code: &Code) -> Ident {
    format_ident!("{}", code.rust_name)
}

fn category_variant(category: &Category) -> Ident {
    format_ident!("{}", category.rust_name)
}

fn u16_lit(n: u16) -> Literal {
    Literal::u16_unsuffixed(n)
}

fn opt_str(s: Option<&str>) -> TokenStream {
    match s {
        Some(s) => quote!(Some(#s)),
        None => quote!(None),
    }
}

/// Doc attributes, one per line, each starting with a space so that
/// prettyplease prints them as `/// text`.
fn doc(text: &str) -> TokenStream {
    let lines = text.split('\n').map(|line| {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#[doc = #line])
    });
    quote!(#(#lines)*)
}

fn error_code_enum(registry: &Registry) -> TokenStream {
    let count = registry.code_count();
    let variants = registry.codes().map(|(category, code)| {
        let ident = variant(code);
        let mut summary = format!("`{}`: HTTP {}", code.code, code.status);
        if category.status_kind == StatusKind::Reported {
            summary.push_str(" (reported)");
        }
        if let Some(meaning) = &code.meaning {
            summary.push_str(". ");
            summary.push_str(&markdown::escape(meaning));
        }
        summary.push('.');
        let category_line = format!(
            "Category: {}. Retry: {}.",
            markdown::escape(&category.title),
            match code.retry {
                Retry::Never => "no",
                Retry::AfterDelay => "after a delay",
                Retry::AfterReread => "after re-reading the resource",
            }
        );
        let summary = doc(&summary);
        let blank = doc("");
        let category_line = doc(&category_line);
        let deprecated = code.deprecated.as_ref().map(|d| {
            let since = &d.since;
            let mut note = String::new();
            if let Some(instead) = &d.use_instead {
                note.push_str(&format!("use `{instead}` instead"));
            }
            if let Some(extra) = &d.note {
                if !note.is_empty() {
                    note.push_str(". ");
                }
                note.push_str(extra);
            }
            quote!(#[deprecated(since = #since, note = #note)])
        });
        quote! {
            #summary
            #blank
            #category_line
            #deprecated
            #ident
        }
    });
    let all = registry.codes().map(|(_, code)| {
        let ident = variant(code);
        quote!(ErrorCode::#ident)
    });
    let entries = registry.codes().map(|(category, code)| {
        let name = &code.code;
        let status = u16_lit(code.status);
        let meaning = opt_str(code.meaning.as_deref());
        let category = category_variant(category);
        let retry = retry_tokens(code.retry);
        let details = match code.details {
            Some(shape) => {
                let shape = details_tokens(shape);
                quote!(Some(#shape))
            }
            None => quote!(None),
        };
        let deprecated = match &code.deprecated {
            Some(d) => {
                let since = &d.since;
                let use_instead = match &d.use_instead {
                    Some(target) => {
                        let (_, target) = registry
                            .code(target)
                            .map_or((None, None), |(c, t)| (Some(c), Some(t)));
                        match target {
                            Some(t) => {
                                let ident = variant(t);
                                quote!(Some(ErrorCode::#ident))
                            }
                            None => quote!(None),
                        }
                    }
                    None => quote!(None),
                };
                let note = opt_str(d.note.as_deref());
                quote!(Some(crate::Deprecation {
                    since: #since,
                    use_instead: #use_instead,
                    note: #note,
                }))
            }
            None => quote!(None),
        };
        let doc_url = opt_str(registry.doc_url(code).as_deref());
        quote! {
            Entry {
                code: #name,
                status: #status,
                meaning: #meaning,
                category: Category::#category,
                retry: #retry,
                details: #details,
                deprecated: #deprecated,
                doc_url: #doc_url,
            }
        }
    });
    let lookup = lookup::lookup(registry);
    let count_lit = Literal::usize_unsuffixed(count);
    let enum_doc = doc(&format!(
        "One of the API's {count} error codes: the value of `error.code` in an error response.\n\n\
         Clients branch on the code, never on the HTTP status. The enum is \
         `#[non_exhaustive]`: a code added to the registry is not a breaking change, so \
         `match` needs a wildcard arm. Variants are in registry order, which `Ord` follows."
    ));

    quote! {
        #enum_doc
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
        #[non_exhaustive]
        pub enum ErrorCode {
            #(#variants,)*
        }

        /// One row of the registry, indexed by `ErrorCode as usize`.
        struct Entry {
            code: &'static str,
            status: u16,
            meaning: Option<&'static str>,
            category: Category,
            retry: crate::Retry,
            details: Option<crate::DetailsShape>,
            deprecated: Option<crate::Deprecation>,
            doc_url: Option<&'static str>,
        }

        #[allow(deprecated)]
        const ENTRIES: [Entry; #count_lit] = [#(#entries,)*];

        #[allow(deprecated)]
        impl ErrorCode {
            /// Every code, in registry order.
            pub const ALL: &'static [ErrorCode] = &[#(#all,)*];

            const fn entry(self) -> &'static Entry {
                &ENTRIES[self as usize]
            }

            /// The code as sent on the wire, e.g. `"token_expired"`.
            pub const fn as_str(self) -> &'static str {
                self.entry().code
            }

            /// The HTTP status that carries this code. For codes whose
            /// category's [`StatusKind`] is `Reported`, the
            /// status describes something else (a webhook delivery), not the response.
            pub const fn http_status(self) -> u16 {
                self.entry().status
            }

            /// What the code means, as the docs page says it.
            pub const fn meaning(self) -> Option<&'static str> {
                self.entry().meaning
            }

            /// The category the code is listed under.
            pub const fn category(self) -> Category {
                self.entry().category
            }

            /// Whether, and how, repeating the failed request may succeed.
            pub const fn retry(self) -> crate::Retry {
                self.entry().retry
            }

            /// The typed shape of `error.details`, for codes that have one.
            pub const fn details_shape(self) -> Option<crate::DetailsShape> {
                self.entry().details
            }

            /// The deprecation, for codes that are deprecated. Deprecated codes still parse:
            /// servers may still send them.
            pub const fn deprecation(self) -> Option<crate::Deprecation> {
                self.entry().deprecated
            }

            /// The URL of this code's row in the published docs.
            pub const fn doc_url(self) -> Option<&'static str> {
                self.entry().doc_url
            }

            #lookup
        }
    }
}

fn retry_tokens(retry: Retry) -> TokenStream {
    match retry {
        Retry::Never => quote!(crate::Retry::Never),
        Retry::AfterDelay => quote!(crate::Retry::AfterDelay),
        Retry::AfterReread => quote!(crate::Retry::AfterReread),
    }
}

fn details_tokens(shape: DetailsShape) -> TokenStream {
    match shape {
        DetailsShape::FieldErrors => quote!(crate::DetailsShape::FieldErrors),
    }
}

fn category_enum(registry: &Registry) -> TokenStream {
    let variants = registry.categories.iter().map(|category| {
        let ident = category_variant(category);
        let summary = doc(&format!(
            "{} ({} codes).",
            markdown::escape(&category.title),
            category.codes.len()
        ));
        quote! {
            #summary
            #ident
        }
    });
    let all = registry.categories.iter().map(|c| {
        let ident = category_variant(c);
        quote!(Category::#ident)
    });
    let title_arms = registry.categories.iter().map(|c| {
        let ident = category_variant(c);
        let title = &c.title;
        quote!(Category::#ident => #title)
    });
    // A category's codes are contiguous in `ErrorCode::ALL` (registry
    // order), so each category is a range of it rather than a second list.
    let mut start = 0;
    let codes_arms: Vec<TokenStream> = registry
        .categories
        .iter()
        .map(|c| {
            let ident = category_variant(c);
            let (from, len) = (
                Literal::usize_unsuffixed(start),
                Literal::usize_unsuffixed(c.codes.len()),
            );
            start += c.codes.len();
            quote!(Category::#ident => (#from, #len))
        })
        .collect();
    let kind_arms = registry.categories.iter().map(|c| {
        let ident = category_variant(c);
        let kind = match c.status_kind {
            StatusKind::Response => quote!(crate::StatusKind::Response),
            StatusKind::Reported => quote!(crate::StatusKind::Reported),
        };
        quote!(Category::#ident => #kind)
    });
    quote! {
        /// A category of error codes: a section of the docs page.
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
        #[non_exhaustive]
        pub enum Category {
            #(#variants,)*
        }

        #[allow(deprecated)]
        impl Category {
            /// Every category, in registry order.
            pub const ALL: &'static [Category] = &[#(#all,)*];

            /// The category's title, as the docs page heads its table.
            pub const fn title(self) -> &'static str {
                match self {
                    #(#title_arms,)*
                }
            }

            /// The category's codes, in registry order.
            pub const fn codes(self) -> &'static [ErrorCode] {
                let (start, len) = match self {
                    #(#codes_arms,)*
                };
                ErrorCode::ALL.split_at(start).1.split_at(len).0
            }

            /// What the statuses of this category's codes describe.
            pub const fn status_kind(self) -> crate::StatusKind {
                match self {
                    #(#kind_arms,)*
                }
            }
        }
    }
}

fn headers(registry: &Registry) -> TokenStream {
    let consts = registry.headers.iter().map(|h| {
        let ident = Ident::new(&h.const_name, Span::call_site());
        let name = &h.name;
        let mut text = format!("`{}`", h.name);
        match h.when {
            HeaderWhen::Always => text.push_str(": on every response."),
            HeaderWhen::Status(s) => text.push_str(&format!(": on responses with status {s}.")),
        }
        if let Some(d) = &h.description {
            text.push(' ');
            text.push_str(&markdown::escape(d));
        }
        match h.format {
            HeaderFormat::Text => {}
            HeaderFormat::Integer => text.push_str(" A non-negative integer."),
            HeaderFormat::Seconds => text.push_str(" A delay in whole seconds."),
        }
        if let Some(e) = &h.example {
            text.push_str(&format!(" Example: `{e}`."));
        }
        let text = doc(&text);
        quote! {
            #text
            pub const #ident: &str = #name;
        }
    });
    quote! {
        /// Names of the HTTP headers the API sends with error responses.
        pub mod headers {
            #(#consts)*
        }
    }
}
