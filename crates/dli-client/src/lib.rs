#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

// The generated code is private; its items are re-exported below.
#[rustfmt::skip]
#[allow(missing_docs, clippy::all, clippy::pedantic)]
mod generated;

mod config;
mod credentials;
mod endpoint;
mod env;
mod error;
mod hooks;
mod operations;
mod retry;
mod state;
mod transport;

pub use config::{ClientBuilder, Timeouts, USER_AGENT};
pub use credentials::{Credentials, Secret};
pub use endpoint::{REGIONS, region_endpoint, region_override_variable};
pub use env::Environment;
pub use error::{ApiError, ConfigError, Error, TimeoutKind};
pub use generated::*;
/// The error type of the generated builders' `send()`, for code that uses them directly;
/// [`Client::delete_connection`] returns the richer [`Error`].
pub use progenitor_client::Error as GeneratedError;
pub use retry::RetryPolicy;
pub use state::ClientState;
