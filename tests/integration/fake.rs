//! `dli-fake` behaves like DLI: conformance with the document, the lifecycle, gateway
//! authentication, fault injection, robustness and concurrency; `dli-client` end to end.

use std::time::{Duration, Instant};

use dli_client::{Client, Credentials, Environment, Error, RetryPolicy};
use dli_fake::{FakeConfig, FakeDli, Fault, FaultAction, NewConnection};
use hwcloud_signer::{SecretKey, Signer, format_date};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use dli_spec::{DELETE_OPERATION_ID, Spec};

const AK: &str = "FAKEACCESSKEY";
const SK: &str = "fake-secret-key";
const TEMP_AK: &str = "FAKETEMPORARYKEY";
const TEMP_SK: &str = "fake-temporary-secret";
const SECURITY_TOKEN: &str = "fake-security-token";
const TOKEN: &str = "fake-iam-token";
const PROJECT: &str = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

fn config() -> FakeConfig {
    FakeConfig::default()
        .with_key(AK, SK)
        .with_temporary_key(TEMP_AK, TEMP_SK, SECURITY_TOKEN)
        .with_token(TOKEN)
        .creating_for(Duration::ZERO)
}

async fn start(config: FakeConfig) -> FakeDli {
    FakeDli::start(config).await.expect("start the fake")
}

fn connections_path(project: &str) -> String {
    format!("/v2.0/{project}/datasource/enhanced-connections")
}

fn connection_path(project: &str, id: &str) -> String {
    format!("/v2.0/{project}/datasource/enhanced-connections/{id}")
}

fn spec_for(name: &str) -> NewConnection {
    NewConnection {
        name: name.to_owned(),
        dest_vpc_id: "vpc-1".to_owned(),
        dest_network_id: "subnet-1".to_owned(),
        ..NewConnection::default()
    }
}

fn client(fake: &FakeDli, credentials: Credentials) -> Client {
    Client::builder()
        .environment(Environment::from_pairs([]))
        .endpoint(fake.base_url())
        .project_id(PROJECT)
        .credentials(credentials)
        .retry_policy(RetryPolicy::default().base_delay(Duration::from_millis(1)))
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

#[tokio::test]
async fn every_delete_answer_conforms_to_the_document() {
    let spec = Spec::load().expect("load openapi/dli.yaml");
    let fake = start(config().creating_for(Duration::from_secs(60))).await;
    let creating = fake
        .store()
        .create(PROJECT, spec_for("creating"))
        .expect("created");
    let ready_fake = start(config()).await;
    let ready = ready_fake
        .store()
        .create(PROJECT, spec_for("ready"))
        .expect("created");

    let mut answers = Vec::new();
    let creating_path = connection_path(PROJECT, &creating.to_string());
    let ready_path = connection_path(PROJECT, &ready.to_string());
    answers.push((
        "creating",
        token_request(&fake, Method::DELETE, &creating_path).await,
    ));
    answers.push((
        "deleted",
        token_request(&ready_fake, Method::DELETE, &ready_path).await,
    ));
    answers.push((
        "again",
        token_request(&ready_fake, Method::DELETE, &ready_path).await,
    ));
    answers.push((
        "unknown id",
        token_request(
            &fake,
            Method::DELETE,
            &connection_path(PROJECT, &uuid::Uuid::new_v4().to_string()),
        )
        .await,
    ));
    answers.push((
        "malformed id",
        token_request(
            &fake,
            Method::DELETE,
            &connection_path(PROJECT, "not-a-uuid"),
        )
        .await,
    ));
    answers.push((
        "no credentials",
        raw(
            &fake,
            Method::DELETE,
            &creating_path,
            None,
            None,
            Vec::new(),
        )
        .await,
    ));
    answers.push((
        "bad token",
        raw(
            &fake,
            Method::DELETE,
            &creating_path,
            Some("nope"),
            None,
            Vec::new(),
        )
        .await,
    ));
    answers.push((
        "bad signature",
        go_style_delete(&fake, &creating_path, &now_date(), "wrong").await,
    ));
    fake.inject(Fault::throttle(1));
    answers.push((
        "throttled",
        token_request(&fake, Method::DELETE, &creating_path).await,
    ));
    fake.inject(Fault::respond(
        503,
        r#"{"error_code": "APIGW.0203", "error_msg": "Service unavailable"}"#,
    ));
    answers.push((
        "unavailable",
        token_request(&fake, Method::DELETE, &creating_path).await,
    ));

    let expected = [
        ("creating", 400),
        ("deleted", 200),
        ("again", 400),
        ("unknown id", 400),
        ("malformed id", 400),
        ("no credentials", 401),
        ("bad token", 401),
        ("bad signature", 401),
        ("throttled", 429),
        ("unavailable", 503),
    ];
    for ((name, answer), (expected_name, expected_status)) in answers.iter().zip(expected) {
        assert_eq!(*name, expected_name);
        assert_eq!(answer.status.as_u16(), expected_status, "{name}");
        let schema = spec
            .response_schema(DELETE_OPERATION_ID, answer.status.as_u16())
            .expect("the operation exists")
            .unwrap_or_else(|| panic!("{name}: status {} is not declared", answer.status));
        spec.check_value(&schema, &answer.json())
            .unwrap_or_else(|e| panic!("{name}: the body does not match the document: {e:#}"));
        assert!(answer.headers.contains_key("x-request-id"), "{name}");
        assert_eq!(
            answer
                .headers
                .get("content-type")
                .and_then(|v| v.to_str().ok()),
            Some("application/json"),
            "{name}"
        );
    }
}

#[tokio::test]
async fn the_client_deletes_through_the_fake_end_to_end() {
    let fake = start(config().creating_for(Duration::from_millis(300))).await;
    let id = fake
        .store()
        .create(PROJECT, spec_for("e2e"))
        .expect("created");
    let client = client(&fake, Credentials::ak_sk(AK, SK));

    let error = client
        .delete_connection(id)
        .await
        .expect_err("still creating");
    assert_eq!(error.status(), Some(StatusCode::BAD_REQUEST));
    assert!(error.to_string().contains("being created"), "{error}");
    assert!(!error.is_not_found());
    assert!(error.request_id().is_some());

    tokio::time::sleep(Duration::from_millis(350)).await;
    let response = client.delete_connection(id).await.expect("deleted");
    assert_eq!(response.message.as_deref(), Some("Deleted"));
    assert!(response.headers().contains_key("x-request-id"));

    let error = client
        .delete_connection(id)
        .await
        .expect_err("already deleted");
    assert!(error.is_not_found(), "{error}");
    let shown = fake.store().get(PROJECT, id).expect("soft deleted");
    assert_eq!(shown.status(Instant::now()), dli_fake::Status::Deleted);
}

#[tokio::test]
async fn the_client_retries_through_injected_failures() {
    let fake = start(config()).await;
    let id = fake
        .store()
        .create(PROJECT, spec_for("retry"))
        .expect("created");
    fake.inject(
        Fault::respond(503, r#"{"error_code": "APIGW.0203", "error_msg": "busy"}"#)
            .method("DELETE")
            .times(2),
    );
    let client = client(&fake, Credentials::ak_sk(AK, SK));
    client
        .delete_connection(id)
        .await
        .expect("the third attempt succeeds");
    assert!(fake.faults().pending().is_empty());

    let id = fake
        .store()
        .create(PROJECT, spec_for("throttled"))
        .expect("created");
    fake.inject(Fault::throttle(1));
    let started = Instant::now();
    client
        .delete_connection(id)
        .await
        .expect("the retry succeeds");
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "Retry-After was not honoured"
    );
}

#[tokio::test]
async fn wrong_credentials_get_401_from_the_gateway() {
    let fake = start(config()).await;
    let id = fake
        .store()
        .create(PROJECT, spec_for("auth"))
        .expect("created");
    for credentials in [
        Credentials::ak_sk(AK, "wrong-secret"),
        Credentials::ak_sk("UNKNOWNAK", SK),
        Credentials::iam_token("wrong-token"),
        Credentials::ak_sk(TEMP_AK, TEMP_SK),
        Credentials::temporary(TEMP_AK, TEMP_SK, "wrong-security-token"),
    ] {
        let shown = format!("{credentials:?}");
        let error = client(&fake, credentials)
            .delete_connection(id)
            .await
            .expect_err("refused");
        assert!(error.is_auth(), "{shown}: {error}");
        assert_eq!(error.status(), Some(StatusCode::UNAUTHORIZED));
        assert_eq!(error.error_code(), Some("APIGW.0301"));
        assert!(error.request_id().is_some());
    }
    assert!(
        fake.store()
            .get(PROJECT, id)
            .is_some_and(|c| c.status(Instant::now()) == dli_fake::Status::Active)
    );
}

#[tokio::test]
async fn security_token_and_iam_token_modes_work() {
    let fake = start(config()).await;
    for credentials in [
        Credentials::temporary(TEMP_AK, TEMP_SK, SECURITY_TOKEN),
        Credentials::iam_token(TOKEN),
    ] {
        let id = fake
            .store()
            .create(
                PROJECT,
                spec_for(&format!("mode_{}", uuid::Uuid::new_v4().simple())),
            )
            .expect("created");
        client(&fake, credentials)
            .delete_connection(id)
            .await
            .expect("deleted");
    }
}

#[tokio::test]
async fn go_style_signatures_are_accepted_and_the_date_is_checked() {
    let fake = start(config()).await;
    let id = fake
        .store()
        .create(PROJECT, spec_for("go"))
        .expect("created");
    let path = connection_path(PROJECT, &id.to_string());
    let answer = go_style_delete(&fake, &path, &now_date(), SK).await;
    assert_eq!(
        answer.status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&answer.body)
    );

    let stale = format_date(time::OffsetDateTime::now_utc() - time::Duration::minutes(16));
    let answer = go_style_delete(&fake, &path, &stale, SK).await;
    assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
    assert_eq!(answer.code(), "APIGW.0301");
    let body = answer.json();
    assert_eq!(
        body["request_id"].as_str(),
        answer
            .headers
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
    );
    let future = format_date(time::OffsetDateTime::now_utc() + time::Duration::minutes(16));
    assert_eq!(
        go_style_delete(&fake, &path, &future, SK).await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn an_unsigned_security_token_is_refused() {
    let fake = start(config()).await;
    let path = connection_path(PROJECT, &uuid::Uuid::new_v4().to_string());
    let date = now_date();
    let signer = Signer::new(TEMP_AK, SecretKey::new(TEMP_SK)).expect("keys");
    let signature = signer
        .sign(&hwcloud_signer::Request::new("DELETE", &path).header("X-Sdk-Date", &date))
        .expect("sign");
    let response = reqwest::Client::new()
        .delete(format!("{}{path}", fake.base_url()))
        .header("X-Sdk-Date", &date)
        .header("X-Security-Token", SECURITY_TOKEN)
        .header("Authorization", signature.authorization())
        .send()
        .await
        .expect("answer");
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn unknown_paths_and_methods_are_unknown_apis() {
    let fake = start(config()).await;
    for (method, path) in [
        (Method::GET, "/".to_owned()),
        (Method::GET, "/v1.0/whatever".to_owned()),
        (Method::PATCH, connection_path(PROJECT, "x")),
        (Method::PUT, connections_path(PROJECT)),
        (Method::DELETE, connections_path(PROJECT)),
    ] {
        // Without credentials too: the gateway looks the API up first.
        let answer = raw(&fake, method.clone(), &path, None, None, Vec::new()).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{method} {path}");
        assert_eq!(answer.code(), "APIGW.0101", "{method} {path}");
        assert!(answer.headers.contains_key("x-request-id"));
        assert!(!answer.headers.contains_key("allow"));
    }
}

#[tokio::test]
async fn create_list_show_and_soft_delete_over_http() {
    let fake = start(config()).await;
    let create = |body: Value| {
        let fake = &fake;
        async move {
            raw(
                fake,
                Method::POST,
                &connections_path(PROJECT),
                Some(TOKEN),
                Some("application/json"),
                body.to_string().into_bytes(),
            )
            .await
        }
    };
    let mut ids = Vec::new();
    for name in ["alpha", "beta", "alphabet"] {
        let answer = create(json!({
            "name": name, "dest_vpc_id": "vpc-1", "dest_network_id": "subnet-1",
            "queues": ["q1"], "hosts": [{"name": "db", "ip": "10.0.0.1"}],
            "tags": [{"key": "env", "value": name}],
        }))
        .await;
        assert_eq!(answer.status, StatusCode::CREATED);
        let body = answer.json();
        assert_eq!(body["is_success"], json!(true));
        ids.push(body["connection_id"].as_str().expect("an id").to_owned());
    }
    for (body, fragment) in [
        (
            json!({"dest_vpc_id": "v", "dest_network_id": "n"}),
            "name is required",
        ),
        (
            json!({"name": "bad-name!", "dest_vpc_id": "v", "dest_network_id": "n"}),
            "letters, digits",
        ),
        (
            json!({"name": "x".repeat(65), "dest_vpc_id": "v", "dest_network_id": "n"}),
            "1 to 64",
        ),
        (
            json!({"name": "ok", "dest_network_id": "n"}),
            "dest_vpc_id is required",
        ),
        (
            json!({"name": "ok", "dest_vpc_id": "v"}),
            "dest_network_id is required",
        ),
        (
            json!({"name": "ok", "dest_vpc_id": "v", "dest_network_id": "n", "hosts": [1]}),
            "hosts",
        ),
        (json!(["not", "an", "object"]), "JSON object"),
    ] {
        let answer = create(body).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST);
        assert_eq!(answer.code(), "DLI.0001");
        let message = answer.json()["error_msg"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        assert!(message.contains(fragment), "{message}");
    }
    let duplicate =
        create(json!({"name": "alpha", "dest_vpc_id": "v", "dest_network_id": "n"})).await;
    assert_eq!(
        (duplicate.status, duplicate.code().as_str()),
        (StatusCode::BAD_REQUEST, "DLI.0006")
    );

    let shown = token_request(&fake, Method::GET, &connection_path(PROJECT, &ids[0])).await;
    let shown = shown.json();
    assert_eq!(shown["status"], json!("ACTIVE"));
    assert_eq!(shown["name"], json!("alpha"));
    assert_eq!(shown["available_queue_info"][0]["name"], json!("q1"));
    assert_eq!(shown["hosts"][0]["ip"], json!("10.0.0.1"));
    assert!(shown["create_time"].as_u64().is_some());

    let deleted = token_request(&fake, Method::DELETE, &connection_path(PROJECT, &ids[1])).await;
    assert_eq!(deleted.status, StatusCode::OK);
    let shown = token_request(&fake, Method::GET, &connection_path(PROJECT, &ids[1])).await;
    assert_eq!(shown.json()["status"], json!("DELETED"));

    let list = |query: &str| {
        let path = format!("{}?{query}", connections_path(PROJECT));
        let fake = &fake;
        async move { token_request(fake, Method::GET, &path).await.json() }
    };
    let all = list("").await;
    assert_eq!(all["count"], json!(2));
    assert_eq!(all["connections"][0]["isPrivis"], json!(true));
    assert_eq!(list("name=alpha").await["count"], json!(2));
    assert_eq!(list("status=deleted").await["count"], json!(1));
    assert_eq!(list("tags=env%3Dalphabet").await["count"], json!(1));
    let page = list("limit=1&offset=1").await;
    assert_eq!(
        (
            page["count"].clone(),
            page["connections"].as_array().map(Vec::len)
        ),
        (json!(2), Some(1))
    );
    assert_eq!(
        list("limit=0").await["connections"]
            .as_array()
            .map(Vec::len),
        Some(2)
    );
    let bad = token_request(
        &fake,
        Method::GET,
        &format!("{}?limit=-1", connections_path(PROJECT)),
    )
    .await;
    assert_eq!(
        (bad.status, bad.code().as_str()),
        (StatusCode::BAD_REQUEST, "DLI.0001")
    );

    // Another project sees none of it.
    let other = token_request(&fake, Method::GET, &connections_path("another_project")).await;
    assert_eq!(other.json()["count"], json!(0));
    let other = token_request(
        &fake,
        Method::DELETE,
        &connection_path("another_project", &ids[0]),
    )
    .await;
    assert_eq!(other.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn faults_can_be_injected_over_http() {
    let fake = start(config()).await;
    let fault = json!({"method": "DELETE", "times": 2, "action": {"kind": "respond", "status": 502, "body": "{}"}});
    let added = raw(
        &fake,
        Method::POST,
        "/_fake/faults",
        None,
        Some("application/json"),
        fault.to_string().into_bytes(),
    )
    .await;
    assert_eq!(added.status, StatusCode::CREATED);
    let listed = raw(&fake, Method::GET, "/_fake/faults", None, None, Vec::new()).await;
    assert_eq!(listed.json()[0]["times"], json!(2));

    let path = connection_path(PROJECT, &uuid::Uuid::new_v4().to_string());
    for _ in 0..2 {
        assert_eq!(
            token_request(&fake, Method::DELETE, &path).await.status,
            StatusCode::BAD_GATEWAY
        );
    }
    assert_eq!(
        token_request(&fake, Method::DELETE, &path).await.status,
        StatusCode::BAD_REQUEST
    );

    let bad = raw(
        &fake,
        Method::POST,
        "/_fake/faults",
        None,
        Some("application/json"),
        b"{}".to_vec(),
    )
    .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    fake.inject(Fault::respond(500, "{}").times(5));
    let cleared = raw(
        &fake,
        Method::DELETE,
        "/_fake/faults",
        None,
        None,
        Vec::new(),
    )
    .await;
    assert_eq!(cleared.status, StatusCode::OK);
    assert!(fake.faults().pending().is_empty());
}

#[tokio::test]
async fn delays_drops_truncation_and_malformed_bodies() {
    let fake = start(config()).await;
    let client = Client::builder()
        .environment(Environment::from_pairs([]))
        .endpoint(fake.base_url())
        .project_id(PROJECT)
        .credentials(Credentials::iam_token(TOKEN))
        .retry_policy(RetryPolicy::none())
        .attempt_timeout(Duration::from_millis(300))
        .build()
        .expect("valid configuration");
    let id = uuid::Uuid::new_v4();

    fake.inject(Fault::delay(Duration::from_secs(2)));
    let error = client.delete_connection(id).await.expect_err("too slow");
    assert!(matches!(error, Error::Timeout { .. }), "{error:?}");

    fake.inject(Fault::new(FaultAction::Drop));
    let error = client.delete_connection(id).await.expect_err("dropped");
    assert!(
        matches!(error, Error::Transport(_) | Error::Connect { .. }),
        "{error:?}"
    );

    fake.inject(Fault::new(FaultAction::Truncate {
        status: 200,
        body: r#"{"is_success": true, "message": "Deleted"}"#.to_owned(),
    }));
    let error = client.delete_connection(id).await.expect_err("truncated");
    assert!(matches!(error, Error::Transport(_)), "{error:?}");

    // With retries, a success cut short is retried and the call succeeds.
    let retrying = Client::builder()
        .environment(Environment::from_pairs([]))
        .endpoint(fake.base_url())
        .project_id(PROJECT)
        .credentials(Credentials::iam_token(TOKEN))
        .retry_policy(RetryPolicy::default().base_delay(Duration::from_millis(1)))
        .build()
        .expect("valid configuration");
    let live = fake
        .store()
        .create(PROJECT, spec_for("truncated"))
        .expect("created");
    fake.inject(Fault::new(FaultAction::Truncate {
        status: 200,
        body: r#"{"is_success": true, "message": "Deleted"}"#.to_owned(),
    }));
    retrying
        .delete_connection(live)
        .await
        .expect("the retry gets the whole answer");
    assert!(fake.faults().pending().is_empty());

    fake.inject(Fault::new(FaultAction::Malformed { status: 500 }));
    let error = client.delete_connection(id).await.expect_err("malformed");
    let Error::Api(api) = &error else {
        panic!("{error:?}")
    };
    assert_eq!((api.status.as_u16(), api.code.as_str()), (500, "500"));
    assert!(
        api.raw_body
            .as_deref()
            .is_some_and(|b| b.starts_with("{\"error_code\""))
    );

    // After all that, the fake still answers normally.
    let error = client.delete_connection(id).await.expect_err("not found");
    assert!(error.is_not_found(), "{error}");
}

#[tokio::test]
async fn bad_input_never_breaks_the_fake() {
    let fake = start(config().body_limit(1024)).await;
    let post = connections_path(PROJECT);
    let cases: Vec<(Option<&str>, Vec<u8>, u16, &str)> = vec![
        (
            Some("application/json"),
            b"{not json".to_vec(),
            400,
            "DLI.0001",
        ),
        (Some("text/plain"), b"{}".to_vec(), 400, "DLI.0001"),
        (None, b"{}".to_vec(), 400, "DLI.0001"),
        (
            Some("application/json"),
            vec![0xff, 0xfe, b'{'],
            400,
            "DLI.0001",
        ),
        (
            Some("application/json"),
            vec![b' '; 4096],
            413,
            "APIGW.0201",
        ),
    ];
    for (content_type, body, status, code) in cases {
        let answer = raw(&fake, Method::POST, &post, Some(TOKEN), content_type, body).await;
        assert_eq!(
            (answer.status.as_u16(), answer.code().as_str()),
            (status, code)
        );
    }
    // Bad UTF-8 in the path, odd but valid characters, a missing date, a garbled header.
    let answer = token_request(&fake, Method::DELETE, &connection_path("%FF%FE", "%C0")).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    let answer = token_request(&fake, Method::GET, &connections_path("a%20b%2Cc")).await;
    assert_eq!(answer.status, StatusCode::OK);
    let url = format!("{}{}", fake.base_url(), connection_path(PROJECT, "x"));
    let authorizations = [
        // Signed, but without the X-Sdk-Date header it names.
        reqwest::header::HeaderValue::from_static(
            "SDK-HMAC-SHA256 Access=FAKEACCESSKEY, SignedHeaders=x-sdk-date, Signature=00",
        ),
        // Not text at all.
        reqwest::header::HeaderValue::from_bytes(b"SDK-HMAC-SHA256 \xff").expect("opaque bytes"),
    ];
    for authorization in authorizations {
        let response = reqwest::Client::new()
            .delete(&url)
            .header("Authorization", authorization)
            .send()
            .await
            .expect("answer");
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
    // Still serving.
    assert_eq!(
        token_request(&fake, Method::GET, &post).await.status,
        StatusCode::OK
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hundreds_of_concurrent_clients_leave_a_consistent_state() {
    let fake = start(config()).await;
    let client = client(&fake, Credentials::ak_sk(AK, SK));
    let http = reqwest::Client::new();
    let creates = (0..300).map(|i| {
        let http = http.clone();
        let url = format!("{}{}", fake.base_url(), connections_path(PROJECT));
        async move {
            let response = http
                .post(url)
                .header("X-Auth-Token", TOKEN)
                .json(&json!({"name": format!("c{i}"), "dest_vpc_id": "v", "dest_network_id": "n"}))
                .send()
                .await
                .expect("answer");
            assert_eq!(response.status(), StatusCode::CREATED);
            let body: Value = response.json().await.expect("JSON");
            body["connection_id"]
                .as_str()
                .expect("id")
                .parse::<uuid::Uuid>()
                .expect("uuid")
        }
    });
    let ids = futures_util::future::join_all(creates).await;
    assert_eq!(
        ids.iter().collect::<std::collections::HashSet<_>>().len(),
        300
    );

    // Delete every even one, twice over, concurrently: exactly one delete of each wins.
    let deletes = ids.iter().step_by(2).flat_map(|id| [*id, *id]).map(|id| {
        let client = &client;
        async move { client.delete_connection(id).await.is_ok() }
    });
    let outcomes = futures_util::future::join_all(deletes).await;
    assert_eq!(outcomes.iter().filter(|ok| **ok).count(), 150);

    let listed = token_request(
        &fake,
        Method::GET,
        &format!("{}?limit=0", connections_path(PROJECT)),
    )
    .await;
    assert_eq!(listed.json()["count"], json!(150));
    let deleted = token_request(
        &fake,
        Method::GET,
        &format!("{}?limit=0&status=DELETED", connections_path(PROJECT)),
    )
    .await;
    assert_eq!(deleted.json()["count"], json!(150));
}

#[tokio::test]
async fn shutdown_stops_serving() {
    let fake = start(config()).await;
    let url = format!("{}{}", fake.base_url(), connections_path(PROJECT));
    assert!(reqwest::get(&url).await.is_ok());
    fake.shutdown().await;
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(2))
        .build()
        .expect("client");
    assert!(client.get(&url).send().await.is_err());
}

#[tokio::test]
async fn slow_clients_do_not_hang_the_fake() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    let fake = start(config().read_timeout(Duration::from_millis(300))).await;
    // Headers that never end.
    let mut stalled = tokio::net::TcpStream::connect(fake.addr())
        .await
        .expect("connect");
    stalled
        .write_all(b"GET / HTTP/1.1\r\nHost: x\r\n")
        .await
        .expect("write");
    let mut buffer = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(5), stalled.read_to_end(&mut buffer)).await;
    assert!(read.is_ok(), "the fake kept a stalled connection open");

    // A body that never comes.
    let mut slow = tokio::net::TcpStream::connect(fake.addr())
        .await
        .expect("connect");
    let head = format!(
        "POST {} HTTP/1.1\r\nHost: x\r\nX-Auth-Token: {TOKEN}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{",
        connections_path(PROJECT)
    );
    slow.write_all(head.as_bytes()).await.expect("write");
    let mut answer = vec![0u8; 512];
    let n = tokio::time::timeout(Duration::from_secs(5), slow.read(&mut answer))
        .await
        .expect("an answer in time")
        .expect("read");
    let answer = String::from_utf8_lossy(&answer[..n]);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");

    // Others are served meanwhile and after.
    assert_eq!(
        token_request(&fake, Method::GET, &connections_path(PROJECT))
            .await
            .status,
        StatusCode::OK
    );
}
