//! Bad input, concurrency, shutdown and slow clients never break the fake.

use super::*;

#[tokio::test]
async fn bad_input_never_breaks_the_fake() {
    let fake = start(config().body_limit(1024)).await;
    let post = connections_path(PROJECT);
    let cases: Vec<(Option<&str>, Vec<u8>, u16, &str)> = vec![
        (
            Some("application/json"),
            b"{not json".to_vec(),
            400,
            "DLI.0001",
        ),
        (Some("text/plain"), b"{}".to_vec(), 400, "DLI.0001"),
        (None, b"{}".to_vec(), 400, "DLI.0001"),
        (
            Some("application/json"),
            vec![0xff, 0xfe, b'{'],
            400,
            "DLI.0001",
        ),
        (
            Some("application/json"),
            vec![b' '; 4096],
            413,
            "APIGW.0201",
        ),
    ];
    for (content_type, body, status, code) in cases {
        let answer = raw(&fake, Method::POST, &post, Some(TOKEN), content_type, body).await;
        assert_eq!(
            (answer.status.as_u16(), answer.code().as_str()),
            (status, code)
        );
    }
    // Bad UTF-8 in the path, odd but valid characters, a missing date, a garbled header.
    let answer = token_request(&fake, Method::DELETE, &connection_path("%FF%FE", "%C0")).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    let answer = token_request(&fake, Method::GET, &connections_path("a%20b%2Cc")).await;
    assert_eq!(answer.status, StatusCode::OK);
    // A project id the document's pattern forbids, once decoded: `?`, `#`, `%`.
    for project in ["a%3Fb", "a%23b", "a%25b"] {
        let answer = token_request(&fake, Method::GET, &connections_path(project)).await;
        assert_eq!(
            (answer.status.as_u16(), answer.code().as_str()),
            (400, "DLI.0001"),
            "{project}"
        );
    }
    // A list given as null is not a list.
    let answer = raw(
        &fake,
        Method::POST,
        &post,
        Some(TOKEN),
        Some("application/json"),
        br#"{"name": "n", "dest_vpc_id": "v", "dest_network_id": "s", "queues": null}"#.to_vec(),
    )
    .await;
    assert_eq!(
        (answer.status.as_u16(), answer.code().as_str()),
        (400, "DLI.0001")
    );
    let url = format!("{}{}", fake.base_url(), connection_path(PROJECT, "x"));
    let authorizations = [
        // Signed, but without the X-Sdk-Date header it names.
        reqwest::header::HeaderValue::from_static(
            "SDK-HMAC-SHA256 Access=FAKEACCESSKEY, SignedHeaders=x-sdk-date, Signature=00",
        ),
        // Not text at all.
        reqwest::header::HeaderValue::from_bytes(b"SDK-HMAC-SHA256 \xff").expect("opaque bytes"),
    ];
    for authorization in authorizations {
        let response = reqwest::Client::new()
            .delete(&url)
            .header("Authorization", authorization)
            .send()
            .await
            .expect("answer");
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
    // Still serving.
    assert_eq!(
        token_request(&fake, Method::GET, &post).await.status,
        StatusCode::OK
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hundreds_of_concurrent_clients_leave_a_consistent_state() {
    let fake = start(config()).await;
    let client = client(&fake, Credentials::ak_sk(AK, SK));
    let http = reqwest::Client::new();
    let creates = (0..300).map(|i| {
        let http = http.clone();
        let url = format!("{}{}", fake.base_url(), connections_path(PROJECT));
        async move {
            let response = http
                .post(url)
                .header("X-Auth-Token", TOKEN)
                .json(&json!({"name": format!("c{i}"), "dest_vpc_id": "v", "dest_network_id": "n"}))
                .send()
                .await
                .expect("answer");
            assert_eq!(response.status(), StatusCode::CREATED);
            let body: Value = response.json().await.expect("JSON");
            body["connection_id"]
                .as_str()
                .expect("id")
                .parse::<uuid::Uuid>()
                .expect("uuid")
        }
    });
    let ids = futures_util::future::join_all(creates).await;
    assert_eq!(
        ids.iter().collect::<std::collections::HashSet<_>>().len(),
        300
    );

    // Delete every even one, twice over, concurrently: exactly one delete of each wins.
    let deletes = ids.iter().step_by(2).flat_map(|id| [*id, *id]).map(|id| {
        let client = &client;
        async move { client.delete_connection(id).await.is_ok() }
    });
    let outcomes = futures_util::future::join_all(deletes).await;
    assert_eq!(outcomes.iter().filter(|ok| **ok).count(), 150);

    let listed = token_request(
        &fake,
        Method::GET,
        &format!("{}?limit=0", connections_path(PROJECT)),
    )
    .await;
    assert_eq!(listed.json()["count"], json!(150));
    let deleted = token_request(
        &fake,
        Method::GET,
        &format!("{}?limit=0&status=DELETED", connections_path(PROJECT)),
    )
    .await;
    assert_eq!(deleted.json()["count"], json!(150));
}

#[tokio::test]
async fn shutdown_stops_serving() {
    let fake = start(config()).await;
    let url = format!("{}{}", fake.base_url(), connections_path(PROJECT));
    assert!(reqwest::get(&url).await.is_ok());
    fake.shutdown().await;
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(2))
        .build()
        .expect("client");
    assert!(client.get(&url).send().await.is_err());
}

#[tokio::test]
async fn slow_clients_do_not_hang_the_fake() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    let fake = start(config().read_timeout(Duration::from_millis(300))).await;
    // Headers that never end.
    let mut stalled = tokio::net::TcpStream::connect(fake.addr())
        .await
        .expect("connect");
    stalled
        .write_all(b"GET / HTTP/1.1\r\nHost: x\r\n")
        .await
        .expect("write");
    let mut buffer = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(5), stalled.read_to_end(&mut buffer)).await;
    assert!(read.is_ok(), "the fake kept a stalled connection open");

    // A body that never comes.
    let mut slow = tokio::net::TcpStream::connect(fake.addr())
        .await
        .expect("connect");
    let head = format!(
        "POST {} HTTP/1.1\r\nHost: x\r\nX-Auth-Token: {TOKEN}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{",
        connections_path(PROJECT)
    );
    slow.write_all(head.as_bytes()).await.expect("write");
    let mut answer = vec![0u8; 512];
    let n = tokio::time::timeout(Duration::from_secs(5), slow.read(&mut answer))
        .await
        .expect("an answer in time")
        .expect("read");
    let answer = String::from_utf8_lossy(&answer[..n]);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");

    // Others are served meanwhile and after.
    assert_eq!(
        token_request(&fake, Method::GET, &connections_path(PROJECT))
            .await
            .status,
        StatusCode::OK
    );
}
