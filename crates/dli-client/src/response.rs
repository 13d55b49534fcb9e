//! A successful answer, with what the call took to get it.

use std::ops::Deref;
use std::time::Duration;

use progenitor_client::ResponseValue;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use crate::generated::types;

/// How a call's success was known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Settled {
    /// DLI's answer said so.
    Answered,
    /// A create's answer was lost; the connection was found by its name.
    FoundByName,
    /// A delete's answer was lost; the retry was answered "not exist", so the lost attempt
    /// deleted it.
    GoneOnRetry,
    /// A bind's, an unbind's or a route's answer was lost; Show says the change is in
    /// place.
    ShownByRead,
}

/// A successful answer: the parsed body, the status and headers, and how many attempts and
/// how long the call took. Dereferences to the body.
#[derive(Debug)]
pub struct Response<T> {
    inner: ResponseValue<T>,
    attempts: u32,
    elapsed: Duration,
    settled: Settled,
}

impl<T> Response<T> {
    pub(crate) fn new(inner: ResponseValue<T>, attempts: u32, elapsed: Duration) -> Self {
        Self {
            inner,
            attempts,
            elapsed,
            settled: Settled::Answered,
        }
    }

    /// An answer that never came, made up from what was found instead: status `200`, no
    /// headers, `body`.
    pub(crate) fn found(body: T, attempts: u32, elapsed: Duration, how: Settled) -> Self {
        Self {
            inner: ResponseValue::new(body, StatusCode::OK, HeaderMap::new()),
            attempts,
            elapsed,
            settled: how,
        }
    }

    /// Counts earlier attempts and time into this answer's.
    pub(crate) fn after(mut self, attempts: u32, elapsed: Duration) -> Self {
        self.attempts += attempts;
        self.elapsed = elapsed.max(self.elapsed);
        self
    }

    /// Whether the answer was lost and what the call did was found another way (see
    /// [`Response::settled`]). Such an answer has status `200`, no headers and no request
    /// id.
    pub fn is_recovered(&self) -> bool {
        self.settled != Settled::Answered
    }

    /// How the call's success was known: DLI's answer, or, when that was lost, what was
    /// found instead (a create's connection by its name, a delete's retry answered "not
    /// exist", a change shown in place).
    pub fn settled(&self) -> Settled {
        self.settled
    }

    /// The same answer with its body made into another by `f`: the status, the headers,
    /// the attempts, the time and how it was settled stay. For a call followed by a wait,
    /// such as a bind and the connection shown once its peerings are ready.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Response<U> {
        let (status, headers) = (self.inner.status(), self.inner.headers().clone());
        Response {
            inner: ResponseValue::new(f(self.inner.into_inner()), status, headers),
            attempts: self.attempts,
            elapsed: self.elapsed,
            settled: self.settled,
        }
    }

    /// The parsed body.
    pub fn into_inner(self) -> T {
        self.inner.into_inner()
    }

    /// The parsed body.
    pub fn body(&self) -> &T {
        &self.inner
    }

    /// The HTTP status: `200`, or `201` for a create.
    pub fn status(&self) -> StatusCode {
        self.inner.status()
    }

    /// The answer's headers.
    pub fn headers(&self) -> &HeaderMap {
        self.inner.headers()
    }

    /// The `X-Request-Id` DLI gave the request; quote it to Huawei Cloud support.
    pub fn request_id(&self) -> Option<&str> {
        self.headers()
            .get("x-request-id")
            .and_then(|value| value.to_str().ok())
    }

    /// How many attempts the call made (1 when the first succeeded).
    pub fn attempts(&self) -> u32 {
        self.attempts
    }

    /// How long the call took, every attempt and wait included.
    pub fn elapsed(&self) -> Duration {
        self.elapsed
    }
}

impl<T> Deref for Response<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.inner
    }
}

/// What a DLI answer says of itself: whether the request succeeded and, when not, why.
/// Implemented by every response type with an `is_success` field, and judged once, on the
/// parsed answer, by the operation that made the call.
pub(crate) trait Reported {
    /// The answer's `is_success`, when it has one.
    fn is_success(&self) -> Option<bool>;
    /// The answer's `message`.
    fn message(&self) -> Option<&str>;

    /// DLI's message when the answer says `"is_success": false`; a missing field is no
    /// failure, as the official SDKs read it.
    fn failure(&self) -> Option<&str> {
        (self.is_success() == Some(false)).then(|| self.message().unwrap_or_default())
    }
}

/// Implements [`Reported`] for response types with `is_success` and `message` fields.
macro_rules! reported {
    ($($answer:ty),* $(,)?) => {$(
        impl Reported for $answer {
            fn is_success(&self) -> Option<bool> {
                self.is_success.into()
            }
            fn message(&self) -> Option<&str> {
                self.message.as_deref()
            }
        }
    )*};
}

reported!(
    types::CreateEnhancedConnectionResponse,
    types::DeleteEnhancedConnectionResponse,
    types::ListEnhancedConnectionsResponse,
    types::ShowEnhancedConnectionResponse,
    types::UpdateEnhancedConnectionResponse,
    types::AssociateQueueToEnhancedConnectionResponse,
    types::DisassociateQueueFromEnhancedConnectionResponse,
    types::CreateRouteToEnhancedConnectionResponse,
    types::DeleteRouteFromEnhancedConnectionResponse,
    types::ShowEnhancedConnectionPrivilegeResponse,
    types::RunAuthorizationActionResponse,
    types::CreateConnectivityTaskResponse,
    types::ShowConnectivityTaskResponse,
    types::ListQueuesResponse,
    types::ListElasticResourcePoolsResponse,
    types::CreateJobAuthInfoResponse,
    types::ListJobAuthInfosResponse,
    types::UpdateJobAuthInfoResponse,
    types::DeleteJobAuthInfoResponse,
);

/// Answers without `is_success`: judged by their status alone.
macro_rules! unreported {
    ($($answer:ty),* $(,)?) => {$(
        impl Reported for $answer {
            fn is_success(&self) -> Option<bool> {
                None
            }
            fn message(&self) -> Option<&str> {
                None
            }
        }
    )*};
}

unreported!((), types::ShowResourceTagsResponse);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_explicit_false_is_a_failure() {
        let table: &[(&str, Option<&str>)] = &[
            (r#"{"is_success": true, "message": "Deleted"}"#, None),
            (r#"{"is_success": false, "message": "busy"}"#, Some("busy")),
            (r#"{"is_success": false}"#, Some("")),
            (r#"{"message": "no flag"}"#, None),
            (r#"{}"#, None),
        ];
        for (body, expected) in table {
            let shown: types::ShowEnhancedConnectionResponse =
                serde_json::from_str(body).expect("a show answer");
            assert_eq!(shown.failure(), *expected, "{body}");
        }
        let deleted: types::DeleteEnhancedConnectionResponse =
            serde_json::from_str(r#"{"is_success": false, "message": "in use"}"#)
                .expect("a delete answer");
        assert_eq!(deleted.failure(), Some("in use"));
    }
}
