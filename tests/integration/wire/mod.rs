//! `dli-client` on the wire: real HTTP over loopback, real signatures, real retries.

pub(super) use std::time::{Duration, Instant};

pub(super) use dli_client::{Client, Credentials, Error, RetryPolicy, TimeoutKind};
pub(super) use dli_spec::{DELETE_OPERATION_ID, Spec};
pub(super) use dli_tests::{RecordedRequest, RecordingServer, Reply};
pub(super) use hwcloud_signer::{Authorization, SecretKey, parse_date, verify};

pub(super) use dli_tests::fixtures::{
    AK, CONNECTION_ID, DELETED, PROJECT_ID, SECURITY_TOKEN, SK, builder,
};

fn client(server: &RecordingServer) -> Client {
    builder(&server.base_url())
        .build()
        .expect("valid configuration")
}

async fn serve(replies: impl IntoIterator<Item = Reply>) -> RecordingServer {
    RecordingServer::start(replies)
        .await
        .expect("start the server")
}

/// Checks a recorded request's signature with the secret key, as the gateway would.
fn verify_recorded(request: &RecordedRequest, secret: &str) -> Result<(), String> {
    let authorization: Authorization = request
        .header("authorization")
        .ok_or("no Authorization header")?
        .parse()
        .map_err(|e| format!("{e}"))?;
    let mut to_verify = hwcloud_signer::Request::new(&request.method, &request.path)
        .query(request.query.as_deref().unwrap_or(""))
        .body(&request.body);
    for (name, value) in &request.headers {
        to_verify = to_verify.header(name, value);
    }
    verify(&to_verify, &authorization, &SecretKey::new(secret)).map_err(|e| e.to_string())
}

mod errors;
mod retries;
mod signing;
