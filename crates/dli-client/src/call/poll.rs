//! Looking again and again until something holds, with a growing pause and a time limit.

use std::future::Future;
use std::time::Duration;

use tokio::time::Instant;

use crate::error::{Error, TimeoutKind};

/// The first pause between two looks at a connection or its peerings, which take seconds
/// to minutes to create; it doubles up to [`POLL_MAX`]. A connection that is ready 20 s
/// after the first look has been looked at 8 times.
pub(crate) const FIRST_PAUSE_FOR_CONNECTION: Duration = Duration::from_millis(500);
/// The first pause between two looks at a connectivity test, which often ends within a
/// second; it doubles up to [`POLL_MAX`].
pub(crate) const FIRST_PAUSE_FOR_TASK: Duration = Duration::from_millis(250);
/// The longest pause between two looks.
const POLL_MAX: Duration = Duration::from_secs(5);

/// What one look found.
pub(crate) enum Look<T> {
    /// What was waited for.
    Done(T),
    /// Not yet.
    NotYet,
}

/// Looks at once, then after `first_pause`, doubling up to 5 s between looks, until a look
/// is done or fails. Still not done after `timeout` is an [`Error::Timeout`] of kind
/// [`TimeoutKind::Wait`]. Each look's calls go through the client's pacer, so many waits
/// together stay under the gateway's limit.
pub(crate) async fn poll<T, F, Fut>(
    timeout: Duration,
    first_pause: Duration,
    mut look: F,
) -> Result<T, Error>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<Look<T>, Error>>,
{
    let started = Instant::now();
    let deadline = started + timeout;
    let mut pause = first_pause;
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

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;

    /// How many looks `poll` makes at something that becomes ready `ready_after` after the
    /// first look.
    async fn looks_until(ready_after: Duration, first_pause: Duration) -> u32 {
        let started = Instant::now();
        let looks = Cell::new(0);
        poll(Duration::from_secs(600), first_pause, || {
            looks.set(looks.get() + 1);
            let ready = started.elapsed() >= ready_after;
            async move { Ok(if ready { Look::Done(()) } else { Look::NotYet }) }
        })
        .await
        .expect("ready before the timeout");
        looks.get()
    }

    #[tokio::test(start_paused = true)]
    async fn a_connection_ready_after_20_s_is_looked_at_8_times() {
        // At 0, 0.5, 1.5, 3.5, 7.5, 12.5, 17.5 and 22.5 s.
        let first = FIRST_PAUSE_FOR_CONNECTION;
        assert_eq!(looks_until(Duration::from_secs(20), first).await, 8);
        assert_eq!(looks_until(Duration::ZERO, first).await, 1);
        // Then every 5 s.
        assert_eq!(looks_until(Duration::from_secs(60), first).await, 16);
    }

    #[tokio::test(start_paused = true)]
    async fn a_connectivity_test_is_looked_at_sooner() {
        // At 0, 0.25, 0.75 s.
        assert_eq!(
            looks_until(Duration::from_millis(700), FIRST_PAUSE_FOR_TASK).await,
            3
        );
    }

    #[tokio::test(start_paused = true)]
    async fn still_not_ready_at_the_timeout_is_a_wait_timeout() {
        let error = poll(
            Duration::from_secs(3),
            FIRST_PAUSE_FOR_CONNECTION,
            || async { Ok::<Look<()>, Error>(Look::NotYet) },
        )
        .await
        .expect_err("never ready");
        assert!(
            matches!(
                error,
                Error::Timeout {
                    kind: TimeoutKind::Wait,
                    attempts: 4,
                    ..
                }
            ),
            "{error:?}"
        );
    }
}
