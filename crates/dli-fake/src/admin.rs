//! The fake's own endpoints under `/_fake/`: queueing, listing and clearing faults, and
//! making the peerings of a named queue or pool fail, and what it served.

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

/// `GET /_fake/stats`: what the fake served so far.
pub(crate) async fn stats(State(app): State<Arc<App>>) -> Response<Body> {
    json_reply(StatusCode::OK, serde_json::json!(app.stats()))
}

pub(crate) async fn list_faults(State(app): State<Arc<App>>) -> Response<Body> {
    json_reply(StatusCode::OK, serde_json::json!(app.faults.pending()))
}

pub(crate) async fn clear_faults(State(app): State<Arc<App>>) -> Response<Body> {
    app.faults.clear();
    json_reply(StatusCode::OK, serde_json::json!({ "pending": 0 }))
}

/// `POST /_fake/peering-failures` `{"name": …, "err_msg": …}`: peerings bound from now on
/// with this queue or pool fail once created, with this `err_msg`.
pub(crate) async fn fail_peerings(
    State(app): State<Arc<App>>,
    body: axum::body::Bytes,
) -> Response<Body> {
    let value = serde_json::from_slice::<serde_json::Value>(&body).unwrap_or_default();
    let text = |key: &str| {
        value
            .get(key)
            .and_then(serde_json::Value::as_str)
            .filter(|t| !t.is_empty())
    };
    match (text("name"), text("err_msg")) {
        (Some(name), Some(reason)) => {
            app.store.fail_peerings_of(name, reason);
            json_reply(
                StatusCode::CREATED,
                serde_json::json!({ "name": name, "err_msg": reason }),
            )
        }
        _ => bad_parameter("give {\"name\": QUEUE_OR_POOL, \"err_msg\": REASON}"),
    }
}
