//! `dli`: the command line for DLI enhanced datasource connections.
//!
//! The binary is [`run`]; [`ids`], the reader of the connection ids a command is given, is
//! public so that it can be fuzzed on its own.

// Doc comments of the arguments are also their `--help` text, where a URL reads best bare.
#![allow(rustdoc::bare_urls)]

mod cli;
mod client;
mod commands;
pub mod ids;
mod lines;
mod outcome;
mod output;
mod secrets;

use std::io::IsTerminal;
use std::process::ExitCode;

use tracing_subscriber::EnvFilter;

use crate::cli::Cli;
use crate::outcome::Exit;

/// The command line `dli` parses, with every subcommand, its help and its version: for man
/// pages and completion scripts.
pub fn command() -> clap::Command {
    Cli::command_with_operations()
}

/// Runs `dli` with the process's arguments and environment, and says how it ended.
pub fn run() -> ExitCode {
    // Usage errors exit with 2, as every configuration error does.
    let cli = Cli::parse_with_operations();
    let verbose = cli.command.global().map_or(0, |global| global.verbose);
    init_tracing(verbose);
    let runtime = match runtime_for(&cli) {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: cannot start the runtime: {error}");
            return Exit::Failed.into();
        }
    };
    let exit = runtime.block_on(async move {
        tokio::spawn(commands::run(cli))
            .await
            .unwrap_or_else(|error| {
                eprintln!("error: the command did not finish: {error}");
                Exit::Failed
            })
    });
    exit.into()
}

/// The runtime a command runs on. `dli fake serve` answers many clients at once and gets a
/// worker a core. Every other command is a client whose calls wait on the network and
/// DLI's rate limit, not on the CPU: one thread runs it, and its calls, the bulk runner and
/// the lines it prints hand each other their results without waking another thread.
fn runtime_for(cli: &Cli) -> std::io::Result<tokio::runtime::Runtime> {
    let mut builder = if cli.command.is_server() {
        tokio::runtime::Builder::new_multi_thread()
    } else {
        tokio::runtime::Builder::new_current_thread()
    };
    builder.enable_all().build()
}

/// `-v` and `RUST_LOG` turn on logs on stderr; without either, nothing is logged. They are
/// coloured only on a terminal without `NO_COLOR`.
fn init_tracing(verbose: u8) {
    let filter = match (std::env::var("RUST_LOG").ok(), verbose) {
        (Some(filter), _) if !filter.trim().is_empty() => EnvFilter::new(filter),
        (_, 0) => return,
        (_, 1) => EnvFilter::new("dli_client=info"),
        (_, 2) => EnvFilter::new("dli_client=debug"),
        _ => EnvFilter::new("trace"),
    };
    // Colours only on a terminal, and never under NO_COLOR: logs sent to a file stay text.
    let colour = std::io::stderr().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(colour)
        .try_init();
}
