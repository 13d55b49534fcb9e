//! The enhanced-connection API under `/v2.0/{project_id}/datasource/enhanced-connections`,
//! and the group's other paths (routes, authorization, tags, connectivity tests) in the
//! submodules.
// The helpers return DLI's answer to a bad request as their error, for the handler to send
// as it is; it is large, and made once per refused request.
#![allow(clippy::result_large_err)]

use std::sync::Arc;
use std::time::Instant;

use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::Response;
use serde_json::{Map, Value, json};
use uuid::Uuid;

use crate::app::App;
use crate::paths::{Matched, Params};
use crate::reply::{RequestId, bad_parameter, connection_not_found, dli_error, json_reply};
use crate::store::{CreateError, DeleteError, Host, ListFilter, NewConnection};

mod auth_infos;
mod connectivity;
mod peerings;
mod privileges;
mod resources;
mod routes;
mod tags;

pub(crate) use auth_infos::{
    create_auth_info, delete_auth_info, list_auth_infos, update_auth_info,
};
pub(crate) use connectivity::{show_test, start_test};
pub(crate) use peerings::{bind, unbind};
pub(crate) use privileges::{authorize, privileges};
pub(crate) use resources::{list_pools, list_queues};
pub(crate) use routes::{add_route, delete_route};
pub(crate) use tags::{add_tags, remove_tags, tags};

/// The body as a JSON object, or DLI's answer to one that is not.
fn json_object(body: &[u8]) -> Result<Map<String, Value>, Response> {
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(object)) => Ok(object),
        Ok(_) => Err(bad_parameter("The request body must be a JSON object")),
        Err(error) => Err(bad_parameter(format!(
            "The request body is not valid JSON: {error}"
        ))),
    }
}

/// The connection id among a request's path parameters, or DLI's answer to a malformed one.
fn connection_id(params: &Params) -> Result<Uuid, Response> {
    let raw = params.get("connection_id");
    Uuid::parse_str(raw).map_err(|_| connection_not_found(raw))
}

/// A `tags` query filter, `key=value,key2=value2`, or DLI's answer to a malformed one.
pub(crate) fn tag_filter(value: &str) -> Result<Vec<(String, String)>, Response> {
    value
        .split(',')
        .map(|tag| {
            tag.split_once('=')
                .filter(|(k, _)| !k.is_empty())
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .ok_or_else(|| bad_parameter("tags must look like key=value,key2=value2"))
        })
        .collect()
}

/// `POST` — creates a connection; `201 {is_success, message, connection_id}`.
pub(crate) async fn create(
    State(app): State<Arc<App>>,
    params: Params,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let project = params.get("project_id");
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("");
    if !content_type.starts_with("application/json") {
        return bad_parameter("Content-Type must be application/json");
    }
    let spec = match parse_new_connection(&body) {
        Ok(spec) => spec,
        Err(message) => return bad_parameter(message),
    };
    if let Some(answer) = resources::unknown(&app, &spec.queues, &spec.elastic_resource_pools) {
        return answer;
    }
    let name = spec.name.clone();
    match app.store.create(project, spec) {
        Ok(id) => json_reply(
            StatusCode::CREATED,
            json!({ "is_success": true, "message": "", "connection_id": id.to_string() }),
        ),
        Err(CreateError::NameTaken) => dli_error(
            StatusCode::BAD_REQUEST,
            "DLI.0006",
            format!("Connection name {name} already exists"),
        ),
    }
}

fn parse_new_connection(body: &[u8]) -> Result<NewConnection, String> {
    let value: Value = serde_json::from_slice(body)
        .map_err(|error| format!("The request body is not valid JSON: {error}"))?;
    let Value::Object(object) = value else {
        return Err("The request body must be a JSON object".to_owned());
    };
    let name = required_string(&object, "name")?;
    if name.is_empty()
        || name.chars().count() > 64
        || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        return Err("name must be 1 to 64 letters, digits or underscores".to_owned());
    }
    Ok(NewConnection {
        name,
        dest_vpc_id: required_string(&object, "dest_vpc_id")?,
        dest_network_id: required_string(&object, "dest_network_id")?,
        queues: string_list(&object, "queues")?,
        elastic_resource_pools: string_list(&object, "elastic_resource_pools")?,
        routetable_id: optional_string(&object, "routetable_id")?,
        hosts: pairs(&object, "hosts", "name", "ip")?
            .into_iter()
            .map(|(name, ip)| Host { name, ip })
            .collect(),
        tags: pairs(&object, "tags", "key", "value")?,
    })
}

fn required_string(object: &Map<String, Value>, key: &str) -> Result<String, String> {
    match object.get(key) {
        Some(Value::String(text)) if !text.trim().is_empty() => Ok(text.clone()),
        Some(Value::String(_)) => Err(format!("{key} must not be empty")),
        Some(_) => Err(format!("{key} must be a string")),
        None => Err(format!("{key} is required")),
    }
}

fn optional_string(object: &Map<String, Value>, key: &str) -> Result<Option<String>, String> {
    match object.get(key) {
        None => Ok(None),
        Some(Value::String(text)) => Ok(Some(text.clone())),
        Some(_) => Err(format!("{key} must be a string")),
    }
}

/// Refuses a project id the document's pattern does not allow (empty, or with `/`, `?`, `#`
/// or `%` once decoded) with `400 DLI.0001`, before any handler reads it. Every path of the
/// API has the project as its second segment.
pub(crate) async fn project_in_path(request: Request, next: axum::middleware::Next) -> Response {
    let project = request
        .extensions()
        .get::<Matched>()
        .map(|matched| matched.params.get("project_id").to_owned())
        .unwrap_or_default();
    if project.is_empty() || project.contains(['/', '?', '#', '%']) {
        return bad_parameter(format!(
            "project_id {project:?} is invalid: it must not be empty or contain /, ?, # or %"
        ));
    }
    next.run(request).await
}

fn string_list(object: &Map<String, Value>, key: &str) -> Result<Vec<String>, String> {
    match object.get(key) {
        None => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .map(|item| {
                item.as_str()
                    .map(str::to_owned)
                    .ok_or_else(|| format!("{key} must be a list of strings"))
            })
            .collect(),
        Some(_) => Err(format!("{key} must be a list of strings")),
    }
}

fn pairs(
    object: &Map<String, Value>,
    key: &str,
    first: &str,
    second: &str,
) -> Result<Vec<(String, String)>, String> {
    let shape = || format!("{key} must be a list of {{\"{first}\": …, \"{second}\": …}}");
    match object.get(key) {
        None => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .map(|item| {
                let a = item.get(first).and_then(Value::as_str);
                let b = item.get(second).and_then(Value::as_str);
                match (a, b) {
                    (Some(a), Some(b)) => Ok((a.to_owned(), b.to_owned())),
                    _ => Err(shape()),
                }
            })
            .collect(),
        Some(_) => Err(shape()),
    }
}

/// `GET` — lists connections: `?limit=100&offset=0&status=&name=&tags=k=v,k2=v2`.
pub(crate) async fn list(State(app): State<Arc<App>>, params: Params, uri: Uri) -> Response {
    let project = params.get("project_id");
    let mut filter = ListFilter::default();
    let (mut limit, mut offset) = (100usize, 0usize);
    for (key, value) in form_urlencoded::parse(uri.query().unwrap_or("").as_bytes()) {
        // Both are 32-bit integers in DLI's API.
        let number = value
            .parse::<i32>()
            .ok()
            .and_then(|n| usize::try_from(n).ok());
        match (key.as_ref(), number) {
            ("limit", Some(n)) => limit = n,
            ("offset", Some(n)) => offset = n,
            ("limit" | "offset", None) => {
                return bad_parameter(format!("{key} must be an integer from 0 to 2147483647"));
            }
            ("status", _) if !value.is_empty() => filter.status = Some(value.into_owned()),
            ("name", _) if !value.is_empty() => filter.name = Some(value.into_owned()),
            ("tags", _) => match tag_filter(&value) {
                Ok(tags) => filter.tags.extend(tags),
                Err(answer) => return answer,
            },
            _ => {}
        }
    }
    // A limit of 0 lists everything.
    let limit = (limit > 0).then_some(limit);
    let (page, count) = app.store.list(project, &filter, offset, limit);
    let now = Instant::now();
    let connections: Vec<Value> = page
        .iter()
        .map(|connection| {
            let mut item = connection.to_json(now);
            // DLI's model: false once the connection was granted to a project.
            item["isPrivis"] = Value::Bool(!connection.is_granted());
            item
        })
        .collect();
    json_reply(
        StatusCode::OK,
        json!({ "is_success": true, "message": "", "connections": connections, "count": count }),
    )
}

/// `GET /{connection_id}` — shows a connection, deleted ones included.
pub(crate) async fn show(State(app): State<Arc<App>>, params: Params) -> Response {
    let (project, raw_id) = (params.get("project_id"), params.get("connection_id"));
    let Ok(id) = Uuid::parse_str(raw_id) else {
        return connection_not_found(raw_id);
    };
    match app.store.get(project, id) {
        Some(connection) => {
            let mut body = connection.to_json(Instant::now());
            body["is_success"] = Value::Bool(true);
            body["message"] = Value::String(String::new());
            json_reply(StatusCode::OK, body)
        }
        None => connection_not_found(raw_id),
    }
}

/// `DELETE /{connection_id}` — as `openapi/dli.yaml` specifies it.
pub(crate) async fn delete(State(app): State<Arc<App>>, params: Params) -> Response {
    let (project, raw_id) = (params.get("project_id"), params.get("connection_id"));
    let Ok(id) = Uuid::parse_str(raw_id) else {
        return connection_not_found(raw_id);
    };
    match app.store.delete(project, id) {
        Ok(()) => json_reply(
            StatusCode::OK,
            json!({ "is_success": true, "message": "Deleted" }),
        ),
        Err(DeleteError::NotFound) => connection_not_found(raw_id),
        Err(DeleteError::Creating) => dli_error(
            StatusCode::BAD_REQUEST,
            "DLI.0001",
            format!("Connection {raw_id} is being created and cannot be deleted"),
        ),
    }
}

/// The most host entries a connection keeps, and the longest host name.
const MAX_HOSTS: usize = 20_000;
const MAX_HOST_NAME: usize = 128;

/// `PUT /{connection_id}` — replaces the host entries; `[]` clears them.
pub(crate) async fn update(State(app): State<Arc<App>>, params: Params, body: Bytes) -> Response {
    let (project, raw_id) = (params.get("project_id"), params.get("connection_id"));
    let Ok(id) = Uuid::parse_str(raw_id) else {
        return connection_not_found(raw_id);
    };
    let object = match serde_json::from_slice::<Value>(&body) {
        Ok(Value::Object(object)) => object,
        Ok(_) => return bad_parameter("The request body must be a JSON object"),
        Err(error) => return bad_parameter(format!("The request body is not valid JSON: {error}")),
    };
    if !matches!(object.get("hosts"), Some(Value::Array(_))) {
        return bad_parameter("hosts is required: a list of {\"name\": …, \"ip\": …}");
    }
    let hosts = match pairs(&object, "hosts", "name", "ip") {
        Ok(pairs) => pairs,
        Err(message) => return bad_parameter(message),
    };
    if hosts.len() > MAX_HOSTS {
        return bad_parameter(format!("At most {MAX_HOSTS} host entries are allowed"));
    }
    for (name, ip) in &hosts {
        if !name.starts_with(|c: char| c.is_ascii_alphabetic())
            || name.chars().count() > MAX_HOST_NAME
        {
            return bad_parameter(format!(
                "Host name {name} must start with a letter and be at most {MAX_HOST_NAME} characters"
            ));
        }
        if ip.parse::<std::net::Ipv4Addr>().is_err() {
            return bad_parameter(format!("{ip} is not a valid IP address"));
        }
    }
    let hosts = hosts
        .into_iter()
        .map(|(name, ip)| Host { name, ip })
        .collect();
    if app.store.set_hosts(project, id, hosts) {
        json_reply(StatusCode::OK, json!({ "is_success": true, "message": "" }))
    } else {
        connection_not_found(raw_id)
    }
}

/// Any other path or method: the gateway knows no such API.
pub(crate) async fn unknown_api(request: Request) -> Response {
    crate::reply::no_such_api(&RequestId::of(&request))
}
