//! Fault injection, from code and over HTTP.

use super::*;

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
        matches!(error, Error::Transport { .. } | Error::Connect { .. }),
        "{error:?}"
    );

    fake.inject(Fault::new(FaultAction::Truncate {
        status: 200,
        body: r#"{"is_success": true, "message": "Deleted"}"#.to_owned(),
    }));
    let error = client.delete_connection(id).await.expect_err("truncated");
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");

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
