//! The calls most users need, on top of the generated builders: they use the configured
//! project and turn every failure into one [`Error`].

use std::fmt::Display;

use progenitor_client::ResponseValue;
use uuid::Uuid;

use crate::config::ClientBuilder;
use crate::error::{ApiError, ERROR_BODY_LIMIT, Error, TimeoutKind, request_id};
use crate::transport::{CallRecord, with_record};
use crate::types::{DeleteEnhancedConnectionResponse, DliError};
use crate::{Client, ClientInfo};

impl Client {
    /// Starts building a client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    /// The project every call of this client works in.
    pub fn project_id(&self) -> &str {
        &self.inner().settings.project_id
    }

    /// Deletes an enhanced datasource connection of the configured project.
    ///
    /// A connection that is still being created cannot be deleted; DLI refuses with a `400`.
    /// Deleting one that does not exist (or no longer does) fails with an error for which
    /// [`Error::is_not_found`] is true. A `200` whose body says `"is_success": false` is an
    /// error too.
    ///
    /// Failed attempts are retried (see [`RetryPolicy`](crate::RetryPolicy)). When an attempt
    /// times out or loses its connection after DLI has already deleted the connection, the
    /// retry is answered "not exist": if all you need is the connection gone, treat
    /// [`Error::is_not_found`] as success.
    pub async fn delete_connection<I>(
        &self,
        connection_id: I,
    ) -> Result<ResponseValue<DeleteEnhancedConnectionResponse>, Error>
    where
        I: TryInto<Uuid>,
        I::Error: Display,
    {
        let connection_id = connection_id.try_into().map_err(|error| {
            Error::InvalidRequest(format!("the connection id is not a UUID: {error}"))
        })?;
        let (result, record) = with_record(
            self.delete_enhanced_connection()
                .project_id(self.project_id())
                .connection_id(connection_id)
                .send(),
        )
        .await;
        let response = result.map_err(|error| call_error(error, record))?;
        if response.is_success {
            return Ok(response);
        }
        let request_id = request_id(response.headers());
        Err(Error::NotSuccessful {
            status: response.status(),
            message: response.message.clone().unwrap_or_default(),
            request_id,
        })
    }
}

/// Turns what the generated code returned, and what the transport recorded, into an
/// [`Error`] that keeps the status, the code, the message, the request id and the body.
fn call_error(error: progenitor_client::Error<DliError>, record: CallRecord) -> Error {
    use progenitor_client::Error as Generated;

    if let Some(api) = &record.api_error
        && matches!(
            error,
            Generated::ErrorResponse(_)
                | Generated::UnexpectedResponse(_)
                | Generated::InvalidResponsePayload(..)
        )
    {
        return Error::Api(api.clone());
    }
    match error {
        Generated::InvalidRequest(message) | Generated::Custom(message) => {
            Error::InvalidRequest(message)
        }
        Generated::ErrorResponse(response) => {
            let status = response.status();
            let request_id = request_id(response.headers());
            let body = response.into_inner();
            Error::Api(ApiError {
                status,
                code: body
                    .error_code
                    .unwrap_or_else(|| status.as_u16().to_string()),
                message: body.error_msg.unwrap_or_default(),
                request_id: request_id.or(body.request_id),
                encoded_authorization_message: body.encoded_authorization_message,
                raw_body: None,
            })
        }
        Generated::InvalidResponsePayload(bytes, reason) => Error::InvalidResponse {
            status: record.status.unwrap_or(reqwest::StatusCode::OK),
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
    Error::Transport(source)
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
