//! Applying a plan through the client: connections concurrently, each connection's changes
//! in order, every peering waited for; events as they happen.

use dli_client::ConnectionId;
use std::num::NonZeroUsize;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use dli_client::types::{CreateEnhancedConnectionRequest, Host, Tag};
use dli_client::{Client, Error, Peers};
use futures_util::{StreamExt, stream};
use serde::Serialize;
use tokio::sync::mpsc::UnboundedSender;

use crate::desired::MARKER_KEY;
use crate::plan::{AuthChange, Change, ConnectionPlan, Field, Plan, Step};

mod auth;

pub use auth::check_secrets;

/// How to apply.
#[derive(Debug, Clone, Copy)]
pub struct ApplyOptions {
    /// How many connections change at once.
    pub concurrency: NonZeroUsize,
    /// How long to wait for a peering, or for a connection to become deletable.
    pub wait: Duration,
}

/// Stops an apply: no new change starts; the ones under way finish. Cheap to clone.
#[derive(Debug, Clone, Default)]
pub struct ApplyStop(Arc<AtomicBool>);

impl ApplyStop {
    /// Starts no new change.
    pub fn stop(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    fn stopped(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

/// What happened, as it happens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "event", rename_all = "kebab-case")]
pub enum Event {
    /// A change started.
    Started {
        /// The connection.
        connection: String,
        /// The change.
        change: Change,
    },
    /// A change was made (and its peerings are `ACTIVE`).
    Done {
        /// The connection.
        connection: String,
        /// The connection's id, once known.
        id: Option<ConnectionId>,
        /// The change.
        change: Change,
        /// How long it took, waits included, in milliseconds.
        millis: u64,
    },
    /// A change failed; the connection's later changes that depend on it are not made
    /// ([`Change::depends_on`]).
    Failed {
        /// The connection.
        connection: String,
        /// The connection's id, once known.
        id: Option<ConnectionId>,
        /// The change.
        change: Change,
        /// What went wrong, DLI's message included.
        error: String,
    },
    /// A change to a datasource authentication started.
    AuthStarted {
        /// The datasource authentication.
        auth: String,
        /// The change.
        change: AuthChange,
    },
    /// A change to a datasource authentication was made.
    AuthDone {
        /// The datasource authentication.
        auth: String,
        /// The change.
        change: AuthChange,
        /// How long it took, in milliseconds.
        millis: u64,
    },
    /// A change to a datasource authentication failed; its later changes are not made.
    AuthFailed {
        /// The datasource authentication.
        auth: String,
        /// The change.
        change: AuthChange,
        /// What went wrong, DLI's message included; never a password.
        error: String,
    },
}

/// How an apply ended.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ApplyReport {
    /// Changes made.
    pub done: usize,
    /// Changes that failed.
    pub failed: usize,
    /// Changes not started: after a failure of a change they depend on, or after a stop.
    pub not_started: usize,
    /// Whether a stop was asked for.
    pub stopped: bool,
}

/// Why a plan was not applied at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the plan of {connection} cannot be applied: {reason}")]
pub struct Blocked {
    /// The connection, or the datasource authentication.
    pub connection: String,
    /// Why.
    pub reason: String,
}

/// Applies `plan`, sending each [`Event`] to `events`. A plan with a blocked connection or
/// datasource authentication, or with a password that cannot be read, is refused before
/// anything is sent. Datasource authentications change beside the connections.
pub async fn apply(
    client: &Client,
    plan: &Plan,
    options: ApplyOptions,
    stop: &ApplyStop,
    events: UnboundedSender<Event>,
) -> Result<ApplyReport, Blocked> {
    if let Some((name, reason)) = plan.blocked() {
        return Err(Blocked {
            connection: name.to_owned(),
            reason: reason.to_owned(),
        });
    }
    check_secrets(plan)?;
    // The futures are made in a loop, not by closures over the plan: a closure that borrows
    // into each would make the future of `apply` not `Send` for every lifetime.
    let mut runs = Vec::new();
    for connection in &plan.connections {
        if !connection.changes.is_empty() {
            runs.push(one(client, connection, options, stop, &events));
        }
    }
    let mut auth_runs = Vec::new();
    for entry in &plan.auth {
        if !entry.changes.is_empty() {
            auth_runs.push(auth::one(client, entry, stop, &events));
        }
    }
    let (mut reports, auth_reports): (Vec<ApplyReport>, Vec<ApplyReport>) = tokio::join!(
        stream::iter(runs)
            .buffer_unordered(options.concurrency.get())
            .collect(),
        stream::iter(auth_runs)
            .buffer_unordered(options.concurrency.get())
            .collect(),
    );
    reports.extend(auth_reports);
    let mut total = ApplyReport {
        stopped: stop.stopped(),
        ..ApplyReport::default()
    };
    for report in reports {
        total.done += report.done;
        total.failed += report.failed;
        total.not_started += report.not_started;
    }
    Ok(total)
}

/// One connection's changes, in order, until a stop; a change that depends on one that
/// failed is not started.
async fn one(
    client: &Client,
    plan: &ConnectionPlan,
    options: ApplyOptions,
    stop: &ApplyStop,
    events: &UnboundedSender<Event>,
) -> ApplyReport {
    let mut report = ApplyReport::default();
    let mut id = plan.id;
    let mut failed: Vec<&Change> = Vec::new();
    for (at, change) in plan.changes.iter().enumerate() {
        if stop.stopped() {
            report.not_started += plan.changes.len() - at;
            return report;
        }
        if failed.iter().any(|earlier| change.depends_on(earlier)) {
            report.not_started += 1;
            continue;
        }
        let _ = events.send(Event::Started {
            connection: plan.name.clone(),
            change: change.clone(),
        });
        let started = Instant::now();
        match step(client, &plan.name, id, change, options.wait).await {
            Ok(now) => {
                id = now;
                report.done += 1;
                let _ = events.send(Event::Done {
                    connection: plan.name.clone(),
                    id,
                    change: change.clone(),
                    millis: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
                });
            }
            Err(error) => {
                report.failed += 1;
                failed.push(change);
                let _ = events.send(Event::Failed {
                    connection: plan.name.clone(),
                    id,
                    change: change.clone(),
                    error: dli_client::Error::to_string(&error),
                });
            }
        }
    }
    report
}

/// The connection named `name` when the stack's `marker` is on it: another apply of the same
/// file made it meanwhile, and this one goes on with it. `None` when it is someone else's.
async fn taken_by_the_stack(
    client: &Client,
    name: &str,
    marker: Option<&str>,
) -> Result<Option<ConnectionId>, Error> {
    let Some(marker) = marker else {
        return Ok(None);
    };
    let found = client
        .connections()
        .name(name)
        .tags([(MARKER_KEY, marker)])
        .collect()
        .await?;
    let mut same = found.iter().filter(|c| {
        c.name.as_deref() == Some(name)
            && !c
                .status
                .as_deref()
                .is_some_and(|s| s.eq_ignore_ascii_case("DELETED"))
    });
    Ok(match (same.next(), same.next()) {
        (Some(one), None) => one.id.map(ConnectionId::from),
        _ => None,
    })
}

/// Whether any of `names` is still bound to the connection as `field` (pools or queues),
/// read now; `None` when it cannot be read.
async fn bound(client: &Client, id: ConnectionId, field: Field, names: &[String]) -> Option<bool> {
    let connection = client.connection(id).await.ok()?.into_inner();
    let peerings = if field == Field::Queues {
        connection.available_queue_info
    } else {
        connection.elastic_resource_pools
    };
    Some(
        peerings
            .iter()
            .any(|p| p.name.as_ref().is_some_and(|name| names.contains(name))),
    )
}

/// Whether the connection has the route `name` with the network `cidr`, read now; `false`
/// when it cannot be read.
async fn has_route(client: &Client, id: ConnectionId, name: &str, cidr: &str) -> bool {
    let same = |have: &str| have.parse::<dli_client::network::Cidr>().ok() == cidr.parse().ok();
    client.routes(id).await.is_ok_and(|routes| {
        routes
            .iter()
            .any(|r| r.name.as_deref() == Some(name) && r.cidr.as_deref().is_some_and(same))
    })
}

fn peers(field: Field, names: &[String]) -> Peers {
    if field == Field::Queues {
        Peers::queues(names.iter().cloned())
    } else {
        Peers::pools(names.iter().cloned())
    }
}

fn hosts(entries: &[(String, std::net::Ipv4Addr)]) -> Vec<Host> {
    entries
        .iter()
        .map(|(name, ip)| Host {
            name: name.clone(),
            ip: ip.to_string(),
        })
        .collect()
}

fn tags(pairs: &[(String, String)]) -> Vec<Tag> {
    pairs
        .iter()
        .map(|(key, value)| Tag {
            key: key.clone(),
            value: value.clone(),
        })
        .collect()
}

/// Makes one change; the connection's id afterwards (a create gives one, a delete takes
/// it away).
async fn step(
    client: &Client,
    name: &str,
    id: Option<ConnectionId>,
    change: &Change,
    wait: Duration,
) -> Result<Option<ConnectionId>, Error> {
    let existing =
        || id.ok_or_else(|| Error::InvalidRequest(format!("the connection {name} has no id yet")));
    match &change.step {
        Step::Create {
            vpc,
            subnet,
            pools,
            queues,
            hosts: entries,
            tags: pairs,
        } => {
            let request = CreateEnhancedConnectionRequest::builder()
                .name(name)
                .dest_vpc_id(vpc.as_str())
                .dest_network_id(subnet.as_str())
                .elastic_resource_pools(pools.clone())
                .queues(queues.clone())
                .hosts(hosts(entries))
                .tags(tags(pairs));
            let new = match client.create_connection(request).await {
                Ok(created) => created
                    .into_inner()
                    .connection_id
                    .map(ConnectionId::from)
                    .ok_or_else(|| {
                        Error::InvalidRequest(format!("DLI created {name} but gave no id"))
                    })?,
                Err(error) if error.is_name_taken() => {
                    let marker = pairs
                        .iter()
                        .find(|(key, _)| key == MARKER_KEY)
                        .map(|(_, value)| value.as_str());
                    taken_by_the_stack(client, name, marker)
                        .await?
                        .ok_or(error)?
                }
                Err(error) => return Err(error),
            };
            let mut bound = Peers::pools(pools.iter().cloned());
            bound.queues = queues.clone();
            if !pools.is_empty() || !queues.is_empty() {
                client.wait_for_peerings(new, &bound, wait).await?;
            }
            Ok(Some(new))
        }
        Step::Delete => {
            match client.delete_connection_when_ready(existing()?, wait).await {
                // Gone is what was asked for, whoever deleted it (another apply of the file).
                Err(error) if !error.is_not_found() => Err(error),
                _ => Ok(None),
            }
        }
        Step::Unbind { names } => {
            let connection = existing()?;
            if let Err(error) = client
                .unbind_and_wait(connection, &peers(change.field, names), wait)
                .await
            {
                // Another apply of the same file may have unbound them: none bound is what
                // was asked for.
                if bound(client, connection, change.field, names).await != Some(false) {
                    return Err(error);
                }
            }
            Ok(id)
        }
        Step::Bind { names } => {
            client
                .bind_and_wait(existing()?, &peers(change.field, names), wait)
                .await?;
            Ok(id)
        }
        Step::DeleteRoute { name: route } => {
            let connection = existing()?;
            if let Err(error) = client.delete_route(connection, route).await {
                // Another apply of the same file may have deleted it.
                let gone = client
                    .routes(connection)
                    .await
                    .is_ok_and(|routes| routes.iter().all(|r| r.name.as_deref() != Some(route)));
                if !gone {
                    return Err(error);
                }
            }
            Ok(id)
        }
        Step::AddRoute { name: route, cidr } => {
            let connection = existing()?;
            if let Err(error) = client.add_route(connection, route, cidr).await {
                // Another apply of the same file may have added it: the same route there
                // is what was asked for.
                if !has_route(client, connection, route, cidr).await {
                    return Err(error);
                }
            }
            Ok(id)
        }
        Step::Revoke { project } => {
            client.revoke(existing()?, project).await?;
            Ok(id)
        }
        Step::Grant { project } => {
            client.grant(existing()?, project).await?;
            Ok(id)
        }
        Step::Untag { keys } => {
            client.untag(existing()?, keys).await?;
            Ok(id)
        }
        Step::Tag { tags: pairs } => {
            client.tag(existing()?, tags(pairs)).await?;
            Ok(id)
        }
        Step::SetHosts { hosts: entries } => {
            client.set_hosts(existing()?, hosts(entries)).await?;
            Ok(id)
        }
    }
}
