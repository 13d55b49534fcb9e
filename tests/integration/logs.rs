//! What `dli-client` logs through `tracing`: spans per call and per attempt with the facts
//! needed to debug, and never a secret.

use dli_tests::fixtures::connection_id;
use std::time::Duration;

use dli_client::{Client, Credentials, Environment, RetryPolicy};
use dli_tests::{RecordingServer, Reply};

const SK: &str = "sk-must-never-be-logged";
const TOKEN: &str = "security-token-must-never-be-logged";
const IAM_TOKEN: &str = "iam-token-must-never-be-logged";

#[tokio::test]
async fn calls_are_traced_without_secrets() {
    let (captured, _guard) = dli_tests::traces::capture();

    let server = RecordingServer::start([
        Reply::json(503, r#"{"error_code": "DLI.0999", "error_msg": "busy"}"#)
            .header("x-request-id", "rid-503"),
        Reply::json(
            400,
            r#"{"error_code": "DLI.0001", "error_msg": "Connection x is not exist"}"#,
        )
        .header("x-request-id", "rid-400"),
    ])
    .await
    .expect("start the server");
    let signed = Client::builder()
        .environment(Environment::from_pairs([]))
        .endpoint(server.base_url())
        .project_id("48cc2c48765d4f5a9a3a8d2b4d6e7f01")
        .credentials(Credentials::temporary("AKLOGGED", SK, TOKEN))
        .retry_policy(RetryPolicy::default().base_delay(Duration::from_millis(1)));
    let error = signed
        .clone()
        .build()
        .expect("valid configuration")
        .delete_connection(connection_id())
        .await
        .expect_err("refused");
    let with_token = signed
        .credentials(Credentials::iam_token(IAM_TOKEN))
        .build()
        .expect("valid configuration");
    let _ = with_token.delete_connection(connection_id()).await;

    let logs = captured.text();
    for expected in [
        "dli.call",
        "dli.attempt",
        "operation=\"DeleteEnhancedConnection\"",
        "attempt=2",
        "status=400",
        "error_code=\"DLI.0001\"",
        "request_id=\"rid-400\"",
        "retrying",
    ] {
        assert!(
            logs.contains(expected),
            "{expected:?} missing from:\n{logs}"
        );
    }
    let shown_error = format!("{error} {error:?}");
    for secret in [SK, TOKEN, IAM_TOKEN] {
        assert!(!logs.contains(secret), "{secret} was logged:\n{logs}");
        assert!(
            !shown_error.contains(secret),
            "{secret} in the error: {shown_error}"
        );
    }
    assert!(
        !logs.contains("Signature="),
        "a signature was logged:\n{logs}"
    );
}
