//! `dli export [--name PREFIX…] [-o FILE]`.

use std::io::Write;

use dli_reconcile::Desired;

use super::{client, observe};
use crate::cli::ExportArgs;
use crate::outcome::{CommandError, Exit};

/// Writes the file for the connections that exist; what was left out goes to stderr.
pub async fn run(args: &ExportArgs, out: &mut impl Write) -> Result<Exit, CommandError> {
    let client = client(&args.global, args.pace)?;
    let observed = observe(&client, &Desired::default(), true).await?;
    let exported = dli_reconcile::export(&observed, &args.names)
        .map_err(|error| CommandError::Failed(error.to_string()))?;
    for note in &exported.notes {
        let _ = writeln!(std::io::stderr(), "note: {note}");
    }
    match &args.output {
        Some(path) => std::fs::write(path, &exported.text).map_err(|error| {
            CommandError::Failed(format!("cannot write {}: {error}", path.display()))
        })?,
        None => out.write_all(exported.text.as_bytes())?,
    }
    Ok(Exit::Done)
}
