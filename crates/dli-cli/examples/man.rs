//! Writes the man pages of `dli` into a folder: `dli.1` and one page a subcommand
//! (`dli-connection-delete.1`), from the same command line the binary parses.
//!
//! ```text
//! cargo run -p dli-cli --example man -- FOLDER
//! ```
//!
//! `cargo xtask man` runs it into `crates/dli-cli/man/`; `cargo xtask man --check` fails when
//! the committed pages differ from what it writes.

use std::path::PathBuf;
use std::process::ExitCode;

/// Every subcommand with the binary's version, which its page's title shows, and without a
/// `--version` flag, which `dli` accepts only before the first subcommand.
fn versioned(command: clap::Command) -> clap::Command {
    command.mut_subcommands(|subcommand| {
        versioned(
            subcommand
                .version(env!("CARGO_PKG_VERSION"))
                .disable_version_flag(true),
        )
    })
}

fn main() -> ExitCode {
    let Some(folder) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: man FOLDER");
        return ExitCode::from(2);
    };
    if let Err(error) = std::fs::create_dir_all(&folder)
        .and_then(|()| clap_mangen::generate_to(versioned(dli_cli::command()), &folder))
    {
        eprintln!(
            "error: cannot write the man pages into {}: {error}",
            folder.display()
        );
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
