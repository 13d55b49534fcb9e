//! Desired state for DLI enhanced connections, with no state file: a connection is known by
//! its name.
//!
//! - [`file`] reads the TOML file that says what should exist into a [`Desired`].
//! - [`rules`] are DLI's limits on each value, as pure checks.

pub mod desired;
pub mod file;
pub mod rules;

pub use desired::{Desired, DesiredConnection, MANAGED_TAG};
pub use file::{FileError, parse};
