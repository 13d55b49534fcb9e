//! What exists, as the planner reads it: the connections of one List walk, with the tags
//! and privileges of those the file names.

use dli_client::ConnectionId;
use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::desired::{Owner, PROTECT_KEY};

/// Which connections' tags and privileges were read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reach {
    /// Those the file names.
    #[default]
    Named,
    /// Those the file names, and those its stack's marker (or an earlier dli's) is on:
    /// what pruning needs.
    Stack,
    /// Every connection: what an export needs.
    Every,
}

/// What was observed of the project.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Observed {
    /// The project read.
    pub project: String,
    /// Which connections were read whole.
    pub reach: Reach,
    /// Every connection the List walk returned that is not `DELETED`.
    pub connections: Vec<ObservedConnection>,
    /// The project's queues, listed when the file binds any.
    pub queues: Option<BTreeSet<String>>,
    /// The project's elastic resource pools, listed when the file binds any.
    pub pools: Option<BTreeSet<String>>,
    /// The project's datasource authentications, listed when the file names any (and for an
    /// export); never a password, DLI returns none.
    #[serde(default)]
    pub auth: Option<Vec<ObservedAuth>>,
}

/// A datasource authentication as it exists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObservedAuth {
    /// Its name.
    pub name: String,
    /// Its type, as DLI names it (`passwd`, `CSS`, `KRB`, `Kafka_SSL`).
    pub kind: String,
    /// Its user; empty when it has none.
    pub user: String,
    /// Its OBS paths by DLI's field name (`certificate_location`, `krb5_conf`, `keytab`,
    /// `truststore_location`, `keystore_location`); those not set are left out.
    pub locations: BTreeMap<String, String>,
}

impl ObservedAuth {
    /// An entry of DLI's listing; `None` without a name.
    pub fn of(entry: &dli_client::types::AuthInfo) -> Option<Self> {
        let locations = [
            ("certificate_location", &entry.certificate_location),
            ("krb5_conf", &entry.krb5_conf),
            ("keytab", &entry.keytab),
            ("truststore_location", &entry.truststore_location),
            ("keystore_location", &entry.keystore_location),
        ]
        .into_iter()
        .filter_map(|(field, value)| {
            let value = value.as_deref().filter(|path| !path.is_empty())?;
            Some((field.to_owned(), value.to_owned()))
        })
        .collect();
        Some(Self {
            name: entry.auth_info_name.clone()?,
            kind: entry.datasource_type.clone().unwrap_or_default(),
            user: entry.user_name.clone().unwrap_or_default(),
            locations,
        })
    }
}

/// A peering of a connection with a pool or a queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Peering {
    /// `CREATING`, `ACTIVE` or `FAILED` (or what DLI sent).
    pub status: String,
    /// DLI's reason when it `FAILED`.
    pub err_msg: String,
}

impl Peering {
    /// Whether DLI gave up on it.
    pub fn failed(&self) -> bool {
        self.status.eq_ignore_ascii_case("FAILED")
    }
}

/// A part of a connection read by its own call, which may not have been read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Read<T> {
    /// Read.
    Read(T),
    /// Not read, and why: a connection outside what was read (see [`Reach`]). A plan that
    /// needs it fails.
    NotChecked(String),
}

impl<T> Read<T> {
    /// The value, when it was read.
    pub fn get(&self) -> Option<&T> {
        match self {
            Read::Read(value) => Some(value),
            Read::NotChecked(_) => None,
        }
    }
}

/// One connection as it exists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObservedConnection {
    /// Its id.
    pub id: ConnectionId,
    /// Its name.
    pub name: String,
    /// Its status, such as `ACTIVE`.
    pub status: String,
    /// Its VPC (`dest_vpc_id`).
    pub vpc: String,
    /// Its subnet (`dest_network_id`).
    pub subnet: String,
    /// Its peerings with pools, by pool name.
    pub pools: BTreeMap<String, Peering>,
    /// Its peerings with queues, by queue name.
    pub queues: BTreeMap<String, Peering>,
    /// Its routes: name → network, as DLI shows it.
    pub routes: BTreeMap<String, String>,
    /// Its host entries: name → address, as DLI shows it.
    pub hosts: BTreeMap<String, String>,
    /// Its tags, [`MARKER_KEY`](crate::desired::MARKER_KEY) included.
    pub tags: Read<BTreeMap<String, String>>,
    /// The projects it grants `BIND_QUEUE` to.
    pub grants: Read<BTreeSet<String>>,
    /// It is another project's, seen here through a grant to this project: its privileges
    /// list this project as a grantee.
    pub granted_to_us: bool,
}

impl ObservedConnection {
    /// Who owns it, as its marker says; `None` when its tags were not read.
    pub fn owner(&self) -> Option<Owner> {
        self.tags.get().map(Owner::of)
    }

    /// Whether it carries [`PROTECT_KEY`]; `false` when its tags were not read.
    pub fn protected(&self) -> bool {
        self.tags
            .get()
            .is_some_and(|tags| tags.contains_key(PROTECT_KEY))
    }
}
