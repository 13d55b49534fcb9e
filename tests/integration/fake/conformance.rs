//! Every answer of the fake conforms to the document.

use super::*;

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
