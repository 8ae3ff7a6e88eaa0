//! Reading generated Rust as syntax, not as text laid out by prettyplease.

/// Generated Rust, parsed: the tests check its items, not how prettyplease
/// lays them out.
pub(super) fn parse_rust(source: &str) -> syn::File {
    syn::parse_file(source)
        .unwrap_or_else(|e| panic!("the generated Rust does not parse: {e}\n{source}"))
}

/// Tokens as text, spaced as `proc_macro2` prints them, so that two
/// spellings of the same tokens compare equal.
pub(super) fn tokens(tokens: &impl quote::ToTokens) -> String {
    tokens.to_token_stream().to_string()
}

/// The `impl` blocks of `file` for a trait whose path ends in `name`, with
/// that last segment's generic arguments as tokens (`""` when none).
pub(super) fn trait_impls<'a>(file: &'a syn::File, name: &str) -> Vec<(String, &'a syn::ItemImpl)> {
    file.items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Impl(item) => {
                let (path, _) = item.trait_.as_ref()?;
                let last = path.segments.last()?;
                (last.ident == name).then(|| (tokens(&last.arguments), item))
            }
            _ => None,
        })
        .collect()
}

/// The value of the associated constant `name` of `item`.
pub(super) fn impl_const<'a>(item: &'a syn::ItemImpl, name: &str) -> Option<&'a syn::Expr> {
    item.items.iter().find_map(|item| match item {
        syn::ImplItem::Const(constant) if constant.ident == name => Some(&constant.expr),
        _ => None,
    })
}
