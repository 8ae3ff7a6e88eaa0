//! The `Vocabulary` items the runtime's `metrics` feature reads: the
//! configured names of the counter and its labels, and each code's
//! category name (its label value).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::Names;
use crate::config::Config;
use crate::model::Registry;

/// `const METRICS` and `fn category_name`, inside the `Vocabulary` impl.
pub(super) fn vocabulary_items(registry: &Registry, config: &Config, names: &Names) -> TokenStream {
    let Names { category, rt, .. } = names;
    let counter = config.metrics_counter.as_str();
    let error_type = config.metrics_error_type.as_str();
    let status = config.metrics_status.as_str();
    let category_label = config.metrics_category.as_str();
    let arms = registry.categories.iter().map(|c| {
        let variant = format_ident!("{}", c.rust_name);
        let name = c.rust_name.as_str();
        quote!(#category::#variant => #name)
    });
    quote! {
        const METRICS: #rt::MetricNames = #rt::MetricNames {
            counter: #counter,
            error_type: #error_type,
            status: #status,
            category: #category_label,
        };

        fn category_name(self) -> &'static str {
            match Self::ENTRIES[self as usize].category {
                #(#arms,)*
            }
        }
    }
}
