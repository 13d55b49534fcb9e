//! The API gateway in front: signatures, tokens, unknown APIs.

use super::*;

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
async fn a_wrong_key_costs_one_failed_authentication_a_call_and_five_lock_it() {
    let fake = start(config().lockout(5, Duration::from_millis(400))).await;
    let wrong = client(&fake, Credentials::ak_sk(AK, "not-the-secret"));
    let right = client(&fake, Credentials::ak_sk(AK, SK));
    let id = fake
        .store()
        .create(PROJECT, spec_for("locked"))
        .expect("stored");
    for n in 1..=4 {
        let error = wrong.delete_connection(id).await.expect_err("a wrong key");
        assert!(error.is_auth(), "{error}");
        assert_eq!(fake.auth_failures(AK), n, "a 401 is never retried");
    }
    assert!(!fake.is_locked(AK));
    let _ = wrong.delete_connection(id).await.expect_err("the fifth");
    assert!(fake.is_locked(AK), "five failures in a row lock the key");
    let locked = right
        .connection(id)
        .await
        .expect_err("locked, even with the right key");
    assert!(
        locked.is_auth() && locked.to_string().contains("locked"),
        "{locked}"
    );
    tokio::time::sleep(Duration::from_millis(450)).await;
    right.connection(id).await.expect("the lock has run out");
}
