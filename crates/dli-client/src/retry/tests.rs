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
        // Setting host entries replaces them all: sent twice, the same as once.
        (Method::PUT,    TimedOut,        1, 1.0, retry(100)),
        (Method::PUT,    Lost,            1, 1.0, retry(100)),
        (Method::PUT,    answered(503),   1, 1.0, retry(100)),
        (Method::PUT,    answered(400),   1, 1.0, stop),
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
        let decided = policy().decide(is_idempotent(method), *attempt, outcome, *random, false);
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
            policy().decide(is_idempotent(&method), 1, &answered(429), 0.7, true),
            Decision::Retry { delay: MS(0) }
        );
        assert_eq!(
            policy().decide(is_idempotent(&method), 1, &throttled_later, 0.7, true),
            Decision::Retry { delay: MS(3000) },
            "Retry-After is still honoured"
        );
        assert_eq!(
            policy().decide(is_idempotent(&method), 9, &answered(429), 0.7, true),
            Decision::Retry { delay: MS(0) },
            "throttling does not use up a paced client's attempts"
        );
    }
    assert_eq!(
        policy().decide(is_idempotent(&Method::DELETE), 1, &answered(503), 1.0, true),
        Decision::Retry { delay: MS(100) }
    );
    assert_eq!(
        policy().decide(is_idempotent(&Method::DELETE), 4, &answered(503), 1.0, true),
        Decision::Stop,
        "only throttling goes past the attempt limit"
    );
    assert_eq!(
        policy().decide(is_idempotent(&Method::POST), 1, &answered(503), 1.0, true),
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
            let Decision::Retry { delay } = policy.decide(
                is_idempotent(&Method::DELETE),
                attempt,
                &outcome,
                0.999,
                false,
            ) else {
                panic!("{outcome:?} must be retried");
            };
            assert!(delay <= MS(1500), "{outcome:?}: {delay:?}");
        }
    }
    // Huge attempt numbers do not overflow.
    let long = RetryPolicy::default().max_attempts(u32::MAX);
    assert_eq!(
        long.decide(
            is_idempotent(&Method::GET),
            1000,
            &AttemptOutcome::Lost,
            0.999,
            false
        ),
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
        RetryPolicy::none().decide(
            is_idempotent(&Method::GET),
            1,
            &AttemptOutcome::NotSent,
            0.5,
            false
        ),
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
            policy().decide(is_idempotent(&Method::GET), 1, &throttled, random, false),
            Decision::Retry {
                delay: MS(1000) + MS(1000) * base
            },
            "{random}"
        );
        assert_eq!(
            policy().decide(
                is_idempotent(&Method::GET),
                2,
                &answered(503),
                random,
                false
            ),
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
                    match policy.decide(is_idempotent(&method), attempt, &outcome, random, paced) {
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

/// The retry class of every operation of the document: which may be sent again after an
/// ambiguous outcome.
#[test]
fn each_operation_has_its_retry_class() {
    #[rustfmt::skip]
    let table: &[(&str, Method, bool)] = &[
        ("create_enhanced_connection",                  Method::POST,   false),
        ("list_enhanced_connections",                   Method::GET,    true),
        ("show_enhanced_connection",                    Method::GET,    true),
        ("update_enhanced_connection",                  Method::PUT,    true),
        ("delete_enhanced_connection",                  Method::DELETE, true),
        // A second bind or unbind may be refused or change what the first did.
        ("associate_queue_to_enhanced_connection",      Method::POST,   false),
        ("disassociate_queue_from_enhanced_connection", Method::POST,   false),
        // A second create is refused for its name.
        ("create_route_to_enhanced_connection",         Method::POST,   false),
        ("delete_route_from_enhanced_connection",       Method::DELETE, true),
        ("show_enhanced_connection_privilege",          Method::GET,    true),
        ("run_authorization_action",                    Method::PUT,    true),
        // Tags: adding the same again, or removing a missing one, changes nothing.
        ("batch_create_resource_tags",                  Method::POST,   true),
        ("batch_delete_resource_tags",                  Method::POST,   true),
        ("show_resource_tags",                          Method::GET,    true),
        // Each start is another test.
        ("create_connectivity_task",                    Method::POST,   false),
        ("show_connectivity_task",                      Method::GET,    true),
    ];
    for (operation, method, idempotent) in table {
        assert_eq!(
            is_idempotent_call(operation, method),
            *idempotent,
            "{operation}"
        );
        let after_timeout = policy().decide(*idempotent, 1, &AttemptOutcome::TimedOut, 1.0, false);
        assert_eq!(
            matches!(after_timeout, Decision::Retry { .. }),
            *idempotent,
            "{operation}"
        );
    }
    let generated = include_str!("../generated.rs");
    for (operation, _, _) in table {
        assert!(
            generated.contains(&format!("pub fn {operation}(")),
            "{operation} is not an operation of the generated client"
        );
    }
}
