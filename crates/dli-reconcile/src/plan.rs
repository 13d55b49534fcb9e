//! The plan: a pure function of what should exist and what exists. It returns, per
//! connection, the changes in the order they must run, each with its reason.

use std::collections::BTreeMap;
use std::net::Ipv4Addr;

use serde::{Deserialize, Serialize};

use crate::desired::{Desired, DesiredConnection, MARKER_KEY, Owner, PROTECT_KEY, marker};
use crate::observed::{Observed, ObservedConnection, Reach, Read};

mod fields;

use fields::{failed, grants, hosts, peers, routes, tags};

/// The value of [`PROTECT_KEY`] on a protected connection.
const PROTECTED: &str = "true";

/// What the plan may do beyond creating and updating in place.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanOptions {
    /// Delete the connections of the file's stack that it no longer names.
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
    /// It exists, and no stack owns it: the file's stack takes it over (its marker tag is
    /// added), and its fields change as for an update: `<=`.
    Adopt,
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
            Action::Adopt => "<=",
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
        /// Its tags, the stack's marker included.
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

/// What a change changes, entry by entry: the old values of the entries it removes or
/// changes, and the new values of those it adds or changes (tags by key, host entries and
/// routes by name, the network by `vpc` and `subnet`). An entry only in `before` goes, one
/// only in `after` comes, one in both changes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diff {
    /// Old values.
    pub before: BTreeMap<String, String>,
    /// New values.
    pub after: BTreeMap<String, String>,
}

impl Diff {
    /// Whether it says nothing.
    pub fn is_empty(&self) -> bool {
        self.before.is_empty() && self.after.is_empty()
    }
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
    /// Before and after, entry by entry, where the change has entries.
    #[serde(default, skip_serializing_if = "Diff::is_empty")]
    pub diff: Diff,
}

impl Change {
    /// Whether this change must not be made once `failed` has failed: every change
    /// depends on the connection's own create or delete, and on the earlier changes of its
    /// field; the other fields go on (a `FAILED` peering stops no route, grant or tag).
    pub fn depends_on(&self, failed: &Change) -> bool {
        failed.field == Field::Connection || failed.field == self.field
    }
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
    /// What a replacement carries over from the connection it replaces: the fields the
    /// file leaves out.
    pub carried: Vec<Field>,
    /// What else an operator should know, such as a connection an earlier `dli` marked
    /// that no file names.
    pub notes: Vec<String>,
    /// Why the plan may not be applied as it is, and what unblocks it (a replacement
    /// without [`PlanOptions::allow_replace`], a protected connection).
    pub blocked: Option<String>,
}

impl ConnectionPlan {
    fn new(name: &str, id: Option<uuid::Uuid>) -> Self {
        Self {
            name: name.to_owned(),
            id,
            action: Action::NoOp,
            changes: Vec::new(),
            drift: Vec::new(),
            carried: Vec::new(),
            notes: Vec::new(),
            blocked: None,
        }
    }

    /// Whether it is shown: something changes, is blocked, or is worth a word.
    pub fn is_shown(&self) -> bool {
        self.action != Action::NoOp
            || self.blocked.is_some()
            || !self.drift.is_empty()
            || !self.notes.is_empty()
    }
}

/// How many connections each action touches.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// Created.
    pub create: usize,
    /// Adopted.
    pub adopt: usize,
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
                Action::Adopt => summary.adopt += 1,
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

    /// The first connection that may not be applied as it is, and why.
    pub fn blocked(&self) -> Option<(&str, &str)> {
        self.connections
            .iter()
            .find_map(|c| c.blocked.as_deref().map(|why| (c.name.as_str(), why)))
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
    /// The file grants the project its own connection.
    #[error(
        "{name}: grants names {project}, this project itself: a project needs no grant to its own connection; leave it out"
    )]
    GrantToItself {
        /// The connection.
        name: String,
        /// The project.
        project: String,
    },
    /// The connection of that name is another stack's, or another tool's.
    #[error(
        "the connection {name} ({id}) belongs to {owner}: leave it out of this file, or move it: take it out of its own file, remove its marker (dli connection untag {id} managed-by), then apply this file to adopt it"
    )]
    OwnedElsewhere {
        /// The name.
        name: String,
        /// Its id.
        id: uuid::Uuid,
        /// Who: `the stack "billing"`, or `managed-by = "terraform"`.
        owner: String,
    },
    /// What the plan needs was not read.
    #[error("the {part} of {name} ({id}) were not read ({why}): nothing can be planned")]
    NotRead {
        /// The connection.
        name: String,
        /// Its id.
        id: uuid::Uuid,
        /// `tags` or `grants`.
        part: &'static str,
        /// Why.
        why: String,
    },
    /// `--prune` with a file that names no stack.
    #[error(
        "--prune deletes the stack's connections that the file no longer names: name the stack with stack = \"NAME\" at the top of the file"
    )]
    PruneWithoutStack,
    /// `--prune` with a file that names no connection.
    #[error(
        "--prune with a file that names no connection would delete every connection of the stack {stack}: name at least one, or delete them with dli connection delete"
    )]
    PruneEmpty {
        /// The stack.
        stack: String,
    },
    /// `--prune` on an observation that did not read the stack's connections.
    #[error("--prune needs the stack's connections read: observe with Reach::Stack")]
    PruneUnread,
}

impl PlanError {
    /// Whether the file (or the flags) must change: the same input is refused again
    /// however DLI stands (exit 2 in `dli`).
    pub fn is_usage(&self) -> bool {
        matches!(
            self,
            Self::Unknown { .. }
                | Self::CannotCreate { .. }
                | Self::GrantToItself { .. }
                | Self::PruneWithoutStack
                | Self::PruneEmpty { .. }
        )
    }
}

/// Refuses the options the file cannot be planned with, before anything is read: `--prune`
/// with a file that names no stack, or no connection.
pub fn check(desired: &Desired, options: PlanOptions) -> Result<(), PlanError> {
    if options.prune {
        if desired.stack.is_none() {
            return Err(PlanError::PruneWithoutStack);
        }
        if desired.connections.is_empty() {
            return Err(PlanError::PruneEmpty {
                stack: desired.stack().to_owned(),
            });
        }
    }
    Ok(())
}

/// Plans the changes that make what exists what `desired` says.
pub fn plan(
    desired: &Desired,
    observed: &Observed,
    options: PlanOptions,
) -> Result<Plan, PlanError> {
    check(desired, options)?;
    if options.prune && observed.reach == Reach::Named {
        return Err(PlanError::PruneUnread);
    }
    let mut by_name: BTreeMap<&str, Vec<&ObservedConnection>> = BTreeMap::new();
    for connection in &observed.connections {
        by_name
            .entry(&connection.name)
            .or_default()
            .push(connection);
    }
    for (name, want) in &desired.connections {
        if let Some(project) = want
            .grants
            .iter()
            .flatten()
            .find(|p| p.eq_ignore_ascii_case(&observed.project))
        {
            return Err(PlanError::GrantToItself {
                name: name.clone(),
                project: project.clone(),
            });
        }
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
    let stack = desired.stack();
    let mut connections = Vec::new();
    for (name, want) in &desired.connections {
        let found = by_name.get(name.as_str()).map_or(&[][..], Vec::as_slice);
        let plan = match found {
            [] => create(name, want, stack, None)?,
            [one] if one.granted_to_us => {
                return Err(PlanError::GrantedToUs {
                    name: name.clone(),
                    id: one.id,
                });
            }
            [one] => existing(name, want, one, stack, options)?,
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
            if let Some(plan) = pruned(connection, stack) {
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
        diff: Diff::default(),
    }
}

impl Change {
    fn with(mut self, diff: Diff) -> Self {
        self.diff = diff;
        self
    }
}

/// A map from pairs.
fn map<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> BTreeMap<String, String> {
    pairs
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
}

fn listed<'a>(names: impl IntoIterator<Item = &'a String>) -> String {
    names
        .into_iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}

/// A field of the file, or what the replaced connection has there when the file leaves it
/// out (noting it as carried over).
fn or_carried<T>(
    wanted: Option<&T>,
    old: Option<T>,
    field: Field,
    carried: &mut Vec<Field>,
) -> Option<T>
where
    T: Clone + IsEmpty,
{
    match (wanted, old) {
        (Some(wanted), _) => Some(wanted.clone()),
        (None, Some(old)) => {
            if !old.is_empty() {
                carried.push(field);
            }
            Some(old)
        }
        (None, None) => None,
    }
}

/// A collection that may hold nothing.
trait IsEmpty {
    fn is_empty(&self) -> bool;
}

impl<T> IsEmpty for std::collections::BTreeSet<T> {
    fn is_empty(&self) -> bool {
        std::collections::BTreeSet::is_empty(self)
    }
}

impl<K, V> IsEmpty for BTreeMap<K, V> {
    fn is_empty(&self) -> bool {
        BTreeMap::is_empty(self)
    }
}

/// A new connection: the create call, then what it cannot carry (routes, grants). When it
/// replaces one, every field the file leaves out is carried over from the old one.
fn create(
    name: &str,
    want: &DesiredConnection,
    stack: &str,
    replacing: Option<&ObservedConnection>,
) -> Result<ConnectionPlan, PlanError> {
    let (Some(vpc), Some(subnet)) = (&want.vpc, &want.subnet) else {
        return Err(PlanError::CannotCreate {
            name: name.to_owned(),
        });
    };
    let mut plan = ConnectionPlan::new(name, replacing.map(|old| old.id));
    let mut carried = Vec::new();
    let old_tags = replacing
        .map(|old| readable(name, old, "tags", &old.tags))
        .transpose()?;
    let old_grants = replacing
        .map(|old| readable(name, old, "grants", &old.grants))
        .transpose()?;
    let pools = or_carried(
        want.pools.as_ref(),
        replacing.map(|old| old.pools.keys().cloned().collect()),
        Field::Pools,
        &mut carried,
    );
    let queues = or_carried(
        want.queues.as_ref(),
        replacing.map(|old| old.queues.keys().cloned().collect()),
        Field::Queues,
        &mut carried,
    );
    let hosts = or_carried(
        want.hosts.as_ref(),
        replacing.map(|old| {
            old.hosts
                .iter()
                .filter_map(|(name, ip)| Some((name.clone(), dli_client::network::ipv4(ip).ok()?)))
                .collect()
        }),
        Field::Hosts,
        &mut carried,
    );
    let routes: Option<BTreeMap<String, String>> = or_carried(
        want.routes
            .as_ref()
            .map(|routes| {
                routes
                    .iter()
                    .map(|(name, cidr)| (name.clone(), cidr.to_string()))
                    .collect()
            })
            .as_ref(),
        replacing.map(|old| old.routes.clone()),
        Field::Routes,
        &mut carried,
    );
    let grants = or_carried(
        want.grants.as_ref(),
        old_grants.cloned(),
        Field::Grants,
        &mut carried,
    );
    let file_tags = or_carried(
        want.tags.as_ref(),
        old_tags.map(|tags| {
            tags.iter()
                .filter(|(key, _)| key.as_str() != MARKER_KEY && key.as_str() != PROTECT_KEY)
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()
        }),
        Field::Tags,
        &mut carried,
    );
    let mut tags: Vec<(String, String)> = file_tags.unwrap_or_default().into_iter().collect();
    tags.push((MARKER_KEY.to_owned(), marker(stack)));
    if want.protect {
        tags.push((PROTECT_KEY.to_owned(), PROTECTED.to_owned()));
    }
    let why = |field: Field, fresh: &str| {
        if carried.contains(&field) {
            "carried over from the connection it replaces".to_owned()
        } else {
            fresh.to_owned()
        }
    };
    if let Some(old) = replacing {
        let mut diff = Diff::default();
        for (key, was, now) in [("vpc", &old.vpc, vpc), ("subnet", &old.subnet, subnet)] {
            if was != now {
                diff.before.insert(key.to_owned(), was.clone());
                diff.after.insert(key.to_owned(), now.clone());
            }
        }
        plan.changes.push(
            change(
                Field::Connection,
                Step::Delete,
                network_change(old, vpc, subnet),
            )
            .with(diff),
        );
    }
    plan.changes.push(change(
        Field::Connection,
        Step::Create {
            vpc: vpc.clone(),
            subnet: subnet.clone(),
            pools: pools.iter().flatten().cloned().collect(),
            queues: queues.iter().flatten().cloned().collect(),
            hosts: hosts
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
    for (route, cidr) in routes.iter().flatten() {
        plan.changes.push(change(
            Field::Routes,
            Step::AddRoute {
                name: route.clone(),
                cidr: cidr.clone(),
            },
            why(Field::Routes, "a new connection"),
        ));
    }
    for project in grants.iter().flatten() {
        plan.changes.push(change(
            Field::Grants,
            Step::Grant {
                project: project.clone(),
            },
            why(Field::Grants, "a new connection"),
        ));
    }
    plan.action = if replacing.is_some() {
        Action::Replace
    } else {
        Action::Create
    };
    plan.carried = carried;
    Ok(plan)
}

/// Why a connection is replaced: the parts of its network that change, and only those.
fn network_change(old: &ObservedConnection, vpc: &str, subnet: &str) -> String {
    let mut parts = Vec::new();
    if old.vpc != vpc {
        parts.push(format!("vpc {} → {vpc}", old.vpc));
    }
    if old.subnet != subnet {
        parts.push(format!("subnet {} → {subnet}", old.subnet));
    }
    format!("its network changes ({})", parts.join(", "))
}

/// A part the plan needs, or why there is no plan.
fn readable<'a, T>(
    name: &str,
    have: &ObservedConnection,
    part: &'static str,
    read: &'a Read<T>,
) -> Result<&'a T, PlanError> {
    match read {
        Read::Read(value) => Ok(value),
        Read::NotChecked(why) => Err(PlanError::NotRead {
            name: name.to_owned(),
            id: have.id,
            part,
            why: why.clone(),
        }),
    }
}

/// A connection that exists: refused when another stack owns it, adopted when none does,
/// replaced when its network changed, else updated in place.
fn existing(
    name: &str,
    want: &DesiredConnection,
    have: &ObservedConnection,
    stack: &str,
    options: PlanOptions,
) -> Result<ConnectionPlan, PlanError> {
    let carried_tags = readable(name, have, "tags", &have.tags)?;
    let granted = readable(name, have, "grants", &have.grants)?;
    let owner = Owner::of(carried_tags);
    let adopt = match &owner {
        Owner::Stack(owner) if owner == stack => None,
        Owner::Nobody => Some("no stack owns it: adopted into the stack".to_owned()),
        Owner::Legacy => {
            Some("an earlier dli, with no stack, marked it: adopted into the stack".to_owned())
        }
        Owner::Stack(other) => {
            return Err(PlanError::OwnedElsewhere {
                name: name.to_owned(),
                id: have.id,
                owner: format!("the stack {other:?}"),
            });
        }
        Owner::Other(value) => {
            return Err(PlanError::OwnedElsewhere {
                name: name.to_owned(),
                id: have.id,
                owner: format!("{MARKER_KEY} = {value:?}"),
            });
        }
    };
    let moved = want.vpc.as_ref().is_some_and(|vpc| *vpc != have.vpc)
        || want
            .subnet
            .as_ref()
            .is_some_and(|subnet| *subnet != have.subnet);
    if moved {
        let mut plan = create(name, want, stack, Some(have))?;
        if want.protect || have.protected() {
            plan.blocked = Some(
                "it is protected: set protect = false in the file and apply, then plan the replacement".to_owned(),
            );
        } else if !options.allow_replace {
            plan.blocked = Some(
                "replacing deletes the connection and creates it again: give --allow-replace"
                    .to_owned(),
            );
        }
        return Ok(plan);
    }
    let mut plan = ConnectionPlan::new(name, Some(have.id));
    let mut removals = Vec::new();
    let mut additions = Vec::new();
    if let Some(why) = adopt {
        let before = carried_tags
            .get(MARKER_KEY)
            .map(|value| map([(MARKER_KEY, value.as_str())]))
            .unwrap_or_default();
        let after = map([(MARKER_KEY, marker(stack).as_str())]);
        removals.push(
            change(
                Field::Tags,
                Step::Tag {
                    tags: vec![(MARKER_KEY.to_owned(), marker(stack))],
                },
                format!("{why} {stack}"),
            )
            .with(Diff { before, after }),
        );
    }
    for (field, wanted, peerings) in [
        (Field::Pools, &want.pools, &have.pools),
        (Field::Queues, &want.queues, &have.queues),
    ] {
        for (peer, peering) in peerings.iter().filter(|(_, p)| p.failed()) {
            plan.drift.push(failed(peer, peering));
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
        self::grants(grants, granted, &mut removals, &mut additions);
    }
    if let Some(tags) = &want.tags {
        self::tags(tags, carried_tags, &mut removals, &mut additions);
    }
    match (want.protect, carried_tags.get(PROTECT_KEY)) {
        (true, None) => additions.push(
            change(
                Field::Tags,
                Step::Tag {
                    tags: vec![(PROTECT_KEY.to_owned(), PROTECTED.to_owned())],
                },
                "protect = true: marked so that no delete or replacement takes it",
            )
            .with(Diff {
                before: BTreeMap::new(),
                after: map([(PROTECT_KEY, PROTECTED)]),
            }),
        ),
        (false, Some(was)) => removals.push(
            change(
                Field::Tags,
                Step::Untag {
                    keys: vec![PROTECT_KEY.to_owned()],
                },
                "protect is no longer set",
            )
            .with(Diff {
                before: map([(PROTECT_KEY, was.as_str())]),
                after: BTreeMap::new(),
            }),
        ),
        _ => {}
    }
    removals.extend(additions);
    plan.action = if owner_adopted(&owner, stack) {
        Action::Adopt
    } else if removals.is_empty() {
        Action::NoOp
    } else {
        Action::Update
    };
    plan.changes = removals;
    Ok(plan)
}

fn owner_adopted(owner: &Owner, stack: &str) -> bool {
    !matches!(owner, Owner::Stack(owner) if owner == stack)
}

/// A connection the file does not name: deleted when the file's stack owns it; one an
/// earlier `dli` marked is shown, not deleted.
fn pruned(connection: &ObservedConnection, stack: &str) -> Option<ConnectionPlan> {
    let mut plan = ConnectionPlan::new(&connection.name, Some(connection.id));
    match connection.owner()? {
        Owner::Stack(owner) if owner == stack => {
            plan.action = Action::Delete;
            plan.changes.push(change(
                Field::Connection,
                Step::Delete,
                format!("the stack {stack} owns it, and the file no longer names it"),
            ));
            if connection.protected() {
                plan.blocked = Some(format!(
                    "it is protected: name it in the file with protect = false and apply, then prune; or leave out --prune (it carries {PROTECT_KEY})"
                ));
            }
            Some(plan)
        }
        Owner::Legacy => {
            plan.notes.push(
                "an earlier dli, with no stack, marked it: not pruned; name it in a file to adopt it".to_owned(),
            );
            Some(plan)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests;
