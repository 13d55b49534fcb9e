//! The fake's own endpoints under `/_fake/`: queueing, listing and clearing faults.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::http::{Response, StatusCode};

use crate::app::App;
use crate::faults::Fault;
use crate::reply::{bad_parameter, json_reply};

pub(crate) async fn add_fault(
    State(app): State<Arc<App>>,
    body: axum::body::Bytes,
) -> Response<Body> {
    match serde_json::from_slice::<Fault>(&body) {
        Ok(fault) => {
            app.faults.push(fault);
            json_reply(
                StatusCode::CREATED,
                serde_json::json!({ "pending": app.faults.pending().len() }),
            )
        }
        Err(error) => bad_parameter(format!("not a fault: {error}")),
    }
}

pub(crate) async fn list_faults(State(app): State<Arc<App>>) -> Response<Body> {
    json_reply(StatusCode::OK, serde_json::json!(app.faults.pending()))
}

pub(crate) async fn clear_faults(State(app): State<Arc<App>>) -> Response<Body> {
    app.faults.clear();
    json_reply(StatusCode::OK, serde_json::json!({ "pending": 0 }))
}
