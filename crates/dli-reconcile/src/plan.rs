//! The plan: a pure function of what should exist and what exists. It returns, per
//! connection, the changes in the order they must run, each with its reason.

use std::collections::BTreeMap;

use crate::desired::{Desired, DesiredConnection, MARKER_KEY, Owner, PROTECT_KEY, marker};
use crate::observed::{Observed, ObservedConnection, Reach};

mod auth;
mod create;
mod error;
mod fields;
mod vocabulary;

use create::{create, readable};
pub use error::PlanError;
use fields::{failed, grants, hosts, peers, routes, tags};
pub use vocabulary::{
    Action, AuthChange, AuthPlan, AuthStep, Change, ConnectionPlan, Diff, Field, Plan, PlanOptions,
    Step, Summary,
};

/// The value of [`PROTECT_KEY`] on a protected connection.
const PROTECTED: &str = "true";

/// Refuses, before anything is read, what the file and the options get wrong whatever
/// exists: `--prune` with a file that names no stack or no connection, and a grant to
/// `project`, the project itself.
pub fn check(desired: &Desired, options: &PlanOptions, project: &str) -> Result<(), PlanError> {
    auth::check(desired, options)?;
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
    for (name, want) in &desired.connections {
        if let Some(own) = want
            .grants
            .iter()
            .flatten()
            .find(|p| p.eq_ignore_ascii_case(project))
        {
            return Err(PlanError::GrantToItself {
                name: name.clone(),
                project: own.clone(),
            });
        }
    }
    Ok(())
}

/// Plans the changes that make what exists what `desired` says.
pub fn plan(
    desired: &Desired,
    observed: &Observed,
    options: &PlanOptions,
) -> Result<Plan, PlanError> {
    check(desired, options, &observed.project)?;
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
        // Another project's connections seen through a grant are never this file's: the name
        // is this project's own connection's when it has one.
        let (theirs, own): (Vec<&ObservedConnection>, Vec<&ObservedConnection>) = by_name
            .get(name.as_str())
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .partition(|c| c.granted_to_us);
        let plan = match own.as_slice() {
            [] => match theirs.first() {
                Some(shared) => {
                    return Err(PlanError::GrantedToUs {
                        name: name.clone(),
                        id: shared.id,
                    });
                }
                None => create(name, want, stack, None)?,
            },
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
    Ok(Plan {
        connections,
        auth: auth::plans(desired, observed, options)?,
    })
}

fn change(field: Field, step: Step, reason: impl Into<String>) -> Change {
    Change {
        field,
        step,
        reason: reason.into(),
        diff: Diff::default(),
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

/// A connection that exists: refused when another stack owns it, adopted when none does,
/// replaced when its network changed, else updated in place.
fn existing(
    name: &str,
    want: &DesiredConnection,
    have: &ObservedConnection,
    stack: &str,
    options: &PlanOptions,
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
