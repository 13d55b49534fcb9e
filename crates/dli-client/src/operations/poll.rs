//! Looking again and again until something holds, with a growing pause and a time limit.

use std::future::Future;
use std::time::Duration;

use tokio::time::Instant;

use crate::error::{Error, TimeoutKind};

/// The first pause between two looks; it doubles up to [`POLL_MAX`].
const POLL_FIRST: Duration = Duration::from_millis(250);
/// The longest pause between two looks.
const POLL_MAX: Duration = Duration::from_secs(5);

/// What one look found.
pub(super) enum Look<T> {
    /// What was waited for.
    Done(T),
    /// Not yet.
    NotYet,
}

/// Looks at once, then after 250 ms, doubling up to 5 s between looks, until a look is
/// done or fails. Still not done after `timeout` is an [`Error::Timeout`] of kind
/// [`TimeoutKind::Wait`]. Each look's calls go through the client's pacer, so many waits
/// together stay under the gateway's limit.
pub(super) async fn poll<T, F, Fut>(timeout: Duration, mut look: F) -> Result<T, Error>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<Look<T>, Error>>,
{
    let started = Instant::now();
    let deadline = started + timeout;
    let mut pause = POLL_FIRST;
    let mut looks = 0;
    loop {
        looks += 1;
        if let Look::Done(found) = look().await? {
            return Ok(found);
        }
        let remaining = deadline.saturating_duration_since(Instant::now());
        if remaining.is_zero() {
            return Err(Error::Timeout {
                kind: TimeoutKind::Wait,
                attempts: looks,
                elapsed: started.elapsed(),
                source: None,
            });
        }
        tracing::debug!(looks, pause_ms = pause.as_millis() as u64, "not yet");
        tokio::time::sleep(pause.min(remaining)).await;
        pause = (pause * 2).min(POLL_MAX);
    }
}
