//! Any error answer (status, headers, body) is read into an `ApiError` that says something,
//! and the retry decision on it stays within the policy.
//!
//! The first line's first word is the status; the rest is read as headers and a body (see
//! `dli_fuzz`).

#![no_main]

use std::time::{Duration, SystemTime};

use dli_client::RetryPolicy;
use dli_client::fuzzing::{error_answer, headers, reported_failure, retry_delay};
use dli_fuzz::{RawRequest, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let raw = RawRequest::parse(data);
    let Ok(status) = text(raw.method).parse::<u16>() else {
        return;
    };
    let headers = headers(&raw.headers);
    let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000);
    let Some((error, retry_after)) = error_answer(status, &headers, raw.body, now) else {
        assert!(!(100..=999).contains(&status), "status {status} refused");
        return;
    };
    assert_eq!(error.status.as_u16(), status);
    assert!(!error.code.is_empty());
    assert!(error.request_id.as_ref().is_none_or(|id| !id.is_empty()));
    let shown = error.to_string();
    assert!(shown.contains(&error.code), "{shown}");
    let dli_shape = serde_json::from_slice::<serde_json::Value>(raw.body)
        .ok()
        .and_then(|value| value.as_object().cloned())
        .is_some_and(|object| {
            object.contains_key("error_code") && object.contains_key("error_msg")
        });
    if !dli_shape {
        assert_eq!(error.raw_body.as_deref(), Some(text(raw.body).as_str()));
    }

    // The jitter comes from the body, so that any float (NaN, infinities) is tried.
    let mut bits = [0u8; 8];
    for (slot, byte) in bits.iter_mut().zip(raw.body) {
        *slot = *byte;
    }
    let random = f64::from_le_bytes(bits);
    let policy = RetryPolicy::default();
    for operation in [
        "ShowEnhancedConnection",
        "DeleteEnhancedConnection",
        "CreateEnhancedConnection",
    ] {
        for attempt in 1..=4 {
            for paced in [false, true] {
                let delay = retry_delay(
                    policy,
                    operation,
                    attempt,
                    Some(status),
                    retry_after,
                    random,
                    paced,
                );
                if let Some(delay) = delay {
                    assert!(delay <= Duration::from_secs(20), "{delay:?}");
                }
                // Only throttling and a 503 carried nothing out.
                if operation == "CreateEnhancedConnection" && !matches!(status, 429 | 503) {
                    assert_eq!(delay, None, "a create answered {status} is not sent again");
                }
                if matches!(status, 400..=428 | 430..=499) {
                    assert_eq!(delay, None, "{status} is not retried");
                }
            }
        }
    }

    if let Some(message) = reported_failure(raw.body) {
        // A field that is skipped is not checked for valid UTF-8, so the body may not be
        // a `Value`; when it is, it says what was read.
        if let Ok(value) = serde_json::from_slice::<serde_json::Value>(raw.body) {
            assert_eq!(value["is_success"], serde_json::Value::Bool(false));
            assert_eq!(value["message"].as_str().unwrap_or_default(), message);
        }
    }
});
