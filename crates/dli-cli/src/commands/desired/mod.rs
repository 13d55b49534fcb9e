//! `dli plan`, `dli apply`, `dli export` and `dli schema`: desired state, through
//! `dli-reconcile`.

use std::io::Read;
use std::num::NonZeroUsize;
use std::path::Path;

use dli_client::Client;
use dli_reconcile::saved::SavedFile;
use dli_reconcile::{Desired, Observed, PlanError, PlanOptions, Reach};

use crate::cli::{Global, Pace};
use crate::client;
use crate::outcome::{CommandError, chain};

mod apply;
mod export;
mod plan;
pub(crate) mod render;
mod show;

pub use apply::run as apply;
pub use export::run as export;
pub use plan::run as plan;
pub use show::run as show;

/// How many connections are read at once.
const READS_AT_ONCE: usize = 16;

/// The client of a desired-state command: paced adaptively, or at `--rate`.
fn client(global: &Global, pace: Pace) -> Result<Client, CommandError> {
    client::build(
        global,
        client::Sending {
            dry_run: global.dry_run,
            dry_run_reads: true,
            rate_limit: pace.rate_limit(),
        },
    )
}

/// Reads a file whole, bounded: a larger one is refused before it is read further. `-` is
/// standard input.
fn read_bounded(path: &Path, most: usize) -> Result<String, CommandError> {
    let shown = path.display();
    let source: Box<dyn Read> = if path == Path::new("-") {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(
            std::fs::File::open(path)
                .map_err(|error| CommandError::Usage(format!("cannot read {shown}: {error}")))?,
        )
    };
    let mut text = String::new();
    source
        .take(most as u64 + 1)
        .read_to_string(&mut text)
        .map_err(|error| CommandError::Usage(format!("cannot read {shown}: {error}")))?;
    if text.len() > most {
        return Err(CommandError::Usage(format!(
            "{shown} is larger than {most} bytes"
        )));
    }
    Ok(text)
}

/// The desired-state file as read, and checked: every error names the file, line and
/// column (exit 2); narrowed to `targets` when there are any.
fn desired(path: &Path, targets: &[String]) -> Result<(SavedFile, Desired), CommandError> {
    let text = read_bounded(path, dli_reconcile::file::MOST_BYTES)?;
    let shown = if path == Path::new("-") {
        "-".to_owned()
    } else {
        path.display().to_string()
    };
    let desired = dli_reconcile::parse(&shown, &text)
        .map_err(|error| CommandError::Usage(error.to_string()))?
        .only(targets)
        .map_err(|missing| {
            CommandError::Usage(format!(
                "--target: {shown} names no connection {}",
                missing.join(", ")
            ))
        })?;
    Ok((SavedFile { path: shown, text }, desired))
}

/// The header of an export of the client's project, made now.
pub(crate) fn header(client: &Client) -> dli_reconcile::Header {
    dli_reconcile::Header {
        project: client.project_id().to_owned(),
        time: humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string(),
    }
}

/// What the plan of `options` needs read: the stack's connections too when pruning.
fn reach(options: &PlanOptions) -> Reach {
    if options.prune {
        Reach::Stack
    } else {
        Reach::Named
    }
}

/// What exists of what `desired` names, as far as `reach`; a failed read is exit 1 (2 when
/// the request was refused before sending), naming what could not be read.
async fn observe(
    client: &Client,
    desired: &Desired,
    reach: Reach,
) -> Result<Observed, CommandError> {
    let width = NonZeroUsize::new(READS_AT_ONCE).unwrap_or(NonZeroUsize::MIN);
    dli_reconcile::observe(client, desired, reach, width)
        .await
        .map_err(|error| {
            let said = format!("{}; nothing was planned", chain(&error));
            // A request refused before sending (a bad project id, say) is the input's fault.
            if matches!(error.call(), dli_client::Error::InvalidRequest(_)) {
                CommandError::Usage(said)
            } else {
                CommandError::Failed(said)
            }
        })
}

/// A plan error as `dli` ends with it: exit 2 when the file or the flags must change.
fn plan_error(error: PlanError) -> CommandError {
    if error.is_usage() {
        CommandError::Usage(error.to_string())
    } else {
        CommandError::Failed(error.to_string())
    }
}

/// `dli schema`: the file's JSON Schema.
pub fn schema(out: &mut impl std::io::Write) -> Result<crate::outcome::Exit, CommandError> {
    out.write_all(dli_reconcile::file::json_schema().as_bytes())?;
    Ok(crate::outcome::Exit::Done)
}
