//! The URLs the docs page links to (`docs_url`, a related link's `url`):
//! http(s), or relative to the page, of URL characters only.

/// Characters a URL may carry (RFC 3986: unreserved, reserved and `%`).
/// Nothing here can end a Markdown link destination or autolink, open an
/// HTML tag or break a line.
fn is_url_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&'()*+,;=%".contains(c)
}

/// An `http://` or `https://` URL with a host, of URL characters only;
/// `with_fragment` allows `?query` and `#fragment`.
pub(super) fn is_absolute_http(url: &str, with_fragment: bool) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        !rest.is_empty()
            && !rest.starts_with('/')
            && url.chars().all(is_url_char)
            && (with_fragment || !url.contains(['#', '?']))
    })
}

/// A relative reference (RFC 3986 §4.2) that stays on the same site: no
/// scheme (nothing like `javascript:` before the first `/`, `?` or `#`), not
/// network-path (`//host`), URL characters only.
pub(super) fn is_relative(url: &str) -> bool {
    let head = url.split(['/', '?', '#']).next().unwrap_or("");
    !url.is_empty() && !head.contains(':') && !url.starts_with("//") && url.chars().all(is_url_char)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_and_relative_links_pass() {
        assert!(is_absolute_http("https://docs.example.com/errors", false));
        assert!(!is_absolute_http(
            "https://docs.example.com/errors#x",
            false
        ));
        assert!(is_absolute_http("https://docs.example.com/errors#x", true));
        assert!(!is_absolute_http("javascript:alert(1)", true));
        assert!(!is_absolute_http("https://", true));
        assert!(!is_absolute_http("https://a.example/<b>", true));
        assert!(is_relative("../guide.md#retries"));
        assert!(is_relative("guide.md"));
        assert!(!is_relative("javascript:alert(1)"));
        assert!(!is_relative("JavaScript:alert(1)"));
        assert!(!is_relative("//evil.example/x"));
        assert!(!is_relative("a b"));
        assert!(!is_relative("x>y"));
    }
}
