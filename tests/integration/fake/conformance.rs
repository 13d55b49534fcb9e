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
        assert_conforms(&spec, DELETE_OPERATION_ID, name, answer);
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

/// Checks an answer against the schema the document declares for its operation and status.
fn assert_conforms(spec: &Spec, operation_id: &str, name: &str, answer: &Answer) {
    let schema = spec
        .response_schema(operation_id, answer.status.as_u16())
        .expect("the operation exists")
        .unwrap_or_else(|| panic!("{name}: status {} is not declared", answer.status));
    spec.check_value(&schema, &answer.json())
        .unwrap_or_else(|e| panic!("{name}: the body does not match the document: {e:#}"));
    assert!(answer.headers.contains_key("x-request-id"), "{name}");
}

async fn create(fake: &FakeDli, body: Value) -> Answer {
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

#[tokio::test]
async fn every_create_list_and_show_answer_conforms_to_the_document() {
    let spec = Spec::load().expect("load openapi/dli.yaml");
    let fake = start(config().creating_for(Duration::from_secs(60))).await;
    let full = json!({
        "name": "orders", "dest_vpc_id": "vpc-1", "dest_network_id": "subnet-1",
        "queues": ["q1"], "elastic_resource_pools": ["pool1"], "routetable_id": "rt-1",
        "hosts": [{"name": "db", "ip": "10.0.0.1"}], "tags": [{"key": "team", "value": "data"}]
    });
    let created = create(&fake, full.clone()).await;
    assert_eq!(created.status, StatusCode::CREATED);
    assert_conforms(&spec, "CreateEnhancedConnection", "created", &created);
    let id = created.json()["connection_id"]
        .as_str()
        .expect("an id")
        .to_owned();
    let id_uuid: uuid::Uuid = id.parse().expect("a UUID");
    assert!(
        fake.store()
            .fail_peering(PROJECT, id_uuid, "pool1", "no address left")
    );

    let refusals = [
        ("name taken", full),
        (
            "bad name",
            json!({"name": "a-b", "dest_vpc_id": "v", "dest_network_id": "n"}),
        ),
        ("no subnet", json!({"name": "ab", "dest_vpc_id": "v"})),
    ];
    for (name, body) in refusals {
        let answer = create(&fake, body).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{name}");
        assert_conforms(&spec, "CreateEnhancedConnection", name, &answer);
    }

    let list = |query: &'static str| {
        let path = format!("{}?{query}", connections_path(PROJECT));
        let fake = &fake;
        async move { token_request(fake, Method::GET, &path).await }
    };
    for (name, query, count) in [
        ("all", "limit=100&offset=0", 1),
        ("by status", "status=creating", 1),
        ("deleted", "status=DELETED", 0),
        ("by name", "name=ord", 1),
        ("by tag", "tags=team=data", 1),
    ] {
        let answer = list(query).await;
        assert_eq!(answer.status, StatusCode::OK, "{name}");
        assert_conforms(&spec, "ListEnhancedConnections", name, &answer);
        assert_eq!(answer.json()["count"], json!(count), "{name}");
    }
    let listed = list("").await.json();
    assert_eq!(listed["connections"][0]["isPrivis"], json!(true));

    let shown = token_request(&fake, Method::GET, &connection_path(PROJECT, &id)).await;
    assert_eq!(shown.status, StatusCode::OK);
    assert_conforms(&spec, "ShowEnhancedConnection", "shown", &shown);
    let body = shown.json();
    assert_eq!(body["available_queue_info"][0]["status"], json!("CREATING"));
    assert_eq!(body["elastic_resource_pools"][0]["status"], json!("FAILED"));
    assert_eq!(
        body["elastic_resource_pools"][0]["err_msg"],
        json!("no address left")
    );
    let missing = token_request(
        &fake,
        Method::GET,
        &connection_path(PROJECT, &uuid::Uuid::new_v4().to_string()),
    )
    .await;
    assert_eq!(missing.status, StatusCode::BAD_REQUEST);
    assert_conforms(&spec, "ShowEnhancedConnection", "missing", &missing);
}
