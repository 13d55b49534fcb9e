//! The fake's state: enhanced connections, kept per project, with their lifecycle.

use std::collections::{BTreeMap, HashMap};
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde::Serialize;
use serde_json::{Value, json};
use uuid::Uuid;

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
    /// What it was created with.
    pub spec: NewConnection,
    created_at: Instant,
    create_time_ms: u64,
    ready_after: Duration,
    deleted: bool,
    /// Peerings that failed: queue or pool name → DLI's reason.
    failed: BTreeMap<String, String>,
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

    /// The connection object DLI shows, as JSON.
    pub fn to_json(&self, now: Instant) -> Value {
        let status = self.status(now);
        // Each queue or pool is peered while the connection is created, so its peering
        // status follows the connection's.
        let peers = |names: &[String]| -> Vec<Value> {
            names
                .iter()
                .map(|name| {
                    let (peer_status, err_msg) = match self.failed.get(name) {
                        Some(reason) => ("FAILED", reason.as_str()),
                        None => (status.as_str(), ""),
                    };
                    json!({
                        "peer_id": Uuid::new_v5(&self.id, name.as_bytes()).to_string(),
                        "status": peer_status,
                        "name": name,
                        "err_msg": err_msg,
                        "update_time": self.create_time_ms,
                    })
                })
                .collect()
        };
        json!({
            "id": self.id.to_string(),
            "name": self.spec.name,
            "status": status.as_str(),
            "available_queue_info": peers(&self.spec.queues),
            "elastic_resource_pools": peers(&self.spec.elastic_resource_pools),
            "dest_vpc_id": self.spec.dest_vpc_id,
            "dest_network_id": self.spec.dest_network_id,
            "create_time": self.create_time_ms,
            "hosts": self.spec.hosts,
        })
    }
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
    projects: Mutex<HashMap<String, BTreeMap<Uuid, Connection>>>,
}

impl Store {
    /// An empty store whose connections stay `CREATING` for this long.
    pub fn new(creating_for: Duration) -> Self {
        Self {
            creating_for,
            projects: Mutex::new(HashMap::new()),
        }
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
        let create_time_ms = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX));
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
            },
        );
        Ok(id)
    }

    /// A connection by id, deleted ones included.
    pub fn get(&self, project: &str, id: Uuid) -> Option<Connection> {
        self.projects().get(project)?.get(&id).cloned()
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
        let spec = &connection.spec;
        if !spec
            .queues
            .iter()
            .chain(&spec.elastic_resource_pools)
            .any(|name| name == resource)
        {
            return false;
        }
        connection
            .failed
            .insert(resource.to_owned(), reason.to_owned());
        true
    }

    /// Replaces the host entries of a connection that is not deleted; whether there is one.
    pub fn set_hosts(&self, project: &str, id: Uuid, hosts: Vec<Host>) -> bool {
        let now = Instant::now();
        let mut projects = self.projects();
        match projects
            .get_mut(project)
            .and_then(|connections| connections.get_mut(&id))
        {
            Some(connection) if connection.status(now) != Status::Deleted => {
                connection.spec.hosts = hosts;
                true
            }
            _ => false,
        }
    }

    /// Deletes a connection (it stays visible by id as `DELETED`).
    pub fn delete(&self, project: &str, id: Uuid) -> Result<(), DeleteError> {
        let now = Instant::now();
        let mut projects = self.projects();
        let connection = projects
            .get_mut(project)
            .and_then(|connections| connections.get_mut(&id))
            .ok_or(DeleteError::NotFound)?;
        match connection.status(now) {
            Status::Deleted => Err(DeleteError::NotFound),
            Status::Creating => Err(DeleteError::Creating),
            Status::Active => {
                connection.deleted = true;
                Ok(())
            }
        }
    }

    /// The matching connections, oldest first, and how many match before paging.
    pub fn list(
        &self,
        project: &str,
        filter: &ListFilter,
        offset: usize,
        limit: Option<usize>,
    ) -> (Vec<Connection>, usize) {
        let now = Instant::now();
        let projects = self.projects();
        let Some(connections) = projects.get(project) else {
            return (Vec::new(), 0);
        };
        let mut matching: Vec<&Connection> = connections
            .values()
            .filter(|c| {
                let status = c.status(now).as_str();
                match &filter.status {
                    Some(wanted) => status.eq_ignore_ascii_case(wanted),
                    None => status != Status::Deleted.as_str(),
                }
            })
            .filter(|c| {
                filter
                    .name
                    .as_ref()
                    .is_none_or(|name| c.spec.name.contains(name.as_str()))
            })
            .filter(|c| filter.tags.iter().all(|tag| c.spec.tags.contains(tag)))
            .collect();
        matching.sort_by_key(|c| (c.create_time_ms, c.created_at, c.id));
        let count = matching.len();
        let page = matching
            .into_iter()
            .skip(offset)
            .take(limit.unwrap_or(usize::MAX))
            .cloned()
            .collect();
        (page, count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(name: &str) -> NewConnection {
        NewConnection {
            name: name.to_owned(),
            dest_vpc_id: "vpc".to_owned(),
            dest_network_id: "net".to_owned(),
            ..NewConnection::default()
        }
    }

    #[test]
    fn lifecycle_creating_active_deleted() {
        let store = Store::new(Duration::from_millis(50));
        let id = store.create("p", spec("a")).expect("created");
        assert_eq!(store.delete("p", id), Err(DeleteError::Creating));
        std::thread::sleep(Duration::from_millis(60));
        assert_eq!(store.delete("p", id), Ok(()));
        assert_eq!(store.delete("p", id), Err(DeleteError::NotFound));
        let shown = store.get("p", id).expect("soft deleted");
        assert_eq!(shown.status(Instant::now()), Status::Deleted);
    }

    #[test]
    fn projects_are_separate() {
        let store = Store::new(Duration::ZERO);
        let id = store.create("p1", spec("a")).expect("created");
        assert!(store.get("p2", id).is_none());
        assert_eq!(store.delete("p2", id), Err(DeleteError::NotFound));
        assert!(
            store.create("p2", spec("a")).is_ok(),
            "names are per project"
        );
        assert_eq!(store.create("p1", spec("a")), Err(CreateError::NameTaken));
    }

    #[test]
    fn listing_filters_and_pages() {
        let store = Store::new(Duration::ZERO);
        for name in ["alpha", "beta", "alphabet"] {
            store.create("p", spec(name)).expect("created");
        }
        let deleted = store.create("p", spec("gone")).expect("created");
        store.delete("p", deleted).expect("deleted");
        let (all, count) = store.list("p", &ListFilter::default(), 0, None);
        assert_eq!((all.len(), count), (3, 3));
        let by_name = ListFilter {
            name: Some("alpha".into()),
            ..ListFilter::default()
        };
        assert_eq!(store.list("p", &by_name, 0, None).1, 2);
        let only_deleted = ListFilter {
            status: Some("deleted".into()),
            ..ListFilter::default()
        };
        let (page, count) = store.list("p", &only_deleted, 0, None);
        assert_eq!((page[0].id, count), (deleted, 1));
        let (page, count) = store.list("p", &ListFilter::default(), 1, Some(1));
        assert_eq!((page.len(), count), (1, 3));
    }
}
