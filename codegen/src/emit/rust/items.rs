//! The generated `BodyLayout`'s setters of an array root (`root:
//! "errors[]"`, its field pointer), the status as a string and the media
//! type: each only when the registry says it.

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::BodyLayout;

/// `.root_items()`, `.field_pointer(…)`, `.status_as_string()`,
/// `.media_type(…)`, each when `layout` has it.
pub(super) fn setters(layout: &BodyLayout) -> TokenStream {
    let items = layout.root_items.then(|| quote!(.root_items()));
    let pointer = layout.field_pointer.as_deref().map(|path| {
        let prefix = layout.pointer_prefix.as_str();
        quote!(.field_pointer(#path, #prefix))
    });
    let status = layout.status_string.then(|| quote!(.status_as_string()));
    let media_type = layout
        .media_type
        .as_deref()
        .map(|media_type| quote!(.media_type(#media_type)));
    quote!(#items #pointer #status #media_type)
}
