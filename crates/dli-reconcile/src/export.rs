//! Export: the file for the connections that exist, so that a plan on it right away shows
//! no change. This is how connections made elsewhere are adopted.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::desired::MANAGED_TAG;
use crate::observed::{Observed, ObservedConnection};

/// The file written, and what was left out of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    /// The TOML text.
    pub text: String,
    /// What was left out, and why (a part that could not be read, another project's
    /// connection): one line each.
    pub notes: Vec<String>,
}

/// Why no file can be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExportError {
    /// Several connections carry the name.
    #[error("{count} connections are named {name} ({ids}): a file names each once", count = ids.split(", ").count())]
    Ambiguous {
        /// The name.
        name: String,
        /// Their ids, joined.
        ids: String,
    },
    /// A value the file could not hold as it is.
    #[error("{0}")]
    Value(String),
}

#[derive(Serialize)]
struct File {
    connection: BTreeMap<String, Table>,
}

#[derive(Serialize)]
struct Table {
    vpc: String,
    subnet: String,
    pools: BTreeSet<String>,
    queues: BTreeSet<String>,
    routes: BTreeMap<String, String>,
    hosts: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    grants: Option<BTreeSet<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tags: Option<BTreeMap<String, String>>,
}

/// The file for the connections of `observed` whose names start with one of `prefixes`
/// (every one when there is none).
pub fn export(observed: &Observed, prefixes: &[String]) -> Result<Exported, ExportError> {
    let mut notes = Vec::new();
    let mut by_name: BTreeMap<&str, Vec<&ObservedConnection>> = BTreeMap::new();
    for connection in &observed.connections {
        if prefixes.is_empty()
            || prefixes
                .iter()
                .any(|p| connection.name.starts_with(p.as_str()))
        {
            by_name
                .entry(&connection.name)
                .or_default()
                .push(connection);
        }
    }
    let mut connection = BTreeMap::new();
    for (name, found) in by_name {
        let [one] = found.as_slice() else {
            let ids: Vec<String> = found.iter().map(|c| c.id.to_string()).collect();
            return Err(ExportError::Ambiguous {
                name: name.to_owned(),
                ids: ids.join(", "),
            });
        };
        if one.granted_to_us {
            notes.push(format!(
                "{name} ({}): another project's, granted to this one: left out",
                one.id
            ));
            continue;
        }
        connection.insert(name.to_owned(), table(one, &mut notes)?);
    }
    let text = toml::to_string(&File { connection })
        .map_err(|error| ExportError::Value(error.to_string()))?;
    Ok(Exported { text, notes })
}

fn table(c: &ObservedConnection, notes: &mut Vec<String>) -> Result<Table, ExportError> {
    for (route, cidr) in &c.routes {
        cidr.parse::<dli_client::network::Cidr>().map_err(|error| {
            ExportError::Value(format!("{}: the route {route}: {error}", c.name))
        })?;
    }
    for (failed, peering) in c.pools.iter().chain(&c.queues).filter(|(_, p)| p.failed()) {
        notes.push(format!(
            "{}: the peering with {failed} FAILED ({}): a plan binds it again",
            c.name, peering.err_msg
        ));
    }
    let mut readable = |what: &str, why: Option<&String>| {
        if let Some(why) = why {
            notes.push(format!("{}: {what} left out, not read: {why}", c.name));
        }
    };
    readable(
        "tags",
        match &c.tags {
            crate::Read::NotChecked(why) => Some(why),
            crate::Read::Read(_) => None,
        },
    );
    readable(
        "grants",
        match &c.grants {
            crate::Read::NotChecked(why) => Some(why),
            crate::Read::Read(_) => None,
        },
    );
    Ok(Table {
        vpc: c.vpc.clone(),
        subnet: c.subnet.clone(),
        pools: c.pools.keys().cloned().collect(),
        queues: c.queues.keys().cloned().collect(),
        routes: c.routes.clone(),
        hosts: c.hosts.clone(),
        grants: c.grants.get().cloned(),
        tags: c.tags.get().map(|tags| {
            tags.iter()
                .filter(|(key, _)| key.as_str() != MANAGED_TAG.0)
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()
        }),
    })
}
