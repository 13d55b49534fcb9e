//! `dli connection delete`: many ids at once, results streamed as they finish, a summary at
//! the end, Ctrl-C honoured between requests.

use std::io::{IsTerminal, Write};
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use dli_client::Client;
use futures_util::FutureExt;
use indicatif::{ProgressBar, ProgressStyle};
use tokio::sync::mpsc;
use uuid::Uuid;

use crate::cli::{DeleteArgs, DeleteOutput};
use crate::outcome::{CommandError, Exit};

mod one;

use one::{Kind, Mode, Outcome, delete_one, text_line};

/// The longest a finished result waits in the output buffer.
const FLUSH_AFTER: Duration = Duration::from_millis(50);

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
}

/// Deletes one connection as `dli connection delete ID` does.
pub(super) async fn delete_as_text(client: &Client, id: Uuid) -> TextResult {
    let args = DeleteArgs {
        ids: vec![id.to_string()],
        wait: None,
        ignore_missing: false,
        concurrency: std::num::NonZeroUsize::MIN,
        dry_run: false,
        rate: None,
        output: DeleteOutput::Text,
    };
    let outcome = delete_one(client.clone(), Mode::from(&args), id).await;
    TextResult {
        line: text_line(&outcome),
        failed: outcome.outcome == Kind::Failed,
        error_code: outcome.error_code.clone(),
        request_id: outcome.request_id.clone(),
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

/// The ids of one command, handed out one at a time to whichever worker is free.
#[derive(Clone)]
struct Queue {
    ids: Arc<Vec<Uuid>>,
    /// The index of the next id to hand out.
    next: Arc<AtomicUsize>,
    /// Set on Ctrl-C: nothing new starts.
    stop: Arc<AtomicBool>,
    /// Set after an authentication failure: nothing new starts.
    refused: Arc<AtomicBool>,
}

impl Queue {
    /// Deletes up to `most` ids, one after the other, sending each outcome on; stops when the
    /// ids run out, Ctrl-C was pressed, the credentials were refused or the output is gone.
    async fn work(&self, client: &Client, mode: Mode, results: mpsc::Sender<Outcome>, most: usize) {
        for _ in 0..most {
            if self.stop.load(Ordering::SeqCst) || self.refused.load(Ordering::SeqCst) {
                return;
            }
            let Some(&id) = self.ids.get(self.next.fetch_add(1, Ordering::Relaxed)) else {
                return;
            };
            // A delete that panics is reported as failed; the others go on.
            let outcome = AssertUnwindSafe(delete_one(client.clone(), mode, id))
                .catch_unwind()
                .await
                .unwrap_or_else(|_| Outcome::crashed(id));
            if outcome.auth_failure {
                self.refused.store(true, Ordering::SeqCst);
            }
            if results.send(outcome).await.is_err() {
                return;
            }
        }
    }
}

/// Deletes every id, `--concurrency` at a time, printing each result as it finishes.
pub async fn run(client: &Client, args: &DeleteArgs, ids: Vec<Uuid>) -> Result<Exit, CommandError> {
    let started = Instant::now();
    let total = ids.len();
    let interrupted = Arc::new(AtomicBool::new(false));
    let watcher = {
        let interrupted = Arc::clone(&interrupted);
        tokio::spawn(async move {
            if tokio::signal::ctrl_c().await.is_ok() {
                interrupted.store(true, Ordering::SeqCst);
            }
        })
    };
    let progress = (total > 1 && std::io::stderr().is_terminal()).then(|| {
        let bar = ProgressBar::new(total as u64);
        if let Ok(style) = ProgressStyle::with_template("{bar:30} {pos}/{len} {per_sec} eta {eta}")
        {
            bar.set_style(style);
        }
        bar
    });

    // Results reach the output through a channel as short as the concurrency: when the output
    // cannot keep up, the deletes wait for it.
    let (sender, mut results) = mpsc::channel(args.concurrency.get());
    let queue = Queue {
        ids: Arc::new(ids),
        next: Arc::new(AtomicUsize::new(0)),
        stop: Arc::clone(&interrupted),
        refused: Arc::new(AtomicBool::new(false)),
    };
    // The first delete goes alone: with a wrong key it is the only failed authentication
    // the gateway counts (five in a row lock the key for five minutes), and after any
    // authentication failure no new delete starts.
    queue
        .work(client, Mode::from(args), sender.clone(), 1)
        .await;
    // Then `--concurrency` workers each take the next id as soon as their delete ends, so
    // that they run on every core and, after Ctrl-C, nothing new starts while the deletes
    // under way finish.
    for _ in 0..args.concurrency.get().min(total.saturating_sub(1)) {
        let (queue, client, sender) = (queue.clone(), client.clone(), sender.clone());
        let mode = Mode::from(args);
        tokio::spawn(async move { queue.work(&client, mode, sender, usize::MAX).await });
    }
    drop(sender);

    let mut tally = Tally::default();
    // Lines are buffered and written out at the latest [`FLUSH_AFTER`] after they are
    // ready, or at once when nothing else is under way: they stream as deletes finish,
    // without a write for every line of a fast bulk run.
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout());
    // One timer for the whole run, set when the first line of a batch is buffered.
    let flush_timer = tokio::time::sleep(FLUSH_AFTER);
    tokio::pin!(flush_timer);
    let mut pending = false;
    loop {
        let next = if pending {
            tokio::select! {
                biased;
                next = results.recv() => next,
                () = &mut flush_timer => {
                    out.flush()?;
                    pending = false;
                    continue;
                }
            }
        } else {
            results.recv().await
        };
        let Some(outcome) = next else { break };
        tally.add(outcome.outcome);
        let write = |out: &mut std::io::BufWriter<_>| -> std::io::Result<()> {
            match args.output {
                DeleteOutput::Text => writeln!(out, "{}", text_line(&outcome)),
                DeleteOutput::Json => {
                    serde_json::to_writer(&mut *out, &outcome).map_err(std::io::Error::other)?;
                    out.write_all(b"\n")
                }
            }
        };
        match &progress {
            Some(bar) => {
                bar.suspend(|| write(&mut out).and_then(|()| out.flush()))?;
                bar.inc(1);
            }
            None => {
                write(&mut out)?;
                if !pending {
                    pending = true;
                    flush_timer
                        .as_mut()
                        .reset(tokio::time::Instant::now() + FLUSH_AFTER);
                }
            }
        }
    }
    out.flush()?;
    watcher.abort();
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    let done = tally.deleted + tally.missing + tally.failed + tally.shown;
    eprintln!(
        "{}",
        tally.summary(
            started.elapsed(),
            total - done,
            queue.refused.load(Ordering::SeqCst)
        )
    );
    Ok(if interrupted.load(Ordering::SeqCst) {
        Exit::Interrupted
    } else if tally.failed > 0 {
        Exit::Failed
    } else {
        Exit::Done
    })
}
