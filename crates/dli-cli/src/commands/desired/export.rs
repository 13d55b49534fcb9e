//! `dli export [--name PREFIX…] [--stack NAME] [-o FILE [--force]]`.

use std::io::Write;

use dli_reconcile::{Desired, Reach};

use super::{client, observe};
use crate::cli::ExportArgs;
use crate::outcome::{CommandError, Exit};

/// Writes the file for the connections that exist; what was left out goes to stderr. A
/// `--name` that matches nothing is exit 1, and an existing file is kept unless `--force`.
pub async fn run(args: &ExportArgs, out: &mut impl Write) -> Result<Exit, CommandError> {
    if let Some(stack) = &args.stack {
        dli_reconcile::rules::stack_name(stack).map_err(CommandError::Usage)?;
    }
    if let Some(path) = &args.output
        && !args.force
        && path.exists()
    {
        return Err(CommandError::Usage(format!(
            "{} exists: give --force to overwrite it, or another -o",
            path.display()
        )));
    }
    let client = client(&args.global, args.pace)?;
    let observed = observe(&client, &Desired::default(), Reach::Every).await?;
    let header = crate::commands::desired::header(&client);
    let exported = dli_reconcile::export(&observed, &args.names, args.stack.as_deref(), &header)
        .map_err(|error| CommandError::Failed(error.to_string()))?;
    for note in &exported.notes {
        let _ = writeln!(std::io::stderr(), "note: {note}");
    }
    if exported.count == 0 && !args.names.is_empty() {
        return Err(CommandError::Failed(format!(
            "no connection to export has a name starting with {}: nothing written",
            args.names.join(" or ")
        )));
    }
    match &args.output {
        Some(path) => std::fs::write(path, &exported.text).map_err(|error| {
            CommandError::Failed(format!("cannot write {}: {error}", path.display()))
        })?,
        None => out.write_all(exported.text.as_bytes())?,
    }
    Ok(Exit::Done)
}
