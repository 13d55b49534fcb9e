//! `dli plan`, `dli apply`, `dli export` and `dli schema`: desired state, through
//! `dli-reconcile`.

use std::io::Read;
use std::num::NonZeroUsize;
use std::path::Path;

use dli_client::Client;
use dli_reconcile::{Desired, Observed};

use crate::cli::{Global, Pace};
use crate::client;
use crate::outcome::CommandError;

mod apply;
mod export;
mod plan;
pub(crate) mod render;

pub use apply::run as apply;
pub use export::run as export;
pub use plan::run as plan;

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

/// Reads a file whole, bounded: a larger one is refused before it is read further.
fn read_bounded(path: &Path, most: usize) -> Result<String, CommandError> {
    let shown = path.display();
    let file = std::fs::File::open(path)
        .map_err(|error| CommandError::Usage(format!("cannot read {shown}: {error}")))?;
    let mut text = String::new();
    file.take(most as u64 + 1)
        .read_to_string(&mut text)
        .map_err(|error| CommandError::Usage(format!("cannot read {shown}: {error}")))?;
    if text.len() > most {
        return Err(CommandError::Usage(format!(
            "{shown} is larger than {most} bytes"
        )));
    }
    Ok(text)
}

/// The desired-state file, checked: an error names the file, line and column (exit 2).
fn desired(path: &Path) -> Result<Desired, CommandError> {
    let text = read_bounded(path, dli_reconcile::file::MOST_BYTES)?;
    dli_reconcile::parse(&path.display().to_string(), &text)
        .map_err(|error| CommandError::Usage(error.to_string()))
}

/// What exists of what `desired` names (of everything when pruning).
async fn observe(
    client: &Client,
    desired: &Desired,
    every: bool,
) -> Result<Observed, CommandError> {
    let width = NonZeroUsize::new(READS_AT_ONCE).unwrap_or(NonZeroUsize::MIN);
    Ok(dli_reconcile::observe(client, desired, every, width).await?)
}

/// `dli schema`: the file's JSON Schema.
pub fn schema(out: &mut impl std::io::Write) -> Result<crate::outcome::Exit, CommandError> {
    out.write_all(dli_reconcile::file::json_schema().as_bytes())?;
    Ok(crate::outcome::Exit::Done)
}
