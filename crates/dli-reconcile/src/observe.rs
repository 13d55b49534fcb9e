//! Observing what exists: one walk of List, then the tags and privileges of each connection
//! the file names (and, when pruning, of those its stack's marker is on; of every one for an
//! export), concurrently, through the client's pacer; and the project's queues and pools
//! when the file binds any. A read that fails after the client's retries fails the whole
//! observation, naming what could not be read: a plan is complete or there is none.

use dli_client::ConnectionId;
use std::collections::{BTreeMap, BTreeSet};
use std::num::NonZeroUsize;

use dli_client::types::{EnhancedConnection, PeeringResource};
use dli_client::{Client, Error};
use futures_util::{StreamExt, stream};

use crate::desired::{Desired, LEGACY_MARKER, MARKER_KEY, marker};
use crate::observed::{Observed, ObservedAuth, ObservedConnection, Peering, Reach, Read};

/// What could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ObserveError {
    /// The List walk failed.
    #[error("cannot list the connections{}", filter.as_ref().map(|f| format!(" tagged {f}")).unwrap_or_default())]
    List {
        /// The tag filter of the walk, if any.
        filter: Option<String>,
        /// Why.
        #[source]
        source: Error,
    },
    /// A part of one connection could not be read.
    #[error("cannot read the {part} of {name} ({id})")]
    Part {
        /// `tags` or `privileges`.
        part: &'static str,
        /// The connection.
        name: String,
        /// Its id.
        id: ConnectionId,
        /// Why.
        #[source]
        source: Error,
    },
    /// The project's queues or pools could not be listed.
    #[error("cannot list the project's {kind}")]
    Resources {
        /// `queues` or `elastic resource pools`.
        kind: &'static str,
        /// Why.
        #[source]
        source: Error,
    },
}

impl ObserveError {
    /// The client's error under it.
    pub fn call(&self) -> &Error {
        match self {
            Self::List { source, .. }
            | Self::Part { source, .. }
            | Self::Resources { source, .. } => source,
        }
    }
}

/// Reads what exists of the connections `desired` names, as far as `reach` says.
pub async fn observe(
    client: &Client,
    desired: &Desired,
    reach: Reach,
    concurrency: NonZeroUsize,
) -> Result<Observed, ObserveError> {
    let listed = client
        .connections()
        .collect()
        .await
        .map_err(|source| ObserveError::List {
            filter: None,
            source,
        })?;
    let mut marked = BTreeSet::new();
    if reach == Reach::Stack {
        for value in [marker(desired.stack()), LEGACY_MARKER.to_owned()] {
            let tagged = client
                .connections()
                .tags([(MARKER_KEY, value.as_str())])
                .collect()
                .await
                .map_err(|source| ObserveError::List {
                    filter: Some(format!("{MARKER_KEY}={value}")),
                    source,
                })?;
            marked.extend(tagged.iter().filter_map(|c| c.id.map(ConnectionId::from)));
        }
    }
    let project = client.project_id().to_owned();
    let wanted: Vec<ObservedConnection> = listed.iter().filter_map(listed_connection).collect();
    let (read, skipped): (Vec<_>, Vec<_>) = wanted.into_iter().partition(|c| match reach {
        Reach::Every => true,
        Reach::Stack => desired.connections.contains_key(&c.name) || marked.contains(&c.id),
        Reach::Named => desired.connections.contains_key(&c.name),
    });
    // The futures are made in a loop, not by a closure: one that borrows into each would
    // make the future of `observe` not `Send` for every lifetime, and so not spawnable.
    let mut reads = Vec::new();
    for connection in read {
        reads.push(details(client, &project, connection));
    }
    let read: Vec<Option<ObservedConnection>> = stream::iter(reads)
        .buffer_unordered(concurrency.get())
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .collect::<Result<_, _>>()?;
    let mut connections: Vec<ObservedConnection> = read.into_iter().flatten().collect();
    connections.extend(skipped);
    connections.sort_by(|a, b| (&a.name, a.id).cmp(&(&b.name, b.id)));
    let binds = |field: fn(&crate::DesiredConnection) -> &Option<BTreeSet<String>>| {
        desired
            .connections
            .values()
            .any(|c| field(c).as_ref().is_some_and(|names| !names.is_empty()))
    };
    let queues = if binds(|c| &c.queues) {
        let listed = client
            .queues()
            .await
            .map_err(|source| ObserveError::Resources {
                kind: "queues",
                source,
            })?;
        Some(listed.into_iter().filter_map(|q| q.queue_name).collect())
    } else {
        None
    };
    let pools = if binds(|c| &c.pools) {
        let listed = client
            .pools()
            .await
            .map_err(|source| ObserveError::Resources {
                kind: "elastic resource pools",
                source,
            })?;
        Some(
            listed
                .into_iter()
                .filter_map(|p| p.elastic_resource_pool_name)
                .collect(),
        )
    } else {
        None
    };
    // Datasource authentications: listed when the file names any, or for an export.
    let auth = if reach == Reach::Every || !desired.auth.is_empty() {
        let listed = client
            .auth_infos()
            .await
            .map_err(|source| ObserveError::Resources {
                kind: "datasource authentications",
                source,
            })?;
        Some(listed.iter().filter_map(ObservedAuth::of).collect())
    } else {
        None
    };
    Ok(Observed {
        project,
        reach,
        connections,
        queues,
        pools,
        auth,
    })
}

fn peerings(resources: &[PeeringResource]) -> BTreeMap<String, Peering> {
    resources
        .iter()
        .filter_map(|resource| {
            Some((
                resource.name.clone()?,
                Peering {
                    status: resource.status.clone().unwrap_or_default(),
                    err_msg: resource.err_msg.clone().unwrap_or_default(),
                },
            ))
        })
        .collect()
}

/// A listed connection as the planner reads it; `None` for one without an id or deleted.
fn listed_connection(listed: &EnhancedConnection) -> Option<ObservedConnection> {
    let status = listed.status.clone().unwrap_or_default();
    if status.eq_ignore_ascii_case("DELETED") {
        return None;
    }
    Some(ObservedConnection {
        id: listed.id?.into(),
        name: listed.name.clone().unwrap_or_default(),
        status,
        vpc: listed.dest_vpc_id.clone().unwrap_or_default(),
        subnet: listed.dest_network_id.clone().unwrap_or_default(),
        pools: peerings(&listed.elastic_resource_pools),
        queues: peerings(&listed.available_queue_info),
        routes: listed
            .routes
            .iter()
            .filter_map(|route| Some((route.name.clone()?, route.cidr.clone().unwrap_or_default())))
            .collect(),
        hosts: listed
            .hosts
            .iter()
            .map(|host| (host.name.clone(), host.ip.clone()))
            .collect(),
        tags: not_read(),
        grants: not_read(),
        granted_to_us: false,
    })
}

fn not_read<T>() -> Read<T> {
    Read::NotChecked("not read: the file does not name it".to_owned())
}

/// Adds the tags and privileges of a connection, read at once; `None` when it was deleted
/// since it was listed (both reads find it gone).
async fn details(
    client: &Client,
    project: &str,
    mut connection: ObservedConnection,
) -> Result<Option<ObservedConnection>, ObserveError> {
    let (tags, privileges) =
        tokio::join!(client.tags(connection.id), client.privileges(connection.id));
    let part = |part, source| ObserveError::Part {
        part,
        name: connection.name.clone(),
        id: connection.id,
        source,
    };
    let answer = match privileges {
        Ok(answer) => answer.into_inner(),
        // Deleted since it was listed (another apply of the file pruned it, say): it does
        // not exist, which is what the plan should see.
        Err(error) if error.is_not_found() && tags.as_ref().is_err_and(Error::is_not_found) => {
            return Ok(None);
        }
        Err(source) => return Err(part("privileges", source)),
    };
    // A connection of another project, granted to this one, lists this project as a
    // grantee (decided here: DLI's models carry no owner). Its tags are its owner's: a
    // failure to read them is no failure of the plan, which refuses to manage it anyway.
    connection.granted_to_us = answer
        .privileges
        .iter()
        .any(|p| p.applicant_project_id.as_deref() == Some(project));
    connection.tags = match tags {
        Ok(tags) => Read::Read(tags.into_iter().map(|tag| (tag.key, tag.value)).collect()),
        Err(error) if connection.granted_to_us && !error.is_auth() => Read::NotChecked(format!(
            "another project's connection, granted to this one: {error}"
        )),
        Err(source) => return Err(part("tags", source)),
    };
    connection.grants = Read::Read(
        answer
            .privileges
            .into_iter()
            .filter(|p| {
                p.privileges
                    .iter()
                    .any(|name| name == dli_client::BIND_QUEUE)
            })
            .filter_map(|p| p.applicant_project_id)
            .collect(),
    );
    Ok(Some(connection))
}
