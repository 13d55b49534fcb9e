//! The setup of the library's examples, written once: the hidden lines of a doc example call
//! these, and what the example shows stays in view.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let (_fake, client) = dli_tests::examples::client().await?;
//! let id = dli_tests::examples::connection(&client, "orders").await?;
//! assert_eq!(client.connection(id).await?.name.as_deref(), Some("orders"));
//! # Ok(())
//! # }
//! ```

use std::error::Error;

use dli_client::{Client, ConnectionId, Credentials};
use dli_fake::{FakeConfig, FakeDli};

/// What an example's setup can fail with.
pub type Failed = Box<dyn Error>;

/// The key the examples' fake accepts.
const AK: &str = "AK";
/// Its secret.
const SK: &str = "SK";

/// A fake DLI whose connections are active at once, and a client of it: keep the fake for as
/// long as the client is used.
pub async fn client() -> Result<(FakeDli, Client), Failed> {
    client_of(FakeConfig::default().creating_for(Default::default())).await
}

/// A fake DLI as `config` sets it, accepting the examples' key, and a client of it.
pub async fn client_of(config: FakeConfig) -> Result<(FakeDli, Client), Failed> {
    let fake = FakeDli::start(config.with_key(AK, SK)).await?;
    let client = Client::builder()
        .endpoint(fake.base_url())
        .project_id("p")
        .credentials(Credentials::ak_sk(AK, SK))
        .build()?;
    Ok((fake, client))
}

/// Creates a connection called `name`, bound to the queue `etl_queue`, and gives its id.
pub async fn connection(client: &Client, name: &str) -> Result<ConnectionId, Failed> {
    let new = dli_client::types::CreateEnhancedConnectionRequest::builder()
        .name(name)
        .dest_vpc_id("vpc")
        .dest_network_id("subnet")
        .queues(vec!["etl_queue".to_owned()]);
    let id = client
        .create_connection(new)
        .await?
        .connection_id
        .ok_or("DLI gave no id")?;
    Ok(id.into())
}
