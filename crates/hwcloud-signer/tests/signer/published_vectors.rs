//! The published test vectors: the API signing guide's example and the Go SDK's signer tests.

use hwcloud_signer::{Authorization, Request, SecretKey, Signer, verify};
use sha2::{Digest, Sha256};

fn signer(access_key: &str, secret_key: &str) -> Signer {
    Signer::new(access_key, SecretKey::new(secret_key)).expect("valid keys")
}

#[test]
fn signing_guide_example() {
    let request = Request::new("GET", "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs")
        .query("limit=2&marker=13551d6b-755d-4757-b956-536f674975c0")
        .header("Host", "service.region.example.com")
        .header("Content-Type", "application/json")
        .header("X-Sdk-Date", "20191115T033655Z");
    let signature = signer(
        "QTWAOYTTINDUT2QVKYUC",
        "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc",
    )
    .sign(&request)
    .expect("sign");
    assert_eq!(signature.signed_headers(), "content-type;host;x-sdk-date");
    assert_eq!(
        signature.signature(),
        "7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe"
    );
    assert_eq!(
        signature.authorization(),
        "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, \
         Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe"
    );
}

#[test]
fn signing_guide_canonical_request_hash() {
    // The guide also publishes the hash of its canonical request.
    let canonical = "GET\n/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/\n\
        limit=2&marker=13551d6b-755d-4757-b956-536f674975c0\n\
        content-type:application/json\nhost:service.region.example.com\nx-sdk-date:20191115T033655Z\n\n\
        content-type;host;x-sdk-date\n\
        e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    assert_eq!(
        hex::encode(Sha256::digest(canonical.as_bytes())),
        "b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a"
    );
}

#[test]
fn go_sdk_get() {
    let request = Request::new("GET", "/path")
        .query("limit=1")
        .header("X-Sdk-Date", "20060102T150405Z")
        .header("TEST_UNDERSCORE", "TEST_VALUE");
    let signature = signer("AccessKey", "SecretKey")
        .sign(&request)
        .expect("sign");
    assert_eq!(signature.signed_headers(), "x-sdk-date");
    assert_eq!(
        signature.signature(),
        "5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624"
    );
}

#[test]
fn go_sdk_post_with_a_body() {
    let body = b"{\"Name\":\"test\",\"Id\":1}\n";
    let request = Request::new("POST", "/path")
        .query("key=value")
        .header("X-Sdk-Date", "20060102T150405Z")
        .header("TEST_UNDERSCORE", "TEST_VALUE")
        .body(body);
    let signature = signer("AccessKey", "SecretKey")
        .sign(&request)
        .expect("sign");
    assert_eq!(signature.signed_headers(), "x-sdk-date");
    assert_eq!(
        signature.signature(),
        "cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59"
    );
}

#[test]
fn go_sdk_vectors_verify_with_the_declared_headers() {
    // A Go client signs neither Host nor Content-Type; a verifier must use the declared list.
    let body = b"{\"Name\":\"test\",\"Id\":1}\n";
    let request = Request::new("POST", "/path")
        .query("key=value")
        .header("Host", "example.huaweicloud.com")
        .header("Content-Type", "application/json")
        .header("X-Sdk-Date", "20060102T150405Z")
        .body(body);
    let authorization: Authorization =
        "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, \
         Signature=cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59"
            .parse()
            .expect("parse");
    verify(&request, &authorization, &SecretKey::new("SecretKey")).expect("verifies");
    assert!(verify(&request, &authorization, &SecretKey::new("OtherKey")).is_err());
}
