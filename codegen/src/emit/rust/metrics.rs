//! The code enum's `Metrics` impl, what the runtime's `metrics` feature
//! reads: the configured names of the counter and its labels. (The label
//! values are each code's wire string and its category's name, data of the
//! rows.)

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::Names;
use crate::config::Config;

/// `impl Metrics`: the runtime's `MetricNames::DEFAULT`, with a setter for
/// each name the configuration changes.
pub(super) fn capability(config: &Config, names: &Names) -> TokenStream {
    let Names { code, rt, .. } = names;
    let default = error_codes_runtime::MetricNames::DEFAULT;
    let setters = [
        ("counter", &config.metrics_counter, default.counter),
        ("error_type", &config.metrics_error_type, default.error_type),
        ("status", &config.metrics_status, default.status),
        ("category", &config.metrics_category, default.category),
    ]
    .into_iter()
    .filter(|(_, name, default)| name.as_str() != *default)
    .map(|(setter, name, _)| {
        let setter = format_ident!("{setter}");
        let name = name.as_str();
        quote!(.#setter(#name))
    });
    quote! {
        impl #rt::Metrics for #code {
            const METRICS: #rt::MetricNames = #rt::MetricNames::DEFAULT #(#setters)*;
        }
    }
}
