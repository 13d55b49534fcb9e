//! `dli-client` through the fake, end to end.

use super::*;

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
