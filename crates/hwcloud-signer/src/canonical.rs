//! The canonical request: the exact bytes whose hash is signed.

use std::borrow::Cow;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};
use sha2::{Digest, Sha256};

use crate::request::Request;
use crate::{CONTENT_SHA256_HEADER, EMPTY_BODY_SHA256};

/// Everything but the unreserved characters `A-Z a-z 0-9 - _ . ~` is encoded.
const ENCODE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

fn encode(text: &str) -> percent_encoding::PercentEncode<'_> {
    utf8_percent_encode(text, ENCODE)
}

/// The path decoded, each segment re-encoded, and a `/` at the end.
#[cfg(test)]
pub(crate) fn uri(path: &str) -> String {
    let mut out = Vec::new();
    write_uri(&mut out, path);
    String::from_utf8_lossy(&out).into_owned()
}

/// Writes the canonical URI of `path` into `out`, with no allocation beyond `out`'s own
/// when the path needs no decoding.
fn write_uri(out: &mut Vec<u8>, path: &str) {
    // Most paths (every DLI path among them) hold only unreserved characters and `/`:
    // decoding and re-encoding would give them back unchanged.
    if path
        .bytes()
        .all(|byte| byte.is_ascii_alphanumeric() || b"-_.~/".contains(&byte))
    {
        out.extend_from_slice(path.as_bytes());
        if out.last() != Some(&b'/') {
            out.push(b'/');
        }
        return;
    }
    write_uri_encoded(out, path);
}

/// The general case of [`write_uri`]: decoded, split at `/`, each segment re-encoded.
fn write_uri_encoded(out: &mut Vec<u8>, path: &str) {
    let decoded = percent_decode_str(path).decode_utf8_lossy();
    for (index, segment) in decoded.split('/').enumerate() {
        if index > 0 {
            out.push(b'/');
        }
        for piece in encode(segment) {
            out.extend_from_slice(piece.as_bytes());
        }
    }
    if out.last() != Some(&b'/') {
        out.push(b'/');
    }
}

/// The query's pairs decoded, sorted by key then value, re-encoded and joined with `&`.
pub(crate) fn query(query: &str) -> String {
    let mut pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .map(|(key, value)| (key.into_owned(), value.into_owned()))
        .collect();
    pairs.sort();
    pairs
        .iter()
        .map(|(key, value)| format!("{}={}", encode(key), encode(value)))
        .collect::<Vec<_>>()
        .join("&")
}

/// The names of the headers a signer signs: every header whose name has no `_`,
/// lower-cased, sorted, each once. [`SignedHeaders`] gives the same names in one pass with
/// their values; this is what it is checked against.
#[cfg(test)]
pub(crate) fn signed_header_names<'a>(request: &Request<'a>) -> Vec<Cow<'a, str>> {
    let mut names: Vec<Cow<'a, str>> = request
        .headers()
        .iter()
        .filter(|(name, _)| !name.contains('_'))
        .map(|(name, _)| lower_case(name))
        .collect();
    names.sort();
    names.dedup();
    names
}

fn lower_case(name: &str) -> Cow<'_, str> {
    if name.bytes().any(|byte| byte.is_ascii_uppercase()) {
        Cow::Owned(name.to_ascii_lowercase())
    } else {
        Cow::Borrowed(name)
    }
}

/// The headers a signer signs, sorted once: every header whose name has no `_`, its name in
/// lower case, in order of name; the values of one name keep the order they were given in.
pub(crate) struct SignedHeaders<'a>(Vec<(Cow<'a, str>, &'a [u8])>);

impl<'a> SignedHeaders<'a> {
    /// The headers of `request` that are signed.
    pub(crate) fn of(request: &Request<'a>) -> Self {
        let mut headers: Vec<(Cow<'a, str>, &'a [u8])> = request
            .headers()
            .iter()
            .filter(|(name, _)| !name.contains('_'))
            .map(|(name, value)| (lower_case(name), *value))
            .collect();
        // Stable: the values of a name stay in order.
        headers.sort_by(|(a, _), (b, _)| a.cmp(b));
        Self(headers)
    }

    /// The names, each once, in order.
    pub(crate) fn names(&self) -> impl Iterator<Item = &str> {
        self.0
            .iter()
            .enumerate()
            .filter(|(index, (name, _))| *index == 0 || self.0[index - 1].0 != *name)
            .map(|(_, (name, _))| name.as_ref())
    }

    /// Writes `name:value[,value…]` and a line end for each name, values trimmed.
    fn write(&self, out: &mut Vec<u8>) {
        for (index, (name, value)) in self.0.iter().enumerate() {
            if index > 0 && self.0[index - 1].0 == *name {
                out.push(b',');
            } else {
                if index > 0 {
                    out.push(b'\n');
                }
                out.extend_from_slice(name.as_bytes());
                out.push(b':');
            }
            out.extend_from_slice(value.trim_ascii());
        }
        if !self.0.is_empty() {
            out.push(b'\n');
        }
    }
}

/// Writes the values of a header, trimmed and joined with `,`; `false` when it has none.
fn write_header_value(out: &mut Vec<u8>, request: &Request<'_>, name: &str) -> bool {
    let mut found = false;
    for value in request.header_values(name) {
        if found {
            out.push(b',');
        }
        out.extend_from_slice(value.trim_ascii());
        found = true;
    }
    found
}

/// The hex SHA-256 of the body: the empty body's hash for an empty body, otherwise the
/// `X-Sdk-Content-Sha256` header's value when present (`UNSIGNED-PAYLOAD`), otherwise the
/// hash of the bytes.
pub(crate) fn payload_hash(request: &Request<'_>) -> std::borrow::Cow<'static, str> {
    if request.body_bytes().is_empty() {
        return EMPTY_BODY_SHA256.into();
    }
    if let Some(declared) = request
        .header_values(CONTENT_SHA256_HEADER)
        .find(|value| !value.is_empty())
    {
        return String::from_utf8_lossy(declared).into_owned().into();
    }
    let digits = crate::digest::hex_digest(&Sha256::digest(request.body_bytes()));
    String::from_utf8_lossy(&digits).into_owned().into()
}

/// A header named in `SignedHeaders` is not on the request.
#[derive(Debug)]
pub(crate) struct MissingHeader(pub(crate) String);

/// The canonical request for these signed header names (lower-case, in order), as a
/// verifier rebuilds it from the names an `Authorization` header lists.
pub(crate) fn request(
    request: &Request<'_>,
    signed: &[impl AsRef<str>],
) -> Result<Vec<u8>, MissingHeader> {
    let mut canonical = start(request);
    for name in signed {
        let name = name.as_ref();
        canonical.extend_from_slice(name.as_bytes());
        canonical.push(b':');
        if !write_header_value(&mut canonical, request, name) {
            return Err(MissingHeader(name.to_owned()));
        }
        canonical.push(b'\n');
    }
    finish(
        &mut canonical,
        request,
        signed.iter().map(|name| name.as_ref()),
    );
    Ok(canonical)
}

/// The canonical request a signer signs: every header in `headers`.
pub(crate) fn signing_request(request: &Request<'_>, headers: &SignedHeaders<'_>) -> Vec<u8> {
    let mut canonical = start(request);
    headers.write(&mut canonical);
    finish(&mut canonical, request, headers.names());
    canonical
}

/// The method, the canonical URI and the canonical query, each on its line.
fn start(request: &Request<'_>) -> Vec<u8> {
    let mut canonical = Vec::with_capacity(512);
    canonical.extend(
        request
            .method()
            .bytes()
            .map(|byte| byte.to_ascii_uppercase()),
    );
    canonical.push(b'\n');
    write_uri(&mut canonical, request.path());
    canonical.push(b'\n');
    let query_string = request.query_string();
    if !query_string.is_empty() {
        canonical.extend_from_slice(query(query_string).as_bytes());
    }
    canonical.push(b'\n');
    canonical
}

/// After the headers: a blank line, the signed names joined with `;`, and the payload hash.
fn finish<'n>(
    canonical: &mut Vec<u8>,
    request: &Request<'_>,
    names: impl Iterator<Item = &'n str>,
) {
    canonical.push(b'\n');
    for (index, name) in names.enumerate() {
        if index > 0 {
            canonical.push(b';');
        }
        canonical.extend_from_slice(name.as_bytes());
    }
    canonical.push(b'\n');
    canonical.extend_from_slice(payload_hash(request).as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uri_re_encodes_segments_and_ends_with_a_slash() {
        assert_eq!(uri("/v1/abc/vpcs"), "/v1/abc/vpcs/");
        assert_eq!(uri("/v1/abc/"), "/v1/abc/");
        assert_eq!(uri("/a%20b/c+d/%7Eé"), "/a%20b/c%2Bd/~%C3%A9/");
        assert_eq!(uri("/a%2Fb"), "/a/b/");
        assert_eq!(uri(""), "/");
    }

    proptest::proptest! {
        #[test]
        fn paths_of_unreserved_characters_are_written_as_the_general_case_writes_them(
            path in "[-_.~/a-zA-Z0-9]{0,40}",
        ) {
            let (mut fast, mut general) = (Vec::new(), Vec::new());
            write_uri(&mut fast, &path);
            write_uri_encoded(&mut general, &path);
            proptest::prop_assert_eq!(fast, general);
        }
    }

    #[test]
    fn query_matches_the_go_sdk_vector() {
        let raw = "limit=1&enable=true&test=%E4%B8%80+%28%26%3D%3F%21%23%25.*%29\
                   &path=%2Ftmp%2F123&multi=3&multi=1&multi=2";
        assert_eq!(
            query(raw),
            "enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123\
             &test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29"
        );
    }

    #[test]
    fn query_sorts_by_key_then_value_and_keeps_empty_values() {
        assert_eq!(query("b=2&a=z&a=y&flag"), "a=y&a=z&b=2&flag=");
        assert_eq!(query(""), "");
    }

    proptest::proptest! {
        #[test]
        fn signing_in_one_pass_writes_what_naming_then_looking_up_writes(
            headers in proptest::collection::vec(
                ("[a-cA-C_-]{1,3}", "[ a-c,]{0,4}"),
                0..8,
            ),
        ) {
            let mut request = Request::new("POST", "/v1/p").query("b=2&a=1").body(b"{}");
            for (name, value) in &headers {
                request = request.header(name, value);
            }
            let signed = SignedHeaders::of(&request);
            let names = signed_header_names(&request);
            proptest::prop_assert_eq!(signed.names().collect::<Vec<_>>(), names.clone());
            proptest::prop_assert_eq!(
                signing_request(&request, &signed),
                self::request(&request, &names).expect("every name is on the request")
            );
        }
    }

    #[test]
    fn headers_with_underscores_are_not_signed() {
        let request = Request::new("GET", "/")
            .header("X-Sdk-Date", "20060102T150405Z")
            .header("TEST_UNDERSCORE", "v")
            .header("Host", "h")
            .header("host", "h");
        let signed = SignedHeaders::of(&request);
        assert_eq!(signed.names().collect::<Vec<_>>(), ["host", "x-sdk-date"]);
        let mut written = Vec::new();
        signed.write(&mut written);
        assert_eq!(written, b"host:h,h\nx-sdk-date:20060102T150405Z\n");
    }

    #[test]
    fn payload_hash_follows_the_unsigned_payload_rule() {
        let empty = Request::new("PUT", "/").header(CONTENT_SHA256_HEADER, "UNSIGNED-PAYLOAD");
        assert_eq!(payload_hash(&empty), EMPTY_BODY_SHA256);
        let unsigned = empty.clone().body(b"bytes");
        assert_eq!(payload_hash(&unsigned), "UNSIGNED-PAYLOAD");
        let hashed = Request::new("PUT", "/").body(b"{}");
        assert_eq!(
            payload_hash(&hashed),
            "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"
        );
    }
}
