//! The retry decision as a table of cases, and its properties.

use super::*;
use reqwest::header::HeaderValue;

const MS: fn(u64) -> Duration = Duration::from_millis;

fn answered(status: u16) -> AttemptOutcome {
    AttemptOutcome::Answered {
        status: StatusCode::from_u16(status).expect("valid status"),
        retry_after: None,
    }
}

/// Throttled by the gateway, without `Retry-After`.
const THROTTLED: AttemptOutcome = AttemptOutcome::Throttled { retry_after: None };
/// An idempotent operation (a read, a delete, replacing hosts).
const AGAIN: bool = true;
/// An operation that is not (a create, a bind, adding a route).
const ONCE: bool = false;

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
    let throttled_later = AttemptOutcome::Throttled {
        retry_after: Some(MS(3000)),
    };
    #[rustfmt::skip]
    let table: &[(bool, AttemptOutcome, u32, f64, Decision)] = &[
        // Idempotent calls: every transient failure, exponential full jitter.
        (AGAIN, NotSent,         1, 1.0, retry(100)),
        (AGAIN, NotSent,         2, 1.0, retry(200)),
        (AGAIN, NotSent,         3, 0.5, retry(200)),
        (AGAIN, TimedOut,        1, 1.0, retry(100)),
        (AGAIN, Lost,            1, 0.0, retry(0)),
        (AGAIN, answered(500),   1, 1.0, retry(100)),
        (AGAIN, answered(502),   1, 1.0, retry(100)),
        (AGAIN, answered(503),   2, 1.0, retry(200)),
        (AGAIN, answered(504),   1, 1.0, retry(100)),
        (AGAIN,    Lost,            1, 1.0, retry(100)),
        (AGAIN,    TimedOut,        2, 1.0, retry(200)),
        (AGAIN,    answered(503),   1, 1.0, retry(100)),
        // Setting host entries replaces them all: sent twice, the same as once.
        (AGAIN,    TimedOut,        1, 1.0, retry(100)),
        (AGAIN,    Lost,            1, 1.0, retry(100)),
        (AGAIN,    answered(503),   1, 1.0, retry(100)),
        (AGAIN,    answered(400),   1, 1.0, stop),
        // Never retried, whatever the method.
        (AGAIN, answered(200),   1, 1.0, stop),
        (AGAIN, answered(400),   1, 1.0, stop),
        (AGAIN, answered(401),   1, 1.0, stop),
        (AGAIN, answered(403),   1, 1.0, stop),
        (AGAIN, answered(404),   1, 1.0, stop),
        (AGAIN, answered(413),   1, 1.0, stop),
        (AGAIN, answered(501),   1, 1.0, stop),
        (AGAIN,    answered(401),   1, 1.0, stop),
        (ONCE,  answered(401),   1, 1.0, stop),
        // Creating: only when nothing was carried out: nothing reached DLI, the gateway
        // throttled it, or DLI was unavailable.
        (ONCE,  NotSent,         1, 1.0, retry(100)),
        (ONCE,  TimedOut,        1, 1.0, stop),
        (ONCE,  Lost,            1, 1.0, stop),
        (ONCE,  answered(500),   1, 1.0, stop),
        (ONCE,  answered(502),   1, 1.0, stop),
        (ONCE,  answered(503),   1, 1.0, retry(100)),
        (ONCE,  answered(504),   1, 1.0, stop),
        // Throttling without Retry-After: at least the throttling delay, doubling.
        (ONCE,  THROTTLED,   1, 0.0, retry(1000)),
        (ONCE,  THROTTLED,   1, 0.5, retry(1500)),
        (AGAIN, THROTTLED,   2, 0.0, retry(2000)),
        (AGAIN, THROTTLED,   3, 0.99, retry(7960)),
        // Retry-After wins over both, for every method.
        (ONCE,  throttled_later, 1, 0.0, retry(3000)),
        (AGAIN, throttled_later, 1, 0.9, retry(3000)),
        // The last attempt is never retried, throttled or not.
        (AGAIN, answered(503),   4, 1.0, stop),
        (AGAIN, THROTTLED,   4, 1.0, stop),
        (ONCE,  NotSent,         4, 1.0, stop),
    ];
    for (idempotent, outcome, attempt, random, expected) in table {
        let decided = policy().decide(*idempotent, *attempt, outcome, *random, false);
        assert_eq!(
            decided, *expected,
            "idempotent {idempotent}, after attempt {attempt} with {outcome:?} (random {random})"
        );
    }
}

#[test]
fn a_paced_client_retries_throttling_at_once_and_nothing_else_changes() {
    let throttled_later = AttemptOutcome::Throttled {
        retry_after: Some(MS(3000)),
    };
    for idempotent in [ONCE, AGAIN] {
        assert_eq!(
            policy().decide(idempotent, 1, &THROTTLED, 0.7, true),
            Decision::Retry { delay: MS(0) }
        );
        assert_eq!(
            policy().decide(idempotent, 1, &throttled_later, 0.7, true),
            Decision::Retry { delay: MS(3000) },
            "Retry-After is still honoured"
        );
        assert_eq!(
            policy().decide(idempotent, 9, &THROTTLED, 0.7, true),
            Decision::Retry { delay: MS(0) },
            "throttling does not use up a paced client's attempts"
        );
    }
    assert_eq!(
        policy().decide(AGAIN, 1, &answered(503), 1.0, true),
        Decision::Retry { delay: MS(100) }
    );
    assert_eq!(
        policy().decide(AGAIN, 4, &answered(503), 1.0, true),
        Decision::Stop,
        "only throttling goes past the attempt limit"
    );
    assert_eq!(
        policy().decide(ONCE, 1, &answered(500), 1.0, true),
        Decision::Stop
    );
}

#[test]
fn delays_never_pass_the_cap() {
    let policy = policy().max_delay(MS(1500));
    let outcomes = [
        answered(503),
        THROTTLED,
        AttemptOutcome::Answered {
            status: StatusCode::SERVICE_UNAVAILABLE,
            retry_after: Some(Duration::from_secs(3600)),
        },
    ];
    for outcome in outcomes {
        for attempt in 1..4 {
            let Decision::Retry { delay } = policy.decide(AGAIN, attempt, &outcome, 0.999, false)
            else {
                panic!("{outcome:?} must be retried");
            };
            assert!(delay <= MS(1500), "{outcome:?}: {delay:?}");
        }
    }
    // Huge attempt numbers do not overflow.
    let long = RetryPolicy::default().max_attempts(u32::MAX);
    assert_eq!(
        long.decide(AGAIN, 1000, &AttemptOutcome::Lost, 0.999, false),
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
        RetryPolicy::none().decide(AGAIN, 1, &AttemptOutcome::NotSent, 0.5, false),
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
    let throttled = THROTTLED;
    for (random, base) in [
        (f64::NAN, 0),
        (f64::INFINITY, 1),
        (f64::NEG_INFINITY, 0),
        (2.0, 1),
    ] {
        assert_eq!(
            policy().decide(AGAIN, 1, &throttled, random, false),
            Decision::Retry {
                delay: MS(1000) + MS(1000) * base
            },
            "{random}"
        );
        assert_eq!(
            policy().decide(AGAIN, 2, &answered(503), random, false),
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

mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Any jitter, `Retry-After` and attempt: a retry waits at most `max_delay`, and a
        /// `POST` whose attempt may have been carried out is never sent again.
        #[test]
        fn a_retry_is_bounded_and_never_repeats_a_create(
            status in prop_oneof![100u16..1000, prop::sample::select(vec![429u16, 500, 502, 503, 504])],
            retry_after in prop::option::of(any::<u64>().prop_map(Duration::from_millis)),
            random in prop_oneof![any::<f64>(), Just(f64::NAN), Just(f64::INFINITY)],
            attempt in 0u32..40,
            paced in any::<bool>(),
        ) {
            let policy = RetryPolicy::default();
            let status = StatusCode::from_u16(status).expect("in range");
            let answered = AttemptOutcome::Answered { status, retry_after };
            let throttled = AttemptOutcome::Throttled { retry_after };
            for idempotent in [AGAIN, ONCE] {
                for outcome in [answered, throttled, AttemptOutcome::Lost, AttemptOutcome::TimedOut] {
                    match policy.decide(idempotent, attempt, &outcome, random, paced) {
                        Decision::Retry { delay } => {
                            prop_assert!(delay <= Duration::from_secs(20));
                            prop_assert!(idempotent || !outcome.may_have_landed());
                        }
                        Decision::Stop => {}
                    }
                }
            }
        }
    }
}

/// Which outcomes may have been carried out though no answer says so, and which answers are
/// throttling: the two facts the settling and the pacer read.
#[test]
fn what_may_have_landed_and_what_is_throttled() {
    use AttemptOutcome::{Lost, NotSent, TimedOut};
    #[rustfmt::skip]
    let table: &[(AttemptOutcome, bool)] = &[
        (TimedOut,       true),
        (Lost,           true),
        (answered(500),  true),
        (answered(502),  true),
        (answered(504),  true),
        (answered(503),  false),
        (answered(200),  false),
        (answered(400),  false),
        (NotSent,        false),
        (THROTTLED,      false),
    ];
    for (outcome, landed) in table {
        assert_eq!(outcome.may_have_landed(), *landed, "{outcome:?}");
    }
    assert!(is_throttled(StatusCode::TOO_MANY_REQUESTS, None));
    assert!(is_throttled(StatusCode::BAD_REQUEST, Some("APIGW.0308")));
    assert!(is_throttled(
        StatusCode::TOO_MANY_REQUESTS,
        Some("DLI.0001")
    ));
    assert!(!is_throttled(StatusCode::BAD_REQUEST, Some("DLI.0001")));
    assert!(!is_throttled(StatusCode::SERVICE_UNAVAILABLE, None));
}
