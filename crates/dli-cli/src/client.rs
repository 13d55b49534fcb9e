//! The client a command uses, configured from the global options, the environment and the
//! profile file exactly as `dli-client` reads them.

use dli_client::{Client, ConfigError, RateLimit};

use crate::cli::Global;
use crate::outcome::CommandError;

/// How a command's client sends.
#[derive(Debug, Clone, Copy)]
pub struct Sending {
    /// `--dry-run`: build and show the requests, send none.
    pub dry_run: bool,
    /// In a dry run, send the reads all the same: for commands that read, change and
    /// write, whose dry run shows the change as it would be sent.
    pub dry_run_reads: bool,
    /// How fast.
    pub rate_limit: RateLimit,
}

impl Sending {
    /// A command of one call at a time, unpaced: `--dry-run` shows the request instead.
    pub fn one_call(global: &Global) -> Self {
        Self {
            dry_run: global.dry_run,
            dry_run_reads: false,
            rate_limit: RateLimit::None,
        }
    }
}

/// Builds the client; a configuration error says what to set and sends nothing.
pub fn build(global: &Global, sending: Sending) -> Result<Client, CommandError> {
    let mut builder = Client::builder();
    if let Some(project_id) = &global.project_id {
        builder = builder.project_id(project_id);
    }
    if let Some(region) = &global.region {
        builder = builder.region(region);
    }
    if let Some(endpoint) = &global.endpoint {
        builder = builder.endpoint(endpoint);
    }
    builder
        .load_environment()
        .and_then(|builder| {
            builder
                .dry_run(sending.dry_run)
                .dry_run_reads(sending.dry_run_reads)
                .rate_limit(sending.rate_limit)
                .build()
        })
        .map_err(|error| CommandError::Usage(describe(&error)))
}

/// The library's message, in the words of this command line where they differ.
fn describe(error: &ConfigError) -> String {
    match error {
        ConfigError::MissingEndpoint => {
            "no endpoint: give --region (for example cn-north-4) or --endpoint URL".to_owned()
        }
        ConfigError::MissingProjectId { .. } => error
            .to_string()
            .replace("or call ClientBuilder::project_id", "or give --project-id"),
        other => crate::outcome::chain(other).replace(", or call ClientBuilder::credentials", ""),
    }
}
