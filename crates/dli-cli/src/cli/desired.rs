//! `dli plan`, `dli apply`, `dli export` and `dli schema`: desired state from a file.

use std::num::NonZeroUsize;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, ValueEnum};

use super::{Global, Pace};

/// How a plan, or an apply's progress, is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PlanOutput {
    /// For people: a sign per connection and field (+ create, ~ update, - delete, -/+
    /// replace), with the reason.
    Text,
    /// For programs: the plan as versioned JSON (docs/desired-state.md); apply prints one
    /// event a line.
    Json,
}

/// `dli plan`.
#[derive(Debug, Args)]
pub struct PlanArgs {
    /// Where and as whom to call DLI.
    #[command(flatten)]
    pub global: Global,
    /// The desired-state file (TOML; `dli schema` describes it); `-` reads standard input.
    #[arg(short = 'f', long = "file", value_name = "FILE")]
    pub file: PathBuf,
    /// text or json.
    #[arg(short, long, value_enum, default_value_t = PlanOutput::Text)]
    pub output: PlanOutput,
    /// Also write the plan as JSON, for `dli apply PLAN`.
    #[arg(long, value_name = "PLAN")]
    pub out: Option<PathBuf>,
    /// Plan only this connection of the file (repeatable); not with --prune, which plans
    /// the whole stack.
    #[arg(long = "target", value_name = "NAME", conflicts_with = "prune")]
    pub targets: Vec<String>,
    /// Exit 0 when nothing would change, 2 when something would, 1 on an error or a
    /// blocked plan.
    #[arg(long)]
    pub detailed_exitcode: bool,
    /// Delete the connections of the file's stack that it no longer names (the file must
    /// say stack = "NAME").
    #[arg(long)]
    pub prune: bool,
    /// Allow replacing a connection whose vpc or subnet changed (it is deleted, then
    /// created again with what the file leaves out carried over).
    #[arg(long)]
    pub allow_replace: bool,
    /// Send the passwords of this datasource authentication again (repeatable): DLI never
    /// returns a password, so no plan can see one change.
    #[arg(long, value_name = "NAME")]
    pub rotate: Vec<String>,
    /// How fast the reads go.
    #[command(flatten)]
    pub pace: Pace,
}

/// `dli apply`.
#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// Where and as whom to call DLI.
    #[command(flatten)]
    pub global: Global,
    /// The desired-state file to plan and apply; `-` reads standard input.
    #[arg(
        short = 'f',
        long = "file",
        value_name = "FILE",
        conflicts_with = "plan"
    )]
    pub file: Option<PathBuf>,
    /// A plan saved by `dli plan --out`: planned again from its file and a fresh read, and
    /// refused unless that gives the same changes (an edited or stale plan).
    #[arg(value_name = "PLAN", required_unless_present = "file")]
    pub plan: Option<PathBuf>,
    /// Apply only to this connection of the file (repeatable); not with --prune, nor with a
    /// saved PLAN (it keeps the targets it was made with).
    #[arg(
        long = "target",
        value_name = "NAME",
        conflicts_with_all = ["prune", "plan"]
    )]
    pub targets: Vec<String>,
    /// Apply without asking. Without a terminal to ask on, it is required.
    #[arg(long)]
    pub yes: bool,
    /// Allow replacing a connection whose vpc or subnet changed.
    #[arg(long)]
    pub allow_replace: bool,
    /// Send the passwords of this datasource authentication again (repeatable), read from
    /// the environment or the files the file names.
    #[arg(long, value_name = "NAME")]
    pub rotate: Vec<String>,
    /// Delete the connections of the file's stack that it no longer names.
    #[arg(long)]
    pub prune: bool,
    /// How long to wait for each peering, or for a connection to become deletable.
    #[arg(long, value_name = "DURATION", default_value = "10m", value_parser = humantime::parse_duration)]
    pub wait: Duration,
    /// How many connections change at once. Without it, every connection of the plan
    /// starts at once and the pacer alone keeps the calls under the gateway's limit: a
    /// connection waiting for its peering costs the gateway nothing.
    #[arg(long, value_name = "N")]
    pub concurrency: Option<NonZeroUsize>,
    /// text (a progress bar on a terminal, then a summary) or json (one event a line, then
    /// the summary).
    #[arg(short, long, value_enum, default_value_t = PlanOutput::Text)]
    pub output: PlanOutput,
    /// How fast the calls go.
    #[command(flatten)]
    pub pace: Pace,
}

/// `dli export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Where and as whom to call DLI.
    #[command(flatten)]
    pub global: Global,
    /// Only connections whose names start with one of these.
    #[arg(long = "name", value_name = "PREFIX", num_args = 1..)]
    pub names: Vec<String>,
    /// Write the file here instead of to stdout; an existing file is kept unless --force.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Overwrite the file of -o.
    #[arg(long, requires = "output")]
    pub force: bool,
    /// The stack the file is for: it says stack = "NAME", and leaves out what other stacks
    /// own.
    #[arg(long, value_name = "NAME")]
    pub stack: Option<String>,
    /// How fast the reads go.
    #[command(flatten)]
    pub pace: Pace,
}

/// `dli show`.
#[derive(Debug, Args)]
pub struct ShowPlanArgs {
    /// A plan saved by `dli plan --out`.
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,
    /// text or json.
    #[arg(short, long, value_enum, default_value_t = PlanOutput::Text)]
    pub output: PlanOutput,
}
