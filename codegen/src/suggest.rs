//! "Did you mean …?": the nearest known name to a misspelt one.

/// Edit distance (insertions, deletions, substitutions) between two strings,
/// counted in chars.
pub(crate) fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

/// The candidate closest to `wrong`, if one is close enough to be a typo:
/// at most one edit per three chars (at least one, at most two), so that a
/// short word is not "corrected" into an unrelated one (`xy` → `code`).
pub(crate) fn nearest<'a>(
    wrong: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let limit = (wrong.chars().count() / 3).clamp(1, 2);
    candidates
        .into_iter()
        .filter(|c| *c != wrong)
        .map(|c| (distance(wrong, c), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// The ASCII letter a non-ASCII look-alike is usually mistaken for (Cyrillic
/// and Greek letters that render like Latin ones), so that a code pasted
/// from a document gets a concrete fix.
pub(crate) fn ascii_look_alike(c: char) -> Option<char> {
    Some(match c {
        'а' | 'α' => 'a',
        'с' | 'ϲ' => 'c',
        'е' | 'ε' => 'e',
        'һ' => 'h',
        'і' | 'ι' => 'i',
        'ј' => 'j',
        'ο' | 'о' => 'o',
        'р' | 'ρ' => 'p',
        'ѕ' => 's',
        'τ' => 't',
        'υ' => 'u',
        'ν' => 'v',
        'х' | 'χ' => 'x',
        'у' | 'γ' => 'y',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_counts_edits() {
        assert_eq!(distance("staus", "status"), 1);
        assert_eq!(distance("status", "status"), 0);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
    }

    #[test]
    fn nearest_suggests_typos_only() {
        let fields = [
            "code",
            "status",
            "meaning",
            "retry",
            "details",
            "deprecated",
        ];
        assert_eq!(nearest("staus", fields), Some("status"));
        assert_eq!(nearest("meanin", fields), Some("meaning"));
        assert_eq!(nearest("descripton", ["description"]), Some("description"));
        assert_eq!(nearest("colour", fields), None);
        assert_eq!(nearest("node", ["code"]), Some("code"));
        assert_eq!(nearest("xy", ["code"]), None);
    }

    #[test]
    fn look_alikes_map_to_ascii() {
        assert_eq!(ascii_look_alike('е'), Some('e'));
        assert_eq!(ascii_look_alike('é'), None);
    }
}
