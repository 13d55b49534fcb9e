//! Any request to the fake, unsigned, with a token, correctly signed or signed and then
//! tampered with: an answer in the gateway's or DLI's JSON shape, never a `5xx` or a panic,
//! and never a success without valid credentials.
//!
//! The first byte picks how the request is authenticated; the rest is a request (see
//! `dli_fuzz`).

#![no_main]

use std::sync::OnceLock;

use axum::body::{Body, to_bytes};
use axum::http::{HeaderName, HeaderValue, Method, Request};
use dli_fake::FakeConfig;
use dli_fake::fuzzing::InProcess;
use dli_fuzz::{RawRequest, text};
use hwcloud_signer::{DATE_HEADER, SecretKey, Signer, format_date};
use libfuzzer_sys::fuzz_target;
use time::OffsetDateTime;

const ACCESS_KEY: &str = "FUZZACCESSKEY";
const SECRET_KEY: &str = "fuzz-secret";
const TOKEN: &str = "fuzz-token";

fn runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime")
    })
}

/// How the request is authenticated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Only what the input carries.
    AsGiven,
    /// A valid IAM token is added.
    Token,
    /// Signed with the fake's key.
    Signed,
    /// Signed with the fake's key, then one character of the signature changed.
    Tampered,
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let mode = [Mode::AsGiven, Mode::Token, Mode::Signed, Mode::Tampered][usize::from(mode % 4)];
    let raw = RawRequest::parse(rest);
    let Ok(method) = Method::from_bytes(raw.method) else {
        return;
    };
    let target = if raw.query.is_empty() {
        text(raw.path)
    } else {
        format!("{}?{}", text(raw.path), text(raw.query))
    };
    let mut request = Request::builder()
        .method(method.clone())
        .uri(target.as_str());
    let mut headers = Vec::new();
    for (name, value) in &raw.headers {
        if let (Ok(name), Ok(value)) =
            (HeaderName::from_bytes(name), HeaderValue::from_bytes(value))
        {
            headers.push((name, value));
        }
    }
    let date = format_date(OffsetDateTime::now_utc());
    match mode {
        Mode::AsGiven => {}
        Mode::Token => headers.push((
            HeaderName::from_static("x-auth-token"),
            HeaderValue::from_static(TOKEN),
        )),
        Mode::Signed | Mode::Tampered => {
            headers.retain(|(name, _)| {
                name != "authorization" && name != DATE_HEADER.to_ascii_lowercase().as_str()
            });
            headers.push((
                HeaderName::from_static("x-sdk-date"),
                HeaderValue::from_str(&date).expect("a date"),
            ));
        }
    }
    let Ok(uri) = target.parse::<axum::http::Uri>() else {
        return;
    };
    if matches!(mode, Mode::Signed | Mode::Tampered) {
        let mut signed = hwcloud_signer::Request::new(method.as_str(), uri.path())
            .query(uri.query().unwrap_or(""))
            .body(raw.body);
        for (name, value) in &headers {
            signed = signed.header(name.as_str(), value.as_bytes());
        }
        let signer = Signer::new(ACCESS_KEY, SecretKey::new(SECRET_KEY)).expect("valid keys");
        let signature = signer.sign(&signed).expect("a dated request signs");
        let mut authorization = signature.authorization().to_owned();
        if mode == Mode::Tampered {
            let last = authorization.pop().expect("a signature");
            authorization.push(if last == '0' { '1' } else { '0' });
        }
        headers.push((
            HeaderName::from_static("authorization"),
            HeaderValue::from_str(&authorization).expect("a header value"),
        ));
    }
    let carries_token = headers
        .iter()
        .any(|(name, value)| name == "x-auth-token" && value.as_bytes() == TOKEN.as_bytes());
    for (name, value) in headers {
        request = request.header(name, value);
    }
    let Ok(request) = request.body(Body::from(raw.body.to_vec())) else {
        return;
    };

    let config = FakeConfig::default()
        .with_key(ACCESS_KEY, SECRET_KEY)
        .with_token(TOKEN)
        .body_limit(64 * 1024);
    runtime().block_on(async move {
        let fake = InProcess::new(config);
        let answer = fake.answer(request).await.expect("no fault is injected");
        let status = answer.status();
        assert!(
            answer.headers().contains_key("x-request-id"),
            "{status}: no request id"
        );
        let body = to_bytes(answer.into_body(), 1 << 20)
            .await
            .expect("a bounded answer");
        assert!(!status.is_server_error(), "{status}: {}", text(&body));
        if method == Method::HEAD {
            assert!(body.is_empty(), "{status}: a body for HEAD");
            return;
        }
        let json: serde_json::Value = serde_json::from_slice(&body)
            .unwrap_or_else(|error| panic!("{status}: not JSON ({error}): {}", text(&body)));
        if !status.is_success() {
            assert!(
                json.get("error_code")
                    .is_some_and(serde_json::Value::is_string),
                "{json}"
            );
            assert!(
                json.get("error_msg")
                    .is_some_and(serde_json::Value::is_string),
                "{json}"
            );
        }
        let authenticated = mode == Mode::Signed || carries_token;
        if status.is_success() && !uri.path().starts_with("/_fake/") {
            assert!(
                authenticated,
                "{status} without valid credentials ({mode:?}): {json}"
            );
        }
    });
});
