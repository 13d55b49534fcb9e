//! Throttling as DLI's gateway does it (`429 APIGW.0308`, no `Retry-After`), with the waits
//! measured on a paused clock: seconds of backoff cost no real time.

use std::time::Duration;

use dli_client::{Client, RetryPolicy};
use dli_tests::fixtures::{DELETED, builder, connection_id};
use dli_tests::{RecordingServer, Reply};
use tokio::time::Instant;

const THROTTLED: &str = r#"{"error_code": "APIGW.0308", "error_msg": "The throttling threshold has been reached: policy user over ratelimit,limit:200,time:1 second"}"#;

fn client(server: &RecordingServer) -> Client {
    builder(&server.base_url())
        .retry_policy(
            RetryPolicy::default()
                .max_attempts(3)
                .base_delay(Duration::from_millis(100))
                .throttle_delay(Duration::from_secs(1)),
        )
        .build()
        .expect("valid configuration")
}

/// How long a delete took, on the runtime's clock, against these replies.
async fn time_delete(replies: Vec<Reply>) -> (Duration, Result<(), dli_client::Error>, usize) {
    let server = RecordingServer::start(replies).await.expect("start");
    let started = Instant::now();
    let result = client(&server).delete_connection(connection_id()).await;
    (started.elapsed(), result.map(drop), server.requests().len())
}

#[tokio::test(flavor = "current_thread", start_paused = true)]
async fn a_429_without_retry_after_waits_at_least_the_throttling_delay() {
    let (waited, result, sent) =
        time_delete(vec![Reply::json(429, THROTTLED), Reply::json(200, DELETED)]).await;
    assert!(result.is_ok(), "{result:?}");
    assert_eq!(sent, 2);
    assert!(
        waited >= Duration::from_secs(1) && waited < Duration::from_secs(2),
        "waited {waited:?}: at least the throttling delay, at most twice it"
    );

    // Two throttled answers: the second wait is at least twice the delay.
    let (waited, result, sent) = time_delete(vec![
        Reply::json(429, THROTTLED),
        Reply::json(429, THROTTLED),
        Reply::json(200, DELETED),
    ])
    .await;
    assert!(result.is_ok(), "{result:?}");
    assert_eq!(sent, 3);
    assert!(waited >= Duration::from_secs(3), "waited {waited:?}");
}

#[tokio::test(flavor = "current_thread", start_paused = true)]
async fn other_transient_failures_keep_the_short_backoff() {
    let (waited, result, sent) = time_delete(vec![
        Reply::json(503, r#"{"error_code": "APIGW.0203", "error_msg": "busy"}"#),
        Reply::json(200, DELETED),
    ])
    .await;
    assert!(result.is_ok(), "{result:?}");
    assert_eq!(sent, 2);
    assert!(waited <= Duration::from_millis(100), "waited {waited:?}");
}

#[tokio::test(flavor = "current_thread", start_paused = true)]
async fn retry_after_wins_over_the_throttling_delay() {
    let (waited, result, _) = time_delete(vec![
        Reply::json(429, THROTTLED).header("retry-after", "7"),
        Reply::json(200, DELETED),
    ])
    .await;
    assert!(result.is_ok(), "{result:?}");
    assert!(
        waited >= Duration::from_secs(7) && waited < Duration::from_secs(8),
        "waited {waited:?}"
    );
}

#[tokio::test(flavor = "current_thread", start_paused = true)]
async fn throttled_to_the_end_is_reported_as_throttled() {
    let (_, result, sent) = time_delete(vec![Reply::json(429, THROTTLED)]).await;
    let error = result.expect_err("always throttled");
    assert!(error.is_throttled() && error.is_retryable(), "{error}");
    assert_eq!(error.error_code(), Some("APIGW.0308"));
    assert_eq!(sent, 3, "every attempt was made");
}
