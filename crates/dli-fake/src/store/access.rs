//! Routes, privileges for other projects and tags of a connection.

use std::collections::BTreeSet;

use uuid::Uuid;

use super::{Route, Store, epoch_ms};

/// Why adding or deleting a route failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RouteError {
    /// No such live connection.
    NotFound,
    /// Adding: the connection has a route of this name. Deleting: it has none.
    Name,
}

impl Store {
    /// Adds a route with a name the connection does not use yet.
    pub fn add_route(
        &self,
        project: &str,
        id: Uuid,
        name: &str,
        cidr: &str,
    ) -> Result<(), RouteError> {
        self.with_live(project, id, |connection, _| {
            if connection.routes.iter().any(|route| route.name == name) {
                return Err(RouteError::Name);
            }
            connection.routes.push(Route {
                name: name.to_owned(),
                cidr: cidr.to_owned(),
                create_time: epoch_ms(),
            });
            Ok(())
        })
        .unwrap_or(Err(RouteError::NotFound))
    }

    /// Deletes the route of this name.
    pub fn delete_route(&self, project: &str, id: Uuid, name: &str) -> Result<(), RouteError> {
        self.with_live(project, id, |connection, _| {
            let before = connection.routes.len();
            connection.routes.retain(|route| route.name != name);
            if connection.routes.len() == before {
                Err(RouteError::Name)
            } else {
                Ok(())
            }
        })
        .unwrap_or(Err(RouteError::NotFound))
    }

    /// Grants (`Some(true)`), revokes (`Some(false)`) or replaces (`None`) a project's
    /// privileges on a connection; whether the connection is live.
    pub fn authorize(
        &self,
        project: &str,
        id: Uuid,
        grantee: &str,
        grant: Option<bool>,
        privileges: &[String],
    ) -> bool {
        self.with_live(project, id, |connection, _| {
            let held = connection.grants.entry(grantee.to_owned()).or_default();
            match grant {
                Some(true) => held.extend(privileges.iter().cloned()),
                Some(false) => held.retain(|p| !privileges.contains(p)),
                None => *held = privileges.iter().cloned().collect(),
            }
            if held.is_empty() {
                connection.grants.remove(grantee);
            }
        })
        .is_some()
    }

    /// The privileges each grantee project holds on a live connection: one of `project`,
    /// or one another project granted `project` a privilege on.
    pub fn grants(&self, project: &str, id: Uuid) -> Option<Vec<(String, BTreeSet<String>)>> {
        let held = |connection: &super::Connection| -> Vec<(String, BTreeSet<String>)> {
            connection
                .grants
                .iter()
                .map(|(grantee, held)| (grantee.clone(), held.clone()))
                .collect()
        };
        self.with_live(project, id, |connection, _| held(connection))
            .or_else(|| {
                self.shared_with(project)
                    .iter()
                    .find(|connection| connection.id == id)
                    .map(held)
            })
    }

    /// Adds tags (a key already there takes the new value) or, with `add` false, removes
    /// them by key (a missing key is ignored); whether the connection is live.
    pub fn change_tags(
        &self,
        project: &str,
        id: Uuid,
        tags: &[(String, String)],
        add: bool,
    ) -> bool {
        self.with_live(project, id, |connection, _| {
            let held = &mut connection.spec.tags;
            held.retain(|(key, _)| !tags.iter().any(|(k, _)| k == key));
            if add {
                held.extend(tags.iter().cloned());
            }
        })
        .is_some()
    }

    /// The tags of a live connection.
    pub fn tags(&self, project: &str, id: Uuid) -> Option<Vec<(String, String)>> {
        self.with_live(project, id, |connection, _| connection.spec.tags.clone())
    }
}
