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

pub(crate) use crate::error::CallRecord;

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
