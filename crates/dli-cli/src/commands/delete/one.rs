//! One delete: what it needs of the command's options, how it ended, and the line it gets.

use std::time::{Duration, Instant};

use dli_client::{Client, Error};
use serde::Serialize;
use uuid::Uuid;

use crate::cli::DeleteArgs;

/// How one delete ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub(super) enum Kind {
    /// DLI deleted it.
    Deleted,
    /// It did not exist, and `--ignore-missing` counts that as done.
    Missing,
    /// It failed; the error says why.
    Failed,
    /// `--dry-run`: the request was shown, not sent.
    DryRun,
}

/// One line of output: what happened to one id.
#[derive(Debug, Serialize)]
pub(super) struct Outcome {
    id: Uuid,
    pub(super) outcome: Kind,
    status: Option<u16>,
    pub(super) error_code: Option<String>,
    error_msg: Option<String>,
    pub(super) request_id: Option<String>,
    attempts: Option<u32>,
    /// Milliseconds, to the microsecond.
    elapsed_ms: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    request: Option<dli_client::RequestPreview>,
    /// The gateway or DLI refused the credentials.
    #[serde(skip)]
    pub(super) auth_failure: bool,
}

/// What each delete needs of the command's options.
#[derive(Debug, Clone, Copy)]
pub(super) struct Mode {
    wait: Option<Duration>,
    dry_run: bool,
    ignore_missing: bool,
}

impl From<&DeleteArgs> for Mode {
    fn from(args: &DeleteArgs) -> Self {
        Self {
            wait: args.wait,
            dry_run: args.dry_run,
            ignore_missing: args.ignore_missing,
        }
    }
}

/// Deletes one connection and says how it went.
pub(super) async fn delete_one(client: Client, args: Mode, id: Uuid) -> Outcome {
    let started = Instant::now();
    let result = match args.wait {
        Some(timeout) if !args.dry_run => client.delete_connection_when_ready(id, timeout).await,
        _ => client.delete_connection(id).await,
    };
    let elapsed_ms = (started.elapsed().as_secs_f64() * 1_000_000.0).round() / 1000.0;
    let mut outcome = Outcome {
        id,
        outcome: Kind::Deleted,
        status: None,
        error_code: None,
        error_msg: None,
        request_id: None,
        attempts: None,
        elapsed_ms,
        request: None,
        auth_failure: false,
    };
    match result {
        Ok(response) => {
            outcome.status = Some(response.status().as_u16());
            outcome.request_id = response.request_id().map(str::to_owned);
            outcome.attempts = Some(response.attempts());
        }
        Err(Error::DryRun(preview)) => {
            outcome.outcome = Kind::DryRun;
            outcome.request = Some(*preview);
        }
        Err(error) => {
            outcome.outcome = if args.ignore_missing && error.is_not_found() {
                Kind::Missing
            } else {
                Kind::Failed
            };
            outcome.status = error.status().map(|status| status.as_u16());
            outcome.error_code = error.error_code().map(str::to_owned);
            outcome.error_msg = Some(match error.api_error() {
                Some(api) => api.message.clone(),
                None => error.to_string(),
            });
            outcome.request_id = error.request_id().map(str::to_owned);
            outcome.attempts = error.api_error().map(|api| api.attempts);
            outcome.auth_failure = error.is_auth();
        }
    }
    outcome
}

impl Outcome {
    /// A delete that panicked; it is reported as failed.
    pub(super) fn crashed(id: Uuid) -> Self {
        Self {
            id,
            outcome: Kind::Failed,
            status: None,
            error_code: None,
            error_msg: Some("the delete did not finish: it panicked".to_owned()),
            request_id: None,
            attempts: None,
            elapsed_ms: 0.0,
            request: None,
            auth_failure: false,
        }
    }
}

/// The text form: `ID  OUTCOME  [CODE: MESSAGE]  [(request id …)]`.
pub(super) fn text_line(outcome: &Outcome) -> String {
    if let Some(request) = &outcome.request {
        return format!("{}  dry-run\n{request}\n", outcome.id);
    }
    let mut line = format!(
        "{}  {}",
        outcome.id,
        match outcome.outcome {
            Kind::Deleted => "deleted",
            Kind::Missing => "missing",
            Kind::Failed => "failed",
            Kind::DryRun => "dry-run",
        }
    );
    if let Some(message) = &outcome.error_msg {
        match (&outcome.status, &outcome.error_code) {
            (Some(status), Some(code)) => {
                line.push_str(&format!("  HTTP {status} {code}: {message}"))
            }
            _ => line.push_str(&format!("  {message}")),
        }
    }
    if let Some(request_id) = &outcome.request_id {
        line.push_str(&format!("  (request id {request_id})"));
    }
    line
}
