//! The fake's state: enhanced connections, kept per project, with their lifecycle.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde::Serialize;
use serde_json::{Value, json};
use uuid::Uuid;

mod access;
mod auth_infos;
mod connectivity;
mod listing;
mod peerings;

pub use access::RouteError;
pub use auth_infos::{AuthEntry, AuthError, LOCATIONS, SECRETS};
pub use connectivity::parse_cidr;
pub use peerings::UnbindError;

/// Where a connection is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Status {
    /// Still being created: it cannot be deleted yet.
    Creating,
    /// Ready.
    Active,
    /// Deleted; still shown by id (soft delete).
    Deleted,
}

impl Status {
    /// The name DLI uses.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Creating => "CREATING",
            Self::Active => "ACTIVE",
            Self::Deleted => "DELETED",
        }
    }
}

/// A host entry of a connection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Host {
    /// The host name.
    pub name: String,
    /// Its IP address.
    pub ip: String,
}

/// What creating a connection takes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewConnection {
    /// Letters, digits and `_`, at most 64.
    pub name: String,
    /// The VPC to peer with.
    pub dest_vpc_id: String,
    /// The subnet to peer with.
    pub dest_network_id: String,
    /// Queues to associate.
    pub queues: Vec<String>,
    /// Elastic resource pools to associate.
    pub elastic_resource_pools: Vec<String>,
    /// The route table.
    pub routetable_id: Option<String>,
    /// Host entries.
    pub hosts: Vec<Host>,
    /// Tags as (key, value).
    pub tags: Vec<(String, String)>,
}

/// A stored connection.
#[derive(Debug, Clone)]
pub struct Connection {
    /// Its id.
    pub id: Uuid,
    /// What it was created with (its queues and pools are in its peerings since).
    pub spec: NewConnection,
    created_at: Instant,
    create_time_ms: u64,
    ready_after: Duration,
    deleted: bool,
    /// Peerings that failed: queue or pool name → DLI's reason.
    failed: BTreeMap<String, String>,
    /// One peering per bound queue or pool, in the order they were bound.
    peerings: Vec<Peering>,
    /// Its routes, in the order they were added.
    routes: Vec<Route>,
    /// Grantee project → the privileges it holds on the connection.
    grants: BTreeMap<String, BTreeSet<String>>,
}

impl Connection {
    /// Its status now.
    pub fn status(&self, now: Instant) -> Status {
        if self.deleted {
            Status::Deleted
        } else if now.duration_since(self.created_at) < self.ready_after {
            Status::Creating
        } else {
            Status::Active
        }
    }

    /// Whether it, or one of its peerings, is still being created.
    pub fn is_creating(&self, now: Instant) -> bool {
        self.status(now) == Status::Creating
            || self
                .peerings
                .iter()
                .any(|p| self.peering_status(p, now).0 == "CREATING")
    }

    /// A peering's status and `err_msg` now: `CREATING` for the fake's creation time after
    /// it was bound, then `ACTIVE`, or `FAILED` when it was made to fail.
    fn peering_status<'a>(&'a self, peering: &'a Peering, now: Instant) -> (&'static str, &'a str) {
        if self.deleted {
            return (Status::Deleted.as_str(), "");
        }
        if let Some(reason) = self.failed.get(&peering.name) {
            return ("FAILED", reason);
        }
        if now.duration_since(peering.since) < self.ready_after {
            return ("CREATING", "");
        }
        match &peering.fails_with {
            Some(reason) => ("FAILED", reason),
            None => ("ACTIVE", ""),
        }
    }

    /// Whether a queue or pool of this name has an `ACTIVE` peering.
    pub fn is_peered_with(&self, name: &str, now: Instant) -> bool {
        self.peerings
            .iter()
            .any(|p| p.name == name && self.peering_status(p, now).0 == "ACTIVE")
    }

    /// Whether it was granted to another project (DLI's `isPrivis` is its opposite).
    pub fn is_granted(&self) -> bool {
        !self.grants.is_empty()
    }

    /// Whether `project` sees it through a grant: it is live and `project` holds a
    /// privilege on it.
    fn is_shared_with(&self, project: &str, now: Instant) -> bool {
        self.status(now) != Status::Deleted && self.grants.contains_key(project)
    }

    /// Its host entries.
    pub fn hosts(&self) -> &[Host] {
        &self.spec.hosts
    }

    /// Its routes.
    pub fn routes(&self) -> &[Route] {
        &self.routes
    }

    /// The connection object DLI shows, as JSON.
    pub fn to_json(&self, now: Instant) -> Value {
        let status = self.status(now);
        let peers = |kind: PeerKind| -> Vec<Value> {
            self.peerings
                .iter()
                .filter(|p| p.kind == kind)
                .map(|peering| {
                    let (peer_status, err_msg) = self.peering_status(peering, now);
                    json!({
                        "peer_id": Uuid::new_v5(&self.id, peering.name.as_bytes()).to_string(),
                        "status": peer_status,
                        "name": peering.name,
                        "err_msg": err_msg,
                        "update_time": peering.since_ms,
                    })
                })
                .collect()
        };
        json!({
            "id": self.id.to_string(),
            "name": self.spec.name,
            "status": status.as_str(),
            "available_queue_info": peers(PeerKind::Queue),
            "elastic_resource_pools": peers(PeerKind::Pool),
            "dest_vpc_id": self.spec.dest_vpc_id,
            "dest_network_id": self.spec.dest_network_id,
            "create_time": self.create_time_ms,
            "hosts": self.spec.hosts,
            "routes": self.routes,
        })
    }
}

/// Whether a peering is with a queue or an elastic resource pool.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeerKind {
    /// A queue (`queues`, shown in `available_queue_info`).
    Queue,
    /// An elastic resource pool.
    Pool,
}

/// The peering of a connection with one queue or pool.
#[derive(Debug, Clone)]
struct Peering {
    name: String,
    kind: PeerKind,
    since: Instant,
    since_ms: u64,
    /// The reason it fails once created, when the fake was told to fail this name.
    fails_with: Option<String>,
}

/// A route of a connection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Route {
    /// Unique within the connection.
    pub name: String,
    /// An IPv4 network, `a.b.c.d/n`.
    pub cidr: String,
    /// When it was added, in milliseconds since the Unix epoch.
    pub create_time: u64,
}

/// Milliseconds since the Unix epoch.
fn epoch_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

/// Why deleting failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeleteError {
    /// No such connection, or it was already deleted.
    NotFound,
    /// It is still being created.
    Creating,
}

/// Why creating failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CreateError {
    /// A live connection of the project already has this name.
    #[error("a connection of the project already has this name")]
    NameTaken,
}

/// Filters of the list operation.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    /// Only this status (compared without case); without it, deleted ones are left out.
    pub status: Option<String>,
    /// Only names containing this.
    pub name: Option<String>,
    /// Only connections with all these tags.
    pub tags: Vec<(String, String)>,
}

/// Every project's connections.
#[derive(Debug)]
pub struct Store {
    creating_for: Duration,
    /// Queue or pool names whose peerings fail once created, with DLI's reason.
    failing: Mutex<BTreeMap<String, String>>,
    projects: Mutex<HashMap<String, BTreeMap<Uuid, Connection>>>,
    tests: connectivity::Tests,
    auth: auth_infos::AuthInfos,
}

impl Store {
    /// An empty store whose connections and peerings stay `CREATING` for this long.
    pub fn new(creating_for: Duration) -> Self {
        Self {
            creating_for,
            failing: Mutex::new(BTreeMap::new()),
            projects: Mutex::new(HashMap::new()),
            tests: connectivity::Tests::default(),
            auth: auth_infos::AuthInfos::default(),
        }
    }

    /// Peerings with queues or pools of these names fail once created, with this reason.
    #[must_use]
    pub fn with_failing(self, failing: BTreeMap<String, String>) -> Self {
        *self.failing_names() = failing;
        self
    }

    /// From now on, peerings bound with a queue or pool of this name fail once created, with
    /// this reason in `err_msg` (those bound already keep their course).
    pub fn fail_peerings_of(&self, name: &str, reason: &str) {
        self.failing_names()
            .insert(name.to_owned(), reason.to_owned());
    }

    fn failing_names(&self) -> std::sync::MutexGuard<'_, BTreeMap<String, String>> {
        self.failing
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// A change to a connection of the project that is not deleted; `None` when there is
    /// none.
    pub(crate) fn with_live<R>(
        &self,
        project: &str,
        id: Uuid,
        change: impl FnOnce(&mut Connection, Instant) -> R,
    ) -> Option<R> {
        let now = Instant::now();
        let mut projects = self.projects();
        let connection = projects.get_mut(project)?.get_mut(&id)?;
        (connection.status(now) != Status::Deleted).then(|| change(connection, now))
    }

    fn projects(&self) -> std::sync::MutexGuard<'_, HashMap<String, BTreeMap<Uuid, Connection>>> {
        self.projects
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Creates a connection.
    pub fn create(&self, project: &str, spec: NewConnection) -> Result<Uuid, CreateError> {
        let now = Instant::now();
        let mut projects = self.projects();
        let connections = projects.entry(project.to_owned()).or_default();
        if connections
            .values()
            .any(|c| c.spec.name == spec.name && c.status(now) != Status::Deleted)
        {
            return Err(CreateError::NameTaken);
        }
        let id = Uuid::new_v4();
        let create_time_ms = epoch_ms();
        let failing = self.failing_names().clone();
        let peer = |name: &String, kind| Peering {
            name: name.clone(),
            kind,
            since: now,
            since_ms: create_time_ms,
            fails_with: failing.get(name).cloned(),
        };
        let peerings = spec
            .queues
            .iter()
            .map(|name| peer(name, PeerKind::Queue))
            .chain(
                spec.elastic_resource_pools
                    .iter()
                    .map(|name| peer(name, PeerKind::Pool)),
            )
            .collect();
        connections.insert(
            id,
            Connection {
                id,
                spec,
                created_at: now,
                create_time_ms,
                ready_after: self.creating_for,
                deleted: false,
                failed: BTreeMap::new(),
                peerings,
                routes: Vec::new(),
                grants: BTreeMap::new(),
            },
        );
        Ok(id)
    }

    /// A connection by id, deleted ones included; or a live one another project granted
    /// `project` a privilege on.
    pub fn get(&self, project: &str, id: Uuid) -> Option<Connection> {
        let projects = self.projects();
        if let Some(own) = projects.get(project).and_then(|own| own.get(&id)) {
            return Some(own.clone());
        }
        let now = Instant::now();
        projects
            .iter()
            .filter(|(owner, _)| owner.as_str() != project)
            .find_map(|(_, connections)| connections.get(&id))
            .filter(|connection| connection.is_shared_with(project, now))
            .cloned()
    }

    /// The live connections of other projects that granted `project` a privilege: DLI shows
    /// them to `project` too (decided, see the README).
    pub(crate) fn shared_with(&self, project: &str) -> Vec<Connection> {
        let now = Instant::now();
        self.projects()
            .iter()
            .filter(|(owner, _)| owner.as_str() != project)
            .flat_map(|(_, connections)| connections.values())
            .filter(|connection| connection.is_shared_with(project, now))
            .cloned()
            .collect()
    }

    /// Makes the peering of a connection with one of its queues or pools `FAILED`, with this
    /// reason in `err_msg`, as DLI shows a peering it could not set up. Returns whether the
    /// connection has such a queue or pool.
    pub fn fail_peering(&self, project: &str, id: Uuid, resource: &str, reason: &str) -> bool {
        let mut projects = self.projects();
        let Some(connection) = projects
            .get_mut(project)
            .and_then(|connections| connections.get_mut(&id))
        else {
            return false;
        };
        if !connection.peerings.iter().any(|p| p.name == resource) {
            return false;
        }
        connection
            .failed
            .insert(resource.to_owned(), reason.to_owned());
        true
    }

    /// Replaces the host entries of a connection that is not deleted; whether there is one.
    pub fn set_hosts(&self, project: &str, id: Uuid, hosts: Vec<Host>) -> bool {
        self.with_live(project, id, |connection, _| connection.spec.hosts = hosts)
            .is_some()
    }

    /// Deletes a connection (it stays visible by id as `DELETED`).
    pub fn delete(&self, project: &str, id: Uuid) -> Result<(), DeleteError> {
        let now = Instant::now();
        let mut projects = self.projects();
        let connection = projects
            .get_mut(project)
            .and_then(|connections| connections.get_mut(&id))
            .ok_or(DeleteError::NotFound)?;
        if connection.status(now) == Status::Deleted {
            return Err(DeleteError::NotFound);
        }
        if connection.is_creating(now) {
            return Err(DeleteError::Creating);
        }
        connection.deleted = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests;
