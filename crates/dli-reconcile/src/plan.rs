//! The plan: a pure function of what should exist and what exists. It returns, per
//! connection, the changes in the order they must run, each with its reason.

use std::collections::BTreeMap;
use std::net::Ipv4Addr;

use serde::{Deserialize, Serialize};

use crate::desired::{Desired, DesiredConnection, MANAGED_TAG};
use crate::observed::{Observed, ObservedConnection, Read};

mod fields;

use fields::{failed, grants, hosts, peers, routes, tags};

/// What the plan may do beyond creating and updating in place.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanOptions {
    /// Delete the connections `dli apply` created that the file no longer names.
    pub prune: bool,
    /// Replace a connection whose VPC or subnet changed (delete it, then create it).
    pub allow_replace: bool,
}

/// What happens to a connection as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    /// It does not exist: `+`.
    Create,
    /// Some of its fields change in place: `~`.
    Update,
    /// Its VPC or subnet changed: deleted, then created again: `-/+`.
    Replace,
    /// The file no longer names it, and it is pruned: `-`.
    Delete,
    /// Nothing changes.
    NoOp,
}

impl Action {
    /// The plan's sign for it.
    pub fn sign(self) -> &'static str {
        match self {
            Action::Create => "+",
            Action::Update => "~",
            Action::Replace => "-/+",
            Action::Delete => "-",
            Action::NoOp => " ",
        }
    }
}

/// The part of a connection a change is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    /// The connection itself.
    Connection,
    /// Its elastic resource pools.
    Pools,
    /// Its queues.
    Queues,
    /// Its routes.
    Routes,
    /// Its host entries.
    Hosts,
    /// The projects granted `BIND_QUEUE`.
    Grants,
    /// Its tags.
    Tags,
}

/// One call's worth of change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "kebab-case")]
pub enum Step {
    /// Create the connection with what the create call takes.
    Create {
        /// Its VPC.
        vpc: String,
        /// Its subnet.
        subnet: String,
        /// Pools to bind at once.
        pools: Vec<String>,
        /// Queues to bind at once.
        queues: Vec<String>,
        /// Its host entries.
        hosts: Vec<(String, Ipv4Addr)>,
        /// Its tags, [`MANAGED_TAG`] included.
        tags: Vec<(String, String)>,
    },
    /// Delete the connection.
    Delete,
    /// Unbind pools or queues.
    Unbind {
        /// The names.
        names: Vec<String>,
    },
    /// Delete a route.
    DeleteRoute {
        /// Its name.
        name: String,
    },
    /// Take `BIND_QUEUE` back from a project.
    Revoke {
        /// The project.
        project: String,
    },
    /// Remove tags by key.
    Untag {
        /// The keys.
        keys: Vec<String>,
    },
    /// Replace every host entry (none clears them).
    SetHosts {
        /// The entries.
        hosts: Vec<(String, Ipv4Addr)>,
    },
    /// Bind pools or queues, and wait for their peerings.
    Bind {
        /// The names.
        names: Vec<String>,
    },
    /// Add a route.
    AddRoute {
        /// Its name.
        name: String,
        /// Its network.
        cidr: String,
    },
    /// Grant `BIND_QUEUE` to a project.
    Grant {
        /// The project.
        project: String,
    },
    /// Add tags, or change their values.
    Tag {
        /// Key and value.
        tags: Vec<(String, String)>,
    },
}

/// A change, what it is about, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    /// The part of the connection.
    pub field: Field,
    /// The call.
    #[serde(flatten)]
    pub step: Step,
    /// Why.
    pub reason: String,
}

/// One connection's plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConnectionPlan {
    /// Its name.
    pub name: String,
    /// Its id, when it exists.
    pub id: Option<uuid::Uuid>,
    /// What happens to it.
    pub action: Action,
    /// The changes, in the order they run.
    pub changes: Vec<Change>,
    /// What differs from what was last asked for without a change being the fix, such as
    /// a `FAILED` peering, with DLI's message.
    pub drift: Vec<String>,
    /// Fields the file manages that could not be read, and why.
    pub not_checked: Vec<(Field, String)>,
    /// Why the plan may not be applied as it is (a replacement without
    /// [`PlanOptions::allow_replace`]).
    pub blocked: Option<String>,
}

/// How many connections each action touches.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// Created.
    pub create: usize,
    /// Updated in place.
    pub update: usize,
    /// Replaced.
    pub replace: usize,
    /// Deleted.
    pub delete: usize,
}

/// The plan of every connection the file names, then of those pruned.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// The connections, in order: the file's by name, then the pruned.
    pub connections: Vec<ConnectionPlan>,
}

impl Plan {
    /// The counts of each action.
    pub fn summary(&self) -> Summary {
        let mut summary = Summary::default();
        for connection in &self.connections {
            match connection.action {
                Action::Create => summary.create += 1,
                Action::Update => summary.update += 1,
                Action::Replace => summary.replace += 1,
                Action::Delete => summary.delete += 1,
                Action::NoOp => {}
            }
        }
        summary
    }

    /// Whether applying it would change anything.
    pub fn has_changes(&self) -> bool {
        self.summary() != Summary::default()
    }
}

/// Why no plan can be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PlanError {
    /// Several connections that are not deleted carry the name.
    #[error(
        "{count} connections are named {name} ({}): delete all but one, or rename it in the file",
        ids.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "),
        count = ids.len()
    )]
    Ambiguous {
        /// The name.
        name: String,
        /// Their ids.
        ids: Vec<uuid::Uuid>,
    },
    /// The connection of that name is another project's, seen through its grant.
    #[error(
        "the connection {name} ({id}) is another project's, granted to this one: manage it from its own project, or rename it in the file"
    )]
    GrantedToUs {
        /// The name.
        name: String,
        /// Its id.
        id: uuid::Uuid,
    },
    /// The file binds queues or pools the project does not have.
    #[error("{name}: the project has no {kind} named {}: see `dli {command} list`", missing.join(", "))]
    Unknown {
        /// The connection.
        name: String,
        /// `queue` or `elastic resource pool`.
        kind: &'static str,
        /// The `dli` command that lists them.
        command: &'static str,
        /// The names.
        missing: Vec<String>,
    },
    /// A connection to create lacks its VPC or subnet.
    #[error("the connection {name} does not exist: give its vpc and subnet to create it")]
    CannotCreate {
        /// The name.
        name: String,
    },
}

/// Plans the changes that make what exists what `desired` says.
pub fn plan(
    desired: &Desired,
    observed: &Observed,
    options: PlanOptions,
) -> Result<Plan, PlanError> {
    let mut by_name: BTreeMap<&str, Vec<&ObservedConnection>> = BTreeMap::new();
    for connection in &observed.connections {
        by_name
            .entry(&connection.name)
            .or_default()
            .push(connection);
    }
    for (name, want) in &desired.connections {
        for (wanted, known, kind, command) in [
            (&want.queues, &observed.queues, "queue", "queue"),
            (
                &want.pools,
                &observed.pools,
                "elastic resource pool",
                "pool",
            ),
        ] {
            let (Some(wanted), Some(known)) = (wanted, known) else {
                continue;
            };
            let missing: Vec<String> = wanted.difference(known).cloned().collect();
            if !missing.is_empty() {
                return Err(PlanError::Unknown {
                    name: name.clone(),
                    kind,
                    command,
                    missing,
                });
            }
        }
    }
    let mut connections = Vec::new();
    for (name, want) in &desired.connections {
        let found = by_name.get(name.as_str()).map_or(&[][..], Vec::as_slice);
        let plan = match found {
            [] => create(name, want, None)?,
            [one] if one.granted_to_us => {
                return Err(PlanError::GrantedToUs {
                    name: name.clone(),
                    id: one.id,
                });
            }
            [one] => existing(name, want, one, options)?,
            several => {
                return Err(PlanError::Ambiguous {
                    name: name.clone(),
                    ids: several.iter().map(|c| c.id).collect(),
                });
            }
        };
        connections.push(plan);
    }
    if options.prune {
        for connection in &observed.connections {
            if desired.connections.contains_key(&connection.name) || connection.granted_to_us {
                continue;
            }
            if let Some(plan) = pruned(connection) {
                connections.push(plan);
            }
        }
    }
    Ok(Plan { connections })
}

fn change(field: Field, step: Step, reason: impl Into<String>) -> Change {
    Change {
        field,
        step,
        reason: reason.into(),
    }
}

fn listed<'a>(names: impl IntoIterator<Item = &'a String>) -> String {
    names
        .into_iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}

/// A new connection: the create call, then what it cannot carry (routes, grants).
fn create(
    name: &str,
    want: &DesiredConnection,
    replacing: Option<&ObservedConnection>,
) -> Result<ConnectionPlan, PlanError> {
    let (Some(vpc), Some(subnet)) = (&want.vpc, &want.subnet) else {
        return Err(PlanError::CannotCreate {
            name: name.to_owned(),
        });
    };
    let mut tags: Vec<(String, String)> =
        want.tags.clone().unwrap_or_default().into_iter().collect();
    tags.push((MANAGED_TAG.0.to_owned(), MANAGED_TAG.1.to_owned()));
    let mut changes = Vec::new();
    if let Some(old) = replacing {
        changes.push(change(
            Field::Connection,
            Step::Delete,
            format!(
                "its network changed (vpc {} → {vpc}, subnet {} → {subnet})",
                old.vpc, old.subnet
            ),
        ));
    }
    changes.push(change(
        Field::Connection,
        Step::Create {
            vpc: vpc.clone(),
            subnet: subnet.clone(),
            pools: want.pools.iter().flatten().cloned().collect(),
            queues: want.queues.iter().flatten().cloned().collect(),
            hosts: want
                .hosts
                .iter()
                .flatten()
                .map(|(name, ip)| (name.clone(), *ip))
                .collect(),
            tags,
        },
        if replacing.is_some() {
            "created again in the new network"
        } else {
            "it does not exist"
        },
    ));
    for (route, cidr) in want.routes.iter().flatten() {
        changes.push(change(
            Field::Routes,
            Step::AddRoute {
                name: route.clone(),
                cidr: cidr.to_string(),
            },
            "a new connection",
        ));
    }
    for project in want.grants.iter().flatten() {
        changes.push(change(
            Field::Grants,
            Step::Grant {
                project: project.clone(),
            },
            "a new connection",
        ));
    }
    Ok(ConnectionPlan {
        name: name.to_owned(),
        id: replacing.map(|old| old.id),
        action: if replacing.is_some() {
            Action::Replace
        } else {
            Action::Create
        },
        changes,
        drift: Vec::new(),
        not_checked: Vec::new(),
        blocked: None,
    })
}

/// A connection that exists: replaced when its network changed, else updated in place.
fn existing(
    name: &str,
    want: &DesiredConnection,
    have: &ObservedConnection,
    options: PlanOptions,
) -> Result<ConnectionPlan, PlanError> {
    let moved = want.vpc.as_ref().is_some_and(|vpc| *vpc != have.vpc)
        || want
            .subnet
            .as_ref()
            .is_some_and(|subnet| *subnet != have.subnet);
    if moved {
        let mut plan = create(name, want, Some(have))?;
        if !options.allow_replace {
            plan.blocked = Some(
                "replacing deletes the connection and every peering: give --allow-replace"
                    .to_owned(),
            );
        }
        return Ok(plan);
    }
    let mut removals = Vec::new();
    let mut additions = Vec::new();
    let mut drift = Vec::new();
    let mut not_checked = Vec::new();
    for (field, wanted, peerings) in [
        (Field::Pools, &want.pools, &have.pools),
        (Field::Queues, &want.queues, &have.queues),
    ] {
        for (peer, peering) in peerings.iter().filter(|(_, p)| p.failed()) {
            drift.push(failed(peer, peering));
        }
        let Some(wanted) = wanted else { continue };
        peers(field, wanted, peerings, &mut removals, &mut additions);
    }
    if let Some(routes) = &want.routes {
        self::routes(routes, &have.routes, &mut removals, &mut additions);
    }
    if let Some(hosts) = &want.hosts {
        self::hosts(hosts, &have.hosts, &mut additions);
    }
    if let Some(grants) = &want.grants {
        match &have.grants {
            Read::Read(granted) => self::grants(grants, granted, &mut removals, &mut additions),
            Read::NotChecked(why) => not_checked.push((Field::Grants, why.clone())),
        }
    }
    if let Some(tags) = &want.tags {
        match &have.tags {
            Read::Read(carried) => self::tags(tags, carried, &mut removals, &mut additions),
            Read::NotChecked(why) => not_checked.push((Field::Tags, why.clone())),
        }
    }
    removals.extend(additions);
    Ok(ConnectionPlan {
        name: name.to_owned(),
        id: Some(have.id),
        action: if removals.is_empty() {
            Action::NoOp
        } else {
            Action::Update
        },
        changes: removals,
        drift,
        not_checked,
        blocked: None,
    })
}

/// A connection the file does not name: deleted when `dli apply` created it.
fn pruned(connection: &ObservedConnection) -> Option<ConnectionPlan> {
    let mut plan = ConnectionPlan {
        name: connection.name.clone(),
        id: Some(connection.id),
        action: Action::NoOp,
        changes: Vec::new(),
        drift: Vec::new(),
        not_checked: Vec::new(),
        blocked: None,
    };
    match connection.managed() {
        Some(true) => {
            plan.action = Action::Delete;
            plan.changes.push(change(
                Field::Connection,
                Step::Delete,
                "dli apply created it, and the file no longer names it",
            ));
            Some(plan)
        }
        Some(false) => None,
        None => {
            plan.not_checked.push((
                Field::Tags,
                "its tags could not be read, so whether dli apply created it is not known: not pruned".to_owned(),
            ));
            Some(plan)
        }
    }
}

#[cfg(test)]
mod tests;
