//! `dli plan -f FILE [-o text|json] [--out PLAN] [--detailed-exitcode] [--prune]
//! [--allow-replace]`.

use std::io::Write;

use dli_reconcile::{PlanOptions, SavedPlan};

use super::{client, desired, observe, plan_error, reach, render};
use crate::cli::{PlanArgs, PlanOutput};
use crate::outcome::{CommandError, Exit};

/// Plans, prints the plan, and saves it with `--out`. A blocked plan is printed, then
/// ends with exit 1 and what unblocks it.
pub async fn run(args: &PlanArgs, out: &mut impl Write) -> Result<Exit, CommandError> {
    let (file, wanted) = desired(&args.file, &args.targets)?;
    let options = PlanOptions {
        prune: args.prune,
        allow_replace: args.allow_replace,
        rotate: args.rotate.iter().cloned().collect(),
    };
    let client = client(&args.global, args.pace)?;
    dli_reconcile::plan::check(&wanted, &options, client.project_id()).map_err(plan_error)?;
    let observed = observe(&client, &wanted, reach(&options)).await?;
    let planned = dli_reconcile::plan(&wanted, &observed, &options).map_err(plan_error)?;
    let changes = planned.has_changes();
    let saved = SavedPlan::new(
        client.project_id(),
        wanted.stack(),
        options,
        file,
        planned,
        observed,
    )
    .targeting(args.targets.clone());
    if let Some(path) = &args.out {
        std::fs::write(path, saved.to_json()).map_err(|error| {
            CommandError::Failed(format!("cannot write {}: {error}", path.display()))
        })?;
    }
    match args.output {
        PlanOutput::Json => writeln!(out, "{}", saved.to_json())?,
        PlanOutput::Text => write!(
            out,
            "{}",
            render::plan(&saved.plan, render::colour_on_stdout())
        )?,
    }
    if let Some((connection, why)) = saved.plan.blocked() {
        return Err(CommandError::Failed(format!(
            "the plan is blocked: {connection}: {why}"
        )));
    }
    // A password the plan would send must be readable when it is applied.
    dli_reconcile::check_secrets(&saved.plan)
        .map_err(|blocked| CommandError::Usage(format!("{blocked}: set it before dli apply")))?;
    Ok(if args.detailed_exitcode && changes {
        Exit::Changes
    } else {
        Exit::Done
    })
}
