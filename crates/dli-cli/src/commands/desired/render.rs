//! A plan as people read it: a sign per connection and per change, with the reason.

use std::fmt::Write;

use dli_reconcile::{ConnectionPlan, Plan, Step};

/// The sign of a change: `+` adds, `-` removes, `~` changes in place.
fn sign(step: &Step) -> &'static str {
    match step {
        Step::Create { .. } | Step::Bind { .. } | Step::AddRoute { .. } | Step::Grant { .. } => "+",
        Step::Delete
        | Step::Unbind { .. }
        | Step::DeleteRoute { .. }
        | Step::Revoke { .. }
        | Step::Untag { .. } => "-",
        Step::SetHosts { .. } | Step::Tag { .. } => "~",
    }
}

/// What a change does, in a few words.
pub fn describe(step: &Step) -> String {
    let pairs = |pairs: &[(String, String)]| {
        pairs
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match step {
        Step::Create {
            vpc,
            subnet,
            pools,
            queues,
            hosts,
            tags,
        } => {
            let mut text = format!("create in vpc {vpc}, subnet {subnet}");
            let peers: Vec<&str> = pools.iter().chain(queues).map(String::as_str).collect();
            if !peers.is_empty() {
                let _ = write!(text, ", peered with {}", peers.join(", "));
            }
            match hosts.len() {
                0 => {}
                1 => text.push_str(", 1 host entry"),
                n => {
                    let _ = write!(text, ", {n} host entries");
                }
            }
            if !tags.is_empty() {
                let _ = write!(text, ", tagged {}", pairs(tags));
            }
            text
        }
        Step::Delete => "delete".to_owned(),
        Step::Unbind { names } => format!("unbind {}", names.join(", ")),
        Step::Bind { names } => format!("bind {} and wait for the peerings", names.join(", ")),
        Step::DeleteRoute { name } => format!("delete route {name}"),
        Step::AddRoute { name, cidr } => format!("add route {name} {cidr}"),
        Step::Revoke { project } => format!("revoke BIND_QUEUE from {project}"),
        Step::Grant { project } => format!("grant BIND_QUEUE to {project}"),
        Step::Untag { keys } => format!("untag {}", keys.join(", ")),
        Step::Tag { tags } => format!("tag {}", pairs(tags)),
        Step::SetHosts { hosts } if hosts.is_empty() => "clear the host entries".to_owned(),
        Step::SetHosts { hosts } => format!("set {} host entries", hosts.len()),
    }
}

fn field(field: dli_reconcile::Field) -> String {
    serde_json::to_value(field)
        .ok()
        .and_then(|value| value.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn connection(out: &mut String, plan: &ConnectionPlan) {
    let id = plan.id.map(|id| format!(" ({id})")).unwrap_or_default();
    let _ = writeln!(out, "{} {}{id}", plan.action.sign().trim_end(), plan.name);
    if let Some(blocked) = &plan.blocked {
        let _ = writeln!(out, "    ! blocked: {blocked}");
    }
    for change in &plan.changes {
        let _ = writeln!(
            out,
            "    {} {:<10} {}  ({})",
            sign(&change.step),
            field(change.field),
            describe(&change.step),
            change.reason
        );
    }
    if !plan.carried.is_empty() {
        let fields: Vec<String> = plan.carried.iter().map(|f| field(*f)).collect();
        let _ = writeln!(
            out,
            "    = carried over from the connection it replaces (the file leaves them out): {}",
            fields.join(", ")
        );
    }
    for drift in &plan.drift {
        let _ = writeln!(out, "    ! drift      {drift}");
    }
    for note in &plan.notes {
        let _ = writeln!(out, "    # {note}");
    }
}

/// `n thing` or `n things`.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The plan as text, with the summary line last.
pub fn plan(plan: &Plan) -> String {
    let mut out = String::new();
    for shown in plan.connections.iter().filter(|c| c.is_shown()) {
        connection(&mut out, shown);
    }
    let summary = plan.summary();
    if plan.has_changes() {
        let adopt = if summary.adopt > 0 {
            format!("{} to adopt, ", summary.adopt)
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "Plan: {} to create, {adopt}{} to update, {} to replace, {} to delete.",
            summary.create, summary.update, summary.replace, summary.delete
        );
    } else {
        let _ = writeln!(out, "No changes: the connections match the file.");
    }
    out
}

#[cfg(test)]
mod tests {
    use std::net::Ipv4Addr;

    use super::*;

    fn create(pools: &[&str], queues: &[&str], hosts: usize, tags: &[(&str, &str)]) -> Step {
        let names = |names: &[&str]| names.iter().map(|n| (*n).to_owned()).collect();
        Step::Create {
            vpc: "vpc-1".to_owned(),
            subnet: "subnet-1".to_owned(),
            pools: names(pools),
            queues: names(queues),
            hosts: (0..hosts)
                .map(|i| (format!("h{i}"), Ipv4Addr::new(10, 0, 0, 1)))
                .collect(),
            tags: tags
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
        }
    }

    #[test]
    fn a_create_says_what_the_connection_starts_with() {
        for (step, text) in [
            (
                create(&[], &[], 0, &[]),
                "create in vpc vpc-1, subnet subnet-1",
            ),
            (
                create(&["pool_a"], &["q1", "q2"], 1, &[("managed-by", "dli")]),
                "create in vpc vpc-1, subnet subnet-1, peered with pool_a, q1, q2, \
                 1 host entry, tagged managed-by=dli",
            ),
            (
                create(&[], &["q1"], 3, &[("team", "data"), ("managed-by", "dli")]),
                "create in vpc vpc-1, subnet subnet-1, peered with q1, 3 host entries, \
                 tagged team=data, managed-by=dli",
            ),
        ] {
            assert_eq!(describe(&step), text);
        }
    }
}
