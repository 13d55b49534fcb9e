//! The one loop of every command that makes many changes (`dli connection delete`, the bulk
//! changes of `many.rs`, `dli apply`): it takes what the run reports as it comes, hands
//! each to the command to print, keeps a printed line waiting at most [`FLUSH_AFTER`], and
//! answers Ctrl-C: the first starts nothing new and lets what is under way finish, the
//! second leaves at once.

use std::future::Future;
use std::io::{BufWriter, Write};
use std::pin::Pin;
use std::time::Duration;

use futures_util::{Stream, StreamExt};
use indicatif::ProgressBar;

use crate::outcome::CommandError;

/// The longest a printed line waits in the output's buffer.
pub const FLUSH_AFTER: Duration = Duration::from_millis(50);

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// Everything the run reported was taken.
    Finished,
    /// Ctrl-C started nothing new; what was under way finished and was taken.
    Interrupted,
    /// A second Ctrl-C: the command leaves without waiting for what is under way.
    Left,
}

/// Takes everything `reports` yields, giving each to `each` to print into `out`, until it
/// ends or a second Ctrl-C. The first Ctrl-C calls `stop` and says so on stderr (above
/// `progress`, when a bar is shown). Lines are buffered and written out at the latest
/// [`FLUSH_AFTER`] after they are printed, so that they stream as changes finish without a
/// write for every line of a fast run; `out` is flushed before this returns.
pub async fn drive<S, W>(
    reports: S,
    stop: impl FnOnce(),
    progress: Option<&ProgressBar>,
    out: &mut BufWriter<W>,
    mut each: impl FnMut(S::Item, &mut BufWriter<W>) -> Result<(), CommandError>,
) -> Result<Ended, CommandError>
where
    S: Stream,
    W: Write,
{
    tokio::pin!(reports);
    let mut ctrl_c = ctrl_c();
    let mut stop = Some(stop);
    // One timer for the whole run, set when the first line of a batch is buffered.
    let flush_timer = tokio::time::sleep(FLUSH_AFTER);
    tokio::pin!(flush_timer);
    let mut pending = false;
    let ended = loop {
        tokio::select! {
            biased;
            report = reports.next() => {
                let Some(report) = report else {
                    break if stop.is_some() { Ended::Finished } else { Ended::Interrupted };
                };
                each(report, out)?;
                if !pending && !out.buffer().is_empty() {
                    pending = true;
                    flush_timer
                        .as_mut()
                        .reset(tokio::time::Instant::now() + FLUSH_AFTER);
                }
            }
            signal = &mut ctrl_c => {
                if signal.is_err() {
                    // No Ctrl-C can be caught: the run goes on without.
                    ctrl_c = Box::pin(std::future::pending());
                    continue;
                }
                let Some(stop) = stop.take() else { break Ended::Left };
                stop();
                say(
                    progress,
                    "interrupted: nothing new starts; what is under way finishes \
                     (Ctrl-C again to leave at once)",
                );
                ctrl_c = self::ctrl_c();
            }
            () = &mut flush_timer, if pending => {
                out.flush()?;
                pending = false;
            }
        }
    };
    out.flush()?;
    Ok(ended)
}

/// The next Ctrl-C.
fn ctrl_c() -> Pin<Box<dyn Future<Output = std::io::Result<()>> + Send>> {
    Box::pin(tokio::signal::ctrl_c())
}

/// Writes `line` on stderr, above the progress bar when one is shown.
pub fn say(progress: Option<&ProgressBar>, line: &str) {
    match progress {
        Some(bar) => bar.suspend(|| eprintln!("{line}")),
        None => eprintln!("{line}"),
    }
}
