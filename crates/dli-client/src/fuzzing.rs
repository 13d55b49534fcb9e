//! Entry points for the fuzz targets in `crates/dli-fuzz`: the parts of a call that read
//! what the network sends. Compiled only under `--cfg fuzzing`.

use std::time::{Duration, SystemTime};

use reqwest::StatusCode;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use crate::ApiError;
use crate::catalog::Operation;
use crate::retry::{AttemptOutcome, Decision, RetryPolicy, is_throttled};

/// The headers that can be made of these pairs; the others are skipped, as an HTTP library
/// would refuse them.
pub fn headers(pairs: &[(&[u8], &[u8])]) -> HeaderMap {
    let mut map = HeaderMap::new();
    for (name, value) in pairs {
        if let (Ok(name), Ok(value)) =
            (HeaderName::from_bytes(name), HeaderValue::from_bytes(value))
        {
            map.append(name, value);
        }
    }
    map
}

/// An error answer read as a call reads it, with the `Retry-After` it asks for; `None` when
/// `status` is not an HTTP status.
pub fn error_answer(
    status: u16,
    headers: &HeaderMap,
    body: &[u8],
    now: SystemTime,
) -> Option<(ApiError, Option<Duration>)> {
    let status = StatusCode::from_u16(status).ok()?;
    Some((
        ApiError::from_response(status, headers, body),
        crate::retry::retry_after(headers, now),
    ))
}

/// DLI's message when a delete's success answer says `"is_success": false`, judged as a
/// call judges it: on the parsed answer.
pub fn reported_failure(body: &[u8]) -> Option<String> {
    use crate::response::Reported as _;
    let answer: crate::types::DeleteEnhancedConnectionResponse =
        serde_json::from_slice(body).ok()?;
    answer.failure().map(str::to_owned)
}

/// The retry decision for the operation with this `operationId` after an answer with
/// `status` (or, with `None`, a lost answer): the delay before the next attempt, or `None`
/// to stop (also for an operation the table lacks).
pub fn retry_delay(
    policy: RetryPolicy,
    operation: &str,
    attempt: u32,
    status: Option<u16>,
    retry_after: Option<Duration>,
    random: f64,
    paced: bool,
) -> Option<Duration> {
    let operation = Operation::with_id(operation)?;
    let outcome = match status.map(StatusCode::from_u16) {
        Some(Ok(status)) if is_throttled(status, None) => AttemptOutcome::Throttled { retry_after },
        Some(Ok(status)) => AttemptOutcome::Answered {
            status,
            retry_after,
        },
        Some(Err(_)) => return None,
        None => AttemptOutcome::Lost,
    };
    match policy.decide(operation.is_idempotent(), attempt, &outcome, random, paced) {
        Decision::Retry { delay } => Some(delay),
        Decision::Stop => None,
    }
}
