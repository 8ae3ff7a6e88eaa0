//! `error-codes explain CODE [REGISTRY]`: everything the registry says about
//! one code, like `rustc --explain`; an unknown code gets the nearest ones.

use std::fmt::Write;
use std::path::Path;

use crate::emit::describe;
use crate::model::StatusKind;
use crate::{Registry, suggest};

/// The explanation of `wanted`, or why there is none (with suggestions).
pub(super) fn explain(registry: &Registry, path: &Path, wanted: &str) -> Result<String, String> {
    let Some((category, code)) = registry.code(wanted) else {
        return Err(unknown(registry, wanted));
    };
    let mut out = String::new();
    match &code.meaning {
        Some(meaning) => {
            let _ = writeln!(out, "{}: {meaning}\n", code.code);
        }
        None => {
            let _ = writeln!(out, "{}\n", code.code);
        }
    }
    let reason = describe::reason_phrase(code.status).map_or(String::new(), |r| format!(" {r}"));
    let status = match category.status_kind {
        StatusKind::Response => format!("{}{reason}", code.status),
        StatusKind::Reported => format!(
            "{}{reason}, reported: the status of something else (such as a webhook delivery), not of the API's response",
            code.status
        ),
    };
    let mut rows = vec![
        ("status", status),
        (
            "category",
            format!("{} ({})", category.title, category.rust_name),
        ),
        (
            "retry",
            format!(
                "{}: {}",
                code.retry.as_str(),
                describe::retry_advice(code.retry)
            ),
        ),
        (
            "details",
            describe::details_advice(code.details).to_string(),
        ),
    ];
    let deprecated = match &code.deprecated {
        None => "no".to_string(),
        Some(d) => {
            let mut text = format!("since {}", d.since);
            if let Some(date) = d.sunset {
                let _ = write!(text, "; {}", describe::sunset(date));
            }
            if let Some(instead) = &d.use_instead {
                let _ = write!(text, "; use {instead} instead");
            }
            if let Some(note) = &d.note {
                let _ = write!(text, " ({note})");
            }
            text
        }
    };
    rows.push(("deprecated", deprecated));
    if let Some(url) = registry.doc_url(code) {
        rows.push(("docs", url));
    }
    rows.push((
        "rust",
        format!("error_codes::ErrorCode::{}", code.rust_name),
    ));
    rows.push((
        "defined at",
        format!(
            "{}:{}:{}",
            path.display(),
            code.location.line,
            code.location.column
        ),
    ));
    for (label, value) in rows {
        let _ = writeln!(out, "  {label:<11} {value}");
    }
    Ok(out)
}

fn unknown(registry: &Registry, wanted: &str) -> String {
    let mut out = format!("unknown error code {wanted:?}");
    let near = nearest(registry, wanted);
    if near.is_empty() {
        out.push_str("\n  help: `error-codes export --format json` lists every code");
    } else {
        let _ = write!(out, "\n  help: did you mean {}?", near.join(", "));
    }
    out
}

/// Up to five codes close to `wanted`: the same code in another spelling
/// (`VERSION_CONFLICT`, `version-conflict`), then typos by edit distance,
/// then codes that contain what was typed (`conflict`), in registry order.
pub(super) fn nearest<'a>(registry: &'a Registry, wanted: &str) -> Vec<&'a str> {
    let normal: String = wanted
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .collect();
    let limit = (normal.chars().count() / 3).clamp(1, 3);
    let mut scored: Vec<(usize, usize, &str)> = registry
        .codes()
        .enumerate()
        .filter_map(|(order, (_, code))| {
            let distance = suggest::distance(&normal, &code.code);
            if distance <= limit {
                Some((distance, order, code.code.as_str()))
            } else if normal.len() >= 3 && code.code.contains(normal.as_str()) {
                Some((limit + 1, order, code.code.as_str()))
            } else {
                None
            }
        })
        .collect();
    scored.sort_unstable();
    scored
        .into_iter()
        .take(5)
        .map(|(_, _, code)| code)
        .collect()
}
