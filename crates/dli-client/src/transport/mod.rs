//! The retry loop: paces, sends one attempt, classifies and observes it, asks
//! [`RetryPolicy::decide`](crate::retry::RetryPolicy) what to do, waits and re-signs.
//!
//! Each of those jobs lives apart: [`send`] makes one attempt and reads its answer,
//! [`classify`] says what the attempt came to (pure), [`observe`] hands that to the pacer,
//! the call's record and the spans, and the decision is [`crate::retry`]'s. This module only
//! loops. Time is read from `tokio::time`, so tests can run the waits on a paused clock.

mod classify;
mod observe;
mod send;

use tokio::time::Instant;
use tracing::{Instrument, field};

use crate::call_record;
use crate::catalog::Operation;
use crate::retry::Decision;
use crate::settings::Settings;

use classify::classify;
use observe::{Context, millis, observe};
use send::{Sent, send};

/// Sends the request, retrying as the policy allows; re-signs every retry.
pub(crate) async fn execute(
    settings: &Settings,
    client: &reqwest::Client,
    request: reqwest::Request,
    name: &'static str,
) -> reqwest::Result<reqwest::Response> {
    // An operation missing from the table (none is: a test checks it) is treated with
    // caution: not idempotent, one object's limit, a lane of its own.
    let operation = Operation::named(name)
        .copied()
        .unwrap_or(Operation::UNKNOWN);
    let span = tracing::info_span!(
        "dli.call",
        operation = operation.id,
        method = %request.method(),
        path = request.url().path(),
        attempts = field::Empty,
        status = field::Empty,
        error_code = field::Empty,
        request_id = field::Empty,
        elapsed_ms = field::Empty,
    );
    attempts(settings, client, request, operation)
        .instrument(span)
        .await
}

async fn attempts(
    settings: &Settings,
    client: &reqwest::Client,
    request: reqwest::Request,
    operation: Operation,
) -> reqwest::Result<reqwest::Response> {
    let body_limit = settings.body_limits.of(operation.body_limit);
    let idempotent = operation.is_idempotent();
    let started = Instant::now();
    let own = started + settings.timeouts.deadline;
    let deadline = call_record::outer_deadline().map_or(own, |outer| outer.min(own));
    let mut current = request;
    let mut number = 1;
    loop {
        // A request with a streaming body cannot be cloned, so it gets a single attempt. A
        // paced client may retry throttling past the attempt limit, so it always keeps one.
        let spare = if number < settings.retry.attempts() || settings.pacer.paces() {
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
            attempt = number,
            status = field::Empty,
            error_code = field::Empty,
            request_id = field::Empty,
            elapsed_ms = field::Empty,
        );
        settings.pacer.ready(operation.lane).await;
        let attempt_started = Instant::now();
        let sent = send(client, current, body_limit)
            .instrument(span.clone())
            .await;
        let class = classify(sent.seen(), limit < settings.timeouts.attempt);
        let context = Context {
            number,
            lane: operation.lane,
            elapsed: started.elapsed(),
            took: attempt_started.elapsed(),
            call: &tracing::Span::current(),
            attempt: &span,
        };
        observe(settings, &sent, &class, &context);

        let decision = match spare {
            Some(_) => settings.retry.decide(
                idempotent,
                number,
                &class.outcome,
                fastrand::f64(),
                settings.pacer.paces(),
            ),
            None => Decision::Stop,
        };
        let remaining = deadline.saturating_duration_since(Instant::now());
        let (Decision::Retry { delay }, Some(mut next)) = (decision, spare) else {
            return finish(sent, number);
        };
        if delay >= remaining {
            return finish(sent, number);
        }
        if class.outcome.may_have_landed() {
            call_record::update(|call| call.landed_before = true);
        }
        tracing::info!(
            attempt = number,
            delay_ms = millis(delay),
            "attempt failed; retrying"
        );
        tokio::time::sleep(delay).await;
        // A retry carries a fresh X-Sdk-Date and signature; a stale one is never sent.
        if let Err(error) = settings.auth.authenticate(&mut next) {
            tracing::warn!(%error, "cannot sign the retry; giving up");
            call_record::update(|call| call.signing = Some(error));
            return sent.result;
        }
        current = next;
        number += 1;
    }
}

/// Logs how the call ended and hands its result on.
fn finish(sent: Sent, attempts: u32) -> reqwest::Result<reqwest::Response> {
    match &sent.result {
        Ok(response) if response.status().is_success() => {
            tracing::info!(attempts, "call succeeded");
        }
        Ok(response) => {
            tracing::warn!(attempts, status = response.status().as_u16(), "call failed");
        }
        Err(error) => tracing::warn!(attempts, %error, "call failed"),
    }
    sent.result
}
