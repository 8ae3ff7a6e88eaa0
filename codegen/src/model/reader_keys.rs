//! What the client packages' readers know of a body layout besides its
//! fields' paths: its code header, the qualifier around the code and its
//! error marker (`BODY_LAYOUT` in TypeScript and Python).

use super::BodyLayout;

impl BodyLayout {
    /// What the client packages' readers know of the layout besides its
    /// fields' paths, each `(key, text)` only when the registry says it:
    /// the code header, the qualifier around the code, the error marker's
    /// path and its constant's value (JSON text). The packages'
    /// `BODY_LAYOUT` tables hold them.
    pub fn reader_keys(&self) -> Vec<(&'static str, String)> {
        let mut keys = Vec::new();
        if let Some(name) = &self.code_header {
            keys.push(("code_header", name.clone()));
        }
        let (prefix, suffix) = &self.code_qualifier;
        if !prefix.is_empty() {
            keys.push(("code_prefix", prefix.clone()));
        }
        if !suffix.is_empty() {
            keys.push(("code_suffix", suffix.clone()));
        }
        if let Some(marker) = &self.error_marker
            && let Some((_, json)) = self.constants.iter().find(|(path, _)| path == marker)
        {
            keys.push(("error_marker", marker.clone()));
            keys.push(("error_marker_value", json.clone()));
        }
        keys
    }
}
