//! Shared fixtures of the workspace's integration tests: the scripted loopback server, and
//! the project, ids, keys and client builders every area uses.
#![forbid(unsafe_code)]

pub mod fixtures;
mod recording;
pub mod traces;

pub use recording::{RecordedRequest, RecordingServer, Reply};
