//! Whether a failed attempt is tried again, and after how long: a pure decision, apart from
//! the loop in [`crate::transport`] that acts on it.
//!
//! The decision knows which calls are idempotent from the operation table
//! ([`crate::catalog`]), which the document's `x-dli-retry` fills. An idempotent operation
//! may be sent again after any transient failure: deleting twice answers "not exist", never
//! deletes twice. Any other (creating a connection, binding, adding a route) is sent again
//! only when the first attempt provably never reached DLI, or was throttled by the gateway
//! in front of it; a timeout, a lost answer or a `5xx` may hide a change that landed, and a
//! second attempt would make another. What "throttled" means is decided here, once
//! ([`is_throttled`]), for the classifier, the error's predicate and the pacer alike.

use std::time::{Duration, SystemTime};

use reqwest::StatusCode;
use reqwest::header::{HeaderMap, RETRY_AFTER};

/// How failed attempts are retried.
///
/// - Exponential backoff with full jitter from `base_delay`, at most `max_delay`.
/// - `Retry-After`, in seconds or as an HTTP date, is honoured up to `max_delay`.
/// - A `429` without `Retry-After` (DLI's gateway never sends one; its throttling windows
///   are a second or a minute) waits at least `throttle_delay`, doubled for each further
///   retry, plus up to as much again at random so that many clients do not retry in step.
///
/// With a [`RateLimit`](crate::RateLimit) the client paces itself: a `429` is retried as
/// soon as the pacer allows, without counting against `max_attempts` (the deadline still
/// bounds the call).
///
/// Idempotent operations (reads, deletes, replacing hosts, tags, grants) are retried after
/// connection failures, timeouts, lost answers, throttling, `500`, `502`, `503` and `504`.
/// The others (create, bind, unbind, adding a route) are retried only when nothing was
/// carried out: after failures to connect (refused, DNS, TLS handshake, connect timeout),
/// throttling and `503`. After an outcome that may have landed (a lost answer, a timeout
/// after sending, `500`, `502`, `504`) their methods on [`Client`](crate::Client) read what
/// happened and send again only when it did not. No other status is retried; in particular
/// `401` never is, as five failed authentications lock the access key for five minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    base_delay: Duration,
    max_delay: Duration,
    throttle_delay: Duration,
}

impl Default for RetryPolicy {
    /// 3 attempts, 100 ms base delay, 1 s throttling delay, 20 s cap.
    fn default() -> Self {
        Self {
            max_attempts: 3,
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_secs(20),
            throttle_delay: Duration::from_secs(1),
        }
    }
}

impl RetryPolicy {
    /// One attempt: no retries.
    pub fn none() -> Self {
        Self::default().max_attempts(1)
    }

    /// How many attempts in all (at least 1; 1 turns retries off).
    #[must_use]
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The delay before the first retry, before jitter; it doubles for each further retry.
    #[must_use]
    pub fn base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }

    /// The least wait after a `429` without `Retry-After` (default 1 s); it doubles for
    /// each further retry.
    #[must_use]
    pub fn throttle_delay(mut self, delay: Duration) -> Self {
        self.throttle_delay = delay;
        self
    }

    /// The longest wait between attempts, `Retry-After` included.
    #[must_use]
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// The number of attempts.
    pub fn attempts(&self) -> u32 {
        self.max_attempts
    }

    /// Decides what follows failed attempt number `attempt` (1-based) of a request that is
    /// `idempotent` or not (its operation's [`RetryClass`](crate::catalog::RetryClass)). `random` is a number in `[0, 1)` that spreads the delay (the jitter); passing
    /// it in keeps the decision a pure function. `paced` says that the client's pacer holds
    /// every attempt back to the rate the gateway allows, so a `429` without `Retry-After` is
    /// retried as soon as the pacer lets it.
    pub(crate) fn decide(
        &self,
        idempotent: bool,
        attempt: u32,
        outcome: &AttemptOutcome,
        random: f64,
        paced: bool,
    ) -> Decision {
        // A paced client slows down on every `429`, so throttling does not use up the
        // attempts: the call's deadline bounds it.
        let throttled = matches!(outcome, AttemptOutcome::Throttled { .. });
        let attempts_left = attempt < self.max_attempts || (paced && throttled);
        if !attempts_left || !may_retry(idempotent, outcome) {
            return Decision::Stop;
        }
        // Not a number counts as no jitter: `Duration::mul_f64` panics on NaN.
        let random = if random.is_nan() {
            0.0
        } else {
            random.clamp(0.0, 1.0)
        };
        let doubling = 1u32 << attempt.saturating_sub(1).min(30);
        let delay = match outcome {
            AttemptOutcome::Answered {
                retry_after: Some(wait),
                ..
            }
            | AttemptOutcome::Throttled {
                retry_after: Some(wait),
            } => *wait,
            AttemptOutcome::Throttled { .. } if paced => Duration::ZERO,
            AttemptOutcome::Throttled { .. } => {
                let least = self.throttle_delay.saturating_mul(doubling);
                least.saturating_add(least.mul_f64(random))
            }
            _ => self.base_delay.saturating_mul(doubling).mul_f64(random),
        };
        Decision::Retry {
            delay: delay.min(self.max_delay),
        }
    }
}

/// What one attempt came to, as far as retrying is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AttemptOutcome {
    /// The API gateway throttled the attempt (see [`is_throttled`]): nothing reached DLI.
    Throttled {
        /// The `Retry-After` it asked for.
        retry_after: Option<Duration>,
    },
    /// The service answered with this status (success or not), not throttling.
    Answered {
        /// The status.
        status: StatusCode,
        /// The `Retry-After` it asked for.
        retry_after: Option<Duration>,
    },
    /// No connection was made: refused, DNS, TLS handshake, connect timeout. Nothing reached
    /// the service.
    NotSent,
    /// The attempt ran out of time after the request may have reached the service.
    TimedOut,
    /// The connection failed after the request may have reached the service: reset before
    /// the answer, or an answer cut short.
    Lost,
}

impl AttemptOutcome {
    /// Whether the request may have been carried out although no answer says so: it was
    /// lost or timed out after sending, or DLI answered `500`, `502` or `504`.
    pub(crate) fn may_have_landed(&self) -> bool {
        match self {
            Self::TimedOut | Self::Lost => true,
            Self::Answered { status, .. } => matches!(status.as_u16(), 500 | 502 | 504),
            Self::Throttled { .. } | Self::NotSent => false,
        }
    }
}

/// What to do after a failed attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decision {
    /// Send the request again after this delay.
    Retry {
        /// How long to wait first.
        delay: Duration,
    },
    /// Give the outcome to the caller.
    Stop,
}

/// Whether an answer is the API gateway's throttling: a `429`, or the code `APIGW.0308`
/// whatever the status. The one definition the classifier, the error's predicate and the
/// pacer share.
pub(crate) fn is_throttled(status: StatusCode, error_code: Option<&str>) -> bool {
    status == StatusCode::TOO_MANY_REQUESTS || error_code == Some(THROTTLED_CODE)
}

/// The API gateway's code for a throttled request.
const THROTTLED_CODE: &str = "APIGW.0308";

/// Whether an outcome is worth another attempt of an idempotent request or not: a request
/// that is not idempotent only when nothing was carried out.
fn may_retry(idempotent: bool, outcome: &AttemptOutcome) -> bool {
    match outcome {
        AttemptOutcome::Throttled { .. } | AttemptOutcome::NotSent => true,
        AttemptOutcome::Answered { status, .. } => {
            is_transient_status(*status) && (idempotent || !outcome.may_have_landed())
        }
        AttemptOutcome::TimedOut | AttemptOutcome::Lost => idempotent,
    }
}

/// Statuses that a later attempt may not get: throttling and the gateway's or DLI's
/// transient failures.
pub(crate) fn is_transient_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 500 | 502 | 503 | 504)
}

/// `Retry-After` as seconds or as an HTTP date; `None` when absent or unreadable.
pub(crate) fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests;
