//! A dry run builds and signs each request exactly as it would be sent, sends nothing, and
//! shows no secret.

use dli_client::{Credentials, Error, RequestPreview, types};
use dli_tests::fixtures::{
    AK, CONNECTION_ID, PROJECT_ID, SECURITY_TOKEN, SK, builder, connection_id,
};
use dli_tests::{RecordingServer, Reply};

fn preview_of(error: Error) -> RequestPreview {
    match error {
        Error::DryRun(preview) => *preview,
        other => panic!("expected a dry run, got {other:?}"),
    }
}

#[tokio::test]
async fn nothing_is_sent_and_the_signed_request_is_shown_without_secrets() {
    let server = RecordingServer::start([Reply::json(200, "{}")])
        .await
        .expect("start");
    let client = builder(&server.base_url())
        .credentials(Credentials::temporary(AK, SK, SECURITY_TOKEN))
        .dry_run(true)
        .build()
        .expect("valid configuration");

    let delete = preview_of(
        client
            .delete_connection(connection_id())
            .await
            .expect_err("a dry run sends nothing"),
    );
    assert_eq!(delete.method, "DELETE");
    assert_eq!(
        delete.url,
        format!(
            "{}/v2.0/{PROJECT_ID}/datasource/enhanced-connections/{CONNECTION_ID}",
            server.base_url()
        )
    );
    let header = |name: &str| {
        delete
            .headers
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.clone())
    };
    let authorization = header("authorization").expect("signed");
    assert!(
        authorization.starts_with(&format!("SDK-HMAC-SHA256 Access={AK}, SignedHeaders="))
            && authorization.ends_with("Signature=<redacted>"),
        "{authorization}"
    );
    assert_eq!(header("x-security-token").as_deref(), Some("<redacted>"));
    assert_eq!(header("x-project-id").as_deref(), Some(PROJECT_ID));
    assert!(header("x-sdk-date").is_some());

    let create = preview_of(
        client
            .create_connection(
                types::CreateEnhancedConnectionRequest::builder()
                    .name("dry")
                    .dest_vpc_id("vpc-1")
                    .dest_network_id("subnet-1"),
            )
            .await
            .expect_err("a dry run sends nothing"),
    );
    assert_eq!(create.method, "POST");
    assert!(
        create
            .body
            .as_deref()
            .is_some_and(|body| body.contains("\"dry\""))
    );

    let shown = format!("{delete}\n{create}\n{delete:?}");
    for secret in [SK, SECURITY_TOKEN] {
        assert!(!shown.contains(secret), "a secret is shown: {shown}");
    }
    assert!(shown.starts_with("DELETE http://"), "{shown}");
    assert!(server.requests().is_empty(), "nothing may be sent");
}
