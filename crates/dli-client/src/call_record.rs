//! What happened during one call, kept beside it in a task-local record.
//!
//! Why it exists: progenitor's generated `send()` hands the retry loop's result back through
//! its own error type, which drops what a caller needs. `ErrorResponse` keeps the parsed body
//! but not the raw one, `InvalidResponsePayload` keeps no status, `UnexpectedResponse` shows
//! no body, and none of them knows how many attempts were made or which time limit ran out.
//! The hooks cannot return more than a `reqwest::Result<reqwest::Response>`, so the loop
//! writes what it saw here, and [`crate::Error`] is built from both.

use std::cell::RefCell;
use std::future::Future;
use std::time::Duration;

use reqwest::StatusCode;

use crate::error::{ApiError, TimeoutKind};

/// What happened during one call.
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
    /// A `2XX` answer whose body says `"is_success": false`, with its message.
    pub(crate) not_successful: Option<String>,
    /// Why a retry could not be signed again, when that ended the call.
    pub(crate) resign_error: Option<String>,
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

/// Updates the record of the call under way; outside [`with_record`] there is none.
pub(crate) fn update(change: impl FnOnce(&mut CallRecord)) {
    let _ = CALL.try_with(|call| change(&mut call.borrow_mut()));
}
