//! The options of the group's commands around a connection: binding, routes, privileges,
//! tags and connectivity tests.

use std::time::Duration;

use clap::{Args, Subcommand, ValueEnum};
use dli_client::ConnectionId;

use super::{parse_cidr, parse_pair};

/// `dli queue test-connection QUEUE ADDRESS`.
#[derive(Debug, Args)]
pub struct TestConnectionArgs {
    /// The queue (or elastic resource pool queue) to test from.
    pub queue: String,
    /// The address, HOST:PORT or IP:PORT.
    pub address: String,
    /// How long to wait for the result.
    #[arg(long, default_value = "2m", value_name = "DURATION", value_parser = humantime::parse_duration)]
    pub timeout: Duration,
    /// text or json.
    #[arg(long, short, value_enum, default_value_t = TextOutput::Text)]
    pub output: TextOutput,
}

/// How the result of a change is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TextOutput {
    /// A line of text (a table for lists).
    Text,
    /// DLI's answer as JSON.
    Json,
}

/// A command that takes one connection.
#[derive(Debug, Args)]
pub struct IdArgs {
    /// The connection's id (a UUID).
    pub id: ConnectionId,
    /// text or json.
    #[arg(long, short, value_enum, default_value_t = TextOutput::Text)]
    pub output: TextOutput,
}

/// `dli connection bind|unbind ID --pool P… --queue Q… [--wait [DURATION]]`.
#[derive(Debug, Args)]
pub struct PeersArgs {
    /// The connection's id; `-` reads ids from stdin, one a line, and changes each.
    pub id: String,
    /// An elastic resource pool (repeat for more).
    #[arg(long = "pool", value_name = "POOL")]
    pub pools: Vec<String>,
    /// A queue (repeat for more).
    #[arg(long = "queue", value_name = "QUEUE")]
    pub queues: Vec<String>,
    /// Wait until every peering is ACTIVE (bind) or gone (unbind); default at most 10m.
    #[arg(long, value_name = "DURATION", num_args = 0..=1, default_missing_value = "10m",
          value_parser = humantime::parse_duration)]
    pub wait: Option<Duration>,
    /// text or json.
    #[arg(long, short, value_enum, default_value_t = TextOutput::Text)]
    pub output: TextOutput,
    /// How fast.
    #[command(flatten)]
    pub pace: super::Pace,
}

/// The route commands.
#[derive(Debug, Subcommand)]
pub enum RouteCommand {
    /// Add a route.
    Add(RouteAddArgs),
    /// Delete a route by name.
    Delete(RouteDeleteArgs),
    /// List a connection's routes.
    List(IdArgs),
}

/// `dli connection route add ID --name N --cidr C`.
#[derive(Debug, Args)]
pub struct RouteAddArgs {
    /// The connection's id (a UUID).
    pub id: ConnectionId,
    /// The route's name, unique within the connection.
    #[arg(long)]
    pub name: String,
    /// The IPv4 network, such as 192.168.0.0/24.
    #[arg(long, value_parser = parse_cidr)]
    pub cidr: String,
    /// text or json.
    #[arg(long, short, value_enum, default_value_t = TextOutput::Text)]
    pub output: TextOutput,
}

/// `dli connection route delete ID NAME`.
#[derive(Debug, Args)]
pub struct RouteDeleteArgs {
    /// The connection's id (a UUID).
    pub id: ConnectionId,
    /// The route's name.
    pub name: String,
    /// text or json.
    #[arg(long, short, value_enum, default_value_t = TextOutput::Text)]
    pub output: TextOutput,
}

/// `dli connection grant|revoke ID --project P…`.
#[derive(Debug, Args)]
pub struct GrantArgs {
    /// The connection's id; `-` reads ids from stdin, one a line, and changes each.
    pub id: String,
    /// A grantee project id (repeat for more).
    #[arg(long = "project", value_name = "PROJECT", required = true)]
    pub projects: Vec<String>,
    /// text or json.
    #[arg(long, short, value_enum, default_value_t = TextOutput::Text)]
    pub output: TextOutput,
    /// How fast.
    #[command(flatten)]
    pub pace: super::Pace,
}

/// `dli connection tag ID KEY=VALUE…`.
#[derive(Debug, Args)]
pub struct TagArgs {
    /// The connection's id; `-` reads ids from stdin, one a line, and changes each.
    pub id: String,
    /// The tags, KEY=VALUE.
    #[arg(required = true, value_name = "KEY=VALUE", value_parser = parse_pair)]
    pub tags: Vec<(String, String)>,
    /// text or json.
    #[arg(long, short, value_enum, default_value_t = TextOutput::Text)]
    pub output: TextOutput,
    /// How fast.
    #[command(flatten)]
    pub pace: super::Pace,
}

/// `dli connection untag ID KEY…`.
#[derive(Debug, Args)]
pub struct UntagArgs {
    /// The connection's id; `-` reads ids from stdin, one a line, and changes each.
    pub id: String,
    /// The keys of the tags to remove.
    #[arg(required = true, value_name = "KEY")]
    pub keys: Vec<String>,
    /// text or json.
    #[arg(long, short, value_enum, default_value_t = TextOutput::Text)]
    pub output: TextOutput,
    /// How fast.
    #[command(flatten)]
    pub pace: super::Pace,
}
