//! Fault injection: the next N matching requests get a chosen failure instead of (or before)
//! their normal answer. Set from code ([`Faults::push`]) or over HTTP (`/_fake/faults`).

use std::sync::Mutex;
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// What a fault does to a matching request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FaultAction {
    /// Answer with this status and body (and `Retry-After`, when given) without handling
    /// the request.
    Respond {
        /// The status.
        status: u16,
        /// The body, sent as `application/json`.
        #[serde(default)]
        body: String,
        /// A `Retry-After` value (seconds or an HTTP date).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        retry_after: Option<String>,
    },
    /// Wait this long, then handle the request normally.
    Delay {
        /// Milliseconds to wait.
        millis: u64,
    },
    /// Close the connection without answering.
    Drop,
    /// Handle the request (a create is committed, a delete done), then close the
    /// connection without sending the answer: the outcome a client cannot know.
    HandleThenDrop,
    /// Send the status and headers and part of the body, declaring its full length, then
    /// close the connection.
    Truncate {
        /// The status.
        status: u16,
        /// The full body, of which the first half is sent.
        body: String,
    },
    /// Answer with a body that is not valid JSON although it claims to be.
    Malformed {
        /// The status.
        status: u16,
    },
    /// Answer `200` with a JSON body that never ends: `{"message": "xxxx…` forever.
    Endless,
    /// Answer `200` with the delete's success body, one byte every `millis`.
    Drip {
        /// Milliseconds between two bytes.
        millis: u64,
    },
    /// Answer `200` declaring a `Content-Length` of `length`, send a few bytes, then stall
    /// until the client gives up.
    Stall {
        /// The declared length.
        length: u64,
    },
}

/// A fault and the requests it applies to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fault {
    /// Only requests with this method (any case); all methods when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// Only requests whose path contains this; all paths when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_contains: Option<String>,
    /// How many matching requests it applies to.
    #[serde(default = "one")]
    pub times: u32,
    /// What it does.
    pub action: FaultAction,
}

fn one() -> u32 {
    1
}

impl Fault {
    /// A fault for the next matching request.
    pub fn new(action: FaultAction) -> Self {
        Self {
            method: None,
            path_contains: None,
            times: 1,
            action,
        }
    }

    /// Answer with this status and JSON body.
    pub fn respond(status: u16, body: impl Into<String>) -> Self {
        Self::new(FaultAction::Respond {
            status,
            body: body.into(),
            retry_after: None,
        })
    }

    /// `429` with the gateway's throttling error and `Retry-After: <seconds>`.
    pub fn throttle(retry_after_seconds: u64) -> Self {
        Self::new(FaultAction::Respond {
            status: 429,
            body: r#"{"error_code":"APIGW.0308","error_msg":"The throttling threshold has been reached"}"#.to_owned(),
            retry_after: Some(retry_after_seconds.to_string()),
        })
    }

    /// Wait, then answer normally.
    pub fn delay(delay: Duration) -> Self {
        Self::new(FaultAction::Delay {
            millis: u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
        })
    }

    /// Applies to this many matching requests.
    #[must_use]
    pub fn times(mut self, times: u32) -> Self {
        self.times = times;
        self
    }

    /// Applies only to this method.
    #[must_use]
    pub fn method(mut self, method: &str) -> Self {
        self.method = Some(method.to_owned());
        self
    }

    /// Applies only to paths containing this.
    #[must_use]
    pub fn path_contains(mut self, fragment: &str) -> Self {
        self.path_contains = Some(fragment.to_owned());
        self
    }

    fn matches(&self, method: &str, path: &str) -> bool {
        self.method
            .as_ref()
            .is_none_or(|wanted| wanted.eq_ignore_ascii_case(method))
            && self
                .path_contains
                .as_ref()
                .is_none_or(|fragment| path.contains(fragment.as_str()))
    }
}

/// The queue of pending faults, first added first applied.
#[derive(Debug, Default)]
pub struct Faults(Mutex<Vec<Fault>>);

impl Faults {
    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Fault>> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Queues a fault.
    pub fn push(&self, fault: Fault) {
        if fault.times > 0 {
            self.lock().push(fault);
        }
    }

    /// Removes every pending fault.
    pub fn clear(&self) {
        self.lock().clear();
    }

    /// The pending faults.
    pub fn pending(&self) -> Vec<Fault> {
        self.lock().clone()
    }

    /// The action for this request, if a fault matches; uses up one of its times.
    pub(crate) fn take(&self, method: &str, path: &str) -> Option<FaultAction> {
        let mut faults = self.lock();
        let index = faults.iter().position(|f| f.matches(method, path))?;
        let fault = &mut faults[index];
        let action = fault.action.clone();
        fault.times -= 1;
        if fault.times == 0 {
            faults.remove(index);
        }
        Some(action)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_apply_in_order_and_run_out() {
        let faults = Faults::default();
        faults.push(Fault::respond(503, "{}").times(2).method("DELETE"));
        faults.push(Fault::throttle(1));
        assert!(matches!(
            faults.take("GET", "/x"),
            Some(FaultAction::Respond { status: 429, .. })
        ));
        for _ in 0..2 {
            assert!(matches!(
                faults.take("delete", "/x"),
                Some(FaultAction::Respond { status: 503, .. })
            ));
        }
        assert_eq!(faults.take("DELETE", "/x"), None);
    }

    #[test]
    fn faults_round_trip_as_json() {
        let fault = Fault::throttle(2).path_contains("enhanced-connections");
        let text = serde_json::to_string(&fault).expect("serialize");
        assert_eq!(serde_json::from_str::<Fault>(&text).expect("parse"), fault);
        let minimal: Fault =
            serde_json::from_str(r#"{"action": {"kind": "drop"}}"#).expect("parse");
        assert_eq!(minimal.times, 1);
    }
}
