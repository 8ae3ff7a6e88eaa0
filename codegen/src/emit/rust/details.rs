//! The `details` module of a generated crate: one struct per code whose
//! registry entry declares members (named as the code's variant), an enum
//! per `enum:` member, the `Details` enum of every code's typed details,
//! the `From` impls that make an `axum::ApiError` of a code's details, and
//! the `HasDetails::parse_details` that reads them back.
//!
//! Inside the module every standard name is written as a full path: a
//! struct may be named as a prelude item (a code `option`, `some`).

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::emit::text;
use crate::model::{Code, DetailsShape, Member, MemberType, Registry};
use crate::naming::{DETAILS_ENUM, OTHER_VALUE, RUST_KEYWORDS, enum_value_variant, member_enum};

use super::{Names, doc, variant};

mod member_objects;

/// A member's field: a raw identifier for a keyword (`r#type`).
fn field(member: &Member) -> Ident {
    if RUST_KEYWORDS.contains(&member.rust_name.as_str()) {
        Ident::new_raw(&member.rust_name, proc_macro2::Span::call_site())
    } else {
        format_ident!("{}", member.rust_name)
    }
}

/// The codes that declare typed details: members, or a shape.
fn typed(registry: &Registry) -> impl Iterator<Item = &Code> {
    registry
        .codes()
        .map(|(_, code)| code)
        .filter(|code| !code.members.is_empty() || code.details.is_some())
}

/// The `details` module.
pub(super) fn module(registry: &Registry, names: &Names) -> TokenStream {
    let Names {
        code: code_enum,
        rt,
        ..
    } = names;
    let serde_crate = format!("{rt}::__private::serde").replace(' ', "");
    let structs = registry
        .codes()
        .map(|(_, code)| code)
        .filter(|code| !code.members.is_empty())
        .map(|code| structure(code, names, &serde_crate));
    let details = format_ident!("{DETAILS_ENUM}");
    let variants = typed(registry).map(|code| {
        let ident = variant(code);
        let text = doc(&format!(
            "[`{0}`](super::{1}::{0}) (`{2}`).",
            code.rust_name, code_enum, code.code
        ));
        match code.details {
            Some(DetailsShape::FieldErrors) => quote! {
                #text
                #[cfg(feature = "serde")]
                #ident(#rt::FieldErrors)
            },
            None => quote! {
                #text
                #ident(#ident)
            },
        }
    });
    let schemas = schema_impls(registry, names);
    quote! {
        /// The typed `error.details` of the codes whose registry entry
        /// declares them: a struct per code that declares members, and
        /// [`Details`](details::Details), what a client reads (`typed_details()`).
        pub mod details {
            #(#structs)*

            #schemas

            /// `error.details` of a code that declares them, one variant per
            /// such code.
            #[derive(Clone, Debug, PartialEq)]
            #[non_exhaustive]
            #[allow(deprecated)]
            pub enum #details {
                #(#variants,)*
            }
        }
    }
}

/// The Rust type of a member of the type `owner` (a code's variant, or an
/// object's struct): `String`, `i64`, `f64`, `bool`, its enum or its
/// object's struct, in a `Vec` for a list, in an `Option` when optional.
fn member_type(owner: &str, member: &Member) -> TokenStream {
    let scalar = match &member.ty {
        MemberType::String => quote!(::std::string::String),
        MemberType::Integer => quote!(i64),
        MemberType::Number => quote!(f64),
        MemberType::Boolean => quote!(bool),
        MemberType::Enum(_) | MemberType::Object(_) => {
            let ident = format_ident!("{}", member_enum(owner, &member.name));
            quote!(#ident)
        }
    };
    let list = if member.list {
        quote!(::std::vec::Vec<#scalar>)
    } else {
        scalar
    };
    if member.optional {
        quote!(::core::option::Option<#list>)
    } else {
        list
    }
}

/// The struct of a code's members, its enums, and its `From` for `ApiError`.
fn structure(code: &Code, names: &Names, serde_crate: &str) -> TokenStream {
    let Names {
        code: code_enum,
        rt,
        ..
    } = names;
    let ident = variant(code);
    let mut summary = format!(
        "`error.details` of [`{0}`](super::{1}::{0}) (`{2}`)",
        code.rust_name, code_enum, code.code
    );
    if let Some(meaning) = &code.meaning {
        summary.push_str(": ");
        summary.push_str(&text::escape(meaning));
    }
    let fields = fields(&code.rust_name, &code.code, &code.members, rt);
    let record = record(summary, &ident, &fields, "details", rt, serde_crate);
    let enums = &fields.enums;
    let objects = member_objects::structs(code, rt, serde_crate);
    quote! {
        #record

        /// The error of the code, carrying these details; its message is the
        /// code's meaning (`with_message` gives another).
        #[cfg(feature = "axum")]
        #[allow(deprecated)]
        impl ::core::convert::From<#ident> for #rt::axum::ApiError<super::#code_enum> {
            fn from(details: #ident) -> Self {
                let code = super::#code_enum::#ident;
                #rt::axum::ApiError::new(code, code.meaning().unwrap_or_default()).with_details(
                    #rt::__private::serde_json::to_value(details).unwrap_or_default(),
                )
            }
        }

        #(#enums)*

        #objects
    }
}

/// The parts of a struct of declared members: its fields, the parameters
/// and field initialisers of its `new`, and its members' enums.
/// A struct of declared members, a code's details (`what`: `"details"`)
/// or one of its objects (`"object"`): `summary` and how to build it, the
/// derives every such struct has, `#[non_exhaustive]`, and `new` of the
/// required members.
fn record(
    mut summary: String,
    ident: &proc_macro2::Ident,
    fields: &Fields,
    what: &str,
    rt: &TokenStream,
    serde_crate: &str,
) -> TokenStream {
    summary.push_str(".\n\nBuild it with `new` (the required members, in registry order); optional members are `None` until set. Members this build does not know are ignored when reading.");
    let summary = doc(&summary);
    let new_doc = doc(&format!(
        "The {what} with their required members; optional ones are `None`."
    ));
    let Fields {
        fields,
        params,
        inits,
        ..
    } = fields;
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
            #new_doc
            #[allow(clippy::too_many_arguments, reason = "one argument per required member")]
            #[must_use]
            pub fn new(#(#params),*) -> Self {
                #ident { #(#inits,)* }
            }
        }
    }
}

struct Fields {
    fields: Vec<TokenStream>,
    params: Vec<TokenStream>,
    inits: Vec<TokenStream>,
    enums: Vec<TokenStream>,
}

/// [`Fields`] of the type `owner` (at `path`, for people) of `members`.
fn fields(owner: &str, path: &str, members: &[Member], rt: &TokenStream) -> Fields {
    let fields = members.iter().map(|member| {
        let name = field(member);
        let ty = member_type(owner, member);
        let mut text = format!(
            "`{}`: {}{}.",
            member.name,
            member.type_text(),
            if member.optional { ", optional" } else { "" }
        );
        if let Some(description) = &member.description {
            text.push(' ');
            text.push_str(&text::escape(description));
        }
        let text = doc(&text);
        let wire = &member.name;
        let optional = member.optional.then(|| {
            quote!(#[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "::core::option::Option::is_none"))])
        });
        quote! {
            #text
            #[cfg_attr(feature = "serde", serde(rename = #wire))]
            #optional
            pub #name: #ty
        }
    });
    let required: Vec<&Member> = members.iter().filter(|m| !m.optional).collect();
    let params = required.iter().map(|member| {
        let name = field(member);
        let ty = member_type(owner, member);
        quote!(#name: #ty)
    });
    let inits = members.iter().map(|member| {
        let name = field(member);
        if member.optional {
            quote!(#name: ::core::option::Option::None)
        } else {
            quote!(#name)
        }
    });
    let enums = members.iter().filter_map(|member| match &member.ty {
        MemberType::Enum(values) => Some(enumeration(owner, path, member, values, rt)),
        _ => None,
    });
    Fields {
        fields: fields.collect(),
        params: params.collect(),
        inits: inits.collect(),
        enums: enums.collect(),
    }
}

/// The enum of a string member's `enum:` values, with `Other` keeping a
/// value added after this build.
fn enumeration(
    owner: &str,
    path: &str,
    member: &Member,
    values: &[String],
    rt: &TokenStream,
) -> TokenStream {
    let ident = format_ident!("{}", member_enum(owner, &member.name));
    let other = format_ident!("{OTHER_VALUE}");
    let summary = doc(&format!(
        "The values of `{}.{}`; [`{ident}::{other}`] keeps a value added after this build, as received.",
        path, member.name
    ));
    let variants: Vec<Ident> = values
        .iter()
        .map(|v| format_ident!("{}", enum_value_variant(v)))
        .collect();
    let docs = values.iter().map(|v| doc(&text::code_span(v)));
    let as_str = variants
        .iter()
        .zip(values)
        .map(|(variant, value)| quote!(#ident::#variant => #value));
    let from = variants
        .iter()
        .zip(values)
        .map(|(variant, value)| quote!(#value => #ident::#variant));
    quote! {
        #summary
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #ident {
            #(#docs #variants,)*
            /// A value this build does not know, as received.
            #other(::std::string::String),
        }

        impl #ident {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#as_str,)*
                    #ident::#other(value) => value,
                }
            }
        }

        impl ::core::convert::From<&str> for #ident {
            fn from(value: &str) -> Self {
                match value {
                    #(#from,)*
                    other => #ident::#other(::std::borrow::ToOwned::to_owned(other)),
                }
            }
        }

        impl ::core::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        #[cfg(feature = "serde")]
        impl #rt::__private::serde::Serialize for #ident {
            fn serialize<S: #rt::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> #rt::__private::serde::Deserialize<'de> for #ident {
            fn deserialize<D: #rt::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                let value: ::std::string::String =
                    #rt::__private::serde::Deserialize::deserialize(deserializer)?;
                ::core::result::Result::Ok(#ident::from(value.as_str()))
            }
        }
    }
}

/// The code enum's `HasDetails` impl (feature `serde`): its `Details` type
/// and `parse_details`, which reads each code's declared details. Written
/// for every registry, one that declares no details too (its `Details` has
/// no variant), so that `typed_details()` is there whatever the registry.
/// Which members a problem document carries at its top level are the
/// rows' data (`Entry::detail_members`), not this impl's.
///
/// `parse_details` is `#[inline]`: it is compiled to machine code where
/// something calls it (`typed_details()`), not in every build of the crate
/// (its `serde_json` and `BTreeMap` code is most of a default build's; see
/// the performance guide, "Build cost").
pub(super) fn capability(registry: &Registry, names: &Names) -> TokenStream {
    let Names {
        code: code_enum,
        rt,
        ..
    } = names;
    let details = format_ident!("{DETAILS_ENUM}");
    let arms = typed(registry).map(|code| {
        let ident = variant(code);
        let read = match code.details {
            Some(DetailsShape::FieldErrors) => quote!(#rt::FieldErrors::from_details(value)),
            None => quote!(#rt::__private::serde::Deserialize::deserialize(value)),
        };
        quote! {
            #code_enum::#ident => #read.map(|d| Some(details::#details::#ident(d)))
        }
    });
    quote! {
        #[cfg(feature = "serde")]
        #[allow(deprecated)]
        impl #rt::HasDetails for #code_enum {
            type Details = details::#details;

            #[inline]
            fn parse_details(
                self,
                value: &#rt::__private::serde_json::Value,
            ) -> Result<Option<details::#details>, #rt::__private::serde_json::Error> {
                #[allow(unreachable_patterns)]
                match self {
                    #(#arms,)*
                    _ => {
                        let _ = value;
                        Ok(None)
                    }
                }
            }
        }
    }
}

/// The schemas (feature `schema`): the code enum's `DescribeSchemas`, the
/// description of the bodies that the runtime builds their schemas from
/// (the same value the JSON Schema and OpenAPI outputs are built from), and
/// each details struct's `utoipa::ToSchema` and `schemars::JsonSchema`,
/// its schema taken from there by its name.
fn schema_impls(registry: &Registry, names: &Names) -> TokenStream {
    let Names {
        code: code_enum,
        rt,
        ..
    } = names;
    let private = quote!(#rt::__private);
    let schema_names = crate::naming::SchemaNames::of(&code_enum.to_string());
    let description = crate::emit::schema::with(registry, &schema_names, |description| {
        crate::emit::schema::tokens(description, rt)
    });
    let impls = registry
        .codes()
        .map(|(_, code)| code)
        .filter(|code| code.details.is_none() && !code.members.is_empty())
        .map(|code| {
            let ident = variant(code);
            let name = crate::naming::code_details_schema(&code.rust_name);
            quote! {
                #[cfg(feature = "utoipa")]
                impl #private::utoipa::PartialSchema for #ident {
                    fn schema() -> #private::utoipa::openapi::RefOr<#private::utoipa::openapi::schema::Schema> {
                        #private::utoipa_named::<super::#code_enum>(#name)
                    }
                }

                #[cfg(feature = "utoipa")]
                impl #private::utoipa::ToSchema for #ident {
                    fn name() -> ::std::borrow::Cow<'static, str> {
                        ::std::borrow::Cow::Borrowed(#name)
                    }
                }

                #[cfg(feature = "schemars")]
                impl #private::schemars::JsonSchema for #ident {
                    fn schema_name() -> ::std::borrow::Cow<'static, str> {
                        ::std::borrow::Cow::Borrowed(#name)
                    }

                    fn json_schema(
                        generator: &mut #private::schemars::SchemaGenerator,
                    ) -> #private::schemars::Schema {
                        #private::schemars_named::<super::#code_enum>(generator, #name)
                    }
                }
            }
        });
    quote! {
        /// The description of the API's error bodies and codes that their
        /// schemas are built from, as the generator built its documents.
        #[cfg(feature = "schema")]
        impl #private::DescribeSchemas for super::#code_enum {
            const SCHEMAS: #private::Description<'static> = #description;
        }

        #(#impls)*
    }
}
