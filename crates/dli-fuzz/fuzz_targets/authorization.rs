//! Any `Authorization` header, against any request: parsed or refused with a reason, never
//! a panic, and accepted only with the date signed and every signed header present.
//!
//! The first line is the header's value; the rest is a request (see `dli_fuzz`).

#![no_main]

use dli_fuzz::{RawRequest, text};
use hwcloud_signer::{Authorization, Request, SecretKey, verify};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (first, rest) = match data.iter().position(|&byte| byte == b'\n') {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (data, &b""[..]),
    };
    let Ok(authorization) = text(first).parse::<Authorization>() else {
        return;
    };
    assert!(!authorization.access_key.is_empty());
    assert!(!authorization.signature.is_empty());
    assert!(!authorization.signed_headers.is_empty());
    for name in &authorization.signed_headers {
        assert_eq!(*name, name.to_ascii_lowercase());
    }

    let raw = RawRequest::parse(rest);
    let (method, path, query) = (text(raw.method), text(raw.path), text(raw.query));
    let names: Vec<String> = raw.headers.iter().map(|(name, _)| text(name)).collect();
    let mut request = Request::new(&method, &path).query(&query).body(raw.body);
    for (name, (_, value)) in names.iter().zip(&raw.headers) {
        request = request.header(name, *value);
    }
    if verify(&request, &authorization, &SecretKey::new("fuzz-secret")).is_ok() {
        assert!(
            authorization
                .signed_headers
                .iter()
                .any(|name| name == "x-sdk-date")
        );
        for signed in &authorization.signed_headers {
            assert!(names.iter().any(|name| name.eq_ignore_ascii_case(signed)));
        }
    }
});
