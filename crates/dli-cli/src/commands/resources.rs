//! `dli queue list` and `dli pool list`: what a connection can bind.

use std::io::Write;

use dli_client::Client;
use serde::Serialize;

use crate::cli::{ResourceListArgs, ResourceOutput};
use crate::outcome::{CommandError, Exit};
use crate::output::{pools_table, queues_table};

/// Lists the project's queues.
pub async fn queues(
    client: &Client,
    args: &ResourceListArgs,
    out: &mut impl Write,
) -> Result<Exit, CommandError> {
    let queues = client.queues().await?;
    let names = queues.iter().map(|queue| queue.queue_name.as_deref());
    print(out, args.output, &queues, names, || queues_table(&queues))
}

/// Lists the project's elastic resource pools, every page.
pub async fn pools(
    client: &Client,
    args: &ResourceListArgs,
    out: &mut impl Write,
) -> Result<Exit, CommandError> {
    let pools = client.pools().await?;
    let names = pools
        .iter()
        .map(|pool| pool.elastic_resource_pool_name.as_deref());
    print(out, args.output, &pools, names, || pools_table(&pools))
}

fn print<'a, T: Serialize>(
    out: &mut impl Write,
    output: ResourceOutput,
    items: &[T],
    names: impl Iterator<Item = Option<&'a str>>,
    table: impl FnOnce() -> String,
) -> Result<Exit, CommandError> {
    match output {
        ResourceOutput::Json => writeln!(
            out,
            "{}",
            serde_json::to_string(items).map_err(std::io::Error::other)?
        )?,
        ResourceOutput::Names => {
            for name in names.flatten() {
                writeln!(out, "{name}")?;
            }
        }
        ResourceOutput::Table => writeln!(out, "{}", table())?,
    }
    Ok(Exit::Done)
}
