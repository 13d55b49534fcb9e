//! What every request of a [`Client`](crate::Client) shares besides the HTTP client.

/// The state the generated client hands to its hooks (see [`crate::hooks`]): how requests
/// are authenticated and sent.
#[derive(Clone, Debug, Default)]
pub struct ClientState {}
