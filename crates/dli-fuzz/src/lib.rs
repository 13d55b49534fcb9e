//! What the fuzz targets share: reading a fuzzer's bytes as an HTTP-like request, so that
//! the seed corpora are readable text.
//!
//! ```text
//! METHOD /path?query
//! Name: value
//!
//! body
//! ```

/// A request as written in a seed: nothing in it is checked.
#[derive(Debug, Clone, Default)]
pub struct RawRequest<'a> {
    /// The first word of the first line.
    pub method: &'a [u8],
    /// The path: the rest of the first line, up to `?`.
    pub path: &'a [u8],
    /// The query: what follows the first `?` of the first line.
    pub query: &'a [u8],
    /// `Name: value` lines up to the first empty line; a line without `:` is a name with an
    /// empty value.
    pub headers: Vec<(&'a [u8], &'a [u8])>,
    /// Everything after the first empty line.
    pub body: &'a [u8],
}

impl<'a> RawRequest<'a> {
    /// Reads any bytes as a request; missing parts are empty.
    pub fn parse(data: &'a [u8]) -> Self {
        let (head, body) = match find(data, b"\n\n") {
            Some(at) => (&data[..at], &data[at + 2..]),
            None => (data, &b""[..]),
        };
        let mut lines = head.split(|&byte| byte == b'\n').map(trim_cr);
        let first = lines.next().unwrap_or_default();
        let (method, target) = split_once(first, b' ').unwrap_or((first, b""));
        let (path, query) = split_once(target, b'?').unwrap_or((target, b""));
        let headers = lines
            .filter(|line| !line.is_empty())
            .map(|line| match split_once(line, b':') {
                Some((name, value)) => (name, value.trim_ascii_start()),
                None => (line, &b""[..]),
            })
            .collect();
        Self {
            method,
            path,
            query,
            headers,
            body,
        }
    }

    /// The value of the first header with this name (ASCII case-insensitive).
    pub fn header(&self, name: &str) -> Option<&'a [u8]> {
        self.headers
            .iter()
            .find(|(candidate, _)| candidate.eq_ignore_ascii_case(name.as_bytes()))
            .map(|(_, value)| *value)
    }
}

fn trim_cr(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\r").unwrap_or(line)
}

fn find(data: &[u8], needle: &[u8]) -> Option<usize> {
    data.windows(needle.len())
        .position(|window| window == needle)
}

fn split_once(data: &[u8], separator: u8) -> Option<(&[u8], &[u8])> {
    let at = data.iter().position(|&byte| byte == separator)?;
    Some((&data[..at], &data[at + 1..]))
}

/// Whether a header name is an HTTP token, as every HTTP library requires.
pub fn is_token(name: &[u8]) -> bool {
    !name.is_empty()
        && name
            .iter()
            .all(|&byte| byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte))
}

/// Whether a header value can be sent: no control characters but tab.
pub fn is_field_value(value: &[u8]) -> bool {
    value
        .iter()
        .all(|&byte| byte == b'\t' || (byte >= b' ' && byte != 0x7f))
}

/// Bytes as text the way the components read untrusted text: invalid UTF-8 replaced.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_seed_reads_as_a_request() {
        let request =
            RawRequest::parse(b"DELETE /v2.0/p/x?a=1\r\nHost: h\nX-Flag\n\n{\"k\": 1}\n\nmore");
        assert_eq!(request.method, b"DELETE");
        assert_eq!(request.path, b"/v2.0/p/x");
        assert_eq!(request.query, b"a=1");
        assert_eq!(
            request.headers,
            vec![(&b"Host"[..], &b"h"[..]), (b"X-Flag", b"")]
        );
        assert_eq!(request.header("host"), Some(&b"h"[..]));
        assert_eq!(request.body, b"{\"k\": 1}\n\nmore");
        let empty = RawRequest::parse(b"");
        assert!(empty.method.is_empty() && empty.headers.is_empty() && empty.body.is_empty());
    }
}
