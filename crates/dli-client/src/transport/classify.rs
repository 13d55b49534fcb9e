//! What one attempt came to, as the retry decision and the call's record need it: a pure
//! function of what was seen, table-tested beside the decision it feeds.

use std::time::Duration;

use reqwest::StatusCode;

use crate::error::TimeoutKind;
use crate::retry::AttemptOutcome;

/// What was seen of one attempt, reduced to the facts that decide its class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Seen {
    /// An answer arrived with this status, this `Retry-After`, and whether it is throttling
    /// (`retry::is_throttled`, judged once where the answer was read).
    Answered {
        status: StatusCode,
        retry_after: Option<Duration>,
        throttled: bool,
    },
    /// The attempt failed without a whole answer.
    Failed {
        /// The failure happened while connecting: nothing reached the service.
        connect: bool,
        /// A time limit ended it.
        timeout: bool,
    },
}

/// One attempt's class: what retrying it would mean, and which time limit ended it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Class {
    pub(crate) outcome: AttemptOutcome,
    pub(crate) timeout: Option<TimeoutKind>,
}

/// Classifies an attempt. `cut_by_deadline` says that the attempt's time limit was shortened
/// to fit the call's deadline, so that a timeout is the deadline's.
pub(crate) fn classify(seen: Seen, cut_by_deadline: bool) -> Class {
    match seen {
        Seen::Answered {
            status,
            retry_after,
            throttled,
        } => Class {
            outcome: if throttled {
                AttemptOutcome::Throttled { retry_after }
            } else {
                AttemptOutcome::Answered {
                    status,
                    retry_after,
                }
            },
            timeout: None,
        },
        Seen::Failed { connect, timeout } => Class {
            // A connect timeout is a failure to connect: nothing was sent.
            outcome: if connect {
                AttemptOutcome::NotSent
            } else if timeout {
                AttemptOutcome::TimedOut
            } else {
                AttemptOutcome::Lost
            },
            timeout: match (timeout, connect, cut_by_deadline) {
                (false, _, _) => None,
                (true, true, _) => Some(TimeoutKind::Connect),
                (true, false, true) => Some(TimeoutKind::Deadline),
                (true, false, false) => Some(TimeoutKind::Attempt),
            },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use AttemptOutcome::{Lost, NotSent, Throttled, TimedOut};

    #[test]
    fn the_classification_table() {
        // As `send` judges an answer: throttling by its status, or by the gateway's code.
        let answered = |status: u16, retry_after: Option<u64>| {
            let status = StatusCode::from_u16(status).expect("valid status");
            Seen::Answered {
                status,
                retry_after: retry_after.map(Duration::from_secs),
                throttled: crate::retry::is_throttled(status, None),
            }
        };
        let gateway_code = |status: u16| {
            let status = StatusCode::from_u16(status).expect("valid status");
            Seen::Answered {
                status,
                retry_after: None,
                throttled: crate::retry::is_throttled(status, Some("APIGW.0308")),
            }
        };
        let failed = |connect, timeout| Seen::Failed { connect, timeout };
        let as_answered = |seen: Seen| match seen {
            Seen::Answered {
                status,
                retry_after,
                ..
            } => AttemptOutcome::Answered {
                status,
                retry_after,
            },
            Seen::Failed { .. } => unreachable!("only answers"),
        };
        #[rustfmt::skip]
        let table: &[(Seen, bool, AttemptOutcome, Option<TimeoutKind>)] = &[
            // An answer is an answer, whatever its status and however short the time was.
            (answered(200, None),    false, as_answered(answered(200, None)), None),
            (answered(503, None),    true,  as_answered(answered(503, None)), None),
            // Throttling, by its status or by the gateway's code whatever the status.
            (answered(429, Some(3)), false, Throttled { retry_after: Some(Duration::from_secs(3)) }, None),
            (answered(429, None),    false, Throttled { retry_after: None }, None),
            (gateway_code(400),      false, Throttled { retry_after: None }, None),
            (gateway_code(429),      true,  Throttled { retry_after: None }, None),
            // Refused, unresolvable, TLS: nothing was sent.
            (failed(true, false),    false, NotSent,  None),
            (failed(true, false),    true,  NotSent,  None),
            // Connecting ran out of time: still nothing sent, and the connect timeout's fault.
            (failed(true, true),     false, NotSent,  Some(TimeoutKind::Connect)),
            (failed(true, true),     true,  NotSent,  Some(TimeoutKind::Connect)),
            // After sending: the request may have arrived.
            (failed(false, true),    false, TimedOut, Some(TimeoutKind::Attempt)),
            (failed(false, true),    true,  TimedOut, Some(TimeoutKind::Deadline)),
            (failed(false, false),   false, Lost,     None),
            (failed(false, false),   true,  Lost,     None),
        ];
        for (seen, cut, outcome, timeout) in table {
            assert_eq!(
                classify(*seen, *cut),
                Class {
                    outcome: *outcome,
                    timeout: *timeout
                },
                "{seen:?}, cut by the deadline: {cut}"
            );
        }
    }
}
