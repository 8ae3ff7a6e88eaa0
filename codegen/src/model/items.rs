//! A layout's array root (`root: "errors[]"`) and its field pointer, as
//! the registry writes them and the packages' `BODY_LAYOUT` tables hold
//! them.

use super::BodyLayout;

impl BodyLayout {
    /// The suffix of an array root's member (`root: "errors[]"`).
    pub const ITEMS_SUFFIX: &'static str = "[]";

    /// What the packages' `BODY_LAYOUT` tables add for an array root's
    /// field pointer: `(key, value)`, the keys as the registry spells them.
    pub fn reader_items(&self) -> Vec<(&'static str, &str)> {
        match &self.field_pointer {
            Some(path) => vec![
                ("field_pointer", path.as_str()),
                ("pointer_prefix", self.pointer_prefix.as_str()),
            ],
            None => Vec::new(),
        }
    }

    /// `root:` as the registry writes it (`errors[]` for an array root).
    pub fn root_as_written(&self) -> Option<String> {
        let Some(root) = self.root.as_deref() else {
            // A body that is the array (`root: "[]"`).
            return self.root_items.then(|| Self::ITEMS_SUFFIX.to_owned());
        };
        Some(if self.root_items {
            format!("{root}{}", Self::ITEMS_SUFFIX)
        } else {
            root.to_string()
        })
    }
}
