//! The retry loop: sends a request, reads the answer inside the attempt, asks
//! [`RetryPolicy::decide`](crate::retry::RetryPolicy) what to do, waits and re-signs. It
//! keeps every time limit and traces each attempt; what it saw goes to the call record.
//!
//! Time is read from `tokio::time`, so tests can run the waits on a paused clock.

use std::time::{Duration, SystemTime};

use reqwest::{Method, StatusCode};
use serde::Deserialize;
use tokio::time::Instant;
use tracing::{Instrument, field};

use crate::call_record;
use crate::error::{ApiError, ERROR_BODY_LIMIT, TimeoutKind, request_id};
use crate::retry::{AttemptOutcome, Decision, retry_after};
use crate::settings::Settings;

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
    let limit = settings.body_limits.for_operation(operation);
    attempts(settings, client, request, limit)
        .instrument(span)
        .await
}

async fn attempts(
    settings: &Settings,
    client: &reqwest::Client,
    request: reqwest::Request,
    body_limit: usize,
) -> reqwest::Result<reqwest::Response> {
    let started = Instant::now();
    let deadline = started + settings.timeouts.deadline;
    let method = request.method().clone();
    let mut current = request;
    let mut attempt = 1;
    loop {
        // A request with a streaming body cannot be cloned, so it gets a single attempt. A
        // paced client may retry throttling past the attempt limit, so it always keeps one.
        let spare = if attempt < settings.retry.attempts() || settings.pacer.paces() {
            current.try_clone()
        } else {
            None
        };
        let limit = settings
            .timeouts
            .attempt
            .min(deadline.saturating_duration_since(Instant::now()));
        *current.timeout_mut() = Some(limit);

        let span = tracing::info_span!(
            "dli.attempt",
            attempt,
            status = field::Empty,
            error_code = field::Empty,
            request_id = field::Empty,
            elapsed_ms = field::Empty,
        );
        settings.pacer.ready().await;
        let attempt_started = Instant::now();
        let outcome = send_once(client, current, body_limit)
            .instrument(span.clone())
            .await;
        settings.pacer.record(&outcome.attempt);
        span.record("elapsed_ms", millis(attempt_started.elapsed()));
        let elapsed = started.elapsed();
        record(
            &outcome,
            attempt,
            elapsed,
            limit < settings.timeouts.attempt,
        );
        trace_outcome(&tracing::Span::current(), &span, &outcome, attempt, elapsed);

        let decision = match spare {
            Some(_) => settings.retry.decide(
                &method,
                attempt,
                &outcome.attempt,
                fastrand::f64(),
                settings.pacer.paces(),
            ),
            None => Decision::Stop,
        };
        let remaining = deadline.saturating_duration_since(Instant::now());
        let (Decision::Retry { delay }, Some(mut next)) = (decision, spare) else {
            return finish(outcome, attempt);
        };
        if delay >= remaining {
            return finish(outcome, attempt);
        }
        tracing::info!(
            attempt,
            delay_ms = millis(delay),
            "attempt failed; retrying"
        );
        tokio::time::sleep(delay).await;
        // A retry carries a fresh X-Sdk-Date and signature; a stale one is never sent.
        if let Err(error) = settings.auth.authenticate(&mut next) {
            tracing::warn!(%error, "cannot sign the retry; giving up");
            call_record::update(|call| call.resign_error = Some(error));
            return outcome.result;
        }
        current = next;
        attempt += 1;
    }
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

/// Writes what an attempt found to the call record.
fn record(outcome: &Outcome, attempt: u32, elapsed: Duration, limited_by_deadline: bool) {
    let timeout = match &outcome.result {
        Err(error) if error.is_timeout() && error.is_connect() => Some(TimeoutKind::Connect),
        Err(error) if error.is_timeout() && limited_by_deadline => Some(TimeoutKind::Deadline),
        Err(error) if error.is_timeout() => Some(TimeoutKind::Attempt),
        _ => None,
    };
    let status = outcome.result.as_ref().ok().map(reqwest::Response::status);
    call_record::update(|call| {
        call.attempts = attempt;
        call.elapsed = elapsed;
        call.status = status;
        call.api_error.clone_from(&outcome.api_error);
        call.timeout = timeout;
        call.not_successful.clone_from(&outcome.not_successful);
        call.too_large = outcome.too_large;
    });
}

/// Logs how the call ended and hands its result on.
fn finish(outcome: Outcome, attempt: u32) -> reqwest::Result<reqwest::Response> {
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
    outcome.result
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
    call.record("elapsed_ms", millis(elapsed));
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

/// One attempt's result and what the retry decision needs to know of it.
struct Outcome {
    result: reqwest::Result<reqwest::Response>,
    attempt: AttemptOutcome,
    request_id: Option<String>,
    api_error: Option<ApiError>,
    not_successful: Option<String>,
    /// The body was larger than this limit, and was not read past it.
    too_large: Option<usize>,
}

impl Outcome {
    fn failed(error: reqwest::Error, request_id: Option<String>) -> Self {
        let attempt = if error.is_connect() {
            AttemptOutcome::NotSent
        } else if error.is_timeout() {
            AttemptOutcome::TimedOut
        } else {
            AttemptOutcome::Lost
        };
        Self {
            result: Err(error),
            attempt,
            request_id,
            api_error: None,
            not_successful: None,
            too_large: None,
        }
    }
}

/// The part of every DLI answer that says whether the request succeeded.
#[derive(Deserialize)]
struct Reported {
    #[serde(default)]
    is_success: Option<bool>,
    #[serde(default)]
    message: Option<String>,
}

/// DLI's message when a success status carries `"is_success": false`.
pub(crate) fn reported_failure(body: &[u8]) -> Option<String> {
    // Only a body with a `false` in it can say `"is_success": false`; most answers are not
    // parsed twice.
    if !body.windows(5).any(|window| window == b"false") {
        return None;
    }
    match serde_json::from_slice::<Reported>(body) {
        Ok(Reported {
            is_success: Some(false),
            message,
        }) => Some(message.unwrap_or_default()),
        _ => None,
    }
}

async fn send_once(
    client: &reqwest::Client,
    request: reqwest::Request,
    body_limit: usize,
) -> Outcome {
    let method = request.method().clone();
    let mut response = match client.execute(request).await {
        Ok(response) => response,
        Err(error) => return Outcome::failed(error, None),
    };
    let status = response.status();
    let request_id = request_id(response.headers());
    let version = response.version();
    // Kept on the rebuilt response, which would otherwise parse a placeholder URL.
    let url = response.url().clone();
    // Moved out, not copied: the response is rebuilt around them below.
    let headers = std::mem::take(response.headers_mut());
    if status.is_success() || status.is_informational() || status.is_redirection() {
        // The body is read here, inside the attempt, so that an answer cut short by the
        // network counts as a lost answer. The generated code reads the whole body into
        // memory anyway to parse it.
        let body = match read_limited(response, body_limit).await {
            Ok(Some(body)) => body,
            Ok(None) => {
                // Handed on empty, which parses as nothing; the record says why.
                return Outcome {
                    result: Ok(rebuild(status, version, headers, url, Vec::new())),
                    attempt: AttemptOutcome::Answered {
                        status,
                        retry_after: None,
                    },
                    request_id,
                    api_error: None,
                    not_successful: None,
                    too_large: Some(body_limit),
                };
            }
            Err(error) => return Outcome::failed(error, request_id),
        };
        let not_successful = if method == Method::HEAD {
            None
        } else {
            reported_failure(&body)
        };
        return Outcome {
            result: Ok(rebuild(status, version, headers, url, body)),
            attempt: AttemptOutcome::Answered {
                status,
                retry_after: None,
            },
            request_id,
            api_error: None,
            not_successful,
            too_large: None,
        };
    }
    // An error answer is read here, once and bounded, so that its body is never lost, then
    // handed on unchanged to the generated code.
    let retry_after = retry_after(&headers, SystemTime::now());
    let body = collect_bounded(response, ERROR_BODY_LIMIT).await;
    let api_error = ApiError::from_response(status, &headers, &body);
    Outcome {
        result: Ok(rebuild(status, version, headers, url, body)),
        attempt: AttemptOutcome::Answered {
            status,
            retry_after,
        },
        request_id,
        api_error: Some(api_error),
        not_successful: None,
        too_large: None,
    }
}

/// Reads the whole body if it is at most `limit` bytes; `None`, after reading no more than
/// the limit, when it is larger (a declared `Content-Length` over the limit is not read at
/// all).
async fn read_limited(
    mut response: reqwest::Response,
    limit: usize,
) -> reqwest::Result<Option<Vec<u8>>> {
    if response
        .content_length()
        .is_some_and(|length| length > limit as u64)
    {
        return Ok(None);
    }
    let mut body = Vec::with_capacity(response.content_length().map_or(0, |n| n as usize));
    while let Some(chunk) = response.chunk().await? {
        if body.len() + chunk.len() > limit {
            return Ok(None);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(Some(body))
}

/// A response with the same status, version, headers and URL around an already read body.
fn rebuild(
    status: StatusCode,
    version: reqwest::Version,
    headers: reqwest::header::HeaderMap,
    url: reqwest::Url,
    body: impl Into<reqwest::Body>,
) -> reqwest::Response {
    use reqwest::ResponseBuilderExt as _;
    let mut rebuilt = http::Response::new(body);
    *rebuilt.status_mut() = status;
    *rebuilt.version_mut() = version;
    *rebuilt.headers_mut() = headers;
    // The URL travels in an extension that only reqwest's builder extension can set.
    if let Ok(carrier) = http::Response::builder().url(url).body(()) {
        rebuilt
            .extensions_mut()
            .extend(carrier.into_parts().0.extensions);
    }
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
