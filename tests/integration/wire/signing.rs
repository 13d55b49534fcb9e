//! What a call puts on the wire: headers, signatures, tokens and the proxy.

use super::*;
use dli_tests::fixtures::connection_id;

#[tokio::test]
async fn a_signed_delete_carries_the_documented_headers_and_verifies() {
    let server = serve([Reply::json(200, DELETED)]).await;
    let response = client(&server)
        .delete_connection(connection_id())
        .await
        .expect("deleted");
    assert_eq!(response.message.as_deref(), Some("Deleted"));

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(request.method, "DELETE");
    assert_eq!(
        request.path,
        format!("/v2.0/{PROJECT_ID}/datasource/enhanced-connections/{CONNECTION_ID}")
    );
    assert_eq!(request.header("host"), Some(server.authority().as_str()));
    assert_eq!(request.header("x-project-id"), Some(PROJECT_ID));
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(
        request.header("user-agent"),
        Some(dli_client::SDK_USER_AGENT)
    );
    assert_eq!(request.header("api-version"), None);
    assert_eq!(request.header("x-security-token"), None);
    assert_eq!(request.header("x-auth-token"), None);

    let date = request.header("x-sdk-date").expect("X-Sdk-Date is sent");
    let sent = parse_date(date).expect("X-Sdk-Date is YYYYMMDDTHHMMSSZ");
    let skew = (time::OffsetDateTime::now_utc() - sent).abs();
    assert!(
        skew < time::Duration::minutes(1),
        "X-Sdk-Date {date} is {skew} off"
    );

    let authorization = request.header("authorization").expect("signed");
    assert!(
        authorization.starts_with(&format!(
            "SDK-HMAC-SHA256 Access={AK}, SignedHeaders=accept;content-type;host;user-agent;x-project-id;x-sdk-date, Signature="
        )),
        "{authorization}"
    );
    verify_recorded(request, SK).expect("the signature verifies");
    assert!(verify_recorded(request, "another secret").is_err());
}

#[tokio::test]
async fn temporary_credentials_send_and_sign_the_security_token() {
    let server = serve([Reply::json(200, DELETED)]).await;
    let client = builder(&server.base_url())
        .credentials(Credentials::temporary(AK, SK, SECURITY_TOKEN))
        .build()
        .expect("valid configuration");
    client
        .delete_connection(connection_id())
        .await
        .expect("deleted");

    let request = &server.requests()[0];
    assert_eq!(request.header("x-security-token"), Some(SECURITY_TOKEN));
    let authorization = request.header("authorization").expect("signed");
    assert!(
        authorization.contains(";x-sdk-date;x-security-token,"),
        "{authorization}"
    );
    verify_recorded(request, SK).expect("the signature verifies");
}

#[tokio::test]
async fn an_iam_token_is_sent_without_a_signature() {
    let server = serve([Reply::json(200, DELETED)]).await;
    let client = builder(&server.base_url())
        .credentials(Credentials::iam_token("MIIZ-token-value"))
        .build()
        .expect("valid configuration");
    client
        .delete_connection(connection_id())
        .await
        .expect("deleted");

    let request = &server.requests()[0];
    assert_eq!(request.header("x-auth-token"), Some("MIIZ-token-value"));
    assert_eq!(request.header("authorization"), None);
    assert_eq!(request.header("x-sdk-date"), None);
    assert_eq!(request.header("x-project-id"), Some(PROJECT_ID));
}
