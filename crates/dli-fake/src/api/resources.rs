//! `GET /v1.0/{project_id}/queues` and `GET /v3/{project_id}/elastic-resource-pools`: the
//! queues and pools of [`FakeConfig`](crate::FakeConfig) (they carry no tags, so a `tags`
//! filter, once checked, matches none), and the check that a bind, a create
//! or a connectivity test names one of them.

use std::collections::BTreeSet;
use std::sync::Arc;

use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::Response;
use serde_json::{Value, json};

use crate::app::App;
use crate::reply::{bad_parameter, dli_error, json_reply};

/// When the fake's listed queues and pools were made, in milliseconds since the Unix epoch.
const MADE_AT: u64 = 1_732_760_400_000;

/// DLI's answer to a name that is not one of the project's queues (`pool` false) or pools,
/// when the fake was given its queues or pools; `None` when every name is known.
pub(crate) fn unknown<'a>(
    app: &App,
    queues: impl IntoIterator<Item = &'a String>,
    pools: impl IntoIterator<Item = &'a String>,
) -> Option<Response> {
    let missing = |known: &Option<BTreeSet<String>>, name: &String| {
        known.as_ref().is_some_and(|known| !known.contains(name))
    };
    if let Some(queue) = queues
        .into_iter()
        .find(|name| missing(&app.config.queues, name))
    {
        return Some(no_such("queue", queue));
    }
    pools
        .into_iter()
        .find(|name| missing(&app.config.pools, name))
        .map(|pool| no_such("elastic resource pool", pool))
}

/// DLI's answer to a connectivity test from `name`, when it is neither a queue nor a pool of
/// the project (a test runs from a queue, or from a pool's queue of the same name).
pub(crate) fn unknown_test_source(app: &App, name: &String) -> Option<Response> {
    let known =
        |names: &Option<BTreeSet<String>>| names.as_ref().is_some_and(|names| names.contains(name));
    let checked = app.config.queues.is_some() || app.config.pools.is_some();
    (checked && !known(&app.config.queues) && !known(&app.config.pools))
        .then(|| no_such("queue", name))
}

fn no_such(kind: &str, name: &str) -> Response {
    dli_error(
        StatusCode::BAD_REQUEST,
        "DLI.0002",
        format!("There is no {kind} named {name}"),
    )
}

/// The query's pairs, percent-decoded.
fn query(uri: &Uri) -> Vec<(String, String)> {
    form_urlencoded::parse(uri.query().unwrap_or("").as_bytes())
        .map(|(key, value)| (key.into_owned(), value.into_owned()))
        .collect()
}

/// Every queue: DLI does not page this list. The fake's queues are all SQL queues.
pub(crate) async fn list_queues(State(app): State<Arc<App>>, uri: Uri) -> Response {
    // Whether the fake's queues (all SQL, none tagged) match the filters.
    let mut sql = true;
    for (key, value) in query(&uri) {
        match key.as_str() {
            "queue_type" => match value.as_str() {
                "sql" | "all" => {}
                "general" => sql = false,
                _ => return bad_parameter("queue_type must be sql, general or all"),
            },
            "tags" => {
                if let Err(answer) = super::tag_filter(&value) {
                    return answer;
                }
                sql = false;
            }
            "with-charge-info" | "with-priv" if !matches!(value.as_str(), "true" | "false") => {
                return bad_parameter(format!("{key} must be true or false"));
            }
            _ => {}
        }
    }
    let names = app.config.queues.iter().flatten().filter(|_| sql);
    let queues: Vec<Value> = names
        .zip(1u64..)
        .map(|(name, id)| {
            json!({
                "queue_name": name,
                "queue_id": id,
                "owner": "fake",
                "queue_type": "sql",
                "description": "",
                "create_time": MADE_AT,
                "cu_count": 16,
            })
        })
        .collect();
    json_reply(
        StatusCode::OK,
        json!({ "is_success": true, "message": "", "queues": queues }),
    )
}

/// A page of pools, by `limit` (default 100) and `offset`, filtered by `name` (contained)
/// and `status` (every fake pool is `AVAILABLE`).
pub(crate) async fn list_pools(State(app): State<Arc<App>>, uri: Uri) -> Response {
    let (mut limit, mut offset) = (100usize, 0usize);
    let (mut name, mut status, mut tagged) = (None, None, false);
    for (key, value) in query(&uri) {
        let number = value
            .parse::<i32>()
            .ok()
            .and_then(|n| usize::try_from(n).ok());
        match (key.as_str(), number) {
            ("limit", Some(n)) if n > 0 => limit = n,
            ("offset", Some(n)) => offset = n,
            ("limit", _) => return bad_parameter("limit must be an integer from 1 to 2147483647"),
            ("offset", _) => {
                return bad_parameter("offset must be an integer from 0 to 2147483647");
            }
            ("tags", _) => {
                if let Err(answer) = super::tag_filter(&value) {
                    return answer;
                }
                tagged = true;
            }
            ("name", _) if !value.is_empty() => name = Some(value),
            ("status", _) if !value.is_empty() => status = Some(value),
            _ => {}
        }
    }
    let matching: Vec<&String> = app
        .config
        .pools
        .iter()
        .flatten()
        .filter(|_| !tagged)
        .filter(|pool| {
            name.as_ref()
                .is_none_or(|name| pool.contains(name.as_str()))
        })
        .filter(|_| {
            status
                .as_ref()
                .is_none_or(|status| status.eq_ignore_ascii_case("AVAILABLE"))
        })
        .collect();
    let page: Vec<Value> = matching
        .iter()
        .enumerate()
        .skip(offset)
        .take(limit)
        .map(|(at, pool)| {
            json!({
                "elastic_resource_pool_name": pool,
                "id": at + 1,
                "status": "AVAILABLE",
                "owner": "fake",
                "description": "",
                "cidr_in_vpc": "172.16.0.0/12",
                "create_time": MADE_AT,
                "queues": [],
                "fail_reason": "",
            })
        })
        .collect();
    json_reply(
        StatusCode::OK,
        json!({
            "is_success": true,
            "message": "",
            "count": matching.len(),
            "elastic_resource_pools": page,
        }),
    )
}
