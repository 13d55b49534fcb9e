//! The generated client against a real HTTP server on loopback.

use dli_client::types::{DeleteEnhancedConnectionResponse, DliError};
use dli_client::{Client, Credentials, Environment, GeneratedError as Error, RetryPolicy};
use dli_tests::{RecordingServer, Reply};

const PROJECT_ID: &str = "48cc2c48765d4f5a9a3a8d2b4d6e7f01";
const CONNECTION_ID: &str = "2a620c33-5609-40c9-affd-2b6453071b0f";

fn client(server: &RecordingServer) -> Client {
    Client::builder()
        .environment(Environment::from_pairs([]))
        .endpoint(server.base_url())
        .project_id(PROJECT_ID)
        .credentials(Credentials::ak_sk("HPUAXHHSRJXBVZUUZEHW", "secret"))
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("valid configuration")
}

#[tokio::test]
async fn delete_sends_the_documented_request_and_parses_the_reply() {
    let server =
        RecordingServer::start([
            Reply::json(200, r#"{"is_success": true, "message": "Deleted"}"#)
                .header("x-request-id", "4d6bbd7a1f2c4e0b9a8e7c6d5b4a3f21"),
        ])
        .await
        .expect("start the server");

    let response = client(&server)
        .delete_enhanced_connection()
        .project_id(PROJECT_ID)
        .connection_id(CONNECTION_ID)
        .send()
        .await
        .expect("delete succeeds");

    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers().get("x-request-id").map(|v| v.as_bytes()),
        Some(&b"4d6bbd7a1f2c4e0b9a8e7c6d5b4a3f21"[..])
    );
    assert_eq!(
        response.into_inner(),
        DeleteEnhancedConnectionResponse {
            is_success: true,
            message: Some("Deleted".into()),
        }
    );

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(request.method, "DELETE");
    assert_eq!(
        request.path,
        format!("/v2.0/{PROJECT_ID}/datasource/enhanced-connections/{CONNECTION_ID}")
    );
    assert_eq!(request.query, None);
    assert!(request.body.is_empty());
    assert_eq!(request.header("host"), Some(server.authority().as_str()));
    assert_eq!(request.header("accept"), Some("application/json"));
    assert_eq!(
        request.header("api-version"),
        None,
        "DLI does not define api-version"
    );
    // The exact request, with what changes from run to run (port, date, signature) redacted.
    let host = server.authority();
    let shown: Vec<(String, String)> = request
        .headers
        .iter()
        .map(|(name, value)| {
            let value = match name.as_str() {
                "x-sdk-date" => "<YYYYMMDDTHHMMSSZ>".to_owned(),
                "authorization" => match value.rsplit_once("Signature=") {
                    Some((head, _)) => format!("{head}Signature=<hex>"),
                    None => value.clone(),
                },
                "user-agent" => value.replace(dli_client::USER_AGENT, "dli-client/<version>"),
                _ => value.replace(&host, "127.0.0.1:<port>"),
            };
            (name.clone(), value)
        })
        .collect();
    insta::assert_yaml_snapshot!(
        "delete_request_on_the_wire",
        (&request.method, &request.path, shown)
    );
}

#[tokio::test]
async fn a_dli_error_is_parsed_into_the_error_type() {
    let body = format!(
        r#"{{"error_code": "DLI.0001", "error_msg": "Connection {CONNECTION_ID} is not exist"}}"#
    );
    let server = RecordingServer::start([Reply::json(400, body)])
        .await
        .expect("start the server");

    let error = client(&server)
        .delete_enhanced_connection()
        .project_id(PROJECT_ID)
        .connection_id(CONNECTION_ID)
        .send()
        .await
        .expect_err("a 400 is an error");

    let Error::ErrorResponse(response) = error else {
        panic!("expected a documented error response, got {error:?}");
    };
    assert_eq!(response.status(), 400);
    assert_eq!(
        response.into_inner(),
        DliError {
            error_code: Some("DLI.0001".into()),
            error_msg: Some(format!("Connection {CONNECTION_ID} is not exist")),
            request_id: None,
            encoded_authorization_message: None,
        }
    );
}

#[tokio::test]
async fn an_invalid_project_id_is_refused_before_sending() {
    let server = RecordingServer::start([Reply::json(200, "{}")])
        .await
        .expect("start the server");
    for bad in ["", "a/b", "a?b", "a#b", "a%2Fb"] {
        let error = client(&server)
            .delete_enhanced_connection()
            .project_id(bad)
            .connection_id(CONNECTION_ID)
            .send()
            .await
            .expect_err("an invalid project id is refused");
        assert!(
            matches!(&error, Error::InvalidRequest(message) if message.contains("project_id")),
            "{bad:?}: {error:?}"
        );
    }
    assert!(server.requests().is_empty(), "nothing may be sent");
}
