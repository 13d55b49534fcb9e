//! The command line, as clap reads it.

use clap::{Args, Parser, Subcommand};

mod auth;
mod desired;
mod group;
mod lifecycle;

pub use auth::{
    Auth, AuthCommand, AuthCreateArgs, AuthDeleteArgs, AuthListArgs, AuthShowArgs, AuthUpdateArgs,
    Locations, Passwords,
};
pub use desired::{ApplyArgs, ExportArgs, PlanArgs, PlanOutput, ShowPlanArgs};
pub use group::{
    GrantArgs, IdArgs, PeersArgs, RouteCommand, TagArgs, TestConnectionArgs, TextOutput, UntagArgs,
};
pub use lifecycle::{
    CreateArgs, CreateOutput, DeleteArgs, DeleteOutput, HostsArgs, HostsChangeArgs, HostsCommand,
    ListArgs, ListOutput, ShowArgs, ShowOutput,
};

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

/// Options every command that calls DLI takes, before or after its subcommand's name: where
/// and as whom to call, how much to log, and whether to send at all.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
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
    /// Print each request that would be sent, signed, secrets redacted, and send no change.
    /// A dry run may read: hosts add and hosts remove read the entries, to show the change
    /// they would send; apply reads what exists and shows its plan.
    #[arg(long, global = true)]
    pub dry_run: bool,
}

/// How fast a command over many connections sends, shared by `delete`, `bind`, `unbind`,
/// `grant`, `revoke`, `tag` and `untag`.
#[derive(Debug, Clone, Copy, Args)]
pub struct Pace {
    /// Send at most N requests a second, such as 150/s. Without it, the command goes as
    /// fast as DLI's gateway allows, learnt from its 429 answers.
    #[arg(long, value_name = "N/s", value_parser = str::parse::<dli_client::RateLimit>)]
    pub rate: Option<dli_client::RateLimit>,
}

impl Pace {
    /// The client's rate limit: the rate given, else adaptive.
    pub fn rate_limit(self) -> dli_client::RateLimit {
        self.rate.unwrap_or(dli_client::RateLimit::Adaptive)
    }
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
    /// List queues, and test what a queue reaches.
    Queue(Queue),
    /// List elastic resource pools.
    Pool(Pool),
    /// List, show, create, update and delete datasource authentications: the credentials
    /// jobs use to reach a data source.
    Auth(Auth),
    /// Show what applying a desired-state file would change.
    Plan(PlanArgs),
    /// Make the connections what a desired-state file, or a saved plan, says.
    Apply(ApplyArgs),
    /// Write the desired-state file for the connections that exist.
    Export(ExportArgs),
    /// Print a plan saved by `dli plan --out`, as text or JSON; calls nothing.
    Show(ShowPlanArgs),
    /// Print the JSON Schema of the desired-state file, for editors.
    Schema,
    /// Run a fake DLI on this machine.
    #[command(subcommand)]
    Fake(FakeCommand),
    /// Show the whole lifecycle against an embedded fake DLI: no account, no setup.
    Demo,
}

impl Command {
    /// Where and as whom the command calls DLI; `None` for a command that calls no cloud.
    pub fn global(&self) -> Option<&Global> {
        match self {
            Self::Connection(connection) => Some(&connection.global),
            Self::Queue(queue) => Some(&queue.global),
            Self::Pool(pool) => Some(&pool.global),
            Self::Auth(auth) => Some(&auth.global),
            Self::Plan(plan) => Some(&plan.global),
            Self::Apply(apply) => Some(&apply.global),
            Self::Export(export) => Some(&export.global),
            Self::Completions { .. }
            | Self::Show(_)
            | Self::Schema
            | Self::Fake(_)
            | Self::Demo => None,
        }
    }

    /// Whether the command serves many clients (`dli fake serve`) rather than being one.
    pub fn is_server(&self) -> bool {
        matches!(self, Self::Fake(_))
    }
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
    /// List the project's queues: what `connection bind --queue` takes.
    List(ResourceListArgs),
    /// Test whether a queue reaches HOST:PORT; exit 0 when it does, 1 when not.
    TestConnection(TestConnectionArgs),
}

/// `dli pool`: where and as whom to call DLI, and what to do.
#[derive(Debug, Args)]
pub struct Pool {
    /// Where and as whom to call DLI.
    #[command(flatten)]
    pub global: Global,
    /// What to do.
    #[command(subcommand)]
    pub command: PoolCommand,
}

/// The elastic resource pool commands.
#[derive(Debug, Subcommand)]
pub enum PoolCommand {
    /// List the project's elastic resource pools, every page: what `connection bind` takes.
    List(ResourceListArgs),
}

/// `dli queue list` and `dli pool list`.
#[derive(Debug, Args)]
pub struct ResourceListArgs {
    /// table, json (one array, as DLI answers each), or names (one a line).
    #[arg(long, short, value_enum, default_value_t = ResourceOutput::Table)]
    pub output: ResourceOutput,
}

/// How a list of queues or pools is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ResourceOutput {
    /// A table.
    Table,
    /// A JSON array.
    Json,
    /// One name a line.
    Names,
}

/// The fake's commands.
#[derive(Debug, Subcommand)]
pub enum FakeCommand {
    /// Serve a fake DLI until interrupted; the first line says where.
    Serve(dli_fake::cli::ServeArgs),
}

impl Cli {
    /// The command as `dli` reads it, with the API's operations in its long help.
    pub fn command_with_operations() -> clap::Command {
        // The operation table, generated from the document, says which command calls which
        // operation.
        let operations: Vec<String> = dli_client::catalog::OPERATIONS
            .iter()
            .flat_map(|operation| {
                operation
                    .commands
                    .iter()
                    .map(|command| format!("  dli {command:<26} {}", operation.id))
            })
            .collect();
        <Self as clap::CommandFactory>::command().after_long_help(format!(
            "{EXIT_CODES}\n\nAPI operations (openapi/dli.yaml):\n{}",
            operations.join("\n")
        ))
    }

    /// Parses the process's arguments; `--help` also lists which command calls which API
    /// operation. A usage error exits with 2.
    pub fn parse_with_operations() -> Self {
        let matches = Self::command_with_operations().get_matches();
        <Self as clap::FromArgMatches>::from_arg_matches(&matches)
            .unwrap_or_else(|error| error.exit())
    }
}

/// `NAME=CIDR`, the CIDR an IPv4 network such as `192.168.0.0/24`.
fn parse_route(text: &str) -> Result<(String, String), String> {
    let (name, cidr) = parse_pair(text)?;
    Ok((name, parse_cidr(&cidr)?))
}

/// An IPv4 network such as `192.168.0.0/24`, with no host bits set (the client's parser).
fn parse_cidr(cidr: &str) -> Result<String, String> {
    cidr.parse::<dli_client::network::Cidr>()
        .map(|network| network.to_string())
        .map_err(|error| error.to_string())
}

/// `NAME=IP`, the IP an IPv4 address such as `192.168.0.21` (the client's parser).
fn parse_host(text: &str) -> Result<(String, String), String> {
    let (name, ip) = parse_pair(text)?;
    dli_client::network::ipv4(&ip).map_err(|error| format!("{name}: {error}"))?;
    Ok((name, ip))
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
        let table = dli_client::catalog::OPERATIONS;
        assert_eq!(table.len(), spec.operation_ids().expect("operations").len());
        let command = Cli::command();
        for operation in table {
            assert!(!operation.commands.is_empty(), "{}", operation.id);
            for path in operation.commands {
                let found = path
                    .split(' ')
                    .try_fold(&command, |command, name| command.find_subcommand(name));
                assert!(
                    found.is_some(),
                    "{}: `dli {path}` does not exist",
                    operation.id
                );
            }
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
        assert_eq!(
            parse_host("db=10.0.0.1"),
            Ok(("db".to_owned(), "10.0.0.1".to_owned()))
        );
        assert!(parse_host("db=10.0.0").is_err());
        assert_eq!(
            parse_route("office=10.0.0.0/8"),
            Ok(("office".to_owned(), "10.0.0.0/8".to_owned()))
        );
        let error = parse_route("office=10.0.0.9/8").expect_err("host bits");
        assert!(error.contains("the network is 10.0.0.0/8"), "{error}");
    }
}
