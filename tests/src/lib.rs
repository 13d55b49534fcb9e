//! Shared fixtures of the workspace's integration tests: the scripted loopback server, and
//! the project, ids, keys and client builders every area uses.
#![forbid(unsafe_code)]

pub mod fixtures;
mod recording;
pub mod traces;

/// The Rust examples of the workspace's README, compiled and run by `cargo test --doc`.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeExamples;

pub use recording::{RecordedRequest, RecordingServer, Reply};
