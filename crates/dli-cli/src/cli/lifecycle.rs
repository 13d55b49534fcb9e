//! The options of a connection's lifecycle commands: list, show, create, delete and host
//! entries.

use std::num::NonZeroUsize;
use std::time::Duration;

use clap::{Args, Subcommand, ValueEnum};
use dli_client::ConnectionId;

use super::{parse_host, parse_pair, parse_route};

/// `dli connection hosts ID`, or one of its subcommands.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct HostsArgs {
    /// The connection whose host entries to show (a UUID).
    #[arg(required = true)]
    pub id: Option<ConnectionId>,
    /// table (NAME and IP) or json.
    #[arg(long, short, value_enum, default_value_t = ShowOutput::Table)]
    pub output: ShowOutput,
    /// Change the host entries instead.
    #[command(subcommand)]
    pub command: Option<HostsCommand>,
}

/// The changes to host entries.
#[derive(Debug, Subcommand)]
pub enum HostsCommand {
    /// Replace every host entry with those given (at least one; `clear` removes them all).
    Set(HostsChangeArgs),
    /// Add host entries, replacing those of the same name; read, change, write: not atomic.
    Add(HostsChangeArgs),
    /// Remove the host entries with these names; read, change, write: not atomic.
    Remove(HostsRemoveArgs),
    /// Remove every host entry.
    Clear(HostsClearArgs),
}

/// `dli connection hosts clear ID`.
#[derive(Debug, Args)]
pub struct HostsClearArgs {
    /// The connection's id (a UUID).
    pub id: ConnectionId,
}

/// `dli connection hosts set|add ID --host NAME=IP… [-]`.
#[derive(Debug, Args)]
pub struct HostsChangeArgs {
    /// The connection's id (a UUID).
    pub id: ConnectionId,
    /// `-`: also read entries from stdin, `IP NAME [ALIAS…]` lines as in /etc/hosts (blank
    /// lines and # comments skipped).
    #[arg(value_name = "-")]
    pub stdin: Option<String>,
    /// A host entry, NAME=IP (repeat for more).
    #[arg(long = "host", value_name = "NAME=IP", value_parser = parse_host)]
    pub hosts: Vec<(String, String)>,
}

/// `dli connection hosts remove ID NAME…`.
#[derive(Debug, Args)]
pub struct HostsRemoveArgs {
    /// The connection's id (a UUID).
    pub id: ConnectionId,
    /// The host names to remove.
    #[arg(required = true, value_name = "NAME")]
    pub names: Vec<String>,
}

/// `dli connection list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only connections with this status, such as ACTIVE or DELETED (any case).
    #[arg(long)]
    pub status: Option<String>,
    /// Only connections whose name contains this.
    #[arg(long)]
    pub name: Option<String>,
    /// table, json (one array), or ids (one a line, to pipe into `delete -`).
    #[arg(long, short, value_enum, default_value_t = ListOutput::Table)]
    pub output: ListOutput,
}

/// How a list is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListOutput {
    /// A table.
    Table,
    /// A JSON array of connections.
    Json,
    /// One id a line.
    Ids,
}

/// `dli connection show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The connection's id (a UUID).
    pub id: ConnectionId,
    /// table or json.
    #[arg(long, short, value_enum, default_value_t = ShowOutput::Table)]
    pub output: ShowOutput,
}

/// How one connection is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowOutput {
    /// Fields and a table of peerings.
    Table,
    /// The connection as JSON.
    Json,
}

/// `dli connection create`.
#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The name: letters, digits and _, at most 64.
    #[arg(long)]
    pub name: String,
    /// The id of the VPC to peer with.
    #[arg(long, value_name = "ID")]
    pub vpc: String,
    /// The id of the subnet to peer with.
    #[arg(long, value_name = "ID")]
    pub subnet: String,
    /// A queue to peer (repeat for more).
    #[arg(long = "queue", value_name = "QUEUE")]
    pub queues: Vec<String>,
    /// An elastic resource pool to peer (repeat for more).
    #[arg(long = "pool", value_name = "POOL")]
    pub pools: Vec<String>,
    /// A host entry, NAME=IP (repeat for more).
    #[arg(long = "host", value_name = "NAME=IP", value_parser = parse_host)]
    pub hosts: Vec<(String, String)>,
    /// A tag, KEY=VALUE (repeat for more).
    #[arg(long = "tag", value_name = "KEY=VALUE", value_parser = parse_pair)]
    pub tags: Vec<(String, String)>,
    /// A route to add once created, NAME=CIDR such as net=192.168.0.0/24 (repeat for more).
    #[arg(long = "route", value_name = "NAME=CIDR", value_parser = parse_route)]
    pub routes: Vec<(String, String)>,
    /// Wait until the connection and every peering are ready (default at most 10m); a
    /// FAILED peering fails the command with DLI's reason.
    #[arg(long, value_name = "DURATION", num_args = 0..=1, default_missing_value = "10m",
          value_parser = humantime::parse_duration)]
    pub wait: Option<Duration>,
    /// id (the new id alone) or json (DLI's answer).
    #[arg(long, short, value_enum, default_value_t = CreateOutput::Id)]
    pub output: CreateOutput,
}

/// How a creation is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CreateOutput {
    /// The new id.
    Id,
    /// DLI's answer as JSON.
    Json,
}

/// `dli connection delete`.
#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// The ids to delete; `-` reads them from stdin, one a line (blank lines and # comments
    /// are skipped).
    #[arg(required = true, value_name = "ID")]
    pub ids: Vec<String>,
    /// Wait for a connection still being created, then delete it (default at most 10m).
    #[arg(long, value_name = "DURATION", num_args = 0..=1, default_missing_value = "10m",
          value_parser = humantime::parse_duration)]
    pub wait: Option<Duration>,
    /// Count a connection that does not exist as done.
    #[arg(long)]
    pub ignore_missing: bool,
    /// How many deletes run at once.
    #[arg(long, default_value = "8", value_name = "N")]
    pub concurrency: NonZeroUsize,
    /// How fast.
    #[command(flatten)]
    pub pace: super::Pace,
    /// text (one line an id) or json (one object a line).
    #[arg(long, short, value_enum, default_value_t = DeleteOutput::Text)]
    pub output: DeleteOutput,
}

/// How delete results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DeleteOutput {
    /// One line an id.
    Text,
    /// One JSON object a line.
    Json,
}
