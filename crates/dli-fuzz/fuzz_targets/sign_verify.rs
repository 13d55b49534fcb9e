//! Any request the signer can sign verifies as the gateway verifies it, and only with the
//! same secret key and method.

#![no_main]

use dli_fuzz::{RawRequest, is_field_value, is_token, text};
use hwcloud_signer::{
    Authorization, Request, SecretKey, Signer, SigningError, VerifyError, verify,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let raw = RawRequest::parse(data);
    let (method, path, query) = (text(raw.method), text(raw.path), text(raw.query));
    // Only headers an HTTP library would send: the gateway never sees others.
    let headers: Vec<(String, &[u8])> = raw
        .headers
        .iter()
        .filter(|(name, value)| is_token(name) && is_field_value(value))
        .map(|(name, value)| (text(name), *value))
        .collect();
    let request = build(&method, &path, &query, &headers, raw.body);

    let signer = Signer::new("FUZZACCESSKEY", SecretKey::new("fuzz-secret")).expect("valid keys");
    let signature = match signer.sign(&request) {
        Ok(signature) => signature,
        // Only the date may stop signing.
        Err(SigningError::MissingDate | SigningError::InvalidDate(_)) => return,
        Err(error) => panic!("signing failed: {error}"),
    };
    let authorization: Authorization = signature
        .authorization()
        .parse()
        .expect("the signer's own header parses");
    assert_eq!(authorization.access_key, "FUZZACCESSKEY");
    assert_eq!(authorization.signature, signature.signature());
    assert_eq!(
        authorization.signed_headers.join(";"),
        signature.signed_headers()
    );

    let secret = SecretKey::new("fuzz-secret");
    assert_eq!(verify(&request, &authorization, &secret), Ok(()));
    assert_eq!(
        verify(&request, &authorization, &SecretKey::new("another-secret")),
        Err(VerifyError::SignatureMismatch)
    );
    let other_method = format!("{method}X");
    assert_eq!(
        verify(
            &build(&other_method, &path, &query, &headers, raw.body),
            &authorization,
            &secret
        ),
        Err(VerifyError::SignatureMismatch)
    );
});

fn build<'a>(
    method: &'a str,
    path: &'a str,
    query: &'a str,
    headers: &'a [(String, &'a [u8])],
    body: &'a [u8],
) -> Request<'a> {
    let mut request = Request::new(method, path).query(query).body(body);
    for (name, value) in headers {
        request = request.header(name, *value);
    }
    request
}
