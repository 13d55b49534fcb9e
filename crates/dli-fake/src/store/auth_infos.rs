//! Datasource authentications ("auth infos"), kept per project by name. Their passwords are
//! kept to be compared in tests ([`Store::auth_secret_is`]) and never answered.

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

use serde_json::{Value, json};

use super::{Store, epoch_ms};

/// The fields that hold an OBS path.
pub const LOCATIONS: [&str; 5] = [
    "certificate_location",
    "krb5_conf",
    "keytab",
    "truststore_location",
    "keystore_location",
];

/// The fields that hold a password.
pub const SECRETS: [&str; 4] = [
    "password",
    "truststore_password",
    "keystore_password",
    "key_password",
];

/// One stored datasource authentication.
#[derive(Debug, Clone, Default)]
pub struct AuthEntry {
    /// `datasource_type`.
    pub kind: String,
    /// `user_name`, empty when not set.
    pub user: String,
    /// OBS paths by field name.
    pub locations: BTreeMap<String, String>,
    secrets: BTreeMap<String, String>,
    created_ms: u64,
    updated_ms: u64,
    /// The order of creation, for listing.
    order: u64,
}

impl AuthEntry {
    /// A new entry with these fields (`auth_info_name` and `datasource_type` taken out).
    pub fn new(kind: &str, fields: &BTreeMap<String, String>) -> Self {
        let mut entry = Self {
            kind: kind.to_owned(),
            ..Self::default()
        };
        entry.set(fields);
        entry
    }

    /// Sets every field given; the others keep their values.
    fn set(&mut self, fields: &BTreeMap<String, String>) {
        for (field, value) in fields {
            if field == "user_name" {
                self.user = value.clone();
            } else if LOCATIONS.contains(&field.as_str()) {
                self.locations.insert(field.clone(), value.clone());
            } else if SECRETS.contains(&field.as_str()) {
                self.secrets.insert(field.clone(), value.clone());
            }
        }
    }

    /// The entry as List answers it: never a password; a location not set is `""`.
    pub fn to_json(&self, name: &str) -> Value {
        let mut object = json!({
            "auth_info_name": name,
            "datasource_type": self.kind,
            "user_name": self.user,
            "owner": "fake",
            "create_time": self.created_ms,
            "update_time": self.updated_ms,
        });
        for field in LOCATIONS {
            object[field] = json!(self.locations.get(field).cloned().unwrap_or_default());
        }
        object
    }
}

/// Why a change to an entry failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthError {
    /// The project has an entry of that name already.
    NameTaken,
    /// The project has no entry of that name.
    NotFound,
}

/// Every project's entries.
#[derive(Debug, Default)]
pub(crate) struct AuthInfos(
    Mutex<HashMap<String, BTreeMap<String, AuthEntry>>>,
    AtomicU64,
);

impl AuthInfos {
    fn projects(&self) -> MutexGuard<'_, HashMap<String, BTreeMap<String, AuthEntry>>> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Store {
    /// Stores a new entry.
    pub fn create_auth_info(
        &self,
        project: &str,
        name: &str,
        mut entry: AuthEntry,
    ) -> Result<(), AuthError> {
        let mut projects = self.auth.projects();
        let entries = projects.entry(project.to_owned()).or_default();
        if entries.contains_key(name) {
            return Err(AuthError::NameTaken);
        }
        let now = epoch_ms();
        (entry.created_ms, entry.updated_ms) = (now, now);
        entry.order = self.auth.1.fetch_add(1, Ordering::Relaxed);
        entries.insert(name.to_owned(), entry);
        Ok(())
    }

    /// Sets the fields given of an entry.
    pub fn update_auth_info(
        &self,
        project: &str,
        name: &str,
        fields: &BTreeMap<String, String>,
    ) -> Result<(), AuthError> {
        let mut projects = self.auth.projects();
        let entry = projects
            .get_mut(project)
            .and_then(|entries| entries.get_mut(name))
            .ok_or(AuthError::NotFound)?;
        entry.set(fields);
        entry.updated_ms = epoch_ms();
        Ok(())
    }

    /// Deletes an entry.
    pub fn delete_auth_info(&self, project: &str, name: &str) -> Result<(), AuthError> {
        let mut projects = self.auth.projects();
        projects
            .get_mut(project)
            .and_then(|entries| entries.remove(name))
            .map(|_| ())
            .ok_or(AuthError::NotFound)
    }

    /// The project's entries in the order they were made, `name` alone when given.
    pub fn auth_infos(&self, project: &str, name: Option<&str>) -> Vec<(String, AuthEntry)> {
        let projects = self.auth.projects();
        let mut entries: Vec<(String, AuthEntry)> = projects
            .get(project)
            .into_iter()
            .flatten()
            .filter(|(stored, _)| name.is_none_or(|name| name == stored.as_str()))
            .map(|(name, entry)| (name.clone(), entry.clone()))
            .collect();
        entries.sort_by_key(|(_, entry)| entry.order);
        entries
    }

    /// Whether the entry's password field `field` holds `value`: how a test checks what was
    /// sent without the fake ever showing a password.
    pub fn auth_secret_is(&self, project: &str, name: &str, field: &str, value: &str) -> bool {
        let projects = self.auth.projects();
        projects
            .get(project)
            .and_then(|entries| entries.get(name))
            .and_then(|entry| entry.secrets.get(field))
            .is_some_and(|held| held == value)
    }
}
