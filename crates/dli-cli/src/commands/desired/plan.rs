//! `dli plan -f FILE [-o text|json] [--out PLAN] [--detailed-exitcode] [--prune]`.

use std::io::Write;

use dli_reconcile::{PlanOptions, SavedPlan};

use super::{client, desired, observe, render};
use crate::cli::{PlanArgs, PlanOutput};
use crate::outcome::{CommandError, Exit};

/// Plans, prints the plan, and saves it with `--out`.
pub async fn run(args: &PlanArgs, out: &mut impl Write) -> Result<Exit, CommandError> {
    let wanted = desired(&args.file)?;
    let client = client(&args.global, args.pace)?;
    let observed = observe(&client, &wanted, args.prune).await?;
    let options = PlanOptions {
        prune: args.prune,
        allow_replace: args.allow_replace,
    };
    let planned = dli_reconcile::plan(&wanted, &observed, options)
        .map_err(|error| CommandError::Failed(error.to_string()))?;
    let changes = planned.has_changes();
    let saved = SavedPlan::new(
        client.project_id(),
        options,
        wanted.connections.keys().cloned().collect(),
        planned,
        observed,
    );
    if let Some(path) = &args.out {
        std::fs::write(path, saved.to_json()).map_err(|error| {
            CommandError::Failed(format!("cannot write {}: {error}", path.display()))
        })?;
    }
    match args.output {
        PlanOutput::Json => writeln!(out, "{}", saved.to_json())?,
        PlanOutput::Text => write!(out, "{}", render::plan(&saved.plan))?,
    }
    Ok(if args.detailed_exitcode && changes {
        Exit::Changes
    } else {
        Exit::Done
    })
}
