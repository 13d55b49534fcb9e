//! Turning what the generated code returned, together with the call record, into an
//! [`Error`] that keeps the status, the code, the message, the request id and the body.

use reqwest::StatusCode;

use crate::call_record::CallRecord;
use crate::error::{ApiError, ERROR_BODY_LIMIT, Error, TimeoutKind};

/// Turns what the generated code returned, and what the transport recorded, into an
/// [`Error`] that keeps the status, the code, the message, the request id and the body.
pub(crate) fn from_generated<E>(error: progenitor_client::Error<E>, record: CallRecord) -> Error {
    use progenitor_client::Error as Generated;

    if let Some(preview) = record.dry_run {
        return Error::DryRun(Box::new(preview));
    }
    if let Some(limit) = record.too_large {
        return Error::ResponseTooLarge {
            status: record.status.unwrap_or(StatusCode::OK),
            limit,
        };
    }
    if let Some(cause) = record.signing {
        return Error::Signing(cause);
    }
    if let Some(api) = &record.api_error
        && matches!(
            error,
            Generated::ErrorResponse(_)
                | Generated::UnexpectedResponse(_)
                | Generated::InvalidResponsePayload(..)
        )
    {
        let mut api = api.clone();
        api.attempts = record.attempts.max(1);
        return Error::Api(Box::new(api));
    }
    match error {
        Generated::InvalidRequest(message) | Generated::Custom(message) => {
            Error::InvalidRequest(message)
        }
        // The loop records every error answer it reads, so this is reached only for a call
        // made without a record; the status and headers are all there is to go on.
        Generated::ErrorResponse(response) => Error::Api(Box::new(ApiError::from_response(
            response.status(),
            response.headers(),
            b"",
        ))),
        Generated::InvalidResponsePayload(bytes, reason) => Error::InvalidResponse {
            status: record.status.unwrap_or(StatusCode::OK),
            reason: reason.to_string(),
            body: String::from_utf8_lossy(&bytes[..bytes.len().min(ERROR_BODY_LIMIT)]).into_owned(),
        },
        Generated::UnexpectedResponse(response) => Error::InvalidResponse {
            status: response.status(),
            reason: "the API does not document this status".to_owned(),
            body: String::new(),
        },
        Generated::CommunicationError(source)
        | Generated::ResponseBodyError(source)
        | Generated::InvalidUpgrade(source) => transport_error(source, &record),
    }
}

fn transport_error(source: reqwest::Error, record: &CallRecord) -> Error {
    let attempts = record.attempts.max(1);
    if let Some(kind) = record
        .timeout
        .or(source.is_timeout().then_some(TimeoutKind::Attempt))
    {
        return Error::Timeout {
            kind,
            attempts,
            elapsed: record.elapsed,
            source: Some(source),
        };
    }
    if is_tls(&source) {
        return Error::Tls(source);
    }
    if source.is_connect() {
        return Error::Connect { attempts, source };
    }
    Error::Transport { attempts, source }
}

/// Whether a TLS library's error is somewhere in the error's causes. `io::Error` hides the
/// error it wraps from `source()`, so wrapped errors are opened explicitly.
fn is_tls(error: &reqwest::Error) -> bool {
    contains_tls_error(error, 0)
}

fn contains_tls_error(error: &(dyn std::error::Error + 'static), depth: usize) -> bool {
    if depth > 16 {
        return false;
    }
    if is_tls_library_error(error) {
        return true;
    }
    let wrapped = error
        .downcast_ref::<std::io::Error>()
        .and_then(std::io::Error::get_ref)
        .is_some_and(|inner| contains_tls_error(inner, depth + 1));
    wrapped
        || error
            .source()
            .is_some_and(|source| contains_tls_error(source, depth + 1))
}

#[allow(unused_variables)]
fn is_tls_library_error(error: &(dyn std::error::Error + 'static)) -> bool {
    #[cfg(feature = "rustls")]
    if error.is::<rustls::Error>() {
        return true;
    }
    #[cfg(feature = "native-tls")]
    if error.is::<native_tls::Error>() {
        return true;
    }
    false
}
