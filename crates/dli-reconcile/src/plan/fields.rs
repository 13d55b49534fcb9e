//! What changes in each field of a connection that exists: its pools and queues, routes,
//! hosts, grants and tags, each compared with the file on its own.

use std::collections::{BTreeMap, BTreeSet};
use std::net::Ipv4Addr;

use dli_client::network::{Cidr, ipv4};

use super::{Change, Diff, Field, Step, change, listed, map};
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
    let gone = |name: &str, cidr: &str| Diff {
        before: map([(name, cidr)]),
        after: BTreeMap::new(),
    };
    let come = |name: &str, cidr: &str| Diff {
        before: BTreeMap::new(),
        after: map([(name, cidr)]),
    };
    for (name, cidr) in have {
        match wanted.get(name) {
            None => removals.push(
                change(
                    Field::Routes,
                    Step::DeleteRoute { name: name.clone() },
                    format!("{name} ({cidr}) is not in the file"),
                )
                .with(gone(name, cidr)),
            ),
            Some(want) if cidr.parse::<Cidr>().ok() != Some(*want) => {
                removals.push(
                    change(
                        Field::Routes,
                        Step::DeleteRoute { name: name.clone() },
                        format!("{name} changes from {cidr} to {want}: deleted first"),
                    )
                    .with(gone(name, cidr)),
                );
                additions.push(
                    change(
                        Field::Routes,
                        Step::AddRoute {
                            name: name.clone(),
                            cidr: want.to_string(),
                        },
                        format!("{name} changes from {cidr} to {want}"),
                    )
                    .with(come(name, &want.to_string())),
                );
            }
            Some(_) => {}
        }
    }
    for (name, cidr) in wanted.iter().filter(|(name, _)| !have.contains_key(*name)) {
        additions.push(
            change(
                Field::Routes,
                Step::AddRoute {
                    name: name.clone(),
                    cidr: cidr.to_string(),
                },
                format!("{name} is in the file, not on the connection"),
            )
            .with(come(name, &cidr.to_string())),
        );
    }
}

/// Host entries: replaced as a whole when they differ; the diff names each entry added,
/// removed or changed.
pub(super) fn hosts(
    wanted: &BTreeMap<String, Ipv4Addr>,
    have: &BTreeMap<String, String>,
    additions: &mut Vec<Change>,
) {
    let mut diff = Diff::default();
    for (name, ip) in have {
        let same = ipv4(ip)
            .ok()
            .is_some_and(|ip| wanted.get(name) == Some(&ip));
        if !same {
            diff.before.insert(name.clone(), ip.clone());
        }
    }
    for (name, ip) in wanted {
        let same = have
            .get(name)
            .and_then(|have| ipv4(have).ok())
            .is_some_and(|have| have == *ip);
        if !same {
            diff.after.insert(name.clone(), ip.to_string());
        }
    }
    if diff.is_empty() {
        return;
    }
    let changed = diff
        .before
        .keys()
        .filter(|name| diff.after.contains_key(*name))
        .count();
    let added = diff.after.len() - changed;
    let removed = diff.before.len() - changed;
    let mut parts = Vec::new();
    for (n, what) in [(added, "added"), (removed, "removed"), (changed, "changed")] {
        if n > 0 {
            parts.push(format!("{n} {what}"));
        }
    }
    let reason = if wanted.is_empty() {
        format!("the file has none: {} cleared", entries(have.len()))
    } else {
        format!(
            "{} differ from the file: {}",
            entries(added + removed + changed),
            parts.join(", ")
        )
    };
    additions.push(
        change(
            Field::Hosts,
            Step::SetHosts {
                hosts: wanted
                    .iter()
                    .map(|(name, ip)| (name.clone(), *ip))
                    .collect(),
            },
            reason,
        )
        .with(diff),
    );
}

/// `1 entry` or `n entries`.
fn entries(n: usize) -> String {
    if n == 1 {
        "1 entry".to_owned()
    } else {
        format!("{n} entries")
    }
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
/// add or change the rest; the diffs keep the old values.
pub(super) fn tags(
    wanted: &BTreeMap<String, String>,
    have: &BTreeMap<String, String>,
    removals: &mut Vec<Change>,
    additions: &mut Vec<Change>,
) {
    let extra: BTreeMap<String, String> = have
        .iter()
        .filter(|(key, _)| {
            !wanted.contains_key(*key) && key.as_str() != MARKER_KEY && key.as_str() != PROTECT_KEY
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    if !extra.is_empty() {
        removals.push(
            change(
                Field::Tags,
                Step::Untag {
                    keys: extra.keys().cloned().collect(),
                },
                format!("not in the file: {}", listed(extra.keys())),
            )
            .with(Diff {
                before: extra,
                after: BTreeMap::new(),
            }),
        );
    }
    let set: BTreeMap<String, String> = wanted
        .iter()
        .filter(|(key, value)| have.get(*key) != Some(*value))
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect();
    if !set.is_empty() {
        let before = set
            .keys()
            .filter_map(|key| Some((key.clone(), have.get(key)?.clone())))
            .collect();
        additions.push(
            change(
                Field::Tags,
                Step::Tag {
                    tags: set.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
                },
                format!("missing or different: {}", listed(set.keys())),
            )
            .with(Diff { before, after: set }),
        );
    }
}
