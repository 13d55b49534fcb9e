//! The machinery every operation runs on: one generated call judged once ([`call`]), an
//! unknown outcome settled by reading ([`settle`], [`gone`]), waiting ([`poll`]), and a
//! failure turned into an [`Error`] ([`finish`]). The operations themselves are in
//! [`crate::operations`].

pub(crate) mod finish;
pub(crate) mod poll;
mod settle;

use std::future::Future;

use progenitor_client::ResponseValue;

use crate::call_record::with_record;
use crate::error::{Error, request_id};
use crate::generated::types::DliError;
use crate::response::{Reported, Response, Settled};

use finish::from_generated;

pub(crate) use settle::{out_of_time, settle};

/// A generated call's answer or failure, and whether an attempt before the last may have
/// landed.
pub(crate) struct Called<T> {
    pub(crate) result: Result<Response<T>, Error>,
    pub(crate) landed_before: bool,
}

/// Runs one generated call and turns every failure, including a `2XX` whose body says
/// `"is_success": false`, into an [`Error`]: the one place where a call's record is read and
/// its answer judged.
///
/// The generated future is boxed as soon as the call is made: held inline, it would be
/// copied into every layer of futures around it, and every call would move kilobytes.
pub(crate) fn call<T: Reported>(
    send: impl Future<Output = Result<ResponseValue<T>, progenitor_client::Error<DliError>>>,
) -> impl Future<Output = Result<Response<T>, Error>> {
    let called = called(send);
    async move { called.await.result }
}

/// [`call`], also telling whether an attempt before the last may have landed.
pub(crate) fn called<T: Reported>(
    send: impl Future<Output = Result<ResponseValue<T>, progenitor_client::Error<DliError>>>,
) -> impl Future<Output = Called<T>> {
    let send = Box::pin(send);
    async move {
        let (result, record) = with_record(send).await;
        let landed_before = record.landed_before;
        let result = match result {
            Ok(response) => match response.failure() {
                Some(message) => Err(Error::NotSuccessful {
                    status: response.status(),
                    message: message.to_owned(),
                    request_id: request_id(response.headers()),
                }),
                None => Ok(Response::new(
                    response,
                    record.attempts.max(1),
                    record.elapsed,
                )),
            },
            Err(error) => Err(from_generated(error, record)),
        };
        Called {
            result,
            landed_before,
        }
    }
}

/// Runs a delete: a retry answered "not exist" after an attempt that may have landed means
/// that attempt deleted it, so the call succeeds as [`Settled::GoneOnRetry`] with the
/// answer `deleted` stands for.
pub(crate) async fn gone<T: Reported>(
    send: impl Future<Output = Result<ResponseValue<T>, progenitor_client::Error<DliError>>>,
    deleted: impl FnOnce() -> T,
) -> Result<Response<T>, Error> {
    let started = std::time::Instant::now();
    let Called {
        result,
        landed_before,
    } = called(send).await;
    match result {
        Err(error) if landed_before && error.is_not_found() => {
            tracing::info!(%error, "the retry found it gone: the earlier attempt deleted it");
            Ok(Response::found(
                deleted(),
                error.attempts().unwrap_or(1),
                started.elapsed(),
                Settled::GoneOnRetry,
            ))
        }
        other => other,
    }
}

/// Runs `work`, every call in it ending `deadline` from now at the latest: one deadline for
/// a call made of several.
pub(crate) async fn within_deadline<F: Future>(
    deadline: std::time::Duration,
    work: F,
) -> F::Output {
    crate::call_record::within(tokio::time::Instant::now() + deadline, work).await
}
