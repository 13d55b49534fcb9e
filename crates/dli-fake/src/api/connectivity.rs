//! `POST /v1.0/{project_id}/queues/{queue_name}/connection-test` and
//! `GET …/connection-test/{task_id}`.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::json;

use super::{json_object, required_string};
use crate::app::App;
use crate::paths::Params;
use crate::reply::{bad_parameter, dli_error, json_reply};

/// The host of `host:port`, or what is wrong with the address.
fn host_of(address: &str) -> Result<&str, String> {
    let wrong =
        || format!("address {address:?} must be host:port or ip:port, such as orders-db:3306");
    let (host, port) = address.rsplit_once(':').ok_or_else(wrong)?;
    match port.parse::<u16>() {
        Ok(port) if port > 0 && !host.is_empty() => Ok(host),
        _ => Err(wrong()),
    }
}

/// Starts a test; its result is decided now, and shown after the fake's test time.
pub(crate) async fn start_test(
    State(app): State<Arc<App>>,
    params: Params,
    body: Bytes,
) -> Response {
    let object = match json_object(&body) {
        Ok(object) => object,
        Err(answer) => return answer,
    };
    let address = match required_string(&object, "address") {
        Ok(address) => address,
        Err(message) => return bad_parameter(message),
    };
    let host = match host_of(&address) {
        Ok(host) => host,
        Err(message) => return bad_parameter(message),
    };
    let queue = params.get("queue_name").to_owned();
    if let Some(answer) = super::resources::unknown_test_source(&app, &queue) {
        return answer;
    }
    let port = &address[host.len() + 1..];
    let id = app
        .store
        .start_test(params.get("project_id"), params.get("queue_name"), host);
    json_reply(
        StatusCode::OK,
        json!({
            "is_success": true,
            "message": format!("check connectivity to address:{host} with port: {port} successfully"),
            "task_id": id,
        }),
    )
}

/// A test's state: `CHECKING`, then `REACHABLE` or `UNREACHABLE`.
pub(crate) async fn show_test(State(app): State<Arc<App>>, params: Params) -> Response {
    let raw = params.get("task_id");
    let found = raw.parse::<u64>().ok().and_then(|id| {
        app.store.test(
            params.get("project_id"),
            params.get("queue_name"),
            id,
            app.config.test_takes,
        )
    });
    match found {
        Some(state) => json_reply(
            StatusCode::OK,
            json!({
                "is_success": true,
                "message": format!("Get node connectivity status successfully for addressId:{raw}"),
                "connectivity": state.as_str(),
            }),
        ),
        None => dli_error(
            StatusCode::BAD_REQUEST,
            "DLI.0002",
            format!(
                "The connectivity test {raw} of queue {} does not exist",
                params.get("queue_name")
            ),
        ),
    }
}
