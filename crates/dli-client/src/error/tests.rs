//! Every question an [`Error`] answers, asked of every kind of error: the classification
//! callers and the create's recovery act on.

use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use super::*;

/// A `reqwest::Error` to carry as a source: a request that cannot be built.
fn reqwest_error() -> reqwest::Error {
    reqwest::Client::new()
        .get("not a url")
        .build()
        .expect_err("not a URL")
}

fn api(status: u16, code: &str, message: &str) -> Error {
    let body = format!(r#"{{"error_code":"{code}","error_msg":"{message}"}}"#);
    let mut headers = HeaderMap::new();
    headers.insert("x-request-id", "req-1".parse().expect("a header"));
    let status = StatusCode::from_u16(status).expect("a status");
    Error::Api(Box::new(ApiError::from_response(
        status,
        &headers,
        body.as_bytes(),
    )))
}

fn timeout(kind: TimeoutKind) -> Error {
    Error::Timeout {
        kind,
        attempts: 2,
        elapsed: Duration::from_millis(1500),
        source: None,
    }
}

fn preview() -> RequestPreview {
    RequestPreview {
        method: "DELETE".to_owned(),
        url: "https://dli.example.com/x".to_owned(),
        headers: Vec::new(),
        body: None,
    }
}

/// One error of every kind, with the label it must have.
fn every_kind() -> Vec<(Error, &'static str)> {
    vec![
        (api(400, "DLI.0001", "bad"), "API error 400"),
        (
            Error::NotSuccessful {
                status: StatusCode::OK,
                message: "no".to_owned(),
                request_id: Some("req-2".to_owned()),
            },
            "not successful",
        ),
        (Error::InvalidRequest("x".to_owned()), "invalid request"),
        (
            Error::InvalidResponse {
                status: StatusCode::OK,
                reason: "r".to_owned(),
                body: String::new(),
            },
            "unreadable answer",
        ),
        (
            Error::Connect {
                attempts: 3,
                source: reqwest_error(),
            },
            "cannot connect",
        ),
        (
            timeout(TimeoutKind::Attempt),
            "timeout (per-attempt timeout)",
        ),
        (
            Error::PeeringFailed {
                connection_id: "c".to_owned(),
                resource: "q".to_owned(),
                message: "m".to_owned(),
            },
            "peering failed",
        ),
        (Error::DryRun(Box::new(preview())), "dry run"),
        (
            Error::ResponseTooLarge {
                status: StatusCode::OK,
                limit: 10,
            },
            "answer too large",
        ),
        (Error::Signing(SigningError::NoHost), "signing failed"),
        (Error::Tls(reqwest_error()), "TLS failed"),
        (
            Error::Transport {
                attempts: 2,
                source: reqwest_error(),
            },
            "connection lost",
        ),
    ]
}

#[test]
fn every_kind_has_its_label() {
    for (error, label) in every_kind() {
        assert_eq!(error.label(), label, "{error:?}");
    }
}

#[test]
fn status_code_request_id_and_answer_belong_to_answers() {
    let error = api(404, "DLI.0002", "gone");
    assert_eq!(error.status(), Some(StatusCode::NOT_FOUND));
    assert_eq!(error.error_code(), Some("DLI.0002"));
    assert_eq!(error.request_id(), Some("req-1"));
    assert_eq!(
        error.api_error().map(|api| api.message.as_str()),
        Some("gone")
    );
    for (error, label) in every_kind() {
        let answered = matches!(
            label,
            "API error 400" | "not successful" | "unreadable answer" | "answer too large"
        );
        assert_eq!(error.status().is_some(), answered, "{label}");
        assert_eq!(
            error.error_code().is_some(),
            label == "API error 400",
            "{label}"
        );
        assert_eq!(
            error.api_error().is_some(),
            label == "API error 400",
            "{label}"
        );
        assert_eq!(
            error.request_id().is_some(),
            matches!(label, "API error 400" | "not successful"),
            "{label}"
        );
    }
    let not_successful = &every_kind()[1].0;
    assert_eq!(not_successful.request_id(), Some("req-2"));
    assert_eq!(not_successful.status(), Some(StatusCode::OK));
}

#[test]
fn not_found_is_the_codes_dli_uses_for_a_missing_connection() {
    assert!(api(404, "DLI.0002", "x").is_not_found());
    assert!(api(400, "DLI.0023", "x").is_not_found());
    assert!(api(400, "DLI.0001", "connection abc is not exist").is_not_found());
    assert!(!api(400, "DLI.0001", "name is too long").is_not_found());
    assert!(!api(400, "DLI.0999", "is not exist").is_not_found());
    assert!(!Error::InvalidRequest("not exist".to_owned()).is_not_found());
}

#[test]
fn a_name_is_taken_by_dlis_code_only() {
    assert!(api(400, "DLI.0006", "the name orders is taken").is_name_taken());
    assert!(!api(400, "DLI.0001", "DLI.0006").is_name_taken());
    assert!(!Error::InvalidRequest("DLI.0006".to_owned()).is_name_taken());
}

#[test]
fn throttled_is_429_or_the_gateways_code() {
    assert!(api(429, "APIGW.0308", "x").is_throttled());
    assert!(api(429, "DLI.9999", "x").is_throttled());
    assert!(api(400, "APIGW.0308", "x").is_throttled());
    assert!(!api(400, "DLI.0001", "x").is_throttled());
    assert!(!timeout(TimeoutKind::Attempt).is_throttled());
}

#[test]
fn auth_is_401_403_or_an_authentication_code() {
    assert!(api(401, "APIGW.0101", "x").is_auth());
    assert!(api(403, "DLI.0003", "x").is_auth());
    for code in ["APIGW.0301", "DLI.0013", "DLI.0014", "DLI.0015", "DLI.0016"] {
        assert!(api(400, code, "x").is_auth(), "{code}");
    }
    assert!(!api(400, "DLI.0012", "x").is_auth());
    assert!(!api(400, "DLI.0017", "x").is_auth());
    assert!(!Error::Signing(SigningError::NoHost).is_auth());
}

#[test]
fn attempts_are_known_once_something_was_sent() {
    let expected = [
        Some(1), // API (from_response counts one)
        Some(1), // not successful
        None,    // invalid request
        Some(1), // unreadable answer
        Some(3), // connect
        Some(2), // timeout
        None,    // peering failed
        None,    // dry run
        Some(1), // too large
        None,    // signing
        Some(1), // TLS
        Some(2), // transport
    ];
    for ((error, label), attempts) in every_kind().into_iter().zip(expected) {
        assert_eq!(error.attempts(), attempts, "{label}");
    }
}

#[test]
fn with_attempts_counts_the_whole_call_where_an_error_counts_attempts() {
    for (error, label) in every_kind() {
        let before = error.attempts();
        let after = error.with_attempts(7).attempts();
        let counted = matches!(
            label,
            "API error 400"
                | "cannot connect"
                | "timeout (per-attempt timeout)"
                | "connection lost"
        );
        assert_eq!(after, if counted { Some(7) } else { before }, "{label}");
    }
}

#[test]
fn an_outcome_is_unknown_when_the_request_may_have_been_carried_out() {
    for status in [500, 502, 504] {
        assert!(
            api(status, "DLI.0999", "x").is_outcome_unknown(),
            "{status}"
        );
    }
    for status in [400, 401, 404, 429, 503] {
        assert!(
            !api(status, "DLI.0999", "x").is_outcome_unknown(),
            "{status}"
        );
    }
    for (error, label) in every_kind() {
        let unknown = matches!(
            label,
            "timeout (per-attempt timeout)"
                | "connection lost"
                | "unreadable answer"
                | "answer too large"
        );
        assert_eq!(error.is_outcome_unknown(), unknown, "{label}");
    }
    for kind in [TimeoutKind::Deadline, TimeoutKind::Wait] {
        assert!(timeout(kind).is_outcome_unknown(), "{kind}");
    }
    // Connecting ran out of time: nothing was sent.
    assert!(!timeout(TimeoutKind::Connect).is_outcome_unknown());
    // An unreadable or oversized answer that is not a success says the request failed.
    let refused = Error::InvalidResponse {
        status: StatusCode::BAD_REQUEST,
        reason: "r".to_owned(),
        body: String::new(),
    };
    assert!(!refused.is_outcome_unknown());
    let large = Error::ResponseTooLarge {
        status: StatusCode::FOUND,
        limit: 1,
    };
    assert!(!large.is_outcome_unknown());
}

#[test]
fn retryable_is_what_the_client_itself_retries() {
    for status in [429, 500, 502, 503, 504] {
        assert!(api(status, "X", "x").is_retryable(), "{status}");
    }
    for status in [400, 401, 403, 404, 501] {
        assert!(!api(status, "X", "x").is_retryable(), "{status}");
    }
    for (error, label) in every_kind() {
        let retryable = matches!(
            label,
            "cannot connect" | "timeout (per-attempt timeout)" | "connection lost"
        );
        assert_eq!(error.is_retryable(), retryable, "{label}");
    }
}

#[test]
fn every_time_limit_says_which_it_is() {
    let texts: Vec<String> = [
        TimeoutKind::Connect,
        TimeoutKind::Attempt,
        TimeoutKind::Deadline,
        TimeoutKind::Wait,
    ]
    .iter()
    .map(ToString::to_string)
    .collect();
    assert_eq!(
        texts,
        [
            "connect timeout",
            "per-attempt timeout",
            "overall deadline",
            "waiting for the connection to be ready"
        ]
    );
    let shown = timeout(TimeoutKind::Deadline).to_string();
    assert_eq!(
        shown,
        "overall deadline ran out after 1500 ms and 2 attempt(s)"
    );
}
