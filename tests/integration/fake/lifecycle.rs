//! Create, list, show and soft delete over HTTP.

use super::*;

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
