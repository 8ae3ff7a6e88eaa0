//! The registry model as the runtime's schema description
//! ([`error_codes_runtime::schema::Description`]): what the JSON Schema and
//! OpenAPI documents' schemas are built from, by the runtime, and what the
//! generated crate holds as a `const` for its `utoipa` and `schemars`
//! schemas (written out by [`tokens`]). One description, so the documents'
//! schemas and the ones a service generates from code are the same.

use error_codes_runtime::schema::{
    CodeDetails, CodeSchema, Description, MemberKind, MemberSchema, Text,
};
use proc_macro2::TokenStream;
use quote::quote;

use super::describe;
use super::text;
use crate::model::{CodeStyle, DetailsShape, Member, MemberType, Registry};
use crate::naming::SchemaNames;

mod member_objects;

/// The pattern every snake_case code follows
/// (`validate::code_style::check_code_syntax`): a lowercase letter, then
/// lowercase letters, digits and single underscores, not ending in one.
pub(crate) const CODE_PATTERN: &str = "^[a-z][a-z0-9]*(_[a-z0-9]+)*$";

/// The pattern (ECMA-262, as JSON Schema reads it) of every code of
/// `style`: what `validate::code_style::check_code_syntax` accepts, but
/// for the length, which is `maxLength`. No backslash, so it reads the same
/// in JSON and YAML.
pub(crate) fn code_pattern(style: CodeStyle) -> &'static str {
    match style {
        CodeStyle::SnakeCase => CODE_PATTERN,
        CodeStyle::ScreamingSnakeCase => "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$",
        CodeStyle::PascalCase => "^[A-Z][A-Za-z0-9]*$",
        CodeStyle::CamelCase => "^[a-z][A-Za-z0-9]*$",
        CodeStyle::KebabCase => "^[a-z][a-z0-9]*(-[a-z0-9]+)*$",
        CodeStyle::Dotted => "^[A-Za-z][A-Za-z0-9]*([.][A-Za-z][A-Za-z0-9]*)*$",
        CodeStyle::Numeric => "^[0-9]+$",
        CodeStyle::Any => "^[A-Za-z0-9_.-]+$",
    }
}

/// Calls `with` on the description of `registry`'s bodies, its code enum's
/// schemas named by `names`.
pub(crate) fn with<T>(
    registry: &Registry,
    names: &SchemaNames,
    with: impl FnOnce(&Description<'_>) -> T,
) -> T {
    let codes: Vec<_> = registry.codes().map(|(_, code)| code).collect();
    // What the description borrows: the text it does not find in the model.
    let summaries: Vec<String> = codes.iter().map(|c| describe::summary(c)).collect();
    let meanings: Vec<Option<String>> = codes
        .iter()
        .map(|c| c.meaning.as_deref().map(text::escape))
        .collect();
    // Each code's members (`""` within), then its objects' members (within
    // their object's path), one list per code: what the description
    // borrows.
    let flat: Vec<Vec<(String, &Member)>> = codes
        .iter()
        .map(|code| {
            let mut out: Vec<(String, &Member)> =
                code.members.iter().map(|m| (String::new(), m)).collect();
            out.extend(member_objects::nested(code));
            out
        })
        .collect();
    let member_texts: Vec<Vec<Option<String>>> = flat
        .iter()
        .map(|c| {
            c.iter()
                .map(|(_, m)| m.description.as_deref().map(text::escape))
                .collect()
        })
        .collect();
    let values: Vec<Vec<Vec<&str>>> = flat
        .iter()
        .map(|c| {
            c.iter()
                .map(|(_, m)| match &m.ty {
                    MemberType::Enum(values) => values.iter().map(String::as_str).collect(),
                    _ => Vec::new(),
                })
                .collect()
        })
        .collect();
    let members: Vec<Vec<MemberSchema<'_>>> = flat
        .iter()
        .enumerate()
        .map(|(i, code)| {
            code.iter()
                .enumerate()
                .map(|(j, (within, member))| {
                    let kind = match member.ty {
                        MemberType::String | MemberType::Enum(_) => MemberKind::String,
                        MemberType::Integer => MemberKind::Integer,
                        MemberType::Number => MemberKind::Number,
                        MemberType::Boolean => MemberKind::Boolean,
                        MemberType::Object(_) => MemberKind::Object,
                    };
                    let mut schema = MemberSchema::new(&member.name, kind)
                        .values(&values[i][j])
                        .within(within);
                    if member.list {
                        schema = schema.list();
                    }
                    if member.optional {
                        schema = schema.optional();
                    }
                    if let (Some(plain), Some(markdown)) =
                        (&member.description, &member_texts[i][j])
                    {
                        schema = schema.description(Text::new(plain, markdown));
                    }
                    schema
                })
                .collect()
        })
        .collect();
    let body_values: Vec<Vec<&str>> = codes
        .iter()
        .map(|c| c.body_values.iter().map(String::as_str).collect())
        .collect();
    let code_schemas: Vec<CodeSchema<'_>> = codes
        .iter()
        .enumerate()
        .map(|(i, code)| {
            let mut schema =
                CodeSchema::new(&code.code, &code.rust_name, &summaries[i]).values(&body_values[i]);
            if let Some(grpc) = &code.grpc {
                schema = schema.reason(&grpc.reason);
            }
            // Only a details schema's description says the meaning.
            if let (Some(plain), Some(markdown), false) =
                (&code.meaning, &meanings[i], code.members.is_empty())
            {
                schema = schema.meaning(Text::new(plain, markdown));
            }
            // The code's own members, then its objects'.
            let (own, objects) = members[i].split_at(code.members.len());
            if !objects.is_empty() {
                schema = schema.objects(objects);
            }
            match code.details {
                Some(DetailsShape::FieldErrors) => schema.details(CodeDetails::FieldErrors),
                None if code.members.is_empty() => schema,
                None => schema.details(CodeDetails::Members(own)),
            }
        })
        .collect();
    let parts = describe::ShapeParts::of(registry);
    let description = Description::new(
        parts.shape(),
        [&names.known, &names.unknown],
        code_pattern(registry.code_style),
        &code_schemas,
    )
    .docs_url(registry.page.docs_url.as_deref());
    with(&description)
}

/// `description` as the `const` expression a generated crate holds, the
/// runtime at `rt`: each value the description has, through the runtime's
/// `const fn` constructors.
pub(crate) fn tokens(description: &Description<'_>, rt: &TokenStream) -> TokenStream {
    let private = quote!(#rt::__private);
    let text = |t: Text<'_>| {
        let (plain, markdown) = (t.plain, t.markdown);
        if plain == markdown {
            quote!(#private::Text::same(#plain))
        } else {
            quote!(#private::Text::new(#plain, #markdown))
        }
    };
    let codes = description.codes.iter().map(|code| {
        let (wire, variant, summary) = (code.code, code.variant, code.summary);
        let mut schema = quote!(#private::CodeSchema::new(#wire, #variant, #summary));
        if let Some(meaning) = code.meaning {
            let meaning = text(meaning);
            schema = quote!(#schema.meaning(#meaning));
        }
        if !code.values.is_empty() {
            let values = code.values;
            schema = quote!(#schema.values(&[#(#values),*]));
        }
        if let Some(reason) = code.reason {
            schema = quote!(#schema.reason(#reason));
        }
        match code.details {
            CodeDetails::FieldErrors => {
                quote!(#schema.details(#private::CodeDetails::FieldErrors))
            }
            CodeDetails::Members(members) => {
                let member = |m: &MemberSchema<'_>| {
                    let name = m.name;
                    let kind = match m.kind {
                        MemberKind::Integer => quote!(Integer),
                        MemberKind::Number => quote!(Number),
                        MemberKind::Boolean => quote!(Boolean),
                        MemberKind::Object => quote!(Object),
                        _ => quote!(String),
                    };
                    let mut member =
                        quote!(#private::MemberSchema::new(#name, #private::MemberKind::#kind));
                    if m.list {
                        member = quote!(#member.list());
                    }
                    if m.optional {
                        member = quote!(#member.optional());
                    }
                    if let Some(description) = m.description {
                        let description = text(description);
                        member = quote!(#member.description(#description));
                    }
                    if !m.values.is_empty() {
                        let values = m.values;
                        member = quote!(#member.values(&[#(#values),*]));
                    }
                    if !m.within.is_empty() {
                        let within = m.within;
                        member = quote!(#member.within(#within));
                    }
                    member
                };
                if !code.objects.is_empty() {
                    let objects = code.objects.iter().map(member);
                    schema = quote!(#schema.objects(&[#(#objects),*]));
                }
                let members = members.iter().map(member);
                quote!(#schema.details(#private::CodeDetails::Members(&[#(#members),*])))
            }
            _ => schema,
        }
    });
    let (known, unknown, pattern) = (
        description.known,
        description.unknown,
        description.code_pattern,
    );
    let docs_url = match description.docs_url {
        Some(url) => quote!(::core::option::Option::Some(#url)),
        None => quote!(::core::option::Option::None),
    };
    quote! {
        #private::Description::new(
            #rt::wire::Shape::of(<Self as #rt::Vocabulary>::ENVELOPE),
            [#known, #unknown],
            #pattern,
            &[#(#codes),*],
        )
        .docs_url(#docs_url)
    }
}

#[cfg(test)]
mod tests;
