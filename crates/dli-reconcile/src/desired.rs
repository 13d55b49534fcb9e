//! What the file says should exist, checked: every value parsed, nothing left to refuse.
//!
//! A field that is `None` is not managed: whatever the connection has there stays. A field
//! that is `Some` is authoritative, and an empty one clears.

use std::collections::{BTreeMap, BTreeSet};
use std::net::Ipv4Addr;

use dli_client::network::Cidr;

/// The tag that marks a connection `dli apply` created, so that `--prune` deletes only
/// those. A file may not set it.
pub const MANAGED_TAG: (&str, &str) = ("managed-by", "dli");

/// Every connection the file names, by name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Desired {
    /// The connections, by name.
    pub connections: BTreeMap<String, DesiredConnection>,
}

/// One connection as the file describes it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DesiredConnection {
    /// The VPC (`dest_vpc_id`); needed to create it, and a change replaces it.
    pub vpc: Option<String>,
    /// The subnet (`dest_network_id`); needed to create it, and a change replaces it.
    pub subnet: Option<String>,
    /// The elastic resource pools bound to it.
    pub pools: Option<BTreeSet<String>>,
    /// The queues bound to it.
    pub queues: Option<BTreeSet<String>>,
    /// Its routes, name → network.
    pub routes: Option<BTreeMap<String, Cidr>>,
    /// Its host entries, name → address.
    pub hosts: Option<BTreeMap<String, Ipv4Addr>>,
    /// The projects granted `BIND_QUEUE` on it.
    pub grants: Option<BTreeSet<String>>,
    /// Its tags, key → value, [`MANAGED_TAG`] aside.
    pub tags: Option<BTreeMap<String, String>>,
}
