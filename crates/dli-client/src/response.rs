//! A successful answer, with what the call took to get it.

use std::ops::Deref;
use std::time::Duration;

use progenitor_client::ResponseValue;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

/// A successful answer: the parsed body, the status and headers, and how many attempts and
/// how long the call took. Dereferences to the body.
#[derive(Debug)]
pub struct Response<T> {
    inner: ResponseValue<T>,
    attempts: u32,
    elapsed: Duration,
}

impl<T> Response<T> {
    pub(crate) fn new(inner: ResponseValue<T>, attempts: u32, elapsed: Duration) -> Self {
        Self {
            inner,
            attempts,
            elapsed,
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
