//! One attempt: send the request and read its answer, bounded, inside the attempt.

use std::time::{Duration, SystemTime};

use reqwest::StatusCode;

use super::classify::Seen;
use crate::error::{ApiError, ERROR_BODY_LIMIT, request_id};
use crate::retry::{is_throttled, retry_after};

/// What one attempt brought back: the response to hand on, its body already read, and what
/// was read of it.
pub(super) struct Sent {
    /// The answer, rebuilt around its read body, or the failure.
    pub(super) result: reqwest::Result<reqwest::Response>,
    /// The answer's `X-Request-Id`.
    pub(super) request_id: Option<String>,
    /// An error answer, read the way the official SDKs read one.
    pub(super) api_error: Option<ApiError>,
    /// The `Retry-After` an error answer asked for.
    pub(super) retry_after: Option<Duration>,
    /// A success answer's body was larger than this limit, and was not read past it.
    pub(super) too_large: Option<usize>,
}

impl Sent {
    fn failed(error: reqwest::Error, request_id: Option<String>) -> Self {
        Self {
            result: Err(error),
            request_id,
            api_error: None,
            retry_after: None,
            too_large: None,
        }
    }

    /// The facts that classify the attempt.
    pub(super) fn seen(&self) -> Seen {
        match &self.result {
            Ok(response) => Seen::Answered {
                status: response.status(),
                retry_after: self.retry_after,
                throttled: is_throttled(
                    response.status(),
                    self.api_error.as_ref().map(|error| error.code.as_str()),
                ),
            },
            Err(error) => Seen::Failed {
                connect: error.is_connect(),
                timeout: error.is_timeout(),
            },
        }
    }

    /// The status of the answer, when one arrived.
    pub(super) fn status(&self) -> Option<StatusCode> {
        self.result.as_ref().ok().map(reqwest::Response::status)
    }
}

/// Sends the request once and reads the answer: a success body up to `body_limit`, an error
/// body up to [`ERROR_BODY_LIMIT`].
pub(super) async fn send(
    client: &reqwest::Client,
    request: reqwest::Request,
    body_limit: usize,
) -> Sent {
    let mut response = match client.execute(request).await {
        Ok(response) => response,
        Err(error) => return Sent::failed(error, None),
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
        let (body, too_large) = match read_limited(response, body_limit).await {
            Ok(Some(body)) => (body, None),
            // Handed on empty, which parses as nothing; the record says why.
            Ok(None) => (Vec::new(), Some(body_limit)),
            Err(error) => return Sent::failed(error, request_id),
        };
        return Sent {
            result: Ok(rebuild(status, version, headers, url, body)),
            request_id,
            api_error: None,
            retry_after: None,
            too_large,
        };
    }
    // An error answer is read here, once and bounded, so that its body is never lost, then
    // handed on unchanged to the generated code.
    let retry_after = retry_after(&headers, SystemTime::now());
    let body = collect_bounded(response, ERROR_BODY_LIMIT).await;
    let api_error = ApiError::from_response(status, &headers, &body);
    Sent {
        result: Ok(rebuild(status, version, headers, url, body)),
        request_id,
        api_error: Some(api_error),
        retry_after,
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
