//! Observing what exists: one walk of List, then the tags and privileges of each connection
//! the file names (of every connection when pruning), concurrently, through the client's
//! pacer; and the project's queues and pools when the file binds any.

use std::collections::{BTreeMap, BTreeSet};
use std::num::NonZeroUsize;

use dli_client::types::{EnhancedConnection, PeeringResource};
use dli_client::{Client, Error};
use futures_util::{StreamExt, stream};

use crate::desired::Desired;
use crate::observed::{Observed, ObservedConnection, Peering, Read};

/// Reads what exists of the connections `desired` names, or of every connection with
/// `every` (pruning needs their tags). Fails when the List walk fails or a call fails to
/// authenticate; any other failure to read a connection's tags or privileges leaves them
/// [`Read::NotChecked`] with the reason.
pub async fn observe(
    client: &Client,
    desired: &Desired,
    every: bool,
    concurrency: NonZeroUsize,
) -> Result<Observed, Error> {
    let listed = client.connections().collect().await?;
    let project = client.project_id().to_owned();
    let wanted: Vec<ObservedConnection> = listed.iter().filter_map(listed_connection).collect();
    let (read, skipped): (Vec<_>, Vec<_>) = wanted
        .into_iter()
        .partition(|c| every || desired.connections.contains_key(&c.name));
    // The futures are made in a loop, not by a closure: one that borrows into each would
    // make the future of `observe` not `Send` for every lifetime, and so not spawnable.
    let mut reads = Vec::new();
    for connection in read {
        reads.push(details(client, &project, connection));
    }
    let mut connections: Vec<ObservedConnection> = stream::iter(reads)
        .buffer_unordered(concurrency.get())
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .collect::<Result<_, _>>()?;
    connections.extend(skipped);
    connections.sort_by(|a, b| (&a.name, a.id).cmp(&(&b.name, b.id)));
    let binds = |field: fn(&crate::DesiredConnection) -> &Option<BTreeSet<String>>| {
        desired
            .connections
            .values()
            .any(|c| field(c).as_ref().is_some_and(|names| !names.is_empty()))
    };
    let queues = if binds(|c| &c.queues) {
        let listed = client.queues().await?;
        Some(listed.into_iter().filter_map(|q| q.queue_name).collect())
    } else {
        None
    };
    let pools = if binds(|c| &c.pools) {
        let listed = client.pools().await?;
        Some(
            listed
                .into_iter()
                .filter_map(|p| p.elastic_resource_pool_name)
                .collect(),
        )
    } else {
        None
    };
    Ok(Observed {
        connections,
        queues,
        pools,
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
        id: listed.id?,
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

/// A failure to read a part: an authentication failure stops the observation (the gateway
/// locks a key after five); any other leaves the part not checked.
fn unread<T>(error: Error) -> Result<Read<T>, Error> {
    if error.is_auth() {
        Err(error)
    } else {
        Ok(Read::NotChecked(error.to_string()))
    }
}

/// Adds the tags and privileges of a connection, read at once.
async fn details(
    client: &Client,
    project: &str,
    mut connection: ObservedConnection,
) -> Result<ObservedConnection, Error> {
    let (tags, privileges) =
        tokio::join!(client.tags(connection.id), client.privileges(connection.id));
    connection.tags = match tags {
        Ok(tags) => Read::Read(tags.into_iter().map(|tag| (tag.key, tag.value)).collect()),
        Err(error) => unread(error)?,
    };
    let grants: Read<BTreeSet<String>> = match privileges {
        Ok(answer) => {
            let answer = answer.into_inner();
            // A connection of another project, granted to this one, lists this project as
            // a grantee (decided here: DLI's models carry no owner).
            connection.granted_to_us = answer
                .privileges
                .iter()
                .any(|p| p.applicant_project_id.as_deref() == Some(project));
            Read::Read(
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
            )
        }
        Err(error) => unread(error)?,
    };
    connection.grants = grants;
    Ok(connection)
}
