//! `POST /{connection_id}/associate-queue` and `/disassociate-queue`.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::json;

use super::{connection_id, json_object, string_list};
use crate::app::App;
use crate::paths::Params;
use crate::reply::{bad_parameter, connection_not_found, json_reply};
use crate::store::{PeerKind, UnbindError};

/// The queues and pools a body names, with their kinds, or DLI's answer to a bad body.
fn names(body: &[u8]) -> Result<Vec<(PeerKind, String)>, Response> {
    let object = json_object(body)?;
    let queues = string_list(&object, "queues").map_err(bad_parameter)?;
    let pools = string_list(&object, "elastic_resource_pools").map_err(bad_parameter)?;
    if queues.is_empty() && pools.is_empty() {
        return Err(bad_parameter(
            "queues or elastic_resource_pools must name at least one queue or pool",
        ));
    }
    if let Some(empty) = queues
        .iter()
        .chain(&pools)
        .find(|name| name.trim().is_empty())
    {
        return Err(bad_parameter(format!(
            "{empty:?} is not a queue or pool name"
        )));
    }
    Ok(queues
        .into_iter()
        .map(|name| (PeerKind::Queue, name))
        .chain(pools.into_iter().map(|name| (PeerKind::Pool, name)))
        .collect())
}

fn listed(names: &[(PeerKind, String)]) -> String {
    let names: Vec<&str> = names.iter().map(|(_, name)| name.as_str()).collect();
    names.join(",")
}

/// Binds: a peering per new name, `CREATING` for the fake's creation time.
pub(crate) async fn bind(State(app): State<Arc<App>>, params: Params, body: Bytes) -> Response {
    let id = match connection_id(&params) {
        Ok(id) => id,
        Err(answer) => return answer,
    };
    let names = match names(&body) {
        Ok(names) => names,
        Err(answer) => return answer,
    };
    let named = |kind: PeerKind| {
        names
            .iter()
            .filter(move |(of, _)| *of == kind)
            .map(|(_, name)| name)
    };
    if let Some(answer) =
        super::resources::unknown(&app, named(PeerKind::Queue), named(PeerKind::Pool))
    {
        return answer;
    }
    if !app.store.bind(params.get("project_id"), id, &names) {
        return connection_not_found(params.get("connection_id"));
    }
    json_reply(
        StatusCode::OK,
        json!({
            "is_success": true,
            "message": format!("associated peer connection for queues: {{{}}}.", listed(&names)),
        }),
    )
}

/// Unbinds: every name must be bound.
pub(crate) async fn unbind(State(app): State<Arc<App>>, params: Params, body: Bytes) -> Response {
    let id = match connection_id(&params) {
        Ok(id) => id,
        Err(answer) => return answer,
    };
    let names = match names(&body) {
        Ok(names) => names,
        Err(answer) => return answer,
    };
    match app.store.unbind(params.get("project_id"), id, &names) {
        Ok(()) => json_reply(
            StatusCode::OK,
            json!({
                "is_success": true,
                "message": format!("disassociated peer connection for queues: {{{}}}.", listed(&names)),
            }),
        ),
        Err(UnbindError::NotFound) => connection_not_found(params.get("connection_id")),
        Err(UnbindError::NotBound(name)) => bad_parameter(format!(
            "{name} is not bound to connection {}",
            params.get("connection_id")
        )),
    }
}
