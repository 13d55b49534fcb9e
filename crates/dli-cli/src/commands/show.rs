//! `dli connection show`.

use std::io::Write;

use crate::cli::{ShowArgs, ShowOutput};
use crate::outcome::{CommandError, Exit};
use crate::output::connection_details;

/// Shows one connection.
pub async fn run(
    client: &dli_client::Client,
    args: &ShowArgs,
    out: &mut impl Write,
) -> Result<Exit, CommandError> {
    let shown = client.connection(args.id).await?.into_inner();
    match args.output {
        ShowOutput::Json => writeln!(
            out,
            "{}",
            serde_json::to_string(&shown).map_err(std::io::Error::other)?
        )?,
        ShowOutput::Table => writeln!(out, "{}", connection_details(&shown))?,
    }
    Ok(Exit::Done)
}
