//! `dli auth`: datasource authentications. No password is ever an argument: each comes from
//! standard input, an environment variable or a prompt without echo.

use clap::{Args, Subcommand};
use dli_client::types::{AuthInfoType, ObsPath};

use super::{Global, Pace, ResourceOutput, TextOutput};

/// `dli auth`: where and as whom to call DLI, and what to do.
#[derive(Debug, Args)]
pub struct Auth {
    /// Where and as whom to call DLI.
    #[command(flatten)]
    pub global: Global,
    /// What to do.
    #[command(subcommand)]
    pub command: AuthCommand,
}

/// The datasource authentication commands.
#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// List the project's datasource authentications, every page; never a password.
    List(AuthListArgs),
    /// Show one datasource authentication; never a password.
    Show(AuthShowArgs),
    /// Store credentials for a data source under a name jobs refer to.
    Create(AuthCreateArgs),
    /// Change the user, the OBS paths or the passwords of a datasource authentication.
    Update(AuthUpdateArgs),
    /// Delete datasource authentications, many at once.
    Delete(AuthDeleteArgs),
}

/// `dli auth list`.
#[derive(Debug, Args)]
pub struct AuthListArgs {
    /// table, json (one array, as DLI answers each), or names (one a line).
    #[arg(long, short, value_enum, default_value_t = ResourceOutput::Table)]
    pub output: ResourceOutput,
}

/// `dli auth show`.
#[derive(Debug, Args)]
pub struct AuthShowArgs {
    /// The name.
    pub name: String,
    /// text or json.
    #[arg(long, short, value_enum, default_value_t = TextOutput::Text)]
    pub output: TextOutput,
}

/// The OBS paths a datasource authentication refers to.
#[derive(Debug, Args)]
pub struct Locations {
    /// The CSS cluster's certificate (CSS), as obs://bucket/key.
    #[arg(long, value_name = "OBS_PATH", value_parser = parse_obs_path)]
    pub certificate: Option<ObsPath>,
    /// krb5.conf (KRB), as obs://bucket/key.
    #[arg(long, value_name = "OBS_PATH", value_parser = parse_obs_path)]
    pub krb5_conf: Option<ObsPath>,
    /// The keytab (KRB), as obs://bucket/key.
    #[arg(long, value_name = "OBS_PATH", value_parser = parse_obs_path)]
    pub keytab: Option<ObsPath>,
    /// The truststore (Kafka_SSL), as obs://bucket/key.
    #[arg(long, value_name = "OBS_PATH", value_parser = parse_obs_path)]
    pub truststore: Option<ObsPath>,
    /// The keystore (Kafka_SSL, with --keystore-password-…), as obs://bucket/key.
    #[arg(long, value_name = "OBS_PATH", value_parser = parse_obs_path)]
    pub keystore: Option<ObsPath>,
}

/// Where each password comes from: standard input (one of them), an environment variable,
/// or, on a terminal, a prompt without echo. Never the command line.
#[derive(Debug, Args)]
#[command(next_help_heading = "Passwords (never on the command line)")]
pub struct Passwords {
    /// Read the password from standard input (its first line).
    #[arg(long, group = "stdin")]
    pub password_stdin: bool,
    /// Read the password from this environment variable.
    #[arg(long, value_name = "VAR", conflicts_with = "password_stdin")]
    pub password_env: Option<String>,
    /// Read the truststore password from standard input.
    #[arg(long, group = "stdin")]
    pub truststore_password_stdin: bool,
    /// Read the truststore password from this environment variable.
    #[arg(long, value_name = "VAR", conflicts_with = "truststore_password_stdin")]
    pub truststore_password_env: Option<String>,
    /// Read the keystore password from standard input.
    #[arg(long, group = "stdin")]
    pub keystore_password_stdin: bool,
    /// Read the keystore password from this environment variable.
    #[arg(long, value_name = "VAR", conflicts_with = "keystore_password_stdin")]
    pub keystore_password_env: Option<String>,
    /// Read the key password from standard input.
    #[arg(long, group = "stdin")]
    pub key_password_stdin: bool,
    /// Read the key password from this environment variable.
    #[arg(long, value_name = "VAR", conflicts_with = "key_password_stdin")]
    pub key_password_env: Option<String>,
}

/// `dli auth create`.
#[derive(Debug, Args)]
pub struct AuthCreateArgs {
    /// The name: letters, digits and `_`, not digits alone, not starting with `_`.
    pub name: String,
    /// passwd (RDS, DWS, DDS, DCS), CSS, KRB (MRS Kerberos) or Kafka_SSL.
    #[arg(long = "type", value_name = "TYPE", value_parser = parse_type)]
    pub kind: AuthInfoType,
    /// The user that logs in to the data source (passwd, CSS, KRB).
    #[arg(long)]
    pub user: Option<String>,
    /// The key password (Kafka_SSL with a keystore) is asked for only with this flag or
    /// --key-password-env / --key-password-stdin.
    #[arg(long)]
    pub key_password: bool,
    /// The OBS paths.
    #[command(flatten)]
    pub locations: Locations,
    /// The passwords.
    #[command(flatten)]
    pub passwords: Passwords,
    /// text or json.
    #[arg(long, short, value_enum, default_value_t = TextOutput::Text)]
    pub output: TextOutput,
}

/// `dli auth update`.
#[derive(Debug, Args)]
pub struct AuthUpdateArgs {
    /// The name.
    pub name: String,
    /// The new user.
    #[arg(long)]
    pub user: Option<String>,
    /// The new OBS paths (the certificate cannot be changed).
    #[command(flatten)]
    pub locations: Locations,
    /// New passwords: only those given a source are sent (the key password cannot be
    /// changed).
    #[command(flatten)]
    pub passwords: Passwords,
    /// Ask for a new password on the terminal.
    #[arg(long, conflicts_with_all = ["password_stdin", "password_env"])]
    pub password_prompt: bool,
    /// text or json.
    #[arg(long, short, value_enum, default_value_t = TextOutput::Text)]
    pub output: TextOutput,
}

/// `dli auth delete`.
#[derive(Debug, Args)]
pub struct AuthDeleteArgs {
    /// The names, or `-` to read them from standard input, one a line.
    #[arg(required = true, value_name = "NAME")]
    pub names: Vec<String>,
    /// How fast to send.
    #[command(flatten)]
    pub pace: Pace,
    /// text or json (one object a line).
    #[arg(long, short, value_enum, default_value_t = TextOutput::Text)]
    pub output: TextOutput,
}

/// A type as DLI names it.
fn parse_type(text: &str) -> Result<AuthInfoType, String> {
    text.parse()
        .map_err(|_| format!("{text:?} is not a type: use passwd, CSS, KRB or Kafka_SSL"))
}

/// An OBS path, `obs://bucket/key`.
fn parse_obs_path(text: &str) -> Result<ObsPath, String> {
    text.parse()
        .map_err(|_| format!("{text:?} is not an OBS path: write obs://bucket/key"))
}
