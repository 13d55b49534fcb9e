//! Shared fixtures of the workspace's integration tests: the scripted loopback server, and
//! the project, ids, keys and client builders every area uses.
#![forbid(unsafe_code)]

pub mod examples;
pub mod fixtures;
mod recording;
pub mod traces;

/// The Rust examples of the workspace's README, compiled and run by `cargo test --doc`.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeExamples;

/// The Rust examples of the library's guide, compiled and run by `cargo test --doc`.
#[cfg(doctest)]
#[doc = include_str!("../../docs/library.md")]
pub struct LibraryGuideExamples;

/// The Rust examples of the fake's guide, compiled and run by `cargo test --doc`.
#[cfg(doctest)]
#[doc = include_str!("../../docs/fake.md")]
pub struct FakeGuideExamples;

pub use recording::{RecordedRequest, RecordingServer, Reply};
