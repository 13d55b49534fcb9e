//! `POST /v3/…/{connection_id}/routes` and `DELETE /v3/…/{connection_id}/routes/{name}`.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::json;

use super::{connection_id, json_object, required_string};
use crate::app::App;
use crate::paths::Params;
use crate::reply::{bad_parameter, connection_not_found, dli_error, json_reply};
use crate::store::{RouteError, parse_cidr};

/// The longest route name.
const MAX_ROUTE_NAME: usize = 64;

fn done() -> Response {
    json_reply(StatusCode::OK, json!({ "is_success": true, "message": "" }))
}

/// Adds a route whose name the connection does not use yet.
pub(crate) async fn add_route(
    State(app): State<Arc<App>>,
    params: Params,
    body: Bytes,
) -> Response {
    let id = match connection_id(&params) {
        Ok(id) => id,
        Err(answer) => return answer,
    };
    let object = match json_object(&body) {
        Ok(object) => object,
        Err(answer) => return answer,
    };
    let (name, cidr) = match (
        required_string(&object, "name"),
        required_string(&object, "cidr"),
    ) {
        (Ok(name), Ok(cidr)) => (name, cidr),
        (Err(message), _) | (_, Err(message)) => return bad_parameter(message),
    };
    if name.chars().count() > MAX_ROUTE_NAME {
        return bad_parameter(format!("name must be 1 to {MAX_ROUTE_NAME} characters"));
    }
    if parse_cidr(&cidr).is_none() {
        return bad_parameter(format!("{cidr} is not a valid CIDR such as 192.168.0.0/24"));
    }
    match app
        .store
        .add_route(params.get("project_id"), id, &name, &cidr)
    {
        Ok(()) => done(),
        Err(RouteError::NotFound) => connection_not_found(params.get("connection_id")),
        Err(RouteError::Name) => bad_parameter(format!("Route name {name} already exists")),
    }
}

/// Deletes a route by name.
pub(crate) async fn delete_route(State(app): State<Arc<App>>, params: Params) -> Response {
    let id = match connection_id(&params) {
        Ok(id) => id,
        Err(answer) => return answer,
    };
    let name = params.get("name").to_owned();
    match app.store.delete_route(params.get("project_id"), id, &name) {
        Ok(()) => done(),
        Err(RouteError::NotFound) => connection_not_found(params.get("connection_id")),
        Err(RouteError::Name) => dli_error(
            StatusCode::BAD_REQUEST,
            "DLI.0002",
            format!("Route {name} does not exist"),
        ),
    }
}
