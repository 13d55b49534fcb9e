//! The command line, as clap reads it.

use std::num::NonZeroUsize;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// What the exit codes mean; shown in `--help`.
const EXIT_CODES: &str = "\
Exit codes:
  0    everything asked for was done
  1    at least one connection failed (each failure is reported)
  2    usage or configuration error; nothing was sent
  130  interrupted: no new request was started after Ctrl-C

Credentials come from HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (and
HUAWEICLOUD_SDK_SECURITY_TOKEN for temporary keys), else from the [basic] section of
HUAWEICLOUD_SDK_CREDENTIALS_FILE or ~/.huaweicloud/credentials; the project id from
--project-id, HUAWEICLOUD_SDK_PROJECT_ID or the same file.";

/// Manage DLI enhanced datasource connections.
#[derive(Debug, Parser)]
#[command(name = "dli", version, after_help = EXIT_CODES)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command that calls DLI takes, before or after its subcommand's name.
#[derive(Debug, Args)]
pub struct Global {
    /// The region, such as cn-north-4.
    #[arg(long, global = true, value_name = "REGION")]
    pub region: Option<String>,
    /// An explicit endpoint, such as https://dli.cn-north-4.myhuaweicloud.com (wins over
    /// --region).
    #[arg(long, global = true, value_name = "URL")]
    pub endpoint: Option<String>,
    /// The project id (else HUAWEICLOUD_SDK_PROJECT_ID or the profile file).
    #[arg(long, global = true, value_name = "ID")]
    pub project_id: Option<String>,
    /// Log what the client does on stderr (-v calls, -vv attempts, -vvv everything);
    /// RUST_LOG takes a full filter. Secrets are never logged.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List, show, create and delete enhanced connections.
    Connection(Connection),
    /// Print a completion script for a shell.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Test what a queue reaches.
    Queue(Queue),
    /// Run a fake DLI on this machine.
    #[command(subcommand)]
    Fake(FakeCommand),
    /// Show the whole lifecycle against an embedded fake DLI: no account, no setup.
    Demo,
}

/// `dli connection`: where and as whom to call DLI, and what to do.
#[derive(Debug, Args)]
pub struct Connection {
    /// Where and as whom to call DLI.
    #[command(flatten)]
    pub global: Global,
    /// What to do.
    #[command(subcommand)]
    pub command: ConnectionCommand,
}

/// The connection commands.
#[derive(Debug, Subcommand)]
pub enum ConnectionCommand {
    /// List connections, every page.
    List(ListArgs),
    /// Show one connection and its peerings.
    Show(ShowArgs),
    /// Create a connection.
    Create(CreateArgs),
    /// Delete connections, many at once.
    Delete(DeleteArgs),
    /// Show, set, add or remove a connection's host entries.
    Hosts(HostsArgs),
    /// Bind elastic resource pools or queues, and wait for their peerings.
    Bind(PeersArgs),
    /// Unbind elastic resource pools or queues, and wait until they are gone.
    Unbind(PeersArgs),
    /// Add, delete or list a connection's routes.
    #[command(subcommand)]
    Route(RouteCommand),
    /// Show which projects may bind queues to a connection.
    Privileges(IdArgs),
    /// Let other projects bind their queues to a connection (BIND_QUEUE).
    Grant(GrantArgs),
    /// Take BIND_QUEUE on a connection back from other projects.
    Revoke(GrantArgs),
    /// Add tags to a connection (20 a call; more are split).
    Tag(TagArgs),
    /// Remove tags from a connection by key.
    Untag(UntagArgs),
    /// Show a connection's tags.
    Tags(IdArgs),
}

/// `dli queue`: where and as whom to call DLI, and what to do.
#[derive(Debug, Args)]
pub struct Queue {
    /// Where and as whom to call DLI.
    #[command(flatten)]
    pub global: Global,
    /// What to do.
    #[command(subcommand)]
    pub command: QueueCommand,
}

/// The queue commands.
#[derive(Debug, Subcommand)]
pub enum QueueCommand {
    /// Test whether a queue reaches HOST:PORT; exit 0 when it does, 1 when not.
    TestConnection(TestConnectionArgs),
}

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
    /// Print the request that would be sent, signed, secrets redacted; send nothing.
    #[arg(long)]
    pub dry_run: bool,
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
    /// The connection's id.
    pub id: String,
    /// text or json.
    #[arg(long, short, value_enum, default_value_t = TextOutput::Text)]
    pub output: TextOutput,
    /// Print the request that would be sent, signed, secrets redacted; send nothing.
    #[arg(long)]
    pub dry_run: bool,
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
    /// Print each request that would be sent, signed, secrets redacted; send nothing.
    #[arg(long)]
    pub dry_run: bool,
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
    /// The connection's id.
    pub id: String,
    /// The route's name, unique within the connection.
    #[arg(long)]
    pub name: String,
    /// The IPv4 network, such as 192.168.0.0/24.
    #[arg(long, value_parser = parse_cidr)]
    pub cidr: String,
    /// text or json.
    #[arg(long, short, value_enum, default_value_t = TextOutput::Text)]
    pub output: TextOutput,
    /// Print each request that would be sent, signed, secrets redacted; send nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// `dli connection route delete ID NAME`.
#[derive(Debug, Args)]
pub struct RouteDeleteArgs {
    /// The connection's id.
    pub id: String,
    /// The route's name.
    pub name: String,
    /// text or json.
    #[arg(long, short, value_enum, default_value_t = TextOutput::Text)]
    pub output: TextOutput,
    /// Print each request that would be sent, signed, secrets redacted; send nothing.
    #[arg(long)]
    pub dry_run: bool,
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
    /// Print each request that would be sent, signed, secrets redacted; send nothing.
    #[arg(long)]
    pub dry_run: bool,
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
    /// Print each request that would be sent, signed, secrets redacted; send nothing.
    #[arg(long)]
    pub dry_run: bool,
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
    /// Print each request that would be sent, signed, secrets redacted; send nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// `dli connection hosts ID`, or one of its subcommands.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct HostsArgs {
    /// The connection whose host entries to show.
    #[arg(required = true)]
    pub id: Option<String>,
    /// table (NAME and IP) or json.
    #[arg(long, short, value_enum, default_value_t = ShowOutput::Table)]
    pub output: ShowOutput,
    /// Change the host entries instead.
    #[command(subcommand)]
    pub command: Option<HostsCommand>,
    /// Print the request that would be sent, signed, secrets redacted; send nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// The changes to host entries.
#[derive(Debug, Subcommand)]
pub enum HostsCommand {
    /// Replace every host entry (none given: clear them).
    Set(HostsChangeArgs),
    /// Add host entries, replacing those of the same name; read, change, write: not atomic.
    Add(HostsChangeArgs),
    /// Remove the host entries with these names; read, change, write: not atomic.
    Remove(HostsRemoveArgs),
}

/// `dli connection hosts set|add ID --host NAME=IP… [-]`.
#[derive(Debug, Args)]
pub struct HostsChangeArgs {
    /// The connection's id.
    pub id: String,
    /// `-`: also read entries from stdin, `IP NAME [ALIAS…]` lines as in /etc/hosts (blank
    /// lines and # comments skipped).
    #[arg(value_name = "-")]
    pub stdin: Option<String>,
    /// A host entry, NAME=IP (repeat for more).
    #[arg(long = "host", value_name = "NAME=IP", value_parser = parse_pair)]
    pub hosts: Vec<(String, String)>,
    /// Print the request that would be sent, signed, secrets redacted; send nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// `dli connection hosts remove ID NAME…`.
#[derive(Debug, Args)]
pub struct HostsRemoveArgs {
    /// The connection's id.
    pub id: String,
    /// The host names to remove.
    #[arg(required = true, value_name = "NAME")]
    pub names: Vec<String>,
    /// Print the request that would be sent, signed, secrets redacted; send nothing.
    #[arg(long)]
    pub dry_run: bool,
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
    /// Print the request that would be sent, signed, secrets redacted; send nothing.
    #[arg(long)]
    pub dry_run: bool,
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
    /// The connection's id.
    pub id: String,
    /// table or json.
    #[arg(long, short, value_enum, default_value_t = ShowOutput::Table)]
    pub output: ShowOutput,
    /// Print the request that would be sent, signed, secrets redacted; send nothing.
    #[arg(long)]
    pub dry_run: bool,
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
    #[arg(long = "host", value_name = "NAME=IP", value_parser = parse_pair)]
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
    /// Print the request that would be sent, signed, secrets redacted; send nothing.
    #[arg(long)]
    pub dry_run: bool,
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
    /// Print each request that would be sent, signed, secrets redacted; send nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Send at most N requests a second, such as 150/s. Without it, deletes go as fast as
    /// DLI's gateway allows, learnt from its 429 answers.
    #[arg(long, value_name = "N/s", value_parser = dli_fake::cli::parse_rate)]
    pub rate: Option<std::num::NonZeroU32>,
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

/// The fake's commands.
#[derive(Debug, Subcommand)]
pub enum FakeCommand {
    /// Serve a fake DLI until interrupted; the first line says where.
    Serve(dli_fake::cli::ServeArgs),
}

/// Which command runs each operation of `openapi/dli.yaml`.
pub const OPERATIONS: [(&str, &[&str]); 16] = [
    ("CreateEnhancedConnection", &["connection", "create"]),
    ("ListEnhancedConnections", &["connection", "list"]),
    ("ShowEnhancedConnection", &["connection", "show"]),
    ("DeleteEnhancedConnection", &["connection", "delete"]),
    ("UpdateEnhancedConnection", &["connection", "hosts", "set"]),
    (
        "AssociateQueueToEnhancedConnection",
        &["connection", "bind"],
    ),
    (
        "DisassociateQueueFromEnhancedConnection",
        &["connection", "unbind"],
    ),
    (
        "CreateRouteToEnhancedConnection",
        &["connection", "route", "add"],
    ),
    (
        "DeleteRouteFromEnhancedConnection",
        &["connection", "route", "delete"],
    ),
    (
        "ShowEnhancedConnectionPrivilege",
        &["connection", "privileges"],
    ),
    ("RunAuthorizationAction", &["connection", "grant"]),
    ("BatchCreateResourceTags", &["connection", "tag"]),
    ("BatchDeleteResourceTags", &["connection", "untag"]),
    ("ShowResourceTags", &["connection", "tags"]),
    ("CreateConnectivityTask", &["queue", "test-connection"]),
    ("ShowConnectivityTask", &["queue", "test-connection"]),
];

impl Cli {
    /// Parses the process's arguments; `--help` also lists which command calls which API
    /// operation. A usage error exits with 2.
    pub fn parse_with_operations() -> Self {
        let operations: Vec<String> = OPERATIONS
            .iter()
            .map(|(operation, path)| format!("  dli {:<26} {operation}", path.join(" ")))
            .collect();
        let command = <Self as clap::CommandFactory>::command().after_long_help(format!(
            "{EXIT_CODES}\n\nAPI operations (openapi/dli.yaml):\n{}",
            operations.join("\n")
        ));
        let matches = command.get_matches();
        <Self as clap::FromArgMatches>::from_arg_matches(&matches)
            .unwrap_or_else(|error| error.exit())
    }
}

/// `NAME=CIDR`, the CIDR an IPv4 network such as `192.168.0.0/24`.
fn parse_route(text: &str) -> Result<(String, String), String> {
    let (name, cidr) = parse_pair(text)?;
    Ok((name, parse_cidr(&cidr)?))
}

/// An IPv4 network such as `192.168.0.0/24`.
fn parse_cidr(cidr: &str) -> Result<String, String> {
    let valid = cidr.split_once('/').is_some_and(|(network, bits)| {
        network.parse::<std::net::Ipv4Addr>().is_ok()
            && bits.parse::<u8>().is_ok_and(|bits| bits <= 32)
    });
    if !valid {
        return Err(format!(
            "{cidr:?} is not an IPv4 network such as 192.168.0.0/24"
        ));
    }
    Ok(cidr.to_owned())
}

/// `NAME=VALUE`, both sides non-empty after trimming the name.
fn parse_pair(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((name, value)) if !name.trim().is_empty() => {
            Ok((name.trim().to_owned(), value.to_owned()))
        }
        _ => Err(format!("{text:?} is not NAME=VALUE")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn every_operation_of_the_document_has_a_command() {
        let spec = dli_spec::Spec::load().expect("load openapi/dli.yaml");
        let missing: Vec<String> = spec
            .operation_ids()
            .expect("operations")
            .into_iter()
            .filter(|id| !OPERATIONS.iter().any(|(operation, _)| operation == id))
            .collect();
        assert!(
            missing.is_empty(),
            "operations without a command: {missing:?}"
        );
        let command = Cli::command();
        for (operation, path) in OPERATIONS {
            let found = path
                .iter()
                .try_fold(&command, |command, name| command.find_subcommand(name));
            assert!(
                found.is_some(),
                "{operation}: `dli {}` does not exist",
                path.join(" ")
            );
        }
    }

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn pairs_are_checked() {
        assert_eq!(
            parse_pair("db=10.0.0.1"),
            Ok(("db".to_owned(), "10.0.0.1".to_owned()))
        );
        assert!(parse_pair("=x").is_err() && parse_pair("novalue").is_err());
    }
}
