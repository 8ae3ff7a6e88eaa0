//! Registry → the Rust source of a generated crate's data: the code and
//! category enums (`ErrorCode` and `Category` by default), their tables,
//! `lookup`, the roles, the header constants, and the code enum's
//! `Vocabulary` impl and capabilities (`Has`, `HasDetails`, `Metrics`, and
//! `Grpc` with `grpc:`).
//!
//! Every value of a runtime type is built with its `const fn` constructor
//! and setters, never with a struct literal (the runtime's rows are
//! `#[non_exhaustive]`, so that they can gain fields in a minor release),
//! and a setter is written only where the registry differs from the
//! constructor's default.
//!
//! Only what the registry decides is emitted. The behaviour around it (every
//! accessor, parsing, serde, `http`, the envelope and the integrations) is
//! the runtime crate's, which the generated code names by the configured
//! path (prost's `prost_path`) and hands over to with one
//! `vocabulary!` call.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

mod details;
mod grpc;
mod items;
mod lookup;
mod metrics;
mod operations;

use crate::config::Config;
use crate::emit::{describe, text};
use crate::layout::{Comment, FINGERPRINT_PREFIX, Layout};
use crate::model::{Category, Code, DetailsShape, Envelope, Registry, Retry, Role, StatusKind};
use crate::naming;

/// The generated file, formatted by prettyplease, with the preamble that
/// names its registry and the fingerprint the crate's build script checks.
pub(crate) fn source(registry: &Registry, layout: &Layout) -> Result<String, syn::Error> {
    let file = syn::parse2::<syn::File>(tokens(registry, layout.config())?)?;
    let body = prettyplease::unparse(&file);
    Ok(format!(
        "{}{FINGERPRINT_PREFIX}{}\n\n{body}",
        layout.preamble(Comment::Slash),
        registry.fingerprint
    ))
}

/// The names the generated code uses: the two enums and the runtime's path.
struct Names {
    code: Ident,
    category: Ident,
    rt: TokenStream,
}

impl Names {
    fn of(config: &Config) -> Result<Names, syn::Error> {
        Ok(Names {
            code: format_ident!("{}", config.code_enum),
            category: format_ident!("{}", config.category_enum),
            rt: crate::naming::runtime_path(&config.runtime)?,
        })
    }
}

/// The generated file as tokens.
pub(crate) fn tokens(registry: &Registry, config: &Config) -> Result<TokenStream, syn::Error> {
    let names = Names::of(config)?;
    let error_code = error_code_enum(registry, config, &names);
    let entries = entries(registry, &names);
    let category = category_enum(registry, &names);
    let headers = headers(registry, &names);
    let vocabulary = vocabulary(registry, config, &names);
    let details = details::module(registry, &names);
    let operations = operations::module(registry, &names);
    let Names {
        code,
        category: category_name,
        rt,
    } = &names;
    Ok(quote! {
        #error_code
        #entries
        #category
        #headers
        #vocabulary
        #details
        #operations

        #rt::vocabulary!(#code, #category_name);
    })
}

/// The code enum's `Vocabulary` impl (its rows, roles, headers, envelope
/// shape and docs URL), its `HasDetails` and `Metrics` impls, and a `Has`
/// impl for each role the registry assigns.
fn vocabulary(registry: &Registry, config: &Config, names: &Names) -> TokenStream {
    let Names { code, category, rt } = names;
    let name = code.to_string();
    let roles = Role::ALL.iter().filter_map(|&role| {
        let (_, c) = registry.code(registry.roles.code(role)?)?;
        let setter = format_ident!("{}", role.as_str());
        let ident = variant(c);
        Some(quote!(.#setter(#code::#ident)))
    });
    let has = Role::ALL.iter().filter_map(|&role| {
        let (_, c) = registry.code(registry.roles.code(role)?)?;
        let marker = format_ident!("{}", format!("{role:?}"));
        let ident = variant(c);
        Some(quote! {
            impl #rt::Has<#rt::role::#marker> for #code {
                const CODE: Self = #code::#ident;
            }
        })
    });
    let lower = |name: &str| name.to_ascii_lowercase();
    let request_id = lower(&registry.roles.request_id_header);
    let rate_limit = [
        "rate_limit_limit",
        "rate_limit_remaining",
        "rate_limit_reset",
    ]
    .into_iter()
    .zip(&registry.roles.rate_limit)
    .filter_map(|(setter, header)| {
        let setter = format_ident!("{setter}");
        let header = lower(header.as_deref()?);
        Some(quote!(.#setter(#header)))
    });
    let envelope = match &registry.body {
        // A layout names its members, each a string literal (escaped by
        // quote). The layout is a constant of its own, so that the
        // reference to it is a `'static` one.
        Some(layout) => {
            let code_member = layout.code.as_str();
            // Each of the layout's fields but the code has a setter of
            // its name (`BodyLayout::fields`, the one list of them).
            let setters = layout
                .fields()
                .into_iter()
                .filter(|(field, _)| *field != "code")
                .filter_map(|(field, member)| {
                    let setter = format_ident!("{field}");
                    let member = member?;
                    Some(quote!(.#setter(#member)))
                });
            let constants = (!layout.constants.is_empty()).then(|| {
                let (paths, values): (Vec<&str>, Vec<&str>) = layout
                    .constants
                    .iter()
                    .map(|(path, json)| (path.as_str(), json.as_str()))
                    .unzip();
                quote!(.constants(&[#((#paths, #values)),*]))
            });
            let per_code = (!layout.per_code.is_empty()).then(|| {
                let paths = &layout.per_code;
                quote!(.per_code(&[#(#paths),*]))
            });
            let closed = (!layout.open).then(|| quote!(.closed()));
            let number = layout.code_number.then(|| quote!(.code_as_number()));
            let code_header = layout
                .code_header
                .as_deref()
                .map(|name| quote!(.code_header(#name)));
            let declared = layout
                .declared_members
                .as_deref()
                .map(|path| quote!(.declared_members(#path)));
            let items = items::setters(layout);
            let (prefix, suffix) = (&layout.code_qualifier.0, &layout.code_qualifier.1);
            let qualifier = (!prefix.is_empty() || !suffix.is_empty())
                .then(|| quote!(.code_qualifier(#prefix, #suffix)));
            let marker = layout
                .error_marker
                .as_deref()
                .map(|path| quote!(.error_marker(#path)));
            quote! {{
                const LAYOUT: #rt::BodyLayout = #rt::BodyLayout::new(#code_member) #(#setters)* #constants #per_code #closed #number #code_header #declared #items #qualifier #marker;
                #rt::Envelope::Layout(&LAYOUT)
            }}
        }
        None if matches!(
            registry.envelope,
            Envelope::Google | Envelope::GoogleRpcStatus
        ) =>
        {
            let preset = format_ident!(
                "{}",
                if registry.envelope == Envelope::Google {
                    "rest"
                } else {
                    "rpc_status"
                }
            );
            let code = &names.code;
            quote! {{
                const GOOGLE: #rt::GoogleBody = #rt::GoogleBody::#preset(
                    <#code as #rt::Grpc>::DOMAIN,
                    <#code as #rt::Grpc>::GRPC,
                );
                #rt::Envelope::Google(&GOOGLE)
            }}
        }
        None => {
            let envelope = format_ident!("{}", format!("{:?}", registry.envelope));
            quote! { #rt::Envelope::#envelope }
        }
    };
    let docs_url = opt_str(registry.page.docs_url.as_deref());
    let docs_anchors = registry.docs_anchors();
    let details = details::capability(registry, names);
    let metrics = metrics::capability(config, names);
    let grpc = grpc::capability(registry, names);
    quote! {
        #[allow(deprecated)]
        impl #rt::Vocabulary for #code {
            type Category = #category;
            const NAME: &'static str = #name;
            const ALL: &'static [Self] = #code::ALL;
            const ENTRIES: &'static [#rt::Entry<Self>] = &ENTRIES;
            const CATEGORIES: &'static [#rt::CategoryEntry] = &CATEGORIES;
            const ROLES: #rt::Roles<Self> = #rt::Roles::new() #(#roles)*;
            const HEADERS: #rt::Headers = #rt::Headers::new(#request_id) #(#rate_limit)*;
            const ENVELOPE: #rt::Envelope = #envelope;
            const DOCS_URL: Option<&'static str> = #docs_url;
            const DOCS_ANCHORS: bool = #docs_anchors;

            fn index(self) -> usize {
                self as usize
            }

            fn category_index(category: #category) -> usize {
                category as usize
            }

            fn lookup(code: &str) -> Option<Self> {
                #code::lookup(code)
            }
        }

        #details

        #metrics

        #grpc

        #(#has)*
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

fn error_code_enum(registry: &Registry, config: &Config, names: &Names) -> TokenStream {
    let code_enum = &names.code;
    let count = registry.code_count();
    let variants = registry.codes().map(|(category, code)| {
        let ident = variant(code);
        let mut summary = format!("`{}`: HTTP {}", code.code, code.status);
        if category.status_kind == StatusKind::Reported {
            summary.push_str(" (reported)");
        }
        if let Some(meaning) = &code.meaning {
            summary.push_str(". ");
            summary.push_str(&text::escape(meaning));
        }
        summary.push('.');
        let category_line = format!(
            "Category: {}. {}",
            text::escape(&category.title),
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
        quote!(#code_enum::#ident)
    });
    let lookup = lookup::lookup(registry, config);
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
        pub enum #code_enum {
            #(#variants,)*
        }

        #[allow(deprecated)]
        impl #code_enum {
            /// Every code, in registry order.
            pub const ALL: &'static [#code_enum] = &[#(#all,)*];

            #lookup
        }
    }
}

/// One row per code, indexed by `ErrorCode as usize`: `Entry::new` and a
/// setter for each fact that is not the constructor's default.
fn entries(registry: &Registry, names: &Names) -> TokenStream {
    let Names {
        code: code_enum,
        category: category_enum,
        rt,
    } = names;
    let count = Literal::usize_unsuffixed(registry.code_count());
    let rows = registry.codes().map(|(category, code)| {
        let name = &code.code;
        let status = u16_lit(code.status);
        let category_ident = category_variant(category);
        let mut row = quote!(#rt::Entry::new(#name, #status, #category_enum::#category_ident));
        if let Some(meaning) = &code.meaning {
            row = quote!(#row.meaning(#meaning));
        }
        if category.status_kind != StatusKind::Response {
            let kind = status_kind_tokens(category.status_kind, rt);
            row = quote!(#row.status_kind(#kind));
        }
        if code.retry != Retry::Never {
            let retry = retry_tokens(code.retry, rt);
            row = quote!(#row.retry(#retry));
        }
        if let Some(shape) = code.details {
            let shape = details_tokens(shape, rt);
            row = quote!(#row.details(#shape));
        }
        if let Some(d) = &code.deprecated {
            let since = &d.since;
            let mut deprecation = quote!(#rt::Deprecation::new(#since));
            if let Some(sunset) = d.sunset {
                let sunset = sunset.to_string();
                deprecation = quote!(#deprecation.sunset(#sunset));
            }
            // Validation resolved `use_instead` to a code of this registry.
            if let Some((_, target)) = d.use_instead.as_deref().and_then(|t| registry.code(t)) {
                let ident = variant(target);
                deprecation = quote!(#deprecation.use_instead(#code_enum::#ident));
            }
            if let Some(note) = &d.note {
                deprecation = quote!(#deprecation.note(#note));
            }
            row = quote!(#row.deprecated(#deprecation));
        }
        if let Some(url) = registry.doc_url(code) {
            row = quote!(#row.doc_url(#url));
        }
        let members: Vec<&str> = code.problem_members().map(|m| m.name.as_str()).collect();
        if !members.is_empty() {
            row = quote!(#row.detail_members(&[#(#members),*]));
        }
        if !code.body_values.is_empty() {
            let values = &code.body_values;
            row = quote!(#row.body_values(&[#(#values),*]));
        }
        row
    });
    quote! {
        /// The registry's rows, indexed by the code enum's `as usize`.
        #[allow(deprecated)]
        const ENTRIES: [#rt::Entry<#code_enum>; #count] = [#(#rows,)*];
    }
}

fn retry_tokens(retry: Retry, rt: &TokenStream) -> TokenStream {
    match retry {
        Retry::Never => quote!(#rt::Retry::Never),
        Retry::AfterDelay => quote!(#rt::Retry::AfterDelay),
        Retry::AfterReread => quote!(#rt::Retry::AfterReread),
    }
}

fn details_tokens(shape: DetailsShape, rt: &TokenStream) -> TokenStream {
    match shape {
        DetailsShape::FieldErrors => quote!(#rt::DetailsShape::FieldErrors),
    }
}

fn status_kind_tokens(kind: StatusKind, rt: &TokenStream) -> TokenStream {
    match kind {
        StatusKind::Response => quote!(#rt::StatusKind::Response),
        StatusKind::Reported => quote!(#rt::StatusKind::Reported),
    }
}

fn category_enum(registry: &Registry, names: &Names) -> TokenStream {
    let Names {
        category: category_enum,
        rt,
        ..
    } = names;
    let variants = registry.categories.iter().map(|category| {
        let ident = category_variant(category);
        let summary = doc(&format!(
            "{} ({} codes).",
            text::escape(&category.title),
            category.codes.len()
        ));
        quote! {
            #summary
            #ident
        }
    });
    let all = registry.categories.iter().map(|c| {
        let ident = category_variant(c);
        quote!(#category_enum::#ident)
    });
    // A category's codes are contiguous in `ErrorCode::ALL` (registry
    // order), so each category is a range of it rather than a second list.
    let mut start = 0;
    let rows: Vec<TokenStream> = registry
        .categories
        .iter()
        .map(|c| {
            let name = &c.rust_name;
            let title = &c.title;
            let (from, len) = (
                Literal::usize_unsuffixed(start),
                Literal::usize_unsuffixed(c.codes.len()),
            );
            start += c.codes.len();
            let row = quote!(#rt::CategoryEntry::new(#name, #title, #from, #len));
            if c.status_kind == StatusKind::Response {
                row
            } else {
                let kind = status_kind_tokens(c.status_kind, rt);
                quote!(#row.status_kind(#kind))
            }
        })
        .collect();
    let count = Literal::usize_unsuffixed(registry.categories.len());
    quote! {
        /// A category of error codes: a section of the docs page.
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
        #[non_exhaustive]
        pub enum #category_enum {
            #(#variants,)*
        }

        impl #category_enum {
            /// Every category, in registry order.
            pub const ALL: &'static [#category_enum] = &[#(#all,)*];
        }

        /// The categories' rows, indexed by the category enum's `as usize`.
        const CATEGORIES: [#rt::CategoryEntry; #count] = [#(#rows,)*];
    }
}

fn headers(registry: &Registry, names: &Names) -> TokenStream {
    let rt = &names.rt;
    let consts = registry.headers.iter().map(|h| {
        let ident = Ident::new(&h.const_name, Span::call_site());
        let name = &h.name;
        let mut text = format!("`{}`: {}", h.name, describe::header_line(h.when, h.format));
        if let Some(d) = &h.description {
            text.push(' ');
            text.push_str(&text::escape(d));
        }
        if let Some(e) = &h.example {
            text.push_str(&format!(" Example: {}.", text::code_span(e)));
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
            "[`{0}`](super::{0}) as an `http::HeaderName`.",
            h.const_name
        ));
        quote! {
            #text
            pub const #ident: #rt::__private::http::HeaderName =
                #rt::__private::http::HeaderName::from_static(#lower);
        }
    });
    let exposed = registry.read_headers();
    let exposed_lower = exposed.iter().map(|name| name.to_ascii_lowercase());
    let count = Literal::usize_unsuffixed(exposed.len());
    let expose = Ident::new(naming::CORS_EXPOSE_HEADERS, Span::call_site());
    let expose_doc = doc(&format!(
        "The headers a client reads from an error response ({}): what a \
         cross-origin response lists in `Access-Control-Expose-Headers` for a \
         browser's script to see them. With tower-http's `CorsLayer`, \
         `.expose_headers(headers::name::{})` (cargo feature `http`).",
        exposed
            .iter()
            .map(|name| text::code_span(name))
            .collect::<Vec<_>>()
            .join(", "),
        naming::CORS_EXPOSE_HEADERS,
    ));
    let expose_name_doc = doc(&format!(
        "[`{0}`](super::{0}) as `http::HeaderName`s: \
         `CorsLayer::new().expose_headers({0})`.",
        naming::CORS_EXPOSE_HEADERS
    ));
    quote! {
        /// Names of the HTTP headers the API sends with error responses.
        pub mod headers {
            #(#consts)*

            #expose_doc
            pub const #expose: &[&str] = &[#(#exposed),*];

            /// The same headers as `http::HeaderName`s, ready for a
            /// `HeaderMap` (cargo feature `http`).
            #[cfg(feature = "http")]
            pub mod name {
                #(#names)*

                #expose_name_doc
                pub const #expose: [#rt::__private::http::HeaderName; #count] = [
                    #(#rt::__private::http::HeaderName::from_static(#exposed_lower)),*
                ];
            }
        }
    }
}
