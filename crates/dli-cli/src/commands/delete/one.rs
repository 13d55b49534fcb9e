//! One delete: what it needs of the command's options, how it ended, and the line it gets.

use std::time::Duration;

use dli_client::types::DeleteEnhancedConnectionResponse;
use dli_client::{Client, ConnectionId, Error, Response};
use serde::Serialize;
use uuid::Uuid;

use crate::cli::DeleteArgs;
use crate::outcome::chain;

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
}

/// What each delete needs of the command's options.
#[derive(Debug, Clone, Copy)]
pub(super) struct Mode {
    wait: Option<Duration>,
    dry_run: bool,
    ignore_missing: bool,
}

impl Mode {
    /// What the command's options and `--dry-run` ask of each delete.
    pub(super) fn new(args: &DeleteArgs, dry_run: bool) -> Self {
        Self {
            wait: args.wait,
            dry_run,
            ignore_missing: args.ignore_missing,
        }
    }

    /// One delete sent as it is: no wait, not a dry run, a missing connection a failure.
    pub(super) const PLAIN: Self = Self {
        wait: None,
        dry_run: false,
        ignore_missing: false,
    };
}

/// The answer to one delete.
pub(super) type Deleted = Result<Response<DeleteEnhancedConnectionResponse>, Error>;

/// Deletes one connection as the command's options ask: waiting first with `--wait`
/// (unless it is a dry run, which only shows the delete).
///
/// A `FAILED` peering does not stop the delete (removing broken connections is the usual
/// cleanup); each is named on stderr with DLI's reason before the connection goes.
pub(super) async fn delete(client: Client, mode: Mode, id: ConnectionId) -> Deleted {
    if let Some(timeout) = mode.wait.filter(|_| !mode.dry_run) {
        let shown = client.wait_until_deletable(id, timeout).await?;
        for (resource, message) in dli_client::failed_peerings(&shown) {
            eprintln!("{id}: the peering with {resource} FAILED ({message}); deleting anyway");
        }
    }
    client.delete_connection(id).await
}

impl Outcome {
    /// What the answer to the delete of `id` says, as the command reports it.
    pub(super) fn of(id: ConnectionId, result: &Deleted, elapsed: Duration, mode: Mode) -> Self {
        let mut outcome = Self {
            id: id.uuid(),
            outcome: Kind::Deleted,
            status: None,
            error_code: None,
            error_msg: None,
            request_id: None,
            attempts: None,
            elapsed_ms: (elapsed.as_secs_f64() * 1_000_000.0).round() / 1000.0,
            request: None,
        };
        match result {
            Ok(response) => {
                outcome.status = Some(response.status().as_u16());
                outcome.request_id = response.request_id().map(str::to_owned);
                outcome.attempts = Some(response.attempts());
            }
            Err(Error::DryRun(preview)) => {
                outcome.outcome = Kind::DryRun;
                outcome.request = Some(preview.as_ref().clone());
            }
            Err(error) => {
                outcome.outcome = if mode.ignore_missing && error.is_not_found() {
                    Kind::Missing
                } else {
                    Kind::Failed
                };
                outcome.status = error.status().map(|status| status.as_u16());
                outcome.error_code = error.error_code().map(str::to_owned);
                outcome.error_msg = Some(match error.api_error() {
                    Some(api) => api.message.clone(),
                    None => chain(error),
                });
                outcome.request_id = error.request_id().map(str::to_owned);
                outcome.attempts = error.attempts();
            }
        }
        outcome
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
