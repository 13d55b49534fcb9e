//! Retries, `Retry-After`, throttling and every time limit, seen from the server.

use super::*;
use dli_tests::fixtures::connection_id;

#[tokio::test]
async fn retryable_statuses_are_retried_up_to_the_limit_and_each_attempt_is_signed() {
    for status in [429, 500, 502, 503, 504] {
        let body = format!(r#"{{"error_code": "E.{status}", "error_msg": "try later"}}"#);
        let server = serve([Reply::json(status, body)]).await;
        let error = client(&server)
            .delete_connection(connection_id())
            .await
            .expect_err("every attempt fails");
        let requests = server.requests();
        assert_eq!(requests.len(), 3, "status {status}");
        for request in &requests {
            verify_recorded(request, SK).expect("every attempt is signed");
        }
        assert_eq!(error.status().map(|s| s.as_u16()), Some(status));
        assert_eq!(error.error_code(), Some(format!("E.{status}").as_str()));
        assert!(error.is_retryable());
        assert_eq!(error.api_error().map(|api| api.attempts), Some(3));
    }
}

#[tokio::test]
async fn other_statuses_are_never_retried() {
    for status in [400, 401, 403, 404, 409, 413] {
        let server = serve([Reply::json(
            status,
            r#"{"error_code": "X", "error_msg": "no"}"#,
        )])
        .await;
        let error = client(&server)
            .delete_connection(connection_id())
            .await
            .expect_err("refused");
        assert_eq!(server.requests().len(), 1, "status {status}");
        assert_eq!(error.status().map(|s| s.as_u16()), Some(status));
        assert!(!error.is_retryable());
    }
}

#[tokio::test]
async fn a_transient_failure_is_recovered_from() {
    let server = serve([
        Reply::json(503, r#"{"error_code": "X", "error_msg": "busy"}"#),
        Reply::json(502, "<html>bad gateway</html>"),
        Reply::json(200, DELETED),
    ])
    .await;
    let response = client(&server)
        .delete_connection(connection_id())
        .await
        .expect("the third attempt succeeds");
    assert!(response.is_success);
    assert_eq!(server.requests().len(), 3);
    assert_eq!(response.attempts(), 3);
    assert!(response.elapsed() > Duration::ZERO);
}

#[tokio::test]
async fn one_attempt_turns_retries_off() {
    let server = serve([Reply::json(
        503,
        r#"{"error_code": "X", "error_msg": "busy"}"#,
    )])
    .await;
    let client = builder(&server.base_url())
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("valid configuration");
    client
        .delete_connection(connection_id())
        .await
        .expect_err("refused");
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn retry_after_in_seconds_is_honoured() {
    let server = serve([
        Reply::json(
            429,
            r#"{"error_code": "APIGW.0308", "error_msg": "slow down"}"#,
        )
        .header("retry-after", "1"),
        Reply::json(200, DELETED),
    ])
    .await;
    let started = Instant::now();
    client(&server)
        .delete_connection(connection_id())
        .await
        .expect("the retry succeeds");
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    // The retry is signed anew, with a fresh date.
    assert_ne!(
        requests[0].header("x-sdk-date"),
        requests[1].header("x-sdk-date")
    );
    for request in &requests {
        verify_recorded(request, SK).expect("every attempt is signed");
    }
}

#[tokio::test]
async fn retry_after_as_an_http_date_is_honoured() {
    let at = std::time::SystemTime::now() + Duration::from_secs(3);
    let server = serve([
        Reply::json(503, r#"{"error_code": "X", "error_msg": "busy"}"#)
            .header("retry-after", &httpdate::fmt_http_date(at)),
        Reply::json(200, DELETED),
    ])
    .await;
    let started = Instant::now();
    client(&server)
        .delete_connection(connection_id())
        .await
        .expect("the retry succeeds");
    // HTTP dates have whole seconds, so at least one second is left to wait.
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn retry_after_is_capped() {
    let server = serve([
        Reply::json(
            429,
            r#"{"error_code": "APIGW.0308", "error_msg": "slow down"}"#,
        )
        .header("retry-after", "3600"),
        Reply::json(200, DELETED),
    ])
    .await;
    let client = builder(&server.base_url())
        .retry_policy(RetryPolicy::default().max_delay(Duration::from_millis(50)))
        .build()
        .expect("valid configuration");
    let started = Instant::now();
    client
        .delete_connection(connection_id())
        .await
        .expect("the retry succeeds");
    assert!(started.elapsed() < Duration::from_secs(30));
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn the_attempt_timeout_fires_and_is_retried() {
    let server = serve([Reply::json(200, DELETED).delayed(Duration::from_secs(5))]).await;
    let client = builder(&server.base_url())
        .attempt_timeout(Duration::from_millis(200))
        .build()
        .expect("valid configuration");
    let error = client
        .delete_connection(connection_id())
        .await
        .expect_err("every attempt times out");
    assert!(
        matches!(
            error,
            Error::Timeout {
                kind: TimeoutKind::Attempt,
                attempts: 3,
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(server.requests().len(), 3);
    assert!(error.is_retryable());
}

#[tokio::test]
async fn the_deadline_bounds_the_whole_call() {
    let server = serve([Reply::json(200, DELETED).delayed(Duration::from_secs(5))]).await;
    let client = builder(&server.base_url())
        .attempt_timeout(Duration::from_secs(2))
        .deadline(Duration::from_millis(300))
        .build()
        .expect("valid configuration");
    let started = Instant::now();
    let error = client
        .delete_connection(connection_id())
        .await
        .expect_err("the deadline passes");
    assert!(
        matches!(
            error,
            Error::Timeout {
                kind: TimeoutKind::Deadline,
                ..
            }
        ),
        "{error:?}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn the_connect_timeout_fires() {
    // A listener whose accept queue is full drops new connection attempts, so connecting
    // hangs until the connect timeout.
    let socket =
        socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).expect("socket");
    let address: std::net::SocketAddr = "127.0.0.1:0".parse().expect("address");
    socket.bind(&address.into()).expect("bind");
    socket.listen(0).expect("listen");
    let address = socket
        .local_addr()
        .expect("address")
        .as_socket()
        .expect("an IP address");
    let mut fillers = Vec::new();
    for _ in 0..4 {
        if let Ok(Ok(stream)) = tokio::time::timeout(
            Duration::from_millis(200),
            tokio::net::TcpStream::connect(address),
        )
        .await
        {
            fillers.push(stream);
        }
    }

    let client = builder(&format!("http://{address}"))
        .connect_timeout(Duration::from_millis(300))
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("valid configuration");
    let error = client
        .delete_connection(connection_id())
        .await
        .expect_err("connecting times out");
    assert!(
        matches!(
            error,
            Error::Timeout {
                kind: TimeoutKind::Connect,
                ..
            }
        ),
        "{error:?}"
    );
    drop(fillers);
}

#[tokio::test]
async fn a_refused_connection_is_retried_then_reported() {
    // Bind then drop, so that nothing listens on the port.
    let address = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port");
    let error = builder(&format!("http://{address}"))
        .build()
        .expect("valid configuration")
        .delete_connection(connection_id())
        .await
        .expect_err("nothing listens");
    assert!(
        matches!(error, Error::Connect { attempts: 3, .. }),
        "{error:?}"
    );
    assert!(error.is_retryable());
}

#[tokio::test]
async fn a_dropped_connection_is_retried() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = listener.local_addr().expect("address");
    let accepts = tokio::spawn(async move {
        let mut count = 0;
        while let Ok(Ok((stream, _))) =
            tokio::time::timeout(Duration::from_secs(2), listener.accept()).await
        {
            count += 1;
            drop(stream);
        }
        count
    });
    let error = builder(&format!("http://{address}"))
        .build()
        .expect("valid configuration")
        .delete_connection(connection_id())
        .await
        .expect_err("every connection is dropped");
    assert!(
        matches!(error, Error::Transport { .. } | Error::Connect { .. }),
        "{error:?}"
    );
    assert!(error.is_retryable());
    assert_eq!(accepts.await.expect("listener task"), 3);
}
