//! Error answers of every shape, read with nothing lost, and the error predicates.

use super::*;
use dli_tests::fixtures::connection_id;

#[tokio::test]
async fn every_error_example_of_the_spec_is_parsed_with_nothing_lost() {
    let examples = Spec::load()
        .and_then(|spec| spec.response_examples(DELETE_OPERATION_ID))
        .expect("load the examples of openapi/dli.yaml");
    let mut checked = 0;
    for example in examples.iter().filter(|example| example.status != "200") {
        let name = &example.name;
        let http_status = example.http_status().expect("validate-spec checks this");
        let server = serve([Reply::json(http_status, example.value.to_string())
            .header("x-request-id", "header-request-id")])
        .await;
        let client = builder(&server.base_url())
            .retry_policy(RetryPolicy::none())
            .build()
            .expect("valid configuration");
        let error = client
            .delete_connection(connection_id())
            .await
            .expect_err("an error answer");
        let Error::Api(api) = &error else {
            panic!("{name:?}: expected an API error, got {error:?}");
        };
        let field = |key: &str| example.value.get(key).and_then(|v| v.as_str());
        assert_eq!(api.status.as_u16(), http_status, "{name:?}");
        assert_eq!(Some(api.code.as_str()), field("error_code"), "{name:?}");
        assert_eq!(Some(api.message.as_str()), field("error_msg"), "{name:?}");
        assert_eq!(api.request_id.as_deref(), Some("header-request-id"));
        assert_eq!(
            api.encoded_authorization_message.as_deref(),
            field("encoded_authorization_message")
        );
        assert_eq!(api.raw_body, None, "{name:?} has the DLI shape");
        let shown = error.to_string();
        assert!(
            shown.contains(&http_status.to_string())
                && shown.contains(&api.code)
                && shown.contains(&api.message)
                && shown.contains("header-request-id"),
            "{shown}"
        );
        checked += 1;
    }
    assert!(checked >= 8, "only {checked} error examples");
}

async fn api_error_for(reply: Reply) -> dli_client::ApiError {
    let server = serve([reply]).await;
    let client = builder(&server.base_url())
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("valid configuration");
    match client.delete_connection(connection_id()).await {
        Err(Error::Api(api)) => *api,
        other => panic!("expected an API error, got {other:?}"),
    }
}

#[tokio::test]
async fn error_bodies_of_other_shapes_are_read_in_the_official_order() {
    let html = api_error_for(Reply::raw(502, "text/html", "<html>Bad Gateway</html>")).await;
    assert_eq!(html.code, "502");
    assert_eq!(html.message, "<html>Bad Gateway</html>");
    assert_eq!(html.raw_body.as_deref(), Some("<html>Bad Gateway</html>"));

    let empty = api_error_for(Reply::raw(500, "text/plain", "")).await;
    assert_eq!((empty.code.as_str(), empty.message.as_str()), ("500", ""));
    assert_eq!(empty.raw_body.as_deref(), Some(""));

    let camel = api_error_for(Reply::json(
        400,
        r#"{"errorCode": "C.1", "errorMsg": "camel"}"#,
    ))
    .await;
    assert_eq!(
        (camel.code.as_str(), camel.message.as_str()),
        ("C.1", "camel")
    );

    let plain = api_error_for(Reply::json(400, r#"{"code": "P.1", "message": "plain"}"#)).await;
    assert_eq!(
        (plain.code.as_str(), plain.message.as_str()),
        ("P.1", "plain")
    );

    let nested = api_error_for(Reply::json(
        403,
        r#"{"error": {"code": "N.1", "message": "nested"}, "encoded_authorization_message": "enc"}"#,
    ))
    .await;
    assert_eq!(
        (nested.code.as_str(), nested.message.as_str()),
        ("N.1", "nested")
    );
    assert_eq!(nested.encoded_authorization_message.as_deref(), Some("enc"));

    let body_id = api_error_for(Reply::json(
        401,
        r#"{"error_code": "APIGW.0301", "error_msg": "bad", "request_id": "from-body"}"#,
    ))
    .await;
    assert_eq!(body_id.request_id.as_deref(), Some("from-body"));

    let huge = "<html>".to_owned() + &"x".repeat(200 * 1024);
    let bounded = api_error_for(Reply::raw(503, "text/html", huge)).await;
    assert_eq!(bounded.raw_body.as_deref().map(str::len), Some(64 * 1024));
    assert_eq!(
        bounded.message.chars().count(),
        513,
        "512 characters and an ellipsis"
    );

    let truncated = api_error_for(Reply::json(500, r#"{"error_code": "X", "error_m"#)).await;
    assert_eq!(truncated.code, "500");
    assert_eq!(
        truncated.raw_body.as_deref(),
        Some(r#"{"error_code": "X", "error_m"#)
    );
}

#[tokio::test]
async fn success_with_is_success_false_is_an_error() {
    let server = serve([
        Reply::json(200, r#"{"is_success": false, "message": "not now"}"#)
            .header("x-request-id", "rid-1"),
    ])
    .await;
    let error = client(&server)
        .delete_connection(connection_id())
        .await
        .expect_err("is_success false");
    assert!(
        matches!(&error, Error::NotSuccessful { message, request_id, .. }
            if message == "not now" && request_id.as_deref() == Some("rid-1")),
        "{error:?}"
    );
}

#[tokio::test]
async fn an_unreadable_success_body_keeps_status_and_body() {
    let server = serve([Reply::raw(200, "text/html", "<html>login</html>")]).await;
    let error = client(&server)
        .delete_connection(connection_id())
        .await
        .expect_err("not JSON");
    assert!(
        matches!(&error, Error::InvalidResponse { status, body, .. }
            if status.as_u16() == 200 && body == "<html>login</html>"),
        "{error:?}"
    );
}

#[test]
fn a_malformed_connection_id_is_refused_where_it_is_parsed() {
    let error = "not-a-uuid"
        .parse::<dli_client::ConnectionId>()
        .expect_err("invalid id");
    assert!(
        error
            .to_string()
            .contains("\"not-a-uuid\" is not a connection id"),
        "{error}"
    );
}

#[tokio::test]
async fn predicates_classify_errors() {
    let not_found = format!(
        r#"{{"error_code": "DLI.0001", "error_msg": "Connection {CONNECTION_ID} is not exist"}}"#
    );
    let cases = [
        (400, not_found.as_str(), "not_found"),
        (
            400,
            r#"{"error_code": "DLI.0002", "error_msg": "x"}"#,
            "not_found",
        ),
        (
            404,
            r#"{"error_code": "DLI.0023", "error_msg": "x"}"#,
            "not_found",
        ),
        (
            429,
            r#"{"error_code": "APIGW.0308", "error_msg": "x"}"#,
            "throttled",
        ),
        (
            401,
            r#"{"error_code": "APIGW.0301", "error_msg": "x"}"#,
            "auth",
        ),
        (
            401,
            r#"{"error_code": "DLI.0013", "error_msg": "x"}"#,
            "auth",
        ),
        (
            400,
            r#"{"error_code": "DLI.0001", "error_msg": "bad parameter"}"#,
            "none",
        ),
    ];
    for (status, body, expected) in cases {
        let server = serve([Reply::json(status, body)]).await;
        let error = builder(&server.base_url())
            .retry_policy(RetryPolicy::none())
            .build()
            .expect("valid configuration")
            .delete_connection(connection_id())
            .await
            .expect_err("refused");
        let got = [
            (error.is_not_found(), "not_found"),
            (error.is_throttled(), "throttled"),
            (error.is_auth(), "auth"),
        ]
        .into_iter()
        .filter_map(|(yes, name)| yes.then_some(name))
        .collect::<Vec<_>>();
        let want: Vec<&str> = if expected == "none" {
            vec![]
        } else {
            vec![expected]
        };
        assert_eq!(got, want, "{status} {body}");
    }
}

#[tokio::test]
async fn requests_go_through_the_configured_proxy() {
    let proxy = serve([Reply::json(200, DELETED)]).await;
    let client = builder("http://dli.cn-north-4.myhuaweicloud.com")
        .proxy(proxy.base_url())
        .build()
        .expect("valid configuration");
    client
        .delete_connection(connection_id())
        .await
        .expect("deleted through the proxy");
    let requests = proxy.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(
        requests[0].header("host"),
        Some("dli.cn-north-4.myhuaweicloud.com")
    );
    verify_recorded(&requests[0], SK).expect("signed for the real host");
}

#[tokio::test]
async fn tls_failures_are_their_own_error() {
    // A plain HTTP server cannot complete a TLS handshake.
    let server = serve([Reply::json(200, DELETED)]).await;
    let error = builder(&format!("https://{}", server.authority()))
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("valid configuration")
        .delete_connection(connection_id())
        .await
        .expect_err("no TLS there");
    assert!(matches!(error, Error::Tls(_)), "{error:?}");
}
