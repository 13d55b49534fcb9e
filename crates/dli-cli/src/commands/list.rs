//! `dli connection list`: every page, fetched in turn.

use std::io::Write;

use futures_util::TryStreamExt;

use crate::cli::{ListArgs, ListOutput};
use crate::outcome::{CommandError, Exit};
use crate::output::connections_table;

/// Lists the connections; `ids` prints each as its page arrives.
pub async fn run(
    client: &dli_client::Client,
    args: &ListArgs,
    out: &mut impl Write,
) -> Result<Exit, CommandError> {
    let mut list = client.connections();
    if let Some(status) = &args.status {
        list = list.status(status);
    }
    if let Some(name) = &args.name {
        list = list.name(name);
    }
    if args.output == ListOutput::Ids {
        let mut stream = list.stream();
        while let Some(connection) = stream.try_next().await? {
            if let Some(id) = connection.id {
                writeln!(out, "{id}")?;
            }
        }
        return Ok(Exit::Done);
    }
    let connections = list.collect().await?;
    match args.output {
        ListOutput::Json => writeln!(
            out,
            "{}",
            serde_json::to_string(&connections).map_err(std::io::Error::other)?
        )?,
        _ => writeln!(out, "{}", connections_table(&connections))?,
    }
    Ok(Exit::Done)
}
