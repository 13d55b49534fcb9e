//! Whether a failed attempt is tried again, and after how long: a pure decision, apart from
//! the loop in [`crate::transport`] that acts on it.
//!
//! The decision knows which calls are idempotent. `GET` and `DELETE` may be sent again after
//! any transient failure: deleting twice answers "not exist", never deletes twice. `POST`
//! (creating a connection) is sent again only when the first attempt provably never reached
//! DLI, or was throttled by the gateway in front of it; a timeout, a lost answer or a `5xx`
//! may hide a connection that was created, and a second attempt would create another.

use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderMap, RETRY_AFTER};
use reqwest::{Method, StatusCode};

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
/// `GET` and `DELETE` are retried after connection failures, timeouts, lost answers, `429`,
/// `500`, `502`, `503` and `504`. `POST` is retried only after failures to connect (refused,
/// DNS, TLS handshake, connect timeout) and `429`. No other status is retried; in particular
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

    /// Decides what follows failed attempt number `attempt` (1-based) of a request with this
    /// method. `random` is a number in `[0, 1)` that spreads the delay (the jitter); passing
    /// it in keeps the decision a pure function. `paced` says that the client's pacer holds
    /// every attempt back to the rate the gateway allows, so a `429` without `Retry-After` is
    /// retried as soon as the pacer lets it.
    pub(crate) fn decide(
        &self,
        method: &Method,
        attempt: u32,
        outcome: &AttemptOutcome,
        random: f64,
        paced: bool,
    ) -> Decision {
        // A paced client slows down on every `429`, so throttling does not use up the
        // attempts: the call's deadline bounds it.
        let throttled = matches!(outcome, AttemptOutcome::Answered { status, .. }
            if *status == StatusCode::TOO_MANY_REQUESTS);
        let attempts_left = attempt < self.max_attempts || (paced && throttled);
        if !attempts_left || !may_retry(method, outcome) {
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
            } => *wait,
            AttemptOutcome::Answered { status, .. }
                if *status == StatusCode::TOO_MANY_REQUESTS && paced =>
            {
                Duration::ZERO
            }
            AttemptOutcome::Answered { status, .. } if *status == StatusCode::TOO_MANY_REQUESTS => {
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
    /// The service answered with this status (success or not).
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

/// Whether sending the request again cannot cause a second effect.
fn is_idempotent(method: &Method) -> bool {
    matches!(
        *method,
        Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS
    )
}

/// Whether an outcome is worth another attempt of a request with this method.
fn may_retry(method: &Method, outcome: &AttemptOutcome) -> bool {
    match outcome {
        AttemptOutcome::Answered { status, .. } if *status == StatusCode::TOO_MANY_REQUESTS => true,
        AttemptOutcome::NotSent => true,
        AttemptOutcome::Answered { status, .. } => {
            is_idempotent(method) && is_transient_status(*status)
        }
        AttemptOutcome::TimedOut | AttemptOutcome::Lost => is_idempotent(method),
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
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    const MS: fn(u64) -> Duration = Duration::from_millis;

    fn answered(status: u16) -> AttemptOutcome {
        AttemptOutcome::Answered {
            status: StatusCode::from_u16(status).expect("valid status"),
            retry_after: None,
        }
    }

    fn policy() -> RetryPolicy {
        RetryPolicy::default()
            .max_attempts(4)
            .base_delay(MS(100))
            .throttle_delay(MS(1000))
            .max_delay(MS(20_000))
    }

    /// Every outcome against every method, with the jitter at its top (`random` just below
    /// 1 gives the ceiling) and at zero.
    #[test]
    fn the_decision_table() {
        use AttemptOutcome::{Lost, NotSent, TimedOut};
        let retry = |ms| Decision::Retry { delay: MS(ms) };
        let stop = Decision::Stop;
        let throttled_later = AttemptOutcome::Answered {
            status: StatusCode::TOO_MANY_REQUESTS,
            retry_after: Some(MS(3000)),
        };
        #[rustfmt::skip]
        let table: &[(Method, AttemptOutcome, u32, f64, Decision)] = &[
            // Idempotent calls: every transient failure, exponential full jitter.
            (Method::DELETE, NotSent,         1, 1.0, retry(100)),
            (Method::DELETE, NotSent,         2, 1.0, retry(200)),
            (Method::DELETE, NotSent,         3, 0.5, retry(200)),
            (Method::DELETE, TimedOut,        1, 1.0, retry(100)),
            (Method::DELETE, Lost,            1, 0.0, retry(0)),
            (Method::DELETE, answered(500),   1, 1.0, retry(100)),
            (Method::DELETE, answered(502),   1, 1.0, retry(100)),
            (Method::DELETE, answered(503),   2, 1.0, retry(200)),
            (Method::DELETE, answered(504),   1, 1.0, retry(100)),
            (Method::GET,    Lost,            1, 1.0, retry(100)),
            (Method::GET,    TimedOut,        2, 1.0, retry(200)),
            (Method::GET,    answered(503),   1, 1.0, retry(100)),
            // Never retried, whatever the method.
            (Method::DELETE, answered(200),   1, 1.0, stop),
            (Method::DELETE, answered(400),   1, 1.0, stop),
            (Method::DELETE, answered(401),   1, 1.0, stop),
            (Method::DELETE, answered(403),   1, 1.0, stop),
            (Method::DELETE, answered(404),   1, 1.0, stop),
            (Method::DELETE, answered(413),   1, 1.0, stop),
            (Method::DELETE, answered(501),   1, 1.0, stop),
            (Method::GET,    answered(401),   1, 1.0, stop),
            (Method::POST,   answered(401),   1, 1.0, stop),
            // Creating: only when nothing reached DLI, or the gateway throttled it.
            (Method::POST,   NotSent,         1, 1.0, retry(100)),
            (Method::POST,   TimedOut,        1, 1.0, stop),
            (Method::POST,   Lost,            1, 1.0, stop),
            (Method::POST,   answered(500),   1, 1.0, stop),
            (Method::POST,   answered(502),   1, 1.0, stop),
            (Method::POST,   answered(503),   1, 1.0, stop),
            (Method::POST,   answered(504),   1, 1.0, stop),
            // Throttling without Retry-After: at least the throttling delay, doubling.
            (Method::POST,   answered(429),   1, 0.0, retry(1000)),
            (Method::POST,   answered(429),   1, 0.5, retry(1500)),
            (Method::DELETE, answered(429),   2, 0.0, retry(2000)),
            (Method::DELETE, answered(429),   3, 0.99, retry(7960)),
            // Retry-After wins over both, for every method.
            (Method::POST,   throttled_later, 1, 0.0, retry(3000)),
            (Method::DELETE, throttled_later, 1, 0.9, retry(3000)),
            // The last attempt is never retried, throttled or not.
            (Method::DELETE, answered(503),   4, 1.0, stop),
            (Method::DELETE, answered(429),   4, 1.0, stop),
            (Method::POST,   NotSent,         4, 1.0, stop),
        ];
        for (method, outcome, attempt, random, expected) in table {
            let decided = policy().decide(method, *attempt, outcome, *random, false);
            assert_eq!(
                decided, *expected,
                "{method} after attempt {attempt} with {outcome:?} (random {random})"
            );
        }
    }

    #[test]
    fn a_paced_client_retries_throttling_at_once_and_nothing_else_changes() {
        let throttled_later = AttemptOutcome::Answered {
            status: StatusCode::TOO_MANY_REQUESTS,
            retry_after: Some(MS(3000)),
        };
        for method in [Method::POST, Method::DELETE, Method::GET] {
            assert_eq!(
                policy().decide(&method, 1, &answered(429), 0.7, true),
                Decision::Retry { delay: MS(0) }
            );
            assert_eq!(
                policy().decide(&method, 1, &throttled_later, 0.7, true),
                Decision::Retry { delay: MS(3000) },
                "Retry-After is still honoured"
            );
            assert_eq!(
                policy().decide(&method, 9, &answered(429), 0.7, true),
                Decision::Retry { delay: MS(0) },
                "throttling does not use up a paced client's attempts"
            );
        }
        assert_eq!(
            policy().decide(&Method::DELETE, 1, &answered(503), 1.0, true),
            Decision::Retry { delay: MS(100) }
        );
        assert_eq!(
            policy().decide(&Method::DELETE, 4, &answered(503), 1.0, true),
            Decision::Stop,
            "only throttling goes past the attempt limit"
        );
        assert_eq!(
            policy().decide(&Method::POST, 1, &answered(503), 1.0, true),
            Decision::Stop
        );
    }

    #[test]
    fn delays_never_pass_the_cap() {
        let policy = policy().max_delay(MS(1500));
        let outcomes = [
            answered(503),
            answered(429),
            AttemptOutcome::Answered {
                status: StatusCode::SERVICE_UNAVAILABLE,
                retry_after: Some(Duration::from_secs(3600)),
            },
        ];
        for outcome in outcomes {
            for attempt in 1..4 {
                let Decision::Retry { delay } =
                    policy.decide(&Method::DELETE, attempt, &outcome, 0.999, false)
                else {
                    panic!("{outcome:?} must be retried");
                };
                assert!(delay <= MS(1500), "{outcome:?}: {delay:?}");
            }
        }
        // Huge attempt numbers do not overflow.
        let long = RetryPolicy::default().max_attempts(u32::MAX);
        assert_eq!(
            long.decide(&Method::GET, 1000, &AttemptOutcome::Lost, 0.999, false),
            Decision::Retry {
                delay: long.max_delay
            }
        );
    }

    #[test]
    fn one_attempt_means_no_retries() {
        assert_eq!(RetryPolicy::none().attempts(), 1);
        assert_eq!(RetryPolicy::default().max_attempts(0).attempts(), 1);
        assert_eq!(RetryPolicy::default().attempts(), 3);
        assert_eq!(
            RetryPolicy::none().decide(&Method::GET, 1, &AttemptOutcome::NotSent, 0.5, false),
            Decision::Stop
        );
    }

    #[test]
    fn only_transient_statuses_are_transient() {
        for status in [429, 500, 502, 503, 504] {
            assert!(is_transient_status(
                StatusCode::from_u16(status).expect("valid")
            ));
        }
        for status in [200, 400, 401, 403, 404, 409, 413, 501, 505] {
            assert!(!is_transient_status(
                StatusCode::from_u16(status).expect("valid")
            ));
        }
    }

    fn headers(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, HeaderValue::from_str(value).expect("valid"));
        headers
    }

    #[test]
    fn a_jitter_out_of_range_is_clamped_and_not_a_number_is_none() {
        // Found by the `error_answer` fuzz target: NaN made `Duration::mul_f64` panic.
        let throttled = answered(429);
        for (random, base) in [
            (f64::NAN, 0),
            (f64::INFINITY, 1),
            (f64::NEG_INFINITY, 0),
            (2.0, 1),
        ] {
            assert_eq!(
                policy().decide(&Method::GET, 1, &throttled, random, false),
                Decision::Retry {
                    delay: MS(1000) + MS(1000) * base
                },
                "{random}"
            );
            assert_eq!(
                policy().decide(&Method::GET, 2, &answered(503), random, false),
                Decision::Retry {
                    delay: MS(200) * base
                },
                "{random}"
            );
        }
    }

    #[test]
    fn retry_after_in_seconds_and_as_a_date() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(
            retry_after(&headers("7"), now),
            Some(Duration::from_secs(7))
        );
        let later = httpdate::fmt_http_date(now + Duration::from_secs(30));
        assert_eq!(
            retry_after(&headers(&later), now),
            Some(Duration::from_secs(30))
        );
        let earlier = httpdate::fmt_http_date(now - Duration::from_secs(30));
        assert_eq!(retry_after(&headers(&earlier), now), Some(Duration::ZERO));
        assert_eq!(retry_after(&headers("soon"), now), None);
        assert_eq!(retry_after(&HeaderMap::new(), now), None);
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Any jitter, `Retry-After` and attempt: a retry waits at most `max_delay`, and a
        /// `POST` that may have reached DLI is never sent again.
        #[test]
        fn a_retry_is_bounded_and_never_repeats_a_create(
            status in 100u16..1000,
            retry_after in prop::option::of(any::<u64>().prop_map(Duration::from_millis)),
            random in prop_oneof![any::<f64>(), Just(f64::NAN), Just(f64::INFINITY)],
            attempt in 0u32..40,
            paced in any::<bool>(),
        ) {
            let policy = RetryPolicy::default();
            let status = StatusCode::from_u16(status).expect("in range");
            let answered = AttemptOutcome::Answered { status, retry_after };
            for method in [Method::GET, Method::DELETE, Method::POST] {
                for outcome in [answered, AttemptOutcome::Lost, AttemptOutcome::TimedOut] {
                    match policy.decide(&method, attempt, &outcome, random, paced) {
                        Decision::Retry { delay } => {
                            prop_assert!(delay <= Duration::from_secs(20));
                            let throttled = outcome == answered
                                && status == StatusCode::TOO_MANY_REQUESTS;
                            prop_assert!(method != Method::POST || throttled);
                        }
                        Decision::Stop => {}
                    }
                }
            }
        }
    }
}
