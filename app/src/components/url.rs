//! Tiny URL helpers (no extra dependency in the browser bundle).

/// Percent-encode a string for use in a query-string value.
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
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
    }
}
