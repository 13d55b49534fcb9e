//! `dli-fake` behaves like DLI: conformance with the document, the lifecycle, gateway
//! authentication, fault injection, robustness and concurrency; `dli-client` end to end.

pub(super) use std::time::{Duration, Instant};

pub(super) use dli_client::{Client, Credentials, Environment, Error, RetryPolicy};
pub(super) use dli_fake::{FakeDli, Fault, FaultAction};
pub(super) use dli_spec::{DELETE_OPERATION_ID, Spec};
pub(super) use hwcloud_signer::{SecretKey, Signer, format_date};
pub(super) use reqwest::{Method, StatusCode};
pub(super) use serde_json::{Value, json};

pub(super) use dli_tests::fixtures::{
    AK, IAM_TOKEN as TOKEN, PROJECT_ID as PROJECT, SECURITY_TOKEN, SK, TEMP_AK, TEMP_SK,
    connection_path, connections_path,
};

pub(super) use dli_tests::fixtures::{
    fake_config as config, new_connection as spec_for, start_fake as start,
};

fn client(fake: &FakeDli, credentials: Credentials) -> Client {
    dli_tests::fixtures::builder(&fake.base_url())
        .credentials(credentials)
        .build()
        .expect("valid configuration")
}

struct Answer {
    status: StatusCode,
    headers: reqwest::header::HeaderMap,
    body: Vec<u8>,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }

    fn code(&self) -> String {
        self.json()["error_code"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }
}

/// A raw request with the IAM token (or none), for what the typed client cannot send.
async fn raw(
    fake: &FakeDli,
    method: Method,
    path: &str,
    token: Option<&str>,
    content_type: Option<&str>,
    body: Vec<u8>,
) -> Answer {
    let mut request = reqwest::Client::new()
        .request(method, format!("{}{path}", fake.base_url()))
        .body(body);
    if let Some(token) = token {
        request = request.header("X-Auth-Token", token);
    }
    if let Some(content_type) = content_type {
        request = request.header("Content-Type", content_type);
    }
    let response = request.send().await.expect("the fake answers");
    Answer {
        status: response.status(),
        headers: response.headers().clone(),
        body: response.bytes().await.expect("a body").to_vec(),
    }
}

async fn token_request(fake: &FakeDli, method: Method, path: &str) -> Answer {
    raw(fake, method, path, Some(TOKEN), None, Vec::new()).await
}

/// A request signed the way the Go SDK signs: only `X-Sdk-Date`, so `Host` and
/// `Content-Type` travel unsigned.
async fn go_style_delete(fake: &FakeDli, path: &str, date: &str, secret: &str) -> Answer {
    let signer = Signer::new(AK, SecretKey::new(secret)).expect("keys");
    let to_sign = hwcloud_signer::Request::new("DELETE", path).header("X-Sdk-Date", date);
    let signature = signer.sign(&to_sign).expect("sign");
    assert_eq!(signature.signed_headers(), "x-sdk-date");
    let response = reqwest::Client::new()
        .delete(format!("{}{path}", fake.base_url()))
        .header("X-Sdk-Date", date)
        .header("Content-Type", "application/json")
        .header("Authorization", signature.authorization())
        .send()
        .await
        .expect("the fake answers");
    Answer {
        status: response.status(),
        headers: response.headers().clone(),
        body: response.bytes().await.expect("a body").to_vec(),
    }
}

fn now_date() -> String {
    format_date(time::OffsetDateTime::now_utc())
}

mod conformance;
mod end_to_end;
mod faults;
mod gateway;
mod lifecycle;
mod robustness;
