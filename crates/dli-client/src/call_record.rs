//! What happened during one call, kept beside it in a task-local record.
//!
//! Why it exists: progenitor's generated `send()` runs the hooks and hands back only its own
//! error type, which drops what a caller needs. `ErrorResponse` keeps the parsed body but not
//! the raw one, `InvalidResponsePayload` keeps no status, `UnexpectedResponse` shows no body,
//! a transport failure is a bare `reqwest::Error`, and none of them knows how many attempts
//! were made or which time limit ran out. The hooks cannot return more than a
//! `reqwest::Result<reqwest::Response>`, so they write what they saw here, and the operation
//! that started the call reads it once, when the call ends, to build its result.
//!
//! The record flows one way: the hooks and the transport write it; only
//! `call::called` reads it.

use std::cell::RefCell;
use std::future::Future;
use std::time::Duration;

use reqwest::StatusCode;

use crate::error::{ApiError, SigningError, TimeoutKind};
use crate::preview::RequestPreview;

/// What happened during one call, as the hooks and the retry loop saw it.
#[derive(Debug, Default)]
pub(crate) struct CallRecord {
    /// How many attempts were made.
    pub(crate) attempts: u32,
    /// How long the call took, every attempt and wait included.
    pub(crate) elapsed: Duration,
    /// The status of the last answer.
    pub(crate) status: Option<StatusCode>,
    /// The last error answer, read the way the official SDKs read one.
    pub(crate) api_error: Option<ApiError>,
    /// The time limit that ended the last attempt.
    pub(crate) timeout: Option<TimeoutKind>,
    /// Why the request could not be signed, on whichever attempt, when that ended the call.
    pub(crate) signing: Option<SigningError>,
    /// The request a dry run built instead of sending it.
    pub(crate) dry_run: Option<RequestPreview>,
    /// A success answer's body was larger than this limit.
    pub(crate) too_large: Option<usize>,
    /// An attempt before the last may have been carried out although no answer said so
    /// (see [`AttemptOutcome::may_have_landed`](crate::retry::AttemptOutcome::may_have_landed)):
    /// what the last answer says may be the aftermath of that one.
    pub(crate) landed_before: bool,
}

tokio::task_local! {
    static CALL: RefCell<CallRecord>;
    /// The deadline of a call made of several (a create and its lookups, a bind and the
    /// Show that settles it): every call inside ends by it.
    static OUTER_DEADLINE: tokio::time::Instant;
}

/// Runs `work`, every call in it ending by `deadline` at the latest.
pub(crate) async fn within<F: Future>(deadline: tokio::time::Instant, work: F) -> F::Output {
    let deadline = outer_deadline().map_or(deadline, |outer| outer.min(deadline));
    OUTER_DEADLINE.scope(deadline, work).await
}

/// The deadline of the call made of several that this one is part of.
pub(crate) fn outer_deadline() -> Option<tokio::time::Instant> {
    OUTER_DEADLINE.try_with(|deadline| *deadline).ok()
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

/// Updates the record of the call under way; outside [`with_record`] there is none.
pub(crate) fn update(change: impl FnOnce(&mut CallRecord)) {
    let _ = CALL.try_with(|call| change(&mut call.borrow_mut()));
}
