//! A connection to create, or to create again in a new network: the create call, then what
//! it cannot carry (routes, grants); a replacement carries over every field the file leaves
//! out.

use std::collections::BTreeMap;

use super::{Action, ConnectionPlan, Diff, Field, PROTECTED, PlanError, Step, change};
use crate::desired::{DesiredConnection, MARKER_KEY, PROTECT_KEY, marker};
use crate::observed::{ObservedConnection, Read};

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
pub(super) fn create(
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
pub(super) fn readable<'a, T>(
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
