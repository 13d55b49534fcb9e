//! What `dli-client` logs through `tracing`: spans per call and per attempt with the facts
//! needed to debug, and never a secret.

use std::io::Write;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use dli_client::{Client, Credentials, Environment, RetryPolicy};
use dli_tests::{RecordingServer, Reply};
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::fmt::format::FmtSpan;

const SK: &str = "sk-must-never-be-logged";
const TOKEN: &str = "security-token-must-never-be-logged";
const IAM_TOKEN: &str = "iam-token-must-never-be-logged";

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Captured {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap_or_else(PoisonError::into_inner)).into_owned()
    }
}

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Captured {
    type Writer = Captured;

    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

#[tokio::test]
async fn calls_are_traced_without_secrets() {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(captured.clone())
        .with_max_level(tracing::Level::TRACE)
        .with_span_events(FmtSpan::CLOSE)
        .with_ansi(false)
        .finish();
    // Other tests of this binary hit the same callsites on other threads. With this test's
    // subscriber as the only one registered, tracing would decide a callsite's interest
    // from whichever thread hit it first, and a thread without a subscriber says "never".
    // A global subscriber that records nothing makes every decision consider both.
    let _ = tracing::subscriber::set_global_default(tracing::subscriber::NoSubscriber::default());
    let _guard = tracing::subscriber::set_default(subscriber);
    tracing::callsite::rebuild_interest_cache();

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
        .delete_connection("2a620c33-5609-40c9-affd-2b6453071b0f")
        .await
        .expect_err("refused");
    let with_token = signed
        .credentials(Credentials::iam_token(IAM_TOKEN))
        .build()
        .expect("valid configuration");
    let _ = with_token
        .delete_connection("2a620c33-5609-40c9-affd-2b6453071b0f")
        .await;

    let logs = captured.text();
    for expected in [
        "dli.call",
        "dli.attempt",
        "operation=\"delete_enhanced_connection\"",
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
