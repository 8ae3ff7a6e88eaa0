//! The keys of an array root, the status's type and the media type in a
//! layout's summary: each written only when the registry says it, so that
//! a layout's summary reads as it did before they existed, and any change
//! of them is a change of the layout (`envelope_changed`, major).

use crate::model::BodyLayout;

/// `, field_pointer: …, pointer_prefix: …, status_type: string,
/// media_type: …` for the keys `layout` has.
pub(super) fn summary(layout: &BodyLayout) -> String {
    let mut out = String::new();
    if let Some(path) = &layout.field_pointer {
        out.push_str(&format!(
            ", field_pointer: {path:?}, pointer_prefix: {:?}",
            layout.pointer_prefix
        ));
    }
    if layout.status_string {
        out.push_str(", status_type: string");
    }
    if let Some(media_type) = &layout.media_type {
        out.push_str(&format!(", media_type: {media_type}"));
    }
    out
}
