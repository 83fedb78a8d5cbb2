//! Percent-encoding for the query strings the site writes into its own links: the one
//! encoder (pages, the directory's paging links and the estimator's answers all use it).
//!
//! Unreserved characters (RFC 3986: letters, digits, `-`, `_`, `.`, `~`) are kept and every
//! other byte of the UTF-8 text is written as `%XX`. The two functions differ only in the
//! space: `%20` in [`encode_component`], `+` in [`encode_form_value`] (as an HTML form writes
//! it). Both decode the same way (`form_urlencoded::parse`).

/// A query-string value with a space as `%20`.
pub fn encode_component(s: &str) -> String {
    encode(s, "%20")
}

/// A query-string value with a space as `+`, as a browser submits a GET form.
pub fn encode_form_value(s: &str) -> String {
    encode(s, "+")
}

fn encode(s: &str, space: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push_str(space),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_reserved_and_non_ascii() {
        assert_eq!(
            encode_component("/search?q=care home"),
            "%2Fsearch%3Fq%3Dcare%20home"
        );
        assert_eq!(encode_component("łódź"), "%C5%82%C3%B3d%C5%BA");
        assert_eq!(
            encode_form_value("care home & more~"),
            "care+home+%26+more~"
        );
    }
}
