//! Project automation for the DLI client workspace.
//!
//! `openapi/dli.yaml` is the single source of truth. [`generate`] turns it into
//! `crates/dli-client/src/generated.rs`; `dli_spec` checks that the document is one
//! progenitor accepts and that every example in it is valid. The binary (`cargo xtask`)
//! drives both, and the tests in this crate make a plain `cargo test --workspace` fail when
//! the generated code is stale.

pub mod bench;
pub mod fuzz;
pub mod generate;
pub mod man;
pub mod public_api;

pub use dli_spec::project_root;
