//! Sending a request: attempts, retries, time limits and tracing.
//!
//! The generated client calls [`execute`] through `ClientHooks::exec`. What happened (how
//! many attempts, the parsed error answer) is written to a per-call record when the caller
//! opened one with [`with_record`], so that [`crate::Error`] keeps everything.

use std::cell::RefCell;
use std::future::Future;
use std::time::{Duration, Instant, SystemTime};

use reqwest::StatusCode;
use tracing::{Instrument, field};

use crate::error::{ApiError, ERROR_BODY_LIMIT, TimeoutKind, request_id};
use crate::retry::{is_retryable_status, retry_after};
use crate::state::Settings;

/// What happened during one call.
#[derive(Debug, Default)]
pub(crate) struct CallRecord {
    pub(crate) attempts: u32,
    pub(crate) elapsed: Duration,
    pub(crate) status: Option<StatusCode>,
    pub(crate) api_error: Option<ApiError>,
    pub(crate) timeout: Option<TimeoutKind>,
}

tokio::task_local! {
    static CALL: RefCell<CallRecord>;
}

/// Runs a call with a fresh record and returns both.
pub(crate) async fn with_record<F: Future>(call: F) -> (F::Output, CallRecord) {
    CALL.scope(RefCell::new(CallRecord::default()), async {
        let output = call.await;
        let record = CALL.with(RefCell::take);
        (output, record)
    })
    .await
}

fn record(update: impl FnOnce(&mut CallRecord)) {
    // Outside `with_record` (the generated builders used directly) there is nothing to fill.
    let _ = CALL.try_with(|call| update(&mut call.borrow_mut()));
}

/// Sends the request, retrying as the policy allows; re-signs every retry.
pub(crate) async fn execute(
    settings: &Settings,
    client: &reqwest::Client,
    request: reqwest::Request,
    operation: &'static str,
) -> reqwest::Result<reqwest::Response> {
    let span = tracing::info_span!(
        "dli.call",
        operation,
        method = %request.method(),
        path = request.url().path(),
        attempts = field::Empty,
        status = field::Empty,
        error_code = field::Empty,
        request_id = field::Empty,
        elapsed_ms = field::Empty,
    );
    attempts(settings, client, request).instrument(span).await
}

async fn attempts(
    settings: &Settings,
    client: &reqwest::Client,
    request: reqwest::Request,
) -> reqwest::Result<reqwest::Response> {
    let started = Instant::now();
    let deadline = started + settings.timeouts.deadline;
    let max_attempts = settings.retry.attempts();
    let mut next = request;
    let mut attempt = 1;
    loop {
        // A request with a streaming body cannot be cloned, so it gets a single attempt.
        let spare = if attempt < max_attempts {
            next.try_clone()
        } else {
            None
        };
        let mut current = next;
        if attempt > 1
            && let Err(error) = settings.authenticate(&mut current)
        {
            tracing::warn!(%error, "cannot sign the retry");
        }
        let remaining = deadline.saturating_duration_since(Instant::now());
        let limit = settings.timeouts.attempt.min(remaining);
        *current.timeout_mut() = Some(limit);

        let span = tracing::info_span!(
            "dli.attempt",
            attempt,
            status = field::Empty,
            error_code = field::Empty,
            request_id = field::Empty,
            elapsed_ms = field::Empty,
        );
        let attempt_started = Instant::now();
        let outcome = send_once(client, current).instrument(span.clone()).await;
        span.record("elapsed_ms", attempt_started.elapsed().as_millis() as u64);

        let status = outcome.result.as_ref().ok().map(reqwest::Response::status);
        let timeout = match &outcome.result {
            Err(error) if error.is_timeout() && error.is_connect() => Some(TimeoutKind::Connect),
            Err(error) if error.is_timeout() && limit < settings.timeouts.attempt => {
                Some(TimeoutKind::Deadline)
            }
            Err(error) if error.is_timeout() => Some(TimeoutKind::Attempt),
            _ => None,
        };
        let elapsed = started.elapsed();
        record(|call| {
            call.attempts = attempt;
            call.elapsed = elapsed;
            call.status = status;
            call.api_error.clone_from(&outcome.api_error);
            call.timeout = timeout;
        });
        trace_outcome(&tracing::Span::current(), &span, &outcome, attempt, elapsed);

        let delay = settings.retry.delay(attempt, outcome.retry_after);
        let remaining = deadline.saturating_duration_since(Instant::now());
        let retry = match (outcome.retryable, spare) {
            (true, Some(spare)) if delay < remaining => Some(spare),
            _ => None,
        };
        let Some(spare) = retry else {
            match &outcome.result {
                Ok(response) if response.status().is_success() => {
                    tracing::info!(attempts = attempt, "call succeeded");
                }
                Ok(response) => {
                    tracing::warn!(
                        attempts = attempt,
                        status = response.status().as_u16(),
                        "call failed"
                    );
                }
                Err(error) => tracing::warn!(attempts = attempt, %error, "call failed"),
            }
            return outcome.result;
        };
        tracing::info!(
            attempt,
            delay_ms = delay.as_millis() as u64,
            "attempt failed; retrying"
        );
        tokio::time::sleep(delay).await;
        next = spare;
        attempt += 1;
    }
}

/// Records what an attempt found on the call's span and on the attempt's span.
fn trace_outcome(
    call: &tracing::Span,
    attempt_span: &tracing::Span,
    outcome: &Outcome,
    attempt: u32,
    elapsed: Duration,
) {
    call.record("attempts", attempt);
    call.record("elapsed_ms", elapsed.as_millis() as u64);
    for span in [call, attempt_span] {
        if let Ok(response) = &outcome.result {
            span.record("status", response.status().as_u16());
        }
        if let Some(request_id) = &outcome.request_id {
            span.record("request_id", request_id.as_str());
        }
        if let Some(api_error) = &outcome.api_error {
            span.record("error_code", api_error.code.as_str());
        }
    }
}

/// One attempt's result and what decides whether to retry it.
struct Outcome {
    result: reqwest::Result<reqwest::Response>,
    retryable: bool,
    retry_after: Option<Duration>,
    request_id: Option<String>,
    api_error: Option<ApiError>,
}

async fn send_once(client: &reqwest::Client, request: reqwest::Request) -> Outcome {
    let response = match client.execute(request).await {
        Ok(response) => response,
        Err(error) => {
            // Nothing was answered, and deleting is idempotent: any transport failure may
            // be retried.
            let retryable = error.is_connect() || error.is_timeout() || error.is_request();
            return Outcome {
                result: Err(error),
                retryable,
                retry_after: None,
                request_id: None,
                api_error: None,
            };
        }
    };
    let status = response.status();
    let request_id = request_id(response.headers());
    let version = response.version();
    let headers = response.headers().clone();
    if status.is_success() || status.is_informational() || status.is_redirection() {
        // The body is read here, inside the attempt, so that an answer cut short by the
        // network is retried like any other transport failure. The generated code reads
        // the whole body into memory anyway to parse it.
        return match response.bytes().await {
            Ok(body) => Outcome {
                result: Ok(rebuild(status, version, headers, body.to_vec())),
                retryable: false,
                retry_after: None,
                request_id,
                api_error: None,
            },
            Err(error) => Outcome {
                result: Err(error),
                retryable: true,
                retry_after: None,
                request_id,
                api_error: None,
            },
        };
    }
    // An error answer is read here, once and bounded, so that its body is never lost, then
    // handed on unchanged to the generated code.
    let retry_after = retry_after(&headers, SystemTime::now());
    let body = collect_bounded(response, ERROR_BODY_LIMIT).await;
    let api_error = ApiError::from_response(status, &headers, &body);
    Outcome {
        result: Ok(rebuild(status, version, headers, body)),
        retryable: is_retryable_status(status),
        retry_after,
        request_id,
        api_error: Some(api_error),
    }
}

/// A response with the same status, version and headers around an already read body.
fn rebuild(
    status: StatusCode,
    version: reqwest::Version,
    headers: reqwest::header::HeaderMap,
    body: Vec<u8>,
) -> reqwest::Response {
    let mut rebuilt = http::Response::new(body);
    *rebuilt.status_mut() = status;
    *rebuilt.version_mut() = version;
    *rebuilt.headers_mut() = headers;
    reqwest::Response::from(rebuilt)
}

/// Reads at most `limit` bytes of the body; a body cut short by the network keeps what
/// arrived.
async fn collect_bounded(mut response: reqwest::Response, limit: usize) -> Vec<u8> {
    let mut body = Vec::new();
    while body.len() < limit {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                let room = limit - body.len();
                body.extend_from_slice(&chunk[..chunk.len().min(room)]);
            }
            Ok(None) | Err(_) => break,
        }
    }
    body
}
