//! `POST /v3/{project_id}/{resource_type}/{resource_id}/tags/create` and `/tags/delete`,
//! and `GET …/tags`.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde_json::json;
use uuid::Uuid;

use super::{json_object, pairs};
use crate::app::App;
use crate::paths::Params;
use crate::reply::{bad_parameter, connection_not_found, json_reply};

/// The only resource type the fake tags.
const CONNECTION: &str = "dli_enhanced_datasource";
/// The most tags one call changes.
const MAX_TAGS: usize = 20;
/// The longest key and value.
const MAX_KEY: usize = 128;
const MAX_VALUE: usize = 255;

/// The project and connection of a tag path, or DLI's answer to another resource.
fn resource(params: &Params) -> Result<(String, Uuid), Response> {
    // The three tag APIs name their path parameters alike.
    let kind = params.get("resource_type");
    if kind != CONNECTION {
        return Err(bad_parameter(format!(
            "resource_type {kind}: the fake tags only {CONNECTION}"
        )));
    }
    let raw = params.get("resource_id");
    let id = Uuid::parse_str(raw).map_err(|_| connection_not_found(raw))?;
    Ok((params.get("project_id").to_owned(), id))
}

fn change(app: &App, params: &Params, body: &[u8], add: bool) -> Response {
    let (project, id) = match resource(params) {
        Ok(resource) => resource,
        Err(answer) => return answer,
    };
    let object = match json_object(body) {
        Ok(object) => object,
        Err(answer) => return answer,
    };
    let tags = match pairs(&object, "tags", "key", "value") {
        Ok(tags) => tags,
        Err(message) => return bad_parameter(message),
    };
    if tags.is_empty() || tags.len() > MAX_TAGS {
        return bad_parameter(format!("tags must hold 1 to {MAX_TAGS} tags"));
    }
    if let Some((key, _)) = tags.iter().find(|(key, value)| {
        key.is_empty() || key.chars().count() > MAX_KEY || value.chars().count() > MAX_VALUE
    }) {
        return bad_parameter(format!(
            "tag {key:?}: a key is 1 to {MAX_KEY} characters, a value at most {MAX_VALUE}"
        ));
    }
    if app.store.change_tags(&project, id, &tags, add) {
        StatusCode::NO_CONTENT.into_response()
    } else {
        connection_not_found(&id.to_string())
    }
}

/// Adds tags; a key already there takes the new value.
pub(crate) async fn add_tags(State(app): State<Arc<App>>, params: Params, body: Bytes) -> Response {
    change(&app, &params, &body, true)
}

/// Removes tags by key; a missing one is not an error.
pub(crate) async fn remove_tags(
    State(app): State<Arc<App>>,
    params: Params,
    body: Bytes,
) -> Response {
    change(&app, &params, &body, false)
}

/// A page of a connection's tags: `?limit=&offset=`.
pub(crate) async fn tags(State(app): State<Arc<App>>, params: Params, uri: Uri) -> Response {
    let (project, id) = match resource(&params) {
        Ok(resource) => resource,
        Err(answer) => return answer,
    };
    let (mut limit, mut offset) = (usize::MAX, 0usize);
    for (key, value) in form_urlencoded::parse(uri.query().unwrap_or("").as_bytes()) {
        let number = value
            .parse::<i32>()
            .ok()
            .and_then(|n| usize::try_from(n).ok());
        match (key.as_ref(), number) {
            ("limit", Some(n)) if n > 0 => limit = n,
            ("offset", Some(n)) => offset = n,
            ("limit" | "offset", _) => {
                return bad_parameter(format!("{key} must be a positive integer"));
            }
            _ => {}
        }
    }
    let Some(all) = app.store.tags(&project, id) else {
        return connection_not_found(&id.to_string());
    };
    let count = all.len();
    let page: Vec<_> = all
        .into_iter()
        .skip(offset)
        .take(limit)
        .map(|(key, value)| json!({ "key": key, "value": value }))
        .collect();
    json_reply(StatusCode::OK, json!({ "tags": page, "count": count }))
}
