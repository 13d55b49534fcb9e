//! `dli-fake`: run the fake DLI from the command line.

use std::process::ExitCode;

use clap::Parser;
use dli_fake::cli::{ServeArgs, ServeError, serve};

/// An in-memory fake of DLI's enhanced-connection API, for tests and local development.
///
/// Prints `listening on http://HOST:PORT` as its first line, then serves until interrupted.
#[derive(Parser)]
#[command(version)]
struct Line {
    #[command(flatten)]
    args: ServeArgs,
}

#[tokio::main]
async fn main() -> ExitCode {
    let line = Line::parse();
    match serve(line.args, &mut std::io::stdout()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            let mut text = error.to_string();
            let mut source = std::error::Error::source(&error);
            while let Some(cause) = source {
                text.push_str(&format!(": {cause}"));
                source = cause.source();
            }
            eprintln!("error: {text}");
            ExitCode::from(if matches!(error, ServeError::Usage(_)) {
                2
            } else {
                1
            })
        }
    }
}
