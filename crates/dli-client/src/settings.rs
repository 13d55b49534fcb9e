//! What a built client carries to every call: checked credentials, the project, the retry
//! policy and the time limits. The generated client holds them as its `ClientState`.

use std::sync::Arc;
use std::time::Duration;

use crate::auth::Authenticator;
use crate::catalog::BodyLimit;
use crate::pacing::Pacer;
use crate::retry::RetryPolicy;

/// Time limits for a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Timeouts {
    /// Establishing a connection (TCP and TLS). Default 10 s.
    pub connect: Duration,
    /// One attempt, from sending the request to reading the whole answer. Default 30 s.
    pub attempt: Duration,
    /// The whole call, every retry and wait included. Default 120 s.
    pub deadline: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Self {
            connect: Duration::from_secs(10),
            attempt: Duration::from_secs(30),
            deadline: Duration::from_secs(120),
        }
    }
}

/// The most of a success answer's body a call reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct BodyLimits {
    /// One object: a connection, a creation's or a deletion's answer. Default 1 MiB.
    pub(crate) object: usize,
    /// One page of a listing. Default 16 MiB.
    pub(crate) page: usize,
}

impl Default for BodyLimits {
    fn default() -> Self {
        Self {
            object: 1 << 20,
            page: 16 << 20,
        }
    }
}

impl BodyLimits {
    /// The limit of this kind, as the operation table gives it to each operation.
    pub(crate) fn of(&self, kind: BodyLimit) -> usize {
        match kind {
            BodyLimit::Page => self.page,
            BodyLimit::Object => self.object,
        }
    }
}

/// The checked settings of a client.
#[derive(Debug)]
pub(crate) struct Settings {
    pub(crate) auth: Authenticator,
    pub(crate) retry: RetryPolicy,
    pub(crate) timeouts: Timeouts,
    /// Build and sign requests, but send none.
    pub(crate) dry_run: bool,
    /// In a dry run, send the reads (`GET`) all the same.
    pub(crate) dry_run_reads: bool,
    /// How fast attempts go out, all calls together.
    pub(crate) pacer: Pacer,
    /// How much of a success answer is read.
    pub(crate) body_limits: BodyLimits,
}

/// The state the generated client hands to its hooks. Not part of the public API: a client
/// is only made by [`ClientBuilder`](crate::ClientBuilder).
#[derive(Clone, Debug)]
pub struct ClientState {
    pub(crate) settings: Arc<Settings>,
}
