//! Project automation for the DLI client workspace.
//!
//! `openapi/dli.yaml` is the single source of truth. [`generate`] turns it into
//! `crates/dli-client/src/generated.rs`; [`spec`] checks that the document is one progenitor
//! accepts and that every example in it is valid. The binary (`cargo xtask`) drives both, and
//! the tests in this crate make a plain `cargo test --workspace` fail when either is broken.

pub mod generate;
pub mod spec;

use std::path::{Path, PathBuf};

/// The root of the workspace, found from this crate's own location.
pub fn project_root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir.parent().unwrap_or(manifest_dir).to_path_buf()
}
