//! Settling a change that is not idempotent (bind, unbind, adding a route) after an attempt
//! whose outcome is unknown: a read says whether it landed. Landed is success; not landed
//! is sent again, within the retry policy's attempts and the call's one deadline.

use std::future::Future;

use tokio::time::Instant;

use crate::call_record::within;
use crate::error::{Error, TimeoutKind};
use crate::response::{Response, Settled};
use crate::settings::Settings;

/// Sends a change with `send`; when its outcome is unknown, asks `landed` whether the
/// change is in place. In place: success, an answer `done` stands for, marked
/// [`Settled::ShownByRead`]. Not in place: sent again. A send after an unknown outcome that
/// DLI refuses with a `4XX` (the name taken, the pool already bound) is settled the same
/// way, as the earlier send may be what it refuses.
pub(crate) async fn settle<T, S, SFut, L, LFut>(
    settings: &Settings,
    mut send: S,
    mut landed: L,
    done: impl FnOnce() -> T,
) -> Result<Response<T>, Error>
where
    S: FnMut() -> SFut,
    SFut: Future<Output = Result<Response<T>, Error>>,
    L: FnMut() -> LFut,
    LFut: Future<Output = Result<bool, Error>>,
{
    let started = Instant::now();
    let deadline = started + settings.timeouts.deadline;
    let rounds = settings.retry.attempts();
    within(deadline, async move {
        let mut attempts = 0;
        let mut round = 0;
        loop {
            round += 1;
            let error = match send().await {
                Ok(answer) => return Ok(answer.after(attempts, started.elapsed())),
                Err(error) => error,
            };
            attempts += error.attempts().unwrap_or(1);
            if !needs_a_read(&error, round) {
                return Err(error.with_attempts(attempts));
            }
            tracing::debug!(%error, "outcome unknown: reading to settle it");
            match landed().await {
                Ok(true) => {
                    return Ok(Response::found(
                        done(),
                        attempts,
                        started.elapsed(),
                        Settled::ShownByRead,
                    ));
                }
                Ok(false)
                    if round < rounds
                        && Instant::now() < deadline
                        && !out_of_time(&error)
                        && error.is_outcome_unknown() => {}
                Ok(false) | Err(_) => return Err(error.with_attempts(attempts)),
            }
        }
    })
    .await
}

/// Whether a failed send leaves its outcome to a read: unknown, or refused by DLI after an
/// earlier send whose outcome was unknown (`round` counts sends from 1).
pub(crate) fn needs_a_read(error: &Error, round: u32) -> bool {
    let refused_after_unknown = round > 1
        && error
            .status()
            .is_some_and(|status| status.is_client_error())
        && !error.is_auth()
        && !error.is_throttled();
    error.is_outcome_unknown() || refused_after_unknown
}

/// Whether the whole call's time ran out, so that nothing more is sent.
pub(crate) fn out_of_time(error: &Error) -> bool {
    matches!(
        error,
        Error::Timeout {
            kind: TimeoutKind::Deadline,
            ..
        }
    )
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use reqwest::StatusCode;

    use super::*;
    use crate::error::ApiError;

    fn api(status: u16, code: &str) -> Error {
        Error::Api(Box::new(ApiError::from_response(
            StatusCode::from_u16(status).expect("status"),
            &reqwest::header::HeaderMap::new(),
            format!(r#"{{"error_code":"{code}","error_msg":"m"}}"#).as_bytes(),
        )))
    }

    fn timeout(kind: TimeoutKind) -> Error {
        Error::Timeout {
            kind,
            attempts: 1,
            elapsed: Duration::ZERO,
            source: None,
        }
    }

    #[test]
    fn which_failures_are_settled_by_a_read() {
        #[rustfmt::skip]
        let table: Vec<(Error, u32, bool)> = vec![
            // Unknown, whichever send it was.
            (timeout(TimeoutKind::Attempt),   1, true),
            (timeout(TimeoutKind::Deadline),  2, true),
            (api(500, "DLI.0999"),            1, true),
            (api(502, "APIGW.0202"),          1, true),
            (api(504, "APIGW.0203"),          1, true),
            // Nothing was sent, or nothing was done.
            (timeout(TimeoutKind::Connect),   1, false),
            (api(503, "APIGW.0204"),          1, false),
            (api(400, "DLI.0001"),            1, false),
            // Refused after an unknown send: maybe for what that send did.
            (api(400, "DLI.0006"),            2, true),
            (api(400, "DLI.0001"),            3, true),
            // Never for authentication or throttling.
            (api(401, "APIGW.0301"),          2, false),
            (api(429, "APIGW.0308"),          2, false),
            (api(400, "APIGW.0308"),          2, false),
        ];
        for (error, round, expected) in &table {
            assert_eq!(
                needs_a_read(error, *round),
                *expected,
                "{error} on send {round}"
            );
        }
        assert!(out_of_time(&timeout(TimeoutKind::Deadline)));
        assert!(!out_of_time(&timeout(TimeoutKind::Attempt)));
    }
}
