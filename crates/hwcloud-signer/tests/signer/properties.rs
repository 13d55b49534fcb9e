//! Properties over arbitrary requests: what is signed verifies, and nothing panics.

use hwcloud_signer::{Authorization, Request, SecretKey, Signer, verify};
use proptest::prelude::*;

fn method() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("GET".to_owned()),
        Just("DELETE".to_owned()),
        Just("post".to_owned()),
        "[A-Z]{1,8}",
    ]
}

fn header_name() -> impl Strategy<Value = String> {
    "[A-Za-z0-9_-]{1,16}"
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn what_is_signed_verifies(
        method in method(),
        path in "/\\PC{0,40}",
        query in "\\PC{0,40}",
        headers in proptest::collection::vec((header_name(), proptest::collection::vec(any::<u8>(), 0..24)), 0..6),
        body in proptest::collection::vec(any::<u8>(), 0..64),
        access_key in "[A-Z0-9]{1,20}",
        secret_key in proptest::collection::vec(any::<u8>(), 1..40),
    ) {
        let key = SecretKey::new(&secret_key);
        let signer = Signer::new(access_key, key.clone()).expect("valid keys");
        let mut request = Request::new(&method, &path)
            .query(&query)
            .header("X-Sdk-Date", "20240315T081530Z")
            .body(&body);
        for (name, value) in &headers {
            // An extra date header would change which date is signed.
            if !name.eq_ignore_ascii_case("x-sdk-date") {
                request = request.header(name, value);
            }
        }
        let signature = signer.sign(&request).expect("sign");
        let authorization: Authorization = signature.authorization().parse().expect("parse");
        prop_assert!(verify(&request, &authorization, &key).is_ok());

        // Changing the body, when it is hashed, breaks the signature.
        let mut other_body = body.clone();
        other_body.push(b'x');
        let changed = request.clone().body(&other_body);
        prop_assert!(verify(&changed, &authorization, &key).is_err());
    }

    #[test]
    fn nothing_panics_on_arbitrary_input(
        method in "\\PC{0,10}",
        path in "\\PC{0,40}",
        query in "\\PC{0,40}",
        date in "\\PC{0,20}",
        authorization in "\\PC{0,80}",
        headers in proptest::collection::vec(("\\PC{0,10}", "\\PC{0,20}"), 0..6),
    ) {
        let signer = Signer::new("AK", SecretKey::new("SK")).expect("valid keys");
        let mut request = Request::new(&method, &path).query(&query).header("X-Sdk-Date", &date);
        for (name, value) in &headers {
            request = request.header(name, value);
        }
        let _ = signer.sign(&request);
        if let Ok(parsed) = authorization.parse::<Authorization>() {
            let _ = verify(&request, &parsed, &SecretKey::new("SK"));
        }
    }
}
