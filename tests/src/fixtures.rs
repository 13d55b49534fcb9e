//! The values and builders tests share, so that each test says only what is special about it.

use std::time::Duration;

use dli_client::{Client, ClientBuilder, Credentials, Environment, RetryPolicy};
use dli_fake::{FakeConfig, FakeDli, NewConnection};

/// The project every test works in.
pub const PROJECT_ID: &str = "48cc2c48765d4f5a9a3a8d2b4d6e7f01";
/// A connection id, the one of the document's examples.
pub const CONNECTION_ID: &str = "2a620c33-5609-40c9-affd-2b6453071b0f";

/// [`CONNECTION_ID`], parsed.
pub fn connection_id() -> dli_client::ConnectionId {
    CONNECTION_ID.parse().expect("a valid connection id")
}
/// An access key.
pub const AK: &str = "HPUAXHHSRJXBVZUUZEHW";
/// Its secret key.
pub const SK: &str = "Kq8vtE2Yp0ZUxHU2cR7kBd4vCAbnW9c3fJhQ6sLm";
/// A temporary access key.
pub const TEMP_AK: &str = "FAKETEMPORARYKEY";
/// Its secret key.
pub const TEMP_SK: &str = "fake-temporary-secret";
/// Its security token.
pub const SECURITY_TOKEN: &str = "gQpjbi1ub3J0aC00hD4EMIIBhQYJKoZIhvcNAQcDoIIBdjCCAXICAQAxggE0";
/// An IAM token.
pub const IAM_TOKEN: &str = "fake-iam-token";
/// The success body of the delete operation, as the API reference shows it.
pub const DELETED: &str = r#"{"is_success": true, "message": "Deleted"}"#;

/// A builder for a client of `endpoint` with the shared keys, an empty environment and fast
/// retries (1 ms base, 5 ms throttling delay).
pub fn builder(endpoint: &str) -> ClientBuilder {
    Client::builder()
        .environment(Environment::from_pairs([]))
        .endpoint(endpoint)
        .project_id(PROJECT_ID)
        .credentials(Credentials::ak_sk(AK, SK))
        .retry_policy(fast_retries())
}

/// Retries that wait next to nothing.
pub fn fast_retries() -> RetryPolicy {
    RetryPolicy::default()
        .base_delay(Duration::from_millis(1))
        .throttle_delay(Duration::from_millis(5))
}

/// A client of `endpoint` with the shared keys.
pub fn client(endpoint: &str) -> Client {
    builder(endpoint).build().expect("a valid configuration")
}

/// What the fake accepts: the shared permanent and temporary keys and the IAM token; new
/// connections are ready at once.
pub fn fake_config() -> FakeConfig {
    FakeConfig::default()
        .with_key(AK, SK)
        .with_temporary_key(TEMP_AK, TEMP_SK, SECURITY_TOKEN)
        .with_token(IAM_TOKEN)
        .creating_for(Duration::ZERO)
}

/// Starts a fake.
pub async fn start_fake(config: FakeConfig) -> FakeDli {
    FakeDli::start(config).await.expect("start the fake")
}

/// A connection to store in the fake directly.
pub fn new_connection(name: &str) -> NewConnection {
    NewConnection {
        name: name.to_owned(),
        dest_vpc_id: "vpc-1".to_owned(),
        dest_network_id: "subnet-1".to_owned(),
        ..NewConnection::default()
    }
}

/// The collection path of the API for a project.
pub fn connections_path(project: &str) -> String {
    format!("/v2.0/{project}/datasource/enhanced-connections")
}

/// The path of one connection.
pub fn connection_path(project: &str, id: &str) -> String {
    format!("/v2.0/{project}/datasource/enhanced-connections/{id}")
}
