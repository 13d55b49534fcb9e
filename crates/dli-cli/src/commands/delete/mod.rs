//! `dli connection delete`: many ids at once, results streamed as they finish, a summary at
//! the end, Ctrl-C honoured between requests.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

use dli_client::{Client, ConnectionId, Stopped};
use indicatif::{ProgressBar, ProgressStyle};

use crate::cli::{DeleteArgs, DeleteOutput};
use crate::outcome::{CommandError, Exit};

use super::drive::{Ended, drive, say};

mod one;

use one::{Kind, Mode, Outcome, delete, text_line};

/// What a second Ctrl-C says.
const LEFT: &str = "interrupted again: leaving now; a delete under way may have landed: \
                    dli connection list shows what is left";

/// One delete as `dli connection delete ID` prints it, with what the demo tells of it.
pub(super) struct TextResult {
    /// The line the command prints.
    pub line: String,
    /// Whether the delete failed.
    pub failed: bool,
    /// DLI's error code, when it failed.
    pub error_code: Option<String>,
    /// The request id DLI gave.
    pub request_id: Option<String>,
    /// DLI's answer, when the delete succeeded.
    pub answer: Option<dli_client::types::DeleteEnhancedConnectionResponse>,
}

/// Deletes one connection as `dli connection delete ID` does.
pub(super) async fn delete_as_text(client: &Client, id: ConnectionId) -> TextResult {
    let mode = Mode::PLAIN;
    let started = Instant::now();
    let result = delete(client.clone(), mode, id).await;
    let outcome = Outcome::of(id, &result, started.elapsed(), mode);
    TextResult {
        line: text_line(&outcome),
        failed: outcome.outcome == Kind::Failed,
        error_code: outcome.error_code.clone(),
        request_id: outcome.request_id.clone(),
        answer: result.ok().map(|response| response.into_inner()),
    }
}

/// Counts for the summary line.
#[derive(Debug, Default)]
struct Tally {
    deleted: usize,
    missing: usize,
    failed: usize,
    shown: usize,
}

impl Tally {
    fn add(&mut self, kind: Kind) {
        match kind {
            Kind::Deleted => self.deleted += 1,
            Kind::Missing => self.missing += 1,
            Kind::Failed => self.failed += 1,
            Kind::DryRun => self.shown += 1,
        }
    }

    fn summary(&self, elapsed: Duration, not_started: usize, refused: bool) -> String {
        let mut line = if self.shown > 0 {
            format!("dry run: {} request(s) shown, nothing sent", self.shown)
        } else {
            format!(
                "deleted {}, missing {}, failed {} in {:.1} s",
                self.deleted,
                self.missing,
                self.failed,
                elapsed.as_secs_f64()
            )
        };
        match (not_started, refused) {
            (0, _) => {}
            (n, true) => line.push_str(&format!(
                "; stopped after an authentication failure (check the AK and SK), {n} not started"
            )),
            (n, false) => line.push_str(&format!("; interrupted, {n} not started")),
        }
        line
    }
}

/// Deletes every id, `--concurrency` at a time, printing each result as it finishes.
pub async fn run(
    client: &Client,
    args: &DeleteArgs,
    dry_run: bool,
    ids: Vec<ConnectionId>,
) -> Result<Exit, CommandError> {
    let started = Instant::now();
    let total = ids.len();
    let progress = (total > 1 && std::io::stderr().is_terminal()).then(|| {
        let bar = ProgressBar::new(total as u64);
        if let Ok(style) = ProgressStyle::with_template("{bar:30} {pos}/{len} {per_sec} eta {eta}")
        {
            bar.set_style(style);
        }
        bar
    });
    // The library's bulk runner holds the policy: the first delete alone, then
    // `--concurrency` at a time, nothing new after an authentication failure or Ctrl-C.
    let mode = Mode::new(args, dry_run);
    let mut run = client.bulk(ids, args.concurrency, move |client, id| {
        delete(client, mode, id)
    });
    let stopper = run.stopper();
    let mut tally = Tally::default();
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout());
    let ended = drive(
        &mut run,
        || stopper.stop(),
        progress.as_ref(),
        &mut out,
        |done, out| {
            let outcome = Outcome::of(done.item, &done.result, done.elapsed, mode);
            tally.add(outcome.outcome);
            let write = |out: &mut std::io::BufWriter<_>| -> std::io::Result<()> {
                match args.output {
                    DeleteOutput::Text => writeln!(out, "{}", text_line(&outcome)),
                    DeleteOutput::Json => {
                        serde_json::to_writer(&mut *out, &outcome)
                            .map_err(std::io::Error::other)?;
                        out.write_all(b"\n")
                    }
                }
            };
            match &progress {
                Some(bar) => {
                    bar.suspend(|| write(out).and_then(|()| out.flush()))?;
                    bar.inc(1);
                }
                None => write(out)?,
            }
            Ok(())
        },
    )
    .await?;
    if ended == Ended::Left {
        say(progress.as_ref(), LEFT);
        return Ok(Exit::Interrupted);
    }
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    eprintln!(
        "{}",
        tally.summary(
            started.elapsed(),
            run.not_started(),
            run.stopped() == Some(Stopped::AuthFailed)
        )
    );
    Ok(if ended == Ended::Interrupted {
        Exit::Interrupted
    } else if tally.failed > 0 {
        Exit::Failed
    } else {
        Exit::Done
    })
}
