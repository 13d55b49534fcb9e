#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

// The generated code is private; its items are re-exported below.
#[rustfmt::skip]
#[allow(missing_docs, clippy::all, clippy::pedantic)]
mod generated;
mod hooks;
mod state;

pub use generated::*;
pub use state::ClientState;
