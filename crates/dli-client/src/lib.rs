#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

// The generated code is private: the client is reached through `Client`, its bodies
// through `types`.
#[rustfmt::skip]
#[allow(missing_docs, unused, clippy::all, clippy::pedantic)]
mod generated;

mod auth;
mod bulk;
mod call;
mod call_record;
pub mod catalog;
mod client;
mod config;
mod connection_id;
mod credentials;
mod endpoint;
mod env;
mod error;
#[cfg(fuzzing)]
pub mod fuzzing;
mod hooks;
pub mod network;
mod operations;
mod pacing;
mod password;
mod preview;
mod profile;
mod regions;
mod response;
mod retry;
mod settings;
mod transport;

pub use auth::SDK_USER_AGENT;
pub use bulk::{Bulk, BulkOutcome, BulkStop, Stopped};
pub use client::Client;
pub use config::ClientBuilder;
pub use connection_id::{ConnectionId, InvalidConnectionId};
pub use credentials::{Credentials, Secret, SecretKey};
pub use env::Environment;
pub use error::{ApiError, Cause, ConfigError, Error, SigningError, TimeoutKind};
pub use operations::{
    AuthField, AuthValues, BIND_QUEUE, ConnectionList, Connectivity, Peers, auth_fields,
    auth_info_name, check_auth_fields, check_auth_fields_as, check_host_name, failed_peerings,
};
pub use pacing::RateLimit;
pub use password::Password;
pub use preview::RequestPreview;
pub use regions::{REGIONS, region_endpoint, region_override_variable};
/// The HTTP library whose status codes, headers and errors appear in this crate's API.
pub use reqwest;
pub use response::{Response, Settled};
pub use retry::RetryPolicy;
pub use settings::Timeouts;

/// The request and response bodies of the API, generated from `openapi/dli.yaml`, with a
/// builder for each (`types::CreateEnhancedConnectionRequest::builder()`).
pub mod types {
    pub use crate::generated::types::*;
}
