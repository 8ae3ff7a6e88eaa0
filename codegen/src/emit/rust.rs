//! Registry → the Rust source of the `error-codes` crate's data: the
//! `ErrorCode` and `Category` enums, their tables, `ErrorCode::lookup` and
//! the header constants.
//!
//! Only what the registry decides is emitted. The behaviour around it (every
//! accessor, parsing, serde, `http`) is hand-written in the crate
//! (`generated-crate/src/error_code.rs`), which declares the `Entry` and
//! `CategoryEntry` rows this file fills in.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

mod lookup;

use crate::emit::{describe, markdown};
use crate::layout::{Comment, FINGERPRINT_PREFIX, Layout};
use crate::model::{Category, Code, DetailsShape, Registry, Retry, StatusKind};

/// The generated file, formatted by prettyplease, with the preamble that
/// names its registry and the fingerprint the crate's build script checks.
pub fn source(registry: &Registry, layout: &Layout) -> Result<String, syn::Error> {
    let file = syn::parse2::<syn::File>(tokens(registry))?;
    let body = prettyplease::unparse(&file);
    Ok(format!(
        "{}{FINGERPRINT_PREFIX}{}\n\n{body}",
        layout.preamble(Comment::Slash),
        registry.fingerprint
    ))
}

/// The generated file as tokens.
pub fn tokens(registry: &Registry) -> TokenStream {
    let error_code = error_code_enum(registry);
    let entries = entries(registry);
    let category = category_enum(registry);
    let headers = headers(registry);
    quote! {
        #error_code
        #entries
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
            "Category: {}. {}",
            markdown::escape(&category.title),
            describe::retry_line(code.retry)
        );
        let summary = doc(&summary);
        let blank = doc("");
        let category_line = doc(&category_line);
        // rustdoc shows "Deprecated since" itself and renders the note as
        // Markdown: the one wording's advice, escaped.
        let deprecated = code.deprecated.as_ref().map(|d| {
            let since = &d.since;
            match describe::deprecation_advice(d, describe::Text::Markdown) {
                Some(note) => quote!(#[deprecated(since = #since, note = #note)]),
                None => quote!(#[deprecated(since = #since)]),
            }
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
    let lookup = lookup::lookup(registry);
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
        #[allow(
            clippy::deprecated_semver,
            reason = "a deprecation's `since` is the registry's: a version or a date"
        )]
        pub enum ErrorCode {
            #(#variants,)*
        }

        #[allow(deprecated)]
        impl ErrorCode {
            /// Every code, in registry order.
            pub const ALL: &'static [ErrorCode] = &[#(#all,)*];

            #lookup
        }
    }
}

/// One row per code, indexed by `ErrorCode as usize`.
fn entries(registry: &Registry) -> TokenStream {
    let count = Literal::usize_unsuffixed(registry.code_count());
    let rows = registry.codes().map(|(category, code)| {
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
                // Validation resolved `use_instead` to a code of this registry.
                let use_instead = match d.use_instead.as_deref().and_then(|t| registry.code(t)) {
                    Some((_, target)) => {
                        let ident = variant(target);
                        quote!(Some(ErrorCode::#ident))
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
            crate::error_code::Entry {
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
    quote! {
        /// The registry's rows, indexed by `ErrorCode as usize`.
        #[allow(deprecated)]
        pub(crate) const ENTRIES: [crate::error_code::Entry; #count] = [#(#rows,)*];
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
    // A category's codes are contiguous in `ErrorCode::ALL` (registry
    // order), so each category is a range of it rather than a second list.
    let mut start = 0;
    let rows: Vec<TokenStream> = registry
        .categories
        .iter()
        .map(|c| {
            let title = &c.title;
            let (from, len) = (
                Literal::usize_unsuffixed(start),
                Literal::usize_unsuffixed(c.codes.len()),
            );
            start += c.codes.len();
            let kind = match c.status_kind {
                StatusKind::Response => quote!(crate::StatusKind::Response),
                StatusKind::Reported => quote!(crate::StatusKind::Reported),
            };
            quote! {
                crate::error_code::CategoryEntry {
                    title: #title,
                    first: #from,
                    len: #len,
                    status_kind: #kind,
                }
            }
        })
        .collect();
    let count = Literal::usize_unsuffixed(registry.categories.len());
    quote! {
        /// A category of error codes: a section of the docs page.
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
        #[non_exhaustive]
        pub enum Category {
            #(#variants,)*
        }

        impl Category {
            /// Every category, in registry order.
            pub const ALL: &'static [Category] = &[#(#all,)*];
        }

        /// The categories' rows, indexed by `Category as usize`.
        pub(crate) const CATEGORIES: [crate::error_code::CategoryEntry; #count] = [#(#rows,)*];
    }
}

fn headers(registry: &Registry) -> TokenStream {
    let consts = registry.headers.iter().map(|h| {
        let ident = Ident::new(&h.const_name, Span::call_site());
        let name = &h.name;
        let mut text = format!("`{}`: {}", h.name, describe::header_line(h.when, h.format));
        if let Some(d) = &h.description {
            text.push(' ');
            text.push_str(&markdown::escape(d));
        }
        if let Some(e) = &h.example {
            text.push_str(&format!(" Example: {}.", markdown::code_span(e)));
        }
        let text = doc(&text);
        quote! {
            #text
            pub const #ident: &str = #name;
        }
    });
    let names = registry.headers.iter().map(|h| {
        let ident = Ident::new(&h.const_name, Span::call_site());
        // `HeaderName::from_static` takes the lower-case form (HTTP header
        // names are case-insensitive); validation keeps names to token bytes.
        let lower = h.name.to_ascii_lowercase();
        let text = doc(&format!(
            "[`{0}`](super::{0}) as an [`http::HeaderName`].",
            h.const_name
        ));
        quote! {
            #text
            pub const #ident: http::HeaderName = http::HeaderName::from_static(#lower);
        }
    });
    quote! {
        /// Names of the HTTP headers the API sends with error responses.
        pub mod headers {
            #(#consts)*

            /// The same headers as [`http::HeaderName`]s, ready for a
            /// `HeaderMap` (cargo feature `http`).
            #[cfg(feature = "http")]
            pub mod name {
                #(#names)*
            }
        }
    }
}
