//! Observing one attempt once it is classified: the pacer learns from it, the call's record
//! keeps it, and the call's and the attempt's spans show it.

use std::time::Duration;

use super::classify::Class;
use super::send::Sent;
use crate::call_record;
use crate::settings::Settings;

/// What an attempt is observed with besides its own result.
pub(super) struct Context<'a> {
    /// The attempt's number, from 1.
    pub(super) number: u32,
    /// The pacer's lane of the operation's API.
    pub(super) lane: usize,
    /// How long the call has taken so far.
    pub(super) elapsed: Duration,
    /// How long this attempt took.
    pub(super) took: Duration,
    /// The call's span.
    pub(super) call: &'a tracing::Span,
    /// The attempt's span.
    pub(super) attempt: &'a tracing::Span,
}

/// Hands an attempt's outcome to the pacer, the call's record and the spans.
pub(super) fn observe(settings: &Settings, sent: &Sent, class: &Class, context: &Context<'_>) {
    settings.pacer.record(context.lane, &class.outcome);
    let status = sent.status();
    call_record::update(|call| {
        call.attempts = context.number;
        call.elapsed = context.elapsed;
        call.status = status;
        call.api_error.clone_from(&sent.api_error);
        call.timeout = class.timeout;
        call.too_large = sent.too_large;
    });
    context.attempt.record("elapsed_ms", millis(context.took));
    context.call.record("attempts", context.number);
    context.call.record("elapsed_ms", millis(context.elapsed));
    for span in [context.call, context.attempt] {
        if let Some(status) = status {
            span.record("status", status.as_u16());
        }
        if let Some(request_id) = &sent.request_id {
            span.record("request_id", request_id.as_str());
        }
        if let Some(api_error) = &sent.api_error {
            span.record("error_code", api_error.code.as_str());
        }
    }
}

/// Whole milliseconds, for a span.
pub(super) fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}
