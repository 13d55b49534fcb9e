//! The plan's vocabulary: what a plan says, per connection, datasource authentication and
//! change; why none can be made is [`PlanError`](super::PlanError). [`plan`](super::plan())
//! makes one; the CLI shows it; [`SavedPlan`] keeps it.
//!
//! [`SavedPlan`]: crate::SavedPlan

use dli_client::ConnectionId;
use std::collections::{BTreeMap, BTreeSet};
use std::net::Ipv4Addr;

use serde::{Deserialize, Serialize};

use crate::secrets::SecretRef;

/// What the plan may do beyond creating and updating in place.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanOptions {
    /// Delete the connections of the file's stack that it no longer names.
    pub prune: bool,
    /// Replace a connection whose VPC or subnet changed, or a datasource authentication whose
    /// type or certificate changed (delete it, then create it).
    pub allow_replace: bool,
    /// The datasource authentications whose passwords are sent again (`--rotate NAME`): DLI
    /// never returns a password, so no plan can see one change.
    #[serde(default)]
    pub rotate: BTreeSet<String>,
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

    /// The same change, with its entries' old and new values.
    pub(super) fn with(mut self, diff: Diff) -> Self {
        self.diff = diff;
        self
    }
}

/// One connection's plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConnectionPlan {
    /// Its name.
    pub name: String,
    /// Its id, when it exists.
    pub id: Option<ConnectionId>,
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
    pub(super) fn new(name: &str, id: Option<ConnectionId>) -> Self {
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

/// One call's worth of change to a datasource authentication. Its passwords are
/// [`SecretRef`]s: read when the call is made, never held in a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "kebab-case")]
pub enum AuthStep {
    /// Create it.
    Create {
        /// Its type, as DLI names it.
        kind: String,
        /// Its user.
        user: Option<String>,
        /// Its OBS paths, by DLI's field name.
        locations: BTreeMap<String, String>,
        /// Where its passwords are read, by DLI's field name.
        secrets: BTreeMap<String, SecretRef>,
    },
    /// Change what is given; the rest keeps its value.
    Update {
        /// A new user.
        user: Option<String>,
        /// New OBS paths, by DLI's field name.
        locations: BTreeMap<String, String>,
        /// Passwords sent again, by DLI's field name.
        secrets: BTreeMap<String, SecretRef>,
    },
    /// Delete it.
    Delete,
}

/// A change to a datasource authentication, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthChange {
    /// The call.
    #[serde(flatten)]
    pub step: AuthStep,
    /// Why.
    pub reason: String,
    /// Before and after, by field; a password reads `(write-only)`, never its value.
    #[serde(default, skip_serializing_if = "Diff::is_empty")]
    pub diff: Diff,
}

/// One datasource authentication's plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthPlan {
    /// Its name.
    pub name: String,
    /// What happens to it.
    pub action: Action,
    /// The changes, in the order they run.
    pub changes: Vec<AuthChange>,
    /// What an operator should know: a password is write-only, so it is not compared.
    pub notes: Vec<String>,
    /// Why the plan may not be applied as it is, and what unblocks it.
    pub blocked: Option<String>,
}

impl AuthPlan {
    /// Whether it is shown: something changes, is blocked, or is worth a word.
    pub fn is_shown(&self) -> bool {
        self.action != Action::NoOp || self.blocked.is_some() || !self.notes.is_empty()
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

/// The plan of every connection the file names, then of those pruned, and of every
/// datasource authentication the file names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// The connections, in order: the file's by name, then the pruned.
    pub connections: Vec<ConnectionPlan>,
    /// The datasource authentications, by name.
    #[serde(default)]
    pub auth: Vec<AuthPlan>,
}

impl Plan {
    /// The counts of each action.
    pub fn summary(&self) -> Summary {
        let mut summary = Summary::default();
        let actions = self.connections.iter().map(|c| c.action);
        for action in actions.chain(self.auth.iter().map(|a| a.action)) {
            match action {
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

    /// The first connection or datasource authentication that may not be applied as it
    /// is, and why.
    pub fn blocked(&self) -> Option<(&str, &str)> {
        let connections = self
            .connections
            .iter()
            .map(|c| (c.name.as_str(), c.blocked.as_deref()));
        let auth = self
            .auth
            .iter()
            .map(|a| (a.name.as_str(), a.blocked.as_deref()));
        connections
            .chain(auth)
            .find_map(|(name, why)| why.map(|why| (name, why)))
    }

    /// How many changes applying it makes.
    pub fn changes(&self) -> usize {
        let connections: usize = self.connections.iter().map(|c| c.changes.len()).sum();
        connections + self.auth.iter().map(|a| a.changes.len()).sum::<usize>()
    }
}
