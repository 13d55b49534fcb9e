//! Desired state for DLI enhanced connections and datasource authentications, with no state
//! file: each is known by its name.
//!
//! - [`mod@file`] reads the TOML file that says what should exist into a [`Desired`].
//! - [`rules`] are DLI's limits on each value, as pure checks.
//! - [`observed`] is what exists, as the planner reads it.
//! - [`observe()`] reads what exists: one List walk, then tags and privileges; a failed
//!   read fails it.
//! - [`plan()`] is a pure function of the two: the changes, in order, each with its reason.
//! - [`export()`] writes the file for what exists, to adopt it.
//! - [`SavedPlan`] is the plan as versioned JSON, with what it observed.
//! - [`apply()`] makes them through the client, connections concurrently, each
//!   connection's changes in order, waiting for every peering.

pub mod apply;
pub mod desired;
pub mod export;
pub mod file;
pub mod observe;
pub mod observed;
pub mod plan;
pub mod rules;
pub mod saved;
pub mod secrets;

pub use apply::{ApplyOptions, ApplyReport, ApplyStop, Blocked, Event, apply, check_secrets};
pub use desired::{
    DEFAULT_STACK, Desired, DesiredAuth, DesiredConnection, LEGACY_MARKER, MARKER_KEY, Owner,
    PROTECT_KEY, marker,
};
pub use export::{ExportError, Exported, Header, export, placeholder};
pub use file::{FileError, FileErrors, parse};
pub use observe::{ObserveError, observe};
pub use observed::{Observed, ObservedAuth, ObservedConnection, Peering, Reach, Read};
pub use plan::{
    Action, AuthChange, AuthPlan, AuthStep, Change, ConnectionPlan, Diff, Field, Plan, PlanError,
    PlanOptions, Step, Summary, plan,
};
pub use saved::{SavedPlan, SavedPlanError};
pub use secrets::SecretRef;
