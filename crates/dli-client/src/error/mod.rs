//! The errors of this crate: [`Error`] for calls, [`ConfigError`] for building a client.
//! [`ApiError`] reads an error answer; [`SigningError`] says why a request could not be
//! signed.
//!
//! An error that has a cause returns it from `source()` and does not repeat it in its own
//! message: print the chain (`{error}: {source}: …`) to see everything.

mod api;
mod signing;

use std::fmt;
use std::time::Duration;

use reqwest::StatusCode;

use crate::preview::RequestPreview;

pub use api::ApiError;
#[cfg(test)]
pub(crate) use api::properties::json_body;
pub(crate) use api::request_id;
pub use signing::SigningError;

/// A cause kept as an error's source.
pub type Cause = Box<dyn std::error::Error + Send + Sync + 'static>;

/// The most of an error body that is kept.
pub(crate) const ERROR_BODY_LIMIT: usize = 64 * 1024;

/// Which time limit ran out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TimeoutKind {
    /// Connecting took longer than the connect timeout.
    Connect,
    /// One attempt took longer than the per-attempt timeout.
    Attempt,
    /// The call as a whole, retries included, ran past its deadline.
    Deadline,
    /// A connection did not become deletable in the time given to wait for it.
    Wait,
}

impl fmt::Display for TimeoutKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Connect => "connect timeout",
            Self::Attempt => "per-attempt timeout",
            Self::Deadline => "overall deadline",
            Self::Wait => "waiting for the connection to be ready",
        })
    }
}

/// Why a call failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// DLI or its API gateway answered with an error.
    #[error("{0}")]
    Api(Box<ApiError>),
    /// The service answered `200` but its body says the request did not succeed
    /// (`"is_success": false`).
    #[error("HTTP {} but the request did not succeed: {message}{}", status.as_u16(), request_id.as_ref().map(|id| format!(" (request id {id})")).unwrap_or_default())]
    #[non_exhaustive]
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
    #[non_exhaustive]
    InvalidResponse {
        /// The HTTP status.
        status: StatusCode,
        /// What is wrong with the body.
        reason: String,
        /// The body, at most 64 KiB, lossily decoded.
        body: String,
    },
    /// No connection could be made (refused, unreachable, DNS).
    #[error("cannot connect to DLI after {attempts} attempt(s)")]
    #[non_exhaustive]
    Connect {
        /// How many attempts were made.
        attempts: u32,
        /// The underlying error.
        #[source]
        source: reqwest::Error,
    },
    /// A time limit ran out.
    #[error("{kind} ran out after {} ms and {attempts} attempt(s)", elapsed.as_millis())]
    #[non_exhaustive]
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
    /// A peering of the connection with a queue or an elastic resource pool failed; DLI
    /// says why in `message`.
    #[error("the peering of connection {connection_id} with {resource} failed: {message}")]
    #[non_exhaustive]
    PeeringFailed {
        /// The connection.
        connection_id: String,
        /// The queue or elastic resource pool.
        resource: String,
        /// The peering's `err_msg`.
        message: String,
    },
    /// The client is a dry run ([`ClientBuilder::dry_run`](crate::ClientBuilder::dry_run)):
    /// the request was built and signed, and not sent.
    #[error("dry run, not sent: {} {}", .0.method, .0.url)]
    DryRun(Box<RequestPreview>),
    /// A success answer's body is larger than the client reads
    /// ([`ClientBuilder::body_limit`](crate::ClientBuilder::body_limit)); no more than the
    /// limit was read.
    #[error("HTTP {} with a body over the limit of {limit} bytes; nothing past the limit was read (see ClientBuilder::body_limit)", status.as_u16())]
    #[non_exhaustive]
    ResponseTooLarge {
        /// The HTTP status.
        status: StatusCode,
        /// The limit, in bytes.
        limit: usize,
    },
    /// The request could not be signed, on the first attempt or a retry, so it was not
    /// sent.
    #[error("cannot sign the request")]
    Signing(#[source] SigningError),
    /// The TLS handshake failed (an untrusted certificate, for example).
    #[error("the TLS handshake with DLI failed")]
    Tls(#[source] reqwest::Error),
    /// Any other transport failure (the connection closed mid-answer, for example).
    #[error("the connection to DLI failed after {attempts} attempt(s)")]
    #[non_exhaustive]
    Transport {
        /// How many attempts were made.
        attempts: u32,
        /// The underlying error.
        #[source]
        source: reqwest::Error,
    },
}

impl Error {
    /// The HTTP status, when the service answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Self::Api(api) => Some(api.status),
            Self::NotSuccessful { status, .. }
            | Self::InvalidResponse { status, .. }
            | Self::ResponseTooLarge { status, .. } => Some(*status),
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

    /// A create refused because a connection that is not deleted has the name: `DLI.0006`.
    pub fn is_name_taken(&self) -> bool {
        self.error_code() == Some("DLI.0006")
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

    /// The request was throttled (`429`, or `APIGW.0308`): the same rule the retry
    /// decision and the pacer apply to every attempt.
    pub fn is_throttled(&self) -> bool {
        let Self::Api(api) = self else { return false };
        crate::retry::is_throttled(api.status, Some(&api.code))
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

    /// How many attempts the call made, when it got as far as sending.
    pub fn attempts(&self) -> Option<u32> {
        match self {
            Self::Api(api) => Some(api.attempts),
            Self::Connect { attempts, .. }
            | Self::Timeout { attempts, .. }
            | Self::Transport { attempts, .. } => Some(*attempts),
            Self::NotSuccessful { .. }
            | Self::InvalidResponse { .. }
            | Self::ResponseTooLarge { .. }
            | Self::Tls(_) => Some(1),
            _ => None,
        }
    }

    /// A short label for the kind of failure, the same for every error of a kind: `API
    /// error 400`, `timeout (per-attempt timeout)`, `cannot connect`, `connection lost`,
    /// `unreadable answer`, `not successful`, `answer too large`, `TLS failed`, `signing
    /// failed`, `invalid request`, `peering failed`, `dry run`. For counting failures by kind.
    pub fn label(&self) -> String {
        match self {
            Self::Api(api) => format!("API error {}", api.status.as_u16()),
            Self::Timeout { kind, .. } => format!("timeout ({kind})"),
            Self::Connect { .. } => "cannot connect".to_owned(),
            Self::Transport { .. } => "connection lost".to_owned(),
            Self::InvalidResponse { .. } => "unreadable answer".to_owned(),
            Self::NotSuccessful { .. } => "not successful".to_owned(),
            Self::ResponseTooLarge { .. } => "answer too large".to_owned(),
            Self::Tls(_) => "TLS failed".to_owned(),
            Self::Signing(_) => "signing failed".to_owned(),
            Self::InvalidRequest(_) => "invalid request".to_owned(),
            Self::PeeringFailed { .. } => "peering failed".to_owned(),
            Self::DryRun(_) => "dry run".to_owned(),
        }
    }

    /// The request may have reached DLI and been carried out, but the client cannot tell:
    /// the connection was lost after sending, a time limit ran out, the service answered
    /// `500`, `502` or `504`, or a success answer could not be read whole. A create that
    /// ends this way may have made the connection.
    pub fn is_outcome_unknown(&self) -> bool {
        match self {
            Self::Api(api) => matches!(api.status.as_u16(), 500 | 502 | 504),
            // A connect timeout sent nothing.
            Self::Timeout { kind, .. } => *kind != TimeoutKind::Connect,
            Self::Transport { .. } => true,
            Self::InvalidResponse { status, .. } | Self::ResponseTooLarge { status, .. } => {
                status.is_success()
            }
            _ => false,
        }
    }

    /// The same error, counting `attempts` in all: for a call made of several, such as a
    /// create sent again after its name was looked up.
    pub(crate) fn with_attempts(mut self, total: u32) -> Self {
        match &mut self {
            Self::Api(api) => api.attempts = total,
            Self::Connect { attempts, .. }
            | Self::Timeout { attempts, .. }
            | Self::Transport { attempts, .. } => *attempts = total,
            _ => {}
        }
        self
    }

    /// Trying again later may succeed: throttling, `500`, `502`, `503`, `504`, connection
    /// failures, connections lost mid-answer and timeouts — the failures the client itself
    /// retries.
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Api(api) => crate::retry::is_transient_status(api.status),
            Self::Connect { .. } | Self::Timeout { .. } | Self::Transport { .. } => true,
            _ => false,
        }
    }
}

/// Why a client could not be built. Each message says what to set; a cause, when there is
/// one, is the error's source.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// No credentials were found.
    #[error(
        "no credentials: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (and \
         HUAWEICLOUD_SDK_SECURITY_TOKEN for temporary keys), or `ak` and `sk` in the [basic] \
         section of {profile}, or call ClientBuilder::credentials"
    )]
    #[non_exhaustive]
    MissingCredentials {
        /// The profile file that was looked at.
        profile: String,
    },
    /// Some credentials were found, but not all that belong together.
    #[error("{found} is set but {missing} is not: set {missing}")]
    #[non_exhaustive]
    PartialCredentials {
        /// What was found.
        found: String,
        /// What to set.
        missing: String,
    },
    /// The credentials cannot be used.
    #[error("invalid credentials: {reason}")]
    #[non_exhaustive]
    InvalidCredentials {
        /// What is wrong with them.
        reason: String,
        /// The cause, when a library refused them.
        #[source]
        source: Option<Cause>,
    },
    /// No project id was found.
    #[error(
        "no project id: set HUAWEICLOUD_SDK_PROJECT_ID, or `project_id` in the [basic] section \
         of {profile}, or call ClientBuilder::project_id"
    )]
    #[non_exhaustive]
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
    #[error("unknown region {region:?}; DLI regions are: {}", crate::regions::REGIONS.join(", "))]
    #[non_exhaustive]
    UnknownRegion {
        /// The region asked for.
        region: String,
    },
    /// The endpoint is not a usable URL.
    #[error("invalid endpoint {endpoint:?}: {reason}")]
    #[non_exhaustive]
    InvalidEndpoint {
        /// The endpoint given.
        endpoint: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A configuration file could not be read.
    #[error("cannot read {path}: {problem}")]
    #[non_exhaustive]
    File {
        /// The file.
        path: String,
        /// What went wrong, such as "not an INI file".
        problem: String,
        /// The cause.
        #[source]
        source: Cause,
    },
    /// A network setting (proxy, certificate, TLS) is invalid.
    #[error("invalid network setting: {setting}")]
    #[non_exhaustive]
    Network {
        /// Which setting, and what is wrong with it.
        setting: String,
        /// The HTTP library's reason.
        #[source]
        source: reqwest::Error,
    },
}

#[cfg(test)]
mod tests;
