//! What changes in each field of a connection that exists: its pools and queues, routes,
//! hosts, grants and tags, each compared with the file on its own.

use std::collections::{BTreeMap, BTreeSet};
use std::net::Ipv4Addr;

use dli_client::network::{Cidr, ipv4};

use super::{Change, Field, Step, change, listed};
use crate::desired::{MARKER_KEY, PROTECT_KEY};
use crate::observed::Peering;

pub(super) fn failed(name: &str, peering: &Peering) -> String {
    format!("the peering with {name} FAILED: {}", peering.err_msg)
}

/// Pools or queues: unbind the ones not wanted and the failed, bind the missing and the
/// failed again.
pub(super) fn peers(
    field: Field,
    wanted: &BTreeSet<String>,
    have: &BTreeMap<String, Peering>,
    removals: &mut Vec<Change>,
    additions: &mut Vec<Change>,
) {
    let extra: Vec<String> = have
        .keys()
        .filter(|n| !wanted.contains(*n))
        .cloned()
        .collect();
    let failed: Vec<String> = have
        .iter()
        .filter(|(n, p)| p.failed() && wanted.contains(*n))
        .map(|(n, _)| n.clone())
        .collect();
    let missing: Vec<String> = wanted
        .iter()
        .filter(|n| !have.contains_key(*n))
        .cloned()
        .collect();
    if !extra.is_empty() {
        removals.push(change(
            field,
            Step::Unbind {
                names: extra.clone(),
            },
            format!("bound, but not in the file: {}", listed(&extra)),
        ));
    }
    if !failed.is_empty() {
        removals.push(change(
            field,
            Step::Unbind {
                names: failed.clone(),
            },
            format!(
                "the peering FAILED, so it is bound again: {}",
                listed(&failed)
            ),
        ));
    }
    let mut bind = missing.clone();
    bind.extend(failed.iter().cloned());
    bind.sort();
    if !bind.is_empty() {
        let reason = if failed.is_empty() {
            format!("in the file, not bound: {}", listed(&missing))
        } else {
            format!("bound again or for the first time: {}", listed(&bind))
        };
        additions.push(change(field, Step::Bind { names: bind }, reason));
    }
}

/// Routes: delete what is not wanted; a changed network is a delete, then an add.
pub(super) fn routes(
    wanted: &BTreeMap<String, Cidr>,
    have: &BTreeMap<String, String>,
    removals: &mut Vec<Change>,
    additions: &mut Vec<Change>,
) {
    for (name, cidr) in have {
        match wanted.get(name) {
            None => removals.push(change(
                Field::Routes,
                Step::DeleteRoute { name: name.clone() },
                format!("{name} ({cidr}) is not in the file"),
            )),
            Some(want) if cidr.parse::<Cidr>().ok() != Some(*want) => {
                removals.push(change(
                    Field::Routes,
                    Step::DeleteRoute { name: name.clone() },
                    format!("{name} changes from {cidr} to {want}: deleted first"),
                ));
                additions.push(change(
                    Field::Routes,
                    Step::AddRoute {
                        name: name.clone(),
                        cidr: want.to_string(),
                    },
                    format!("{name} changes from {cidr} to {want}"),
                ));
            }
            Some(_) => {}
        }
    }
    for (name, cidr) in wanted.iter().filter(|(name, _)| !have.contains_key(*name)) {
        additions.push(change(
            Field::Routes,
            Step::AddRoute {
                name: name.clone(),
                cidr: cidr.to_string(),
            },
            format!("{name} is in the file, not on the connection"),
        ));
    }
}

/// Host entries: replaced as a whole when they differ.
pub(super) fn hosts(
    wanted: &BTreeMap<String, Ipv4Addr>,
    have: &BTreeMap<String, String>,
    additions: &mut Vec<Change>,
) {
    let same = wanted.len() == have.len()
        && have.iter().all(|(name, ip)| {
            ipv4(ip)
                .ok()
                .is_some_and(|ip| wanted.get(name) == Some(&ip))
        });
    if same {
        return;
    }
    let reason = if wanted.is_empty() {
        format!("{} entries, and the file has none: cleared", have.len())
    } else {
        format!(
            "the entries differ ({} on the connection, {} in the file)",
            have.len(),
            wanted.len()
        )
    };
    additions.push(change(
        Field::Hosts,
        Step::SetHosts {
            hosts: wanted
                .iter()
                .map(|(name, ip)| (name.clone(), *ip))
                .collect(),
        },
        reason,
    ));
}

/// Grants: revoke the projects the file does not name, grant the ones it adds.
pub(super) fn grants(
    wanted: &BTreeSet<String>,
    have: &BTreeSet<String>,
    removals: &mut Vec<Change>,
    additions: &mut Vec<Change>,
) {
    for project in have.difference(wanted) {
        removals.push(change(
            Field::Grants,
            Step::Revoke {
                project: project.clone(),
            },
            format!("{project} is not in the file"),
        ));
    }
    for project in wanted.difference(have) {
        additions.push(change(
            Field::Grants,
            Step::Grant {
                project: project.clone(),
            },
            format!("{project} is in the file, not granted"),
        ));
    }
}

/// Tags: remove the keys not wanted (dli's own, [`MARKER_KEY`] and [`PROTECT_KEY`], stay),
/// add or change the rest.
pub(super) fn tags(
    wanted: &BTreeMap<String, String>,
    have: &BTreeMap<String, String>,
    removals: &mut Vec<Change>,
    additions: &mut Vec<Change>,
) {
    let extra: Vec<String> = have
        .keys()
        .filter(|key| {
            !wanted.contains_key(*key) && key.as_str() != MARKER_KEY && key.as_str() != PROTECT_KEY
        })
        .cloned()
        .collect();
    if !extra.is_empty() {
        removals.push(change(
            Field::Tags,
            Step::Untag {
                keys: extra.clone(),
            },
            format!("not in the file: {}", listed(&extra)),
        ));
    }
    let set: Vec<(String, String)> = wanted
        .iter()
        .filter(|(key, value)| have.get(*key) != Some(*value))
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect();
    if !set.is_empty() {
        let keys: Vec<&String> = set.iter().map(|(key, _)| key).collect();
        additions.push(change(
            Field::Tags,
            Step::Tag { tags: set.clone() },
            format!("missing or different: {}", listed(keys)),
        ));
    }
}
