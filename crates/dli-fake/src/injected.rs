//! The answers of injected faults: a chosen status and body, and bodies cut short, never
//! ending, dripping or stalling.

use std::time::Duration;

use axum::body::Body;
use axum::http::{HeaderValue, Response, StatusCode, header};
use futures_util::{StreamExt, stream};

use crate::faults::FaultAction;
use crate::reply::json_reply;

fn status(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

pub(crate) fn injected(action: FaultAction) -> Response<Body> {
    let json = HeaderValue::from_static("application/json");
    match action {
        FaultAction::Respond {
            status: code,
            body,
            retry_after,
        } => {
            let mut response = Response::new(Body::from(body));
            *response.status_mut() = status(code);
            response.headers_mut().insert(header::CONTENT_TYPE, json);
            if let Some(value) = retry_after.and_then(|v| HeaderValue::from_str(&v).ok()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            response
        }
        FaultAction::Truncate { status: code, body } => {
            let full = body.len();
            let half = body
                .into_bytes()
                .into_iter()
                .take(full / 2)
                .collect::<Vec<u8>>();
            let chunks: Vec<Result<Vec<u8>, std::io::Error>> = vec![
                Ok(half),
                Err(std::io::Error::other("truncated by fault injection")),
            ];
            let mut response = Response::new(Body::from_stream(stream::iter(chunks)));
            *response.status_mut() = status(code);
            response.headers_mut().insert(header::CONTENT_TYPE, json);
            response
                .headers_mut()
                .insert(header::CONTENT_LENGTH, HeaderValue::from(full));
            response
        }
        FaultAction::Endless => {
            let start =
                stream::once(async { Ok::<_, std::io::Error>(b"{\"message\": \"".to_vec()) });
            let rest = stream::repeat_with(|| Ok(vec![b'x'; 16 * 1024]));
            streamed(Body::from_stream(start.chain(rest)), None)
        }
        FaultAction::Drip { millis } => {
            let bytes = br#"{"is_success": true, "message": "Deleted"}"#.to_vec();
            let drip = stream::iter(bytes).then(move |byte| async move {
                tokio::time::sleep(Duration::from_millis(millis)).await;
                Ok::<_, std::io::Error>(vec![byte])
            });
            streamed(Body::from_stream(drip), None)
        }
        FaultAction::Stall { length } => {
            let start = stream::once(async { Ok::<_, std::io::Error>(b"{\"is".to_vec()) });
            let never = stream::pending::<Result<Vec<u8>, std::io::Error>>();
            streamed(Body::from_stream(start.chain(never)), Some(length))
        }
        FaultAction::Malformed { status: code } => {
            let mut response = Response::new(Body::from(r#"{"error_code": "DLI.0999", "error_"#));
            *response.status_mut() = status(code);
            response.headers_mut().insert(header::CONTENT_TYPE, json);
            response
        }
        // Handled before routing; answering them here would be a bug, so say so.
        FaultAction::Drop | FaultAction::HandleThenDrop | FaultAction::Delay { .. } => json_reply(
            StatusCode::INTERNAL_SERVER_ERROR,
            serde_json::json!({"error_code": "FAKE.0001", "error_msg": "fault handled out of order"}),
        ),
    }
}

/// A `200` JSON answer around a streamed body, with a declared length when given.
fn streamed(body: Body, length: Option<u64>) -> Response<Body> {
    let mut response = Response::new(body);
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    if let Some(length) = length {
        response
            .headers_mut()
            .insert(header::CONTENT_LENGTH, HeaderValue::from(length));
    }
    response
}
