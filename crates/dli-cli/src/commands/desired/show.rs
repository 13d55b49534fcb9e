//! `dli show PLAN [-o text|json]`: a saved plan, printed; nothing is called.

use std::io::Write;

use dli_reconcile::SavedPlan;

use super::{read_bounded, render};
use crate::cli::{PlanOutput, ShowPlanArgs};
use crate::outcome::{CommandError, Exit};

/// Prints the plan as `dli plan` did, with the project, stack and file it is for.
pub fn run(args: &ShowPlanArgs, out: &mut impl Write) -> Result<Exit, CommandError> {
    let shown = args.plan.display();
    let text = read_bounded(&args.plan, dli_reconcile::saved::MOST_BYTES)?;
    let saved =
        SavedPlan::read(&text).map_err(|error| CommandError::Usage(format!("{shown}: {error}")))?;
    match args.output {
        PlanOutput::Json => writeln!(out, "{}", saved.to_json())?,
        PlanOutput::Text => {
            let mut flags = String::new();
            for (on, flag) in [
                (saved.options.prune, " --prune"),
                (saved.options.allow_replace, " --allow-replace"),
            ] {
                if on {
                    flags.push_str(flag);
                }
            }
            writeln!(
                out,
                "Plan of {} (stack {}) for the project {}{flags}:",
                saved.file.path, saved.stack, saved.project_id
            )?;
            write!(
                out,
                "{}",
                render::plan(&saved.plan, render::colour_on_stdout())
            )?;
        }
    }
    Ok(Exit::Done)
}
