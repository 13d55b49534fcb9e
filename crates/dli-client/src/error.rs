//! The errors of this crate: [`Error`] for calls, [`ConfigError`] for building a client.

use std::fmt;
use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use serde_json::Value;

/// The most of an error body that is kept.
pub(crate) const ERROR_BODY_LIMIT: usize = 64 * 1024;

/// An error answer from DLI or from the API gateway in front of it, read the way Huawei's
/// official SDKs read one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// The error code, such as `DLI.0001` or `APIGW.0301`; the status number when the body
    /// has none.
    pub code: String,
    /// The error message; when the body has none, its text (at most 512 characters).
    pub message: String,
    /// The request id: the `X-Request-Id` header, else the body's `request_id`.
    pub request_id: Option<String>,
    /// An encoded explanation of an authorization failure, when the service gives one.
    pub encoded_authorization_message: Option<String>,
    /// The raw body (at most 64 KiB, lossily decoded) when it is not the DLI shape
    /// (`{"error_code": …, "error_msg": …}`): an HTML page from a gateway, an empty or
    /// truncated body, another JSON shape.
    pub raw_body: Option<String>,
}

impl ApiError {
    /// Reads an error response: the request id from `X-Request-Id`, then the first of
    /// `error_code`/`error_msg`, `errorCode`/`errorMsg`, `code`/`message` found in the body,
    /// looking into nested objects when the top level has none of them.
    pub(crate) fn from_response(status: StatusCode, headers: &HeaderMap, body: &[u8]) -> Self {
        let text = String::from_utf8_lossy(body);
        let json: Option<Value> = serde_json::from_slice(body).ok();
        let object = json.as_ref().and_then(Value::as_object);

        let found = object.and_then(|object| find_code_and_message(object, 0));
        let dli_shape =
            object.is_some_and(|o| o.contains_key("error_code") && o.contains_key("error_msg"));
        let encoded_authorization_message = object
            .and_then(|o| o.get("encoded_authorization_message"))
            .map(json_text);
        let header_request_id = request_id(headers);
        let body_request_id = object.and_then(|o| o.get("request_id")).map(json_text);

        let (code, message) = found.unwrap_or_default();
        Self {
            status,
            code: if code.is_empty() {
                status.as_u16().to_string()
            } else {
                code
            },
            message: if message.is_empty() {
                abbreviate(text.trim(), MESSAGE_FROM_BODY_LIMIT)
            } else {
                message
            },
            request_id: header_request_id
                .or(body_request_id)
                .filter(|id| !id.is_empty()),
            encoded_authorization_message,
            raw_body: (!dli_shape).then(|| text.into_owned()),
        }
    }
}

/// The most of a non-JSON body used as the message; the whole body stays in `raw_body`.
const MESSAGE_FROM_BODY_LIMIT: usize = 512;

/// The text cut to at most `limit` characters, with `…` when cut.
fn abbreviate(text: &str, limit: usize) -> String {
    match text.char_indices().nth(limit) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

/// The `X-Request-Id` header, which DLI and its gateway put on every answer.
pub(crate) fn request_id(headers: &HeaderMap) -> Option<String> {
    headers
        .get("x-request-id")
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned)
}

fn json_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

const CODE_AND_MESSAGE_KEYS: [(&str, &str); 3] = [
    ("error_code", "error_msg"),
    ("errorCode", "errorMsg"),
    ("code", "message"),
];

fn find_code_and_message(
    object: &serde_json::Map<String, Value>,
    depth: usize,
) -> Option<(String, String)> {
    for (code, message) in CODE_AND_MESSAGE_KEYS {
        if let (Some(code), Some(message)) = (object.get(code), object.get(message)) {
            return Some((json_text(code), json_text(message)));
        }
    }
    if depth >= 8 {
        return None;
    }
    object
        .values()
        .filter_map(Value::as_object)
        .find_map(|nested| find_code_and_message(nested, depth + 1))
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "HTTP {} {}: {}",
            self.status.as_u16(),
            self.code,
            self.message
        )?;
        if let Some(request_id) = &self.request_id {
            write!(f, " (request id {request_id})")?;
        }
        Ok(())
    }
}

/// Which time limit ran out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeoutKind {
    /// Connecting took longer than the connect timeout.
    Connect,
    /// One attempt took longer than the per-attempt timeout.
    Attempt,
    /// The call as a whole, retries included, ran past its deadline.
    Deadline,
}

impl fmt::Display for TimeoutKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Connect => "connect timeout",
            Self::Attempt => "per-attempt timeout",
            Self::Deadline => "overall deadline",
        })
    }
}

/// Why a call failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// DLI or its API gateway answered with an error.
    #[error("{0}")]
    Api(ApiError),
    /// The service answered `200` but its body says the request did not succeed
    /// (`"is_success": false`).
    #[error("HTTP {} but the request did not succeed: {message}{}", status.as_u16(), request_id.as_ref().map(|id| format!(" (request id {id})")).unwrap_or_default())]
    NotSuccessful {
        /// The HTTP status.
        status: StatusCode,
        /// The body's `message`.
        message: String,
        /// The `X-Request-Id` header.
        request_id: Option<String>,
    },
    /// The request was not sent because an input is invalid; the message says which.
    #[error("invalid request: {0}")]
    InvalidRequest(String),
    /// A success answer whose body is not what the API documents.
    #[error("HTTP {} with a body that cannot be read: {reason}; body: {body:?}", status.as_u16())]
    InvalidResponse {
        /// The HTTP status.
        status: StatusCode,
        /// What is wrong with the body.
        reason: String,
        /// The body, at most 64 KiB, lossily decoded.
        body: String,
    },
    /// No connection could be made (refused, unreachable, DNS).
    #[error("cannot connect to DLI after {attempts} attempt(s): {source}")]
    Connect {
        /// How many attempts were made.
        attempts: u32,
        /// The underlying error.
        #[source]
        source: reqwest::Error,
    },
    /// A time limit ran out.
    #[error("{kind} ran out after {} ms and {attempts} attempt(s)", elapsed.as_millis())]
    Timeout {
        /// Which limit.
        kind: TimeoutKind,
        /// How many attempts were made.
        attempts: u32,
        /// How long the call took.
        elapsed: Duration,
        /// The underlying error, when there is one.
        #[source]
        source: Option<reqwest::Error>,
    },
    /// The TLS handshake failed (an untrusted certificate, for example).
    #[error("TLS failed: {0}")]
    Tls(#[source] reqwest::Error),
    /// Any other transport failure (the connection closed mid-answer, for example).
    #[error("transport error: {0}")]
    Transport(#[source] reqwest::Error),
}

impl Error {
    /// The HTTP status, when the service answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Self::Api(api) => Some(api.status),
            Self::NotSuccessful { status, .. } | Self::InvalidResponse { status, .. } => {
                Some(*status)
            }
            _ => None,
        }
    }

    /// The service's error code, such as `DLI.0001`.
    pub fn error_code(&self) -> Option<&str> {
        match self {
            Self::Api(api) => Some(&api.code),
            _ => None,
        }
    }

    /// The request id, when the service gave one.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Self::Api(api) => api.request_id.as_deref(),
            Self::NotSuccessful { request_id, .. } => request_id.as_deref(),
            _ => None,
        }
    }

    /// The service's answer, for an error answer.
    pub fn api_error(&self) -> Option<&ApiError> {
        match self {
            Self::Api(api) => Some(api),
            _ => None,
        }
    }

    /// The connection does not exist, or no longer does: `DLI.0002`, `DLI.0023`, or
    /// `DLI.0001` with a "… is not exist" message.
    pub fn is_not_found(&self) -> bool {
        let Self::Api(api) = self else { return false };
        match api.code.as_str() {
            "DLI.0002" | "DLI.0023" => true,
            "DLI.0001" => api.message.contains("not exist"),
            _ => false,
        }
    }

    /// The request was throttled (`429`, or `APIGW.0308`).
    pub fn is_throttled(&self) -> bool {
        let Self::Api(api) = self else { return false };
        api.status == StatusCode::TOO_MANY_REQUESTS || api.code == "APIGW.0308"
    }

    /// Authentication or authorization failed: `401`, `403`, `APIGW.0301`, or one of DLI's
    /// authentication codes (`DLI.0013` to `DLI.0016`).
    pub fn is_auth(&self) -> bool {
        let Self::Api(api) = self else { return false };
        matches!(api.status.as_u16(), 401 | 403)
            || matches!(
                api.code.as_str(),
                "APIGW.0301" | "DLI.0013" | "DLI.0014" | "DLI.0015" | "DLI.0016"
            )
    }

    /// Trying again later may succeed: throttling, `500`, `502`, `503`, `504`, connection
    /// failures, connections lost mid-answer and timeouts — the failures the client itself
    /// retries.
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Api(api) => crate::retry::is_retryable_status(api.status),
            Self::Connect { .. } | Self::Timeout { .. } | Self::Transport(_) => true,
            _ => false,
        }
    }
}

/// Why a client could not be built. Each message says what to set.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// No credentials were found.
    #[error(
        "no credentials: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (and \
         HUAWEICLOUD_SDK_SECURITY_TOKEN for temporary keys), or `ak` and `sk` in the [basic] \
         section of {profile}, or call ClientBuilder::credentials"
    )]
    MissingCredentials {
        /// The profile file that was looked at.
        profile: String,
    },
    /// Some credentials were found, but not all that belong together.
    #[error("{found} is set but {missing} is not: set {missing}")]
    PartialCredentials {
        /// What was found.
        found: String,
        /// What to set.
        missing: String,
    },
    /// The credentials cannot be used.
    #[error("invalid credentials: {0}")]
    InvalidCredentials(String),
    /// No project id was found.
    #[error(
        "no project id: set HUAWEICLOUD_SDK_PROJECT_ID, or `project_id` in the [basic] section \
         of {profile}, or call ClientBuilder::project_id"
    )]
    MissingProjectId {
        /// The profile file that was looked at.
        profile: String,
    },
    /// The project id is not valid.
    #[error(
        "invalid project id {0:?}: it must be non-empty, without `/`, `?`, `#`, `%` or control characters"
    )]
    InvalidProjectId(String),
    /// Neither a region nor an endpoint was given.
    #[error(
        "no endpoint: call ClientBuilder::region (for example \"cn-north-4\") or ClientBuilder::endpoint"
    )]
    MissingEndpoint,
    /// The region is not one DLI is offered in.
    #[error("unknown region {region:?}; DLI regions are: {}", crate::endpoint::REGIONS.join(", "))]
    UnknownRegion {
        /// The region asked for.
        region: String,
    },
    /// The endpoint is not a usable URL.
    #[error("invalid endpoint {endpoint:?}: {reason}")]
    InvalidEndpoint {
        /// The endpoint given.
        endpoint: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A configuration file could not be read.
    #[error("cannot read {path}: {reason}")]
    File {
        /// The file.
        path: String,
        /// What went wrong.
        reason: String,
    },
    /// A network setting (proxy, certificate, TLS) is invalid.
    #[error("invalid network setting: {0}")]
    Network(String),
}
