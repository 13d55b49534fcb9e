//! `GET /{connection_id}/privileges` and `PUT /v1.0/{project_id}/authorization`.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::{Value, json};
use uuid::Uuid;

use super::{connection_id, json_object};
use crate::app::App;
use crate::paths::Params;
use crate::reply::{bad_parameter, connection_not_found, json_reply};

/// The prefix of a connection's object name.
const OBJECT: &str = "edsconnections.";
/// The one privilege on a connection.
const BIND_QUEUE: &str = "BIND_QUEUE";

/// The privileges each grantee project holds on the connection.
pub(crate) async fn privileges(State(app): State<Arc<App>>, params: Params) -> Response {
    let id = match connection_id(&params) {
        Ok(id) => id,
        Err(answer) => return answer,
    };
    let Some(grants) = app.store.grants(params.get("project_id"), id) else {
        return connection_not_found(params.get("connection_id"));
    };
    let privileges: Vec<Value> = grants
        .into_iter()
        .map(|(grantee, held)| {
            json!({ "object": format!("{OBJECT}{id}"), "applicant_project_id": grantee, "privileges": held })
        })
        .collect();
    json_reply(
        StatusCode::OK,
        json!({ "is_success": true, "message": "", "connection_id": id.to_string(), "privileges": privileges }),
    )
}

/// One change: the connections and privileges it names, or what is wrong with it.
fn objects(object: &serde_json::Map<String, Value>) -> Result<Vec<(Uuid, Vec<String>)>, String> {
    let Some(Value::Array(items)) = object.get("privileges") else {
        return Err(
            "privileges is required: a list of {\"object\": …, \"privileges\": […]}".to_owned(),
        );
    };
    if items.is_empty() {
        return Err("privileges must not be empty".to_owned());
    }
    items
        .iter()
        .map(|item| {
            let name = item
                .get("object")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let Some(id) = name.strip_prefix(OBJECT) else {
                return Err(format!(
                    "object {name:?}: the fake grants only on connections, edsconnections.<id>"
                ));
            };
            let id = Uuid::parse_str(id).map_err(|_| format!("Connection {id} is not exist"))?;
            let held: Vec<String> = match item.get("privileges") {
                Some(Value::Array(held)) => held
                    .iter()
                    .map(|p| {
                        p.as_str()
                            .map(str::to_owned)
                            .ok_or("privileges must be strings")
                    })
                    .collect::<Result<_, _>>()?,
                _ => return Err("each object needs its privileges".to_owned()),
            };
            if let Some(other) = held.iter().find(|p| *p != BIND_QUEUE) {
                return Err(format!(
                    "{other} is not a privilege on a connection: use {BIND_QUEUE}"
                ));
            }
            Ok((id, held))
        })
        .collect()
}

/// Grants, revokes or replaces a project's privileges on connections.
pub(crate) async fn authorize(
    State(app): State<Arc<App>>,
    params: Params,
    body: Bytes,
) -> Response {
    let object = match json_object(&body) {
        Ok(object) => object,
        Err(answer) => return answer,
    };
    let grant = match object.get("action").and_then(Value::as_str) {
        Some("grant") => Some(true),
        Some("revoke") => Some(false),
        Some("update") => None,
        _ => return bad_parameter("action must be grant, revoke or update"),
    };
    let Some(grantee) = object
        .get("projectId")
        .and_then(Value::as_str)
        .filter(|p| !p.is_empty())
    else {
        return bad_parameter("projectId is required: the fake grants only to projects");
    };
    let changes = match objects(&object) {
        Ok(changes) => changes,
        Err(message) => return bad_parameter(message),
    };
    for (id, held) in &changes {
        if !app
            .store
            .authorize(params.get("project_id"), *id, grantee, grant, held)
        {
            return connection_not_found(&id.to_string());
        }
    }
    json_reply(StatusCode::OK, json!({ "is_success": true, "message": "" }))
}
