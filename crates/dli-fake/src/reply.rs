//! Answers in the shapes DLI and its API gateway use.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

/// The id of the request being answered, set for every request before routing.
#[derive(Debug, Clone)]
pub struct RequestId(pub String);

impl RequestId {
    /// The id set on a request before routing; empty when there is none.
    pub fn of<B>(request: &axum::http::Request<B>) -> String {
        Self::in_extensions(request.extensions())
    }

    /// The id among a request's extensions; empty when there is none.
    pub fn in_extensions(extensions: &axum::http::Extensions) -> String {
        extensions
            .get::<Self>()
            .map(|id| id.0.clone())
            .unwrap_or_default()
    }
}

/// A JSON answer.
pub fn json_reply(status: StatusCode, body: Value) -> Response {
    (status, Json(body)).into_response()
}

/// A DLI error: `{"error_code": …, "error_msg": …}`.
pub fn dli_error(status: StatusCode, code: &str, message: impl Into<String>) -> Response {
    json_reply(
        status,
        json!({ "error_code": code, "error_msg": message.into() }),
    )
}

/// An API-gateway error, which adds the request id to the body.
pub fn gateway_error(
    status: StatusCode,
    code: &str,
    message: impl Into<String>,
    request_id: &str,
) -> Response {
    json_reply(
        status,
        json!({ "error_code": code, "error_msg": message.into(), "request_id": request_id }),
    )
}

/// DLI's answer for a connection that does not exist (or no longer does).
pub fn connection_not_found(id: &str) -> Response {
    dli_error(
        StatusCode::BAD_REQUEST,
        "DLI.0001",
        format!("Connection {id} is not exist"),
    )
}

/// A parameter check failure.
pub fn bad_parameter(message: impl Into<String>) -> Response {
    dli_error(StatusCode::BAD_REQUEST, "DLI.0001", message)
}

/// The gateway's answer to a request of no API it knows.
pub(crate) fn no_such_api(request_id: &str) -> Response {
    gateway_error(
        StatusCode::NOT_FOUND,
        "APIGW.0101",
        "The API does not exist or has not been published in the environment",
        request_id,
    )
}
