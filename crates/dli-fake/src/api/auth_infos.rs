//! `/v3/{project_id}/datasource/auth-infos`: create, list and update datasource
//! authentications, and `…/auth-infos/{auth_info_name}` to delete one. What each type needs
//! is decided here (DLI does not publish it) and written in the fake's README.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::Response;
use serde_json::{Map, Value, json};

use super::{json_object, optional_string, required_string};
use crate::app::App;
use crate::paths::Params;
use crate::reply::{bad_parameter, dli_error, json_reply};
use crate::store::{AuthEntry, AuthError, LOCATIONS, SECRETS};

/// The longest name, and the longest user.
const MAX_NAME: usize = 128;

/// The longest password, and the longest OBS path.
const MAX_VALUE: usize = 1024;

/// What each type needs: the fields that must be set and not empty.
fn required(kind: &str) -> Option<&'static [&'static str]> {
    Some(match kind {
        "passwd" => &["user_name", "password"],
        "CSS" => &["user_name", "password", "certificate_location"],
        "KRB" => &["user_name", "krb5_conf", "keytab"],
        "Kafka_SSL" => &["truststore_location", "truststore_password"],
        _ => return None,
    })
}

/// The fields an update may set.
const UPDATABLE: [&str; 8] = [
    "user_name",
    "password",
    "krb5_conf",
    "keytab",
    "truststore_location",
    "truststore_password",
    "keystore_location",
    "keystore_password",
];

fn done() -> Response {
    json_reply(StatusCode::OK, json!({ "is_success": true, "message": "" }))
}

fn not_found(name: &str) -> Response {
    dli_error(
        StatusCode::BAD_REQUEST,
        "DLI.0002",
        format!("Auth info {name} does not exist"),
    )
}

/// Letters, digits and `_`, not digits alone, not starting with `_`, at most 128.
fn check_name(name: &str) -> Result<(), String> {
    let fits = !name.is_empty()
        && name.chars().count() <= MAX_NAME
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !name.starts_with('_')
        && !name.chars().all(|c| c.is_ascii_digit());
    match fits {
        true => Ok(()),
        false => Err(format!(
            "auth_info_name {name:?} must be 1 to {MAX_NAME} letters, digits or underscores, \
             not digits alone and not starting with an underscore"
        )),
    }
}

/// The string fields of `allowed` the body sets, each checked: a location is an OBS path, a
/// password is not empty.
fn fields(
    object: &Map<String, Value>,
    allowed: &[&str],
) -> Result<BTreeMap<String, String>, String> {
    let mut set = BTreeMap::new();
    for field in allowed {
        let Some(value) = optional_string(object, field)? else {
            continue;
        };
        if LOCATIONS.contains(field) && !is_obs_path(&value) {
            return Err(format!(
                "{field} must be an OBS path such as obs://bucket/file"
            ));
        }
        if value.is_empty() {
            return Err(format!("{field} must not be empty"));
        }
        let most = if *field == "user_name" {
            MAX_NAME
        } else {
            MAX_VALUE
        };
        if value.chars().count() > most {
            return Err(format!("{field} must be at most {most} characters"));
        }
        set.insert((*field).to_owned(), value);
    }
    Ok(set)
}

fn is_obs_path(value: &str) -> bool {
    value
        .strip_prefix("obs://")
        .and_then(|rest| rest.split_once('/'))
        .is_some_and(|(bucket, key)| !bucket.is_empty() && !key.is_empty())
}

/// Every field a create may set.
fn creatable() -> Vec<&'static str> {
    let mut all = vec!["user_name"];
    all.extend(LOCATIONS);
    all.extend(SECRETS);
    all
}

/// Stores a new entry whose type has what it needs.
pub(crate) async fn create_auth_info(
    State(app): State<Arc<App>>,
    params: Params,
    body: Bytes,
) -> Response {
    let object = match json_object(&body) {
        Ok(object) => object,
        Err(answer) => return answer,
    };
    let (name, kind) = match (
        required_string(&object, "auth_info_name"),
        required_string(&object, "datasource_type"),
    ) {
        (Ok(name), Ok(kind)) => (name, kind),
        (Err(message), _) | (_, Err(message)) => return bad_parameter(message),
    };
    if let Err(message) = check_name(&name) {
        return bad_parameter(message);
    }
    let Some(needs) = required(&kind) else {
        return bad_parameter(format!(
            "datasource_type {kind} is not supported: use CSS, KRB, passwd or Kafka_SSL"
        ));
    };
    let set = match fields(&object, &creatable()) {
        Ok(set) => set,
        Err(message) => return bad_parameter(message),
    };
    let missing: Vec<&str> = needs
        .iter()
        .copied()
        .filter(|f| !set.contains_key(*f))
        .collect();
    if !missing.is_empty() {
        return bad_parameter(format!(
            "datasource_type {kind} requires {}",
            missing.join(", ")
        ));
    }
    match app
        .store
        .create_auth_info(params.get("project_id"), &name, AuthEntry::new(&kind, &set))
    {
        Ok(()) => done(),
        Err(_) => dli_error(
            StatusCode::BAD_REQUEST,
            "DLI.0006",
            format!("Auth info {name} already exists"),
        ),
    }
}

/// Sets the fields given of an entry; the type, certificate and key password are not
/// updatable, and are ignored as DLI's update body has no place for them.
pub(crate) async fn update_auth_info(
    State(app): State<Arc<App>>,
    params: Params,
    body: Bytes,
) -> Response {
    let object = match json_object(&body) {
        Ok(object) => object,
        Err(answer) => return answer,
    };
    let name = match required_string(&object, "auth_info_name") {
        Ok(name) => name,
        Err(message) => return bad_parameter(message),
    };
    if let Err(message) = check_name(&name) {
        return bad_parameter(message);
    }
    let set = match fields(&object, &UPDATABLE) {
        Ok(set) => set,
        Err(message) => return bad_parameter(message),
    };
    match app
        .store
        .update_auth_info(params.get("project_id"), &name, &set)
    {
        Ok(()) => done(),
        Err(AuthError::NotFound | AuthError::NameTaken) => not_found(&name),
    }
}

/// Deletes an entry; a name that does not exist is `400 DLI.0002`.
pub(crate) async fn delete_auth_info(State(app): State<Arc<App>>, params: Params) -> Response {
    let name = params.get("auth_info_name");
    if let Err(message) = check_name(name) {
        return bad_parameter(message);
    }
    match app.store.delete_auth_info(params.get("project_id"), name) {
        Ok(()) => done(),
        Err(AuthError::NotFound | AuthError::NameTaken) => not_found(name),
    }
}

/// A page of entries by `limit` (default 100) and `offset`, by creation, only the exact
/// `auth_info_name` when given; never a password.
pub(crate) async fn list_auth_infos(
    State(app): State<Arc<App>>,
    params: Params,
    uri: Uri,
) -> Response {
    let (mut limit, mut offset, mut name) = (100usize, 0usize, None);
    for (key, value) in form_urlencoded::parse(uri.query().unwrap_or("").as_bytes()) {
        let number = value
            .parse::<i32>()
            .ok()
            .and_then(|n| usize::try_from(n).ok());
        match (key.as_ref(), number) {
            ("limit", Some(n)) if n > 0 => limit = n,
            ("offset", Some(n)) => offset = n,
            ("limit", _) => return bad_parameter("limit must be an integer from 1 to 2147483647"),
            ("offset", _) => {
                return bad_parameter("offset must be an integer from 0 to 2147483647");
            }
            ("auth_info_name", _) => {
                if let Err(message) = check_name(&value) {
                    return bad_parameter(message);
                }
                name = Some(value.into_owned());
            }
            _ => {}
        }
    }
    let entries = app
        .store
        .auth_infos(params.get("project_id"), name.as_deref());
    let count = entries.len();
    let page: Vec<Value> = entries
        .iter()
        .skip(offset)
        .take(limit)
        .map(|(name, entry)| entry.to_json(name))
        .collect();
    json_reply(
        StatusCode::OK,
        json!({ "is_success": true, "message": "", "count": count, "auth_infos": page }),
    )
}
