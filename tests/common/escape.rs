//! The escapes of the test tables (`tests/data/*`): `\u{XXXX}` for any code point,
//! `\n`, `\r`, `\t`; a backslash before anything else is kept as it is. Shared by
//! the table-driven tests with `#[path = "common/escape.rs"] mod escape;`.

/// The text of a table cell with its escapes resolved.
pub fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('\\') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if let Some(hex) = rest.strip_prefix("\\u{") {
            let close = hex.find('}').expect("unclosed \\u{");
            let cp = u32::from_str_radix(&hex[..close], 16).expect("bad hex");
            out.push(char::from_u32(cp).expect("bad code point"));
            rest = &hex[close + 1..];
        } else {
            let (c, skip) = match rest.as_bytes().get(1) {
                Some(b'n') => ('\n', 2),
                Some(b'r') => ('\r', 2),
                Some(b't') => ('\t', 2),
                _ => ('\\', 1),
            };
            out.push(c);
            rest = &rest[skip..];
        }
    }
    out.push_str(rest);
    out
}
