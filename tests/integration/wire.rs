//! `dli-client` on the wire: real HTTP over loopback, real signatures, real retries.

use std::time::{Duration, Instant};

use dli_client::{
    Client, ClientBuilder, Credentials, Environment, Error, RetryPolicy, TimeoutKind,
};
use dli_tests::{RecordedRequest, RecordingServer, Reply};
use hwcloud_signer::{Authorization, SecretKey, parse_date, verify};
use dli_spec::{DELETE_OPERATION_ID, Spec};

const AK: &str = "HPUAXHHSRJXBVZUUZEHW";
const SK: &str = "Kq8vtE2Yp0ZUxHU2cR7kBd4vCAbnW9c3fJhQ6sLm";
const SECURITY_TOKEN: &str = "gQpjbi1ub3J0aC00hD4EMIIBhQYJKoZIhvcNAQcDoIIBdjCCAXICAQAxggE0";
const PROJECT_ID: &str = "48cc2c48765d4f5a9a3a8d2b4d6e7f01";
const CONNECTION_ID: &str = "2a620c33-5609-40c9-affd-2b6453071b0f";
const DELETED: &str = r#"{"is_success": true, "message": "Deleted"}"#;

fn builder(endpoint: &str) -> ClientBuilder {
    Client::builder()
        .environment(Environment::from_pairs([]))
        .endpoint(endpoint)
        .project_id(PROJECT_ID)
        .credentials(Credentials::ak_sk(AK, SK))
        .retry_policy(RetryPolicy::default().base_delay(Duration::from_millis(1)))
}

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

#[tokio::test]
async fn a_signed_delete_carries_the_documented_headers_and_verifies() {
    let server = serve([Reply::json(200, DELETED)]).await;
    let response = client(&server)
        .delete_connection(CONNECTION_ID)
        .await
        .expect("deleted");
    assert_eq!(response.message.as_deref(), Some("Deleted"));

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(request.method, "DELETE");
    assert_eq!(
        request.path,
        format!("/v2.0/{PROJECT_ID}/datasource/enhanced-connections/{CONNECTION_ID}")
    );
    assert_eq!(request.header("host"), Some(server.authority().as_str()));
    assert_eq!(request.header("x-project-id"), Some(PROJECT_ID));
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(request.header("user-agent"), Some(dli_client::SDK_USER_AGENT));
    assert_eq!(request.header("api-version"), None);
    assert_eq!(request.header("x-security-token"), None);
    assert_eq!(request.header("x-auth-token"), None);

    let date = request.header("x-sdk-date").expect("X-Sdk-Date is sent");
    let sent = parse_date(date).expect("X-Sdk-Date is YYYYMMDDTHHMMSSZ");
    let skew = (time::OffsetDateTime::now_utc() - sent).abs();
    assert!(
        skew < time::Duration::minutes(1),
        "X-Sdk-Date {date} is {skew} off"
    );

    let authorization = request.header("authorization").expect("signed");
    assert!(
        authorization.starts_with(&format!(
            "SDK-HMAC-SHA256 Access={AK}, SignedHeaders=accept;content-type;host;user-agent;x-project-id;x-sdk-date, Signature="
        )),
        "{authorization}"
    );
    verify_recorded(request, SK).expect("the signature verifies");
    assert!(verify_recorded(request, "another secret").is_err());
}

#[tokio::test]
async fn temporary_credentials_send_and_sign_the_security_token() {
    let server = serve([Reply::json(200, DELETED)]).await;
    let client = builder(&server.base_url())
        .credentials(Credentials::temporary(AK, SK, SECURITY_TOKEN))
        .build()
        .expect("valid configuration");
    client
        .delete_connection(CONNECTION_ID)
        .await
        .expect("deleted");

    let request = &server.requests()[0];
    assert_eq!(request.header("x-security-token"), Some(SECURITY_TOKEN));
    let authorization = request.header("authorization").expect("signed");
    assert!(
        authorization.contains(";x-sdk-date;x-security-token,"),
        "{authorization}"
    );
    verify_recorded(request, SK).expect("the signature verifies");
}

#[tokio::test]
async fn an_iam_token_is_sent_without_a_signature() {
    let server = serve([Reply::json(200, DELETED)]).await;
    let client = builder(&server.base_url())
        .credentials(Credentials::iam_token("MIIZ-token-value"))
        .build()
        .expect("valid configuration");
    client
        .delete_connection(CONNECTION_ID)
        .await
        .expect("deleted");

    let request = &server.requests()[0];
    assert_eq!(request.header("x-auth-token"), Some("MIIZ-token-value"));
    assert_eq!(request.header("authorization"), None);
    assert_eq!(request.header("x-sdk-date"), None);
    assert_eq!(request.header("x-project-id"), Some(PROJECT_ID));
}

#[tokio::test]
async fn retryable_statuses_are_retried_up_to_the_limit_and_each_attempt_is_signed() {
    for status in [429, 500, 502, 503, 504] {
        let body = format!(r#"{{"error_code": "E.{status}", "error_msg": "try later"}}"#);
        let server = serve([Reply::json(status, body)]).await;
        let error = client(&server)
            .delete_connection(CONNECTION_ID)
            .await
            .expect_err("every attempt fails");
        let requests = server.requests();
        assert_eq!(requests.len(), 3, "status {status}");
        for request in &requests {
            verify_recorded(request, SK).expect("every attempt is signed");
        }
        assert_eq!(error.status().map(|s| s.as_u16()), Some(status));
        assert_eq!(error.error_code(), Some(format!("E.{status}").as_str()));
        assert!(error.is_retryable());
    }
}

#[tokio::test]
async fn other_statuses_are_never_retried() {
    for status in [400, 401, 403, 404, 409, 413] {
        let server = serve([Reply::json(
            status,
            r#"{"error_code": "X", "error_msg": "no"}"#,
        )])
        .await;
        let error = client(&server)
            .delete_connection(CONNECTION_ID)
            .await
            .expect_err("refused");
        assert_eq!(server.requests().len(), 1, "status {status}");
        assert_eq!(error.status().map(|s| s.as_u16()), Some(status));
        assert!(!error.is_retryable());
    }
}

#[tokio::test]
async fn a_transient_failure_is_recovered_from() {
    let server = serve([
        Reply::json(503, r#"{"error_code": "X", "error_msg": "busy"}"#),
        Reply::json(502, "<html>bad gateway</html>"),
        Reply::json(200, DELETED),
    ])
    .await;
    let response = client(&server)
        .delete_connection(CONNECTION_ID)
        .await
        .expect("the third attempt succeeds");
    assert!(response.is_success);
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test]
async fn one_attempt_turns_retries_off() {
    let server = serve([Reply::json(
        503,
        r#"{"error_code": "X", "error_msg": "busy"}"#,
    )])
    .await;
    let client = builder(&server.base_url())
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("valid configuration");
    client
        .delete_connection(CONNECTION_ID)
        .await
        .expect_err("refused");
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn retry_after_in_seconds_is_honoured() {
    let server = serve([
        Reply::json(
            429,
            r#"{"error_code": "APIGW.0308", "error_msg": "slow down"}"#,
        )
        .header("retry-after", "1"),
        Reply::json(200, DELETED),
    ])
    .await;
    let started = Instant::now();
    client(&server)
        .delete_connection(CONNECTION_ID)
        .await
        .expect("the retry succeeds");
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    // The retry is signed anew, with a fresh date.
    assert_ne!(
        requests[0].header("x-sdk-date"),
        requests[1].header("x-sdk-date")
    );
    for request in &requests {
        verify_recorded(request, SK).expect("every attempt is signed");
    }
}

#[tokio::test]
async fn retry_after_as_an_http_date_is_honoured() {
    let at = std::time::SystemTime::now() + Duration::from_secs(3);
    let server = serve([
        Reply::json(503, r#"{"error_code": "X", "error_msg": "busy"}"#)
            .header("retry-after", &httpdate::fmt_http_date(at)),
        Reply::json(200, DELETED),
    ])
    .await;
    let started = Instant::now();
    client(&server)
        .delete_connection(CONNECTION_ID)
        .await
        .expect("the retry succeeds");
    // HTTP dates have whole seconds, so at least one second is left to wait.
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn retry_after_is_capped() {
    let server = serve([
        Reply::json(
            429,
            r#"{"error_code": "APIGW.0308", "error_msg": "slow down"}"#,
        )
        .header("retry-after", "3600"),
        Reply::json(200, DELETED),
    ])
    .await;
    let client = builder(&server.base_url())
        .retry_policy(RetryPolicy::default().max_delay(Duration::from_millis(50)))
        .build()
        .expect("valid configuration");
    let started = Instant::now();
    client
        .delete_connection(CONNECTION_ID)
        .await
        .expect("the retry succeeds");
    assert!(started.elapsed() < Duration::from_secs(30));
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn the_attempt_timeout_fires_and_is_retried() {
    let server = serve([Reply::json(200, DELETED).delayed(Duration::from_secs(5))]).await;
    let client = builder(&server.base_url())
        .attempt_timeout(Duration::from_millis(200))
        .build()
        .expect("valid configuration");
    let error = client
        .delete_connection(CONNECTION_ID)
        .await
        .expect_err("every attempt times out");
    assert!(
        matches!(
            error,
            Error::Timeout {
                kind: TimeoutKind::Attempt,
                attempts: 3,
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(server.requests().len(), 3);
    assert!(error.is_retryable());
}

#[tokio::test]
async fn the_deadline_bounds_the_whole_call() {
    let server = serve([Reply::json(200, DELETED).delayed(Duration::from_secs(5))]).await;
    let client = builder(&server.base_url())
        .attempt_timeout(Duration::from_secs(2))
        .deadline(Duration::from_millis(300))
        .build()
        .expect("valid configuration");
    let started = Instant::now();
    let error = client
        .delete_connection(CONNECTION_ID)
        .await
        .expect_err("the deadline passes");
    assert!(
        matches!(
            error,
            Error::Timeout {
                kind: TimeoutKind::Deadline,
                ..
            }
        ),
        "{error:?}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn the_connect_timeout_fires() {
    // A listener whose accept queue is full drops new connection attempts, so connecting
    // hangs until the connect timeout.
    let socket =
        socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).expect("socket");
    let address: std::net::SocketAddr = "127.0.0.1:0".parse().expect("address");
    socket.bind(&address.into()).expect("bind");
    socket.listen(0).expect("listen");
    let address = socket
        .local_addr()
        .expect("address")
        .as_socket()
        .expect("an IP address");
    let mut fillers = Vec::new();
    for _ in 0..4 {
        if let Ok(Ok(stream)) = tokio::time::timeout(
            Duration::from_millis(200),
            tokio::net::TcpStream::connect(address),
        )
        .await
        {
            fillers.push(stream);
        }
    }

    let client = builder(&format!("http://{address}"))
        .connect_timeout(Duration::from_millis(300))
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("valid configuration");
    let error = client
        .delete_connection(CONNECTION_ID)
        .await
        .expect_err("connecting times out");
    assert!(
        matches!(
            error,
            Error::Timeout {
                kind: TimeoutKind::Connect,
                ..
            }
        ),
        "{error:?}"
    );
    drop(fillers);
}

#[tokio::test]
async fn a_refused_connection_is_retried_then_reported() {
    // Bind then drop, so that nothing listens on the port.
    let address = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port");
    let error = builder(&format!("http://{address}"))
        .build()
        .expect("valid configuration")
        .delete_connection(CONNECTION_ID)
        .await
        .expect_err("nothing listens");
    assert!(
        matches!(error, Error::Connect { attempts: 3, .. }),
        "{error:?}"
    );
    assert!(error.is_retryable());
}

#[tokio::test]
async fn a_dropped_connection_is_retried() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = listener.local_addr().expect("address");
    let accepts = tokio::spawn(async move {
        let mut count = 0;
        while let Ok(Ok((stream, _))) =
            tokio::time::timeout(Duration::from_secs(2), listener.accept()).await
        {
            count += 1;
            drop(stream);
        }
        count
    });
    let error = builder(&format!("http://{address}"))
        .build()
        .expect("valid configuration")
        .delete_connection(CONNECTION_ID)
        .await
        .expect_err("every connection is dropped");
    assert!(
        matches!(error, Error::Transport(_) | Error::Connect { .. }),
        "{error:?}"
    );
    assert!(error.is_retryable());
    assert_eq!(accepts.await.expect("listener task"), 3);
}

#[tokio::test]
async fn every_error_example_of_the_spec_is_parsed_with_nothing_lost() {
    let examples = Spec::load()
        .and_then(|spec| spec.response_examples(DELETE_OPERATION_ID))
        .expect("load the examples of openapi/dli.yaml");
    let mut checked = 0;
    for example in examples.iter().filter(|example| example.status != "200") {
        let name = &example.name;
        let http_status = example.http_status().expect("validate-spec checks this");
        let server = serve([Reply::json(http_status, example.value.to_string())
            .header("x-request-id", "header-request-id")])
        .await;
        let client = builder(&server.base_url())
            .retry_policy(RetryPolicy::none())
            .build()
            .expect("valid configuration");
        let error = client
            .delete_connection(CONNECTION_ID)
            .await
            .expect_err("an error answer");
        let Error::Api(api) = &error else {
            panic!("{name:?}: expected an API error, got {error:?}");
        };
        let field = |key: &str| example.value.get(key).and_then(|v| v.as_str());
        assert_eq!(api.status.as_u16(), http_status, "{name:?}");
        assert_eq!(Some(api.code.as_str()), field("error_code"), "{name:?}");
        assert_eq!(Some(api.message.as_str()), field("error_msg"), "{name:?}");
        assert_eq!(api.request_id.as_deref(), Some("header-request-id"));
        assert_eq!(
            api.encoded_authorization_message.as_deref(),
            field("encoded_authorization_message")
        );
        assert_eq!(api.raw_body, None, "{name:?} has the DLI shape");
        let shown = error.to_string();
        assert!(
            shown.contains(&http_status.to_string())
                && shown.contains(&api.code)
                && shown.contains(&api.message)
                && shown.contains("header-request-id"),
            "{shown}"
        );
        checked += 1;
    }
    assert!(checked >= 8, "only {checked} error examples");
}

async fn api_error_for(reply: Reply) -> dli_client::ApiError {
    let server = serve([reply]).await;
    let client = builder(&server.base_url())
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("valid configuration");
    match client.delete_connection(CONNECTION_ID).await {
        Err(Error::Api(api)) => *api,
        other => panic!("expected an API error, got {other:?}"),
    }
}

#[tokio::test]
async fn error_bodies_of_other_shapes_are_read_in_the_official_order() {
    let html = api_error_for(Reply::raw(502, "text/html", "<html>Bad Gateway</html>")).await;
    assert_eq!(html.code, "502");
    assert_eq!(html.message, "<html>Bad Gateway</html>");
    assert_eq!(html.raw_body.as_deref(), Some("<html>Bad Gateway</html>"));

    let empty = api_error_for(Reply::raw(500, "text/plain", "")).await;
    assert_eq!((empty.code.as_str(), empty.message.as_str()), ("500", ""));
    assert_eq!(empty.raw_body.as_deref(), Some(""));

    let camel = api_error_for(Reply::json(
        400,
        r#"{"errorCode": "C.1", "errorMsg": "camel"}"#,
    ))
    .await;
    assert_eq!(
        (camel.code.as_str(), camel.message.as_str()),
        ("C.1", "camel")
    );

    let plain = api_error_for(Reply::json(400, r#"{"code": "P.1", "message": "plain"}"#)).await;
    assert_eq!(
        (plain.code.as_str(), plain.message.as_str()),
        ("P.1", "plain")
    );

    let nested = api_error_for(Reply::json(
        403,
        r#"{"error": {"code": "N.1", "message": "nested"}, "encoded_authorization_message": "enc"}"#,
    ))
    .await;
    assert_eq!(
        (nested.code.as_str(), nested.message.as_str()),
        ("N.1", "nested")
    );
    assert_eq!(nested.encoded_authorization_message.as_deref(), Some("enc"));

    let body_id = api_error_for(Reply::json(
        401,
        r#"{"error_code": "APIGW.0301", "error_msg": "bad", "request_id": "from-body"}"#,
    ))
    .await;
    assert_eq!(body_id.request_id.as_deref(), Some("from-body"));

    let huge = "<html>".to_owned() + &"x".repeat(200 * 1024);
    let bounded = api_error_for(Reply::raw(503, "text/html", huge)).await;
    assert_eq!(bounded.raw_body.as_deref().map(str::len), Some(64 * 1024));
    assert_eq!(
        bounded.message.chars().count(),
        513,
        "512 characters and an ellipsis"
    );

    let truncated = api_error_for(Reply::json(500, r#"{"error_code": "X", "error_m"#)).await;
    assert_eq!(truncated.code, "500");
    assert_eq!(
        truncated.raw_body.as_deref(),
        Some(r#"{"error_code": "X", "error_m"#)
    );
}

#[tokio::test]
async fn success_with_is_success_false_is_an_error() {
    let server = serve([
        Reply::json(200, r#"{"is_success": false, "message": "not now"}"#)
            .header("x-request-id", "rid-1"),
    ])
    .await;
    let error = client(&server)
        .delete_connection(CONNECTION_ID)
        .await
        .expect_err("is_success false");
    assert!(
        matches!(&error, Error::NotSuccessful { message, request_id, .. }
            if message == "not now" && request_id.as_deref() == Some("rid-1")),
        "{error:?}"
    );
}

#[tokio::test]
async fn an_unreadable_success_body_keeps_status_and_body() {
    let server = serve([Reply::raw(200, "text/html", "<html>login</html>")]).await;
    let error = client(&server)
        .delete_connection(CONNECTION_ID)
        .await
        .expect_err("not JSON");
    assert!(
        matches!(&error, Error::InvalidResponse { status, body, .. }
            if status.as_u16() == 200 && body == "<html>login</html>"),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_malformed_connection_id_is_refused_before_sending() {
    let server = serve([Reply::json(200, DELETED)]).await;
    let error = client(&server)
        .delete_connection("not-a-uuid")
        .await
        .expect_err("invalid id");
    assert!(
        matches!(&error, Error::InvalidRequest(m) if m.contains("UUID")),
        "{error:?}"
    );
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn predicates_classify_errors() {
    let not_found = format!(
        r#"{{"error_code": "DLI.0001", "error_msg": "Connection {CONNECTION_ID} is not exist"}}"#
    );
    let cases = [
        (400, not_found.as_str(), "not_found"),
        (
            400,
            r#"{"error_code": "DLI.0002", "error_msg": "x"}"#,
            "not_found",
        ),
        (
            404,
            r#"{"error_code": "DLI.0023", "error_msg": "x"}"#,
            "not_found",
        ),
        (
            429,
            r#"{"error_code": "APIGW.0308", "error_msg": "x"}"#,
            "throttled",
        ),
        (
            401,
            r#"{"error_code": "APIGW.0301", "error_msg": "x"}"#,
            "auth",
        ),
        (
            401,
            r#"{"error_code": "DLI.0013", "error_msg": "x"}"#,
            "auth",
        ),
        (
            400,
            r#"{"error_code": "DLI.0001", "error_msg": "bad parameter"}"#,
            "none",
        ),
    ];
    for (status, body, expected) in cases {
        let server = serve([Reply::json(status, body)]).await;
        let error = builder(&server.base_url())
            .retry_policy(RetryPolicy::none())
            .build()
            .expect("valid configuration")
            .delete_connection(CONNECTION_ID)
            .await
            .expect_err("refused");
        let got = [
            (error.is_not_found(), "not_found"),
            (error.is_throttled(), "throttled"),
            (error.is_auth(), "auth"),
        ]
        .into_iter()
        .filter_map(|(yes, name)| yes.then_some(name))
        .collect::<Vec<_>>();
        let want: Vec<&str> = if expected == "none" {
            vec![]
        } else {
            vec![expected]
        };
        assert_eq!(got, want, "{status} {body}");
    }
}

#[tokio::test]
async fn requests_go_through_the_configured_proxy() {
    let proxy = serve([Reply::json(200, DELETED)]).await;
    let client = builder("http://dli.cn-north-4.myhuaweicloud.com")
        .proxy(proxy.base_url())
        .build()
        .expect("valid configuration");
    client
        .delete_connection(CONNECTION_ID)
        .await
        .expect("deleted through the proxy");
    let requests = proxy.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(
        requests[0].header("host"),
        Some("dli.cn-north-4.myhuaweicloud.com")
    );
    verify_recorded(&requests[0], SK).expect("signed for the real host");
}

#[tokio::test]
async fn tls_failures_are_their_own_error() {
    // A plain HTTP server cannot complete a TLS handshake.
    let server = serve([Reply::json(200, DELETED)]).await;
    let error = builder(&format!("https://{}", server.authority()))
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("valid configuration")
        .delete_connection(CONNECTION_ID)
        .await
        .expect_err("no TLS there");
    assert!(matches!(error, Error::Tls(_)), "{error:?}");
}
