//! A plan as people read it: a sign per connection and per change, with the reason, and
//! each entry that changes with its old and new value; coloured on a terminal.

use std::fmt::Write;

use anstyle::{AnsiColor, Style};
use dli_reconcile::{AuthChange, AuthPlan, AuthStep, Change, ConnectionPlan, Diff, Plan, Step};

/// The most entries of one change named in the text; the JSON has them all.
const MOST_ENTRIES_SHOWN: usize = 10;

/// Whether standard output takes colour: a terminal, and `NO_COLOR` unset or empty.
pub fn colour_on_stdout() -> bool {
    use std::io::IsTerminal;
    std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty())
}

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

/// The colour of a sign.
fn style(sign: &str) -> Style {
    let colour = match sign {
        "+" => AnsiColor::Green,
        "-" => AnsiColor::Red,
        "~" => AnsiColor::Yellow,
        "-/+" => AnsiColor::Magenta,
        "<=" => AnsiColor::Cyan,
        _ => return Style::new(),
    };
    Style::new().fg_color(Some(colour.into()))
}

/// `text` in `style` when `colour`.
fn paint(text: &str, style: Style, colour: bool) -> String {
    if colour {
        format!("{style}{text}{style:#}")
    } else {
        text.to_owned()
    }
}

/// `n thing` or `n things`.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
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
            if !hosts.is_empty() {
                let _ = write!(
                    text,
                    ", {}",
                    count(hosts.len(), "host entry", "host entries")
                );
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
        Step::SetHosts { hosts } => {
            format!("set {}", count(hosts.len(), "host entry", "host entries"))
        }
    }
}

/// What a change does, with each entry it changes: `+ new`, `- old (was)`, `~ key: old → new`.
pub fn describe_change(change: &Change) -> String {
    let Diff { before, after } = &change.diff;
    let entries: Vec<String> = match &change.step {
        Step::Tag { .. } | Step::Untag { .. } | Step::SetHosts { .. } => before
            .keys()
            .chain(after.keys().filter(|key| !before.contains_key(*key)))
            .map(|key| match (before.get(key), after.get(key)) {
                (Some(was), Some(now)) => format!("~ {key}: {was} → {now}"),
                (Some(was), None) => format!("- {key} (was {was})"),
                (None, Some(now)) => format!("+ {key} = {now}"),
                (None, None) => String::new(),
            })
            .collect(),
        _ => Vec::new(),
    };
    if entries.is_empty() {
        return describe(&change.step);
    }
    let verb = match &change.step {
        Step::Tag { .. } => "tag".to_owned(),
        Step::Untag { .. } => "untag".to_owned(),
        Step::SetHosts { hosts } if hosts.is_empty() => "clear the host entries".to_owned(),
        _ => "set the host entries".to_owned(),
    };
    let shown = entries.len().min(MOST_ENTRIES_SHOWN);
    let mut text = format!("{verb}: {}", entries[..shown].join(", "));
    if entries.len() > shown {
        let _ = write!(text, ", and {} more", entries.len() - shown);
    }
    text
}

/// What a change to a datasource authentication does, with the fields it sets: a password
/// as `(write-only)`, never its value.
pub fn describe_auth_change(change: &AuthChange) -> String {
    let entries = |diff: &Diff| {
        diff.after
            .iter()
            .map(|(key, now)| match diff.before.get(key) {
                Some(was) => format!("{key}: {was} → {now}"),
                None => format!("{key} = {now}"),
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    match &change.step {
        AuthStep::Create { kind, .. } => format!("create ({kind}): {}", entries(&change.diff)),
        AuthStep::Update { .. } => format!("update: {}", entries(&change.diff)),
        AuthStep::Delete => "delete".to_owned(),
    }
}

fn auth(out: &mut String, plan: &AuthPlan, colour: bool) {
    let action = plan.action.sign().trim_end();
    let _ = writeln!(
        out,
        "{} auth {}",
        paint(action, style(action), colour),
        plan.name
    );
    blocked(out, plan.blocked.as_deref(), colour);
    for change in &plan.changes {
        let mark = match change.step {
            AuthStep::Create { .. } => "+",
            AuthStep::Update { .. } => "~",
            AuthStep::Delete => "-",
        };
        let _ = writeln!(
            out,
            "    {} {}  ({})",
            paint(mark, style(mark), colour),
            describe_auth_change(change),
            change.reason
        );
    }
    for note in &plan.notes {
        let _ = writeln!(out, "    # {note}");
    }
}

/// `! blocked: why`, in bold red when `colour`, for a plan that may not be applied as it is.
fn blocked(out: &mut String, why: Option<&str>, colour: bool) {
    if let Some(why) = why {
        let warning = Style::new().bold().fg_color(Some(AnsiColor::Red.into()));
        let _ = writeln!(out, "    {} {why}", paint("! blocked:", warning, colour));
    }
}

fn field(field: dli_reconcile::Field) -> String {
    serde_json::to_value(field)
        .ok()
        .and_then(|value| value.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn connection(out: &mut String, plan: &ConnectionPlan, colour: bool) {
    let id = plan.id.map(|id| format!(" ({id})")).unwrap_or_default();
    let action = plan.action.sign().trim_end();
    let _ = writeln!(
        out,
        "{} {}{id}",
        paint(action, style(action), colour),
        plan.name
    );
    blocked(out, plan.blocked.as_deref(), colour);
    for change in &plan.changes {
        let mark = sign(&change.step);
        let _ = writeln!(
            out,
            "    {} {:<10} {}  ({})",
            paint(mark, style(mark), colour),
            field(change.field),
            describe_change(change),
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

/// The plan as text, with the summary line last; coloured when `colour`.
pub fn plan(plan: &Plan, colour: bool) -> String {
    let mut out = String::new();
    for shown in plan.connections.iter().filter(|c| c.is_shown()) {
        connection(&mut out, shown, colour);
    }
    for shown in plan.auth.iter().filter(|a| a.is_shown()) {
        auth(&mut out, shown, colour);
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
        let what = if plan.auth.is_empty() {
            "the connections match the file"
        } else {
            "the connections and datasource authentications match the file"
        };
        let _ = writeln!(out, "No changes: {what}.");
    }
    out
}

#[cfg(test)]
mod tests {
    use std::net::Ipv4Addr;

    use dli_reconcile::Action;

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

    fn change(step: Step, before: &[(&str, &str)], after: &[(&str, &str)]) -> Change {
        let map = |pairs: &[(&str, &str)]| {
            pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect()
        };
        Change {
            field: dli_reconcile::Field::Tags,
            step,
            reason: String::new(),
            diff: Diff {
                before: map(before),
                after: map(after),
            },
        }
    }

    #[test]
    fn each_entry_that_changes_is_named_with_its_old_and_new_value() {
        let tag = Step::Tag {
            tags: vec![("team".into(), "ml".into()), ("cost".into(), "7".into())],
        };
        assert_eq!(
            describe_change(&change(
                tag,
                &[("team", "data")],
                &[("team", "ml"), ("cost", "7")]
            )),
            "tag: ~ team: data → ml, + cost = 7"
        );
        let untag = Step::Untag {
            keys: vec!["gone".into()],
        };
        assert_eq!(
            describe_change(&change(untag, &[("gone", "x")], &[])),
            "untag: - gone (was x)"
        );
        let many: Vec<(String, String)> = (0..12)
            .map(|n| (format!("h{n:02}"), "10.0.0.1".to_owned()))
            .collect();
        let after: Vec<(&str, &str)> = many.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let hosts = Step::SetHosts {
            hosts: (0..12)
                .map(|n| (format!("h{n:02}"), Ipv4Addr::new(10, 0, 0, 1)))
                .collect(),
        };
        let text = describe_change(&change(hosts, &[], &after));
        assert!(
            text.starts_with("set the host entries: + h00 = 10.0.0.1, "),
            "{text}"
        );
        assert!(text.ends_with(", and 2 more"), "{text}");
        // No entry: the step alone, and an unchanged value is never shown.
        assert_eq!(describe_change(&change(Step::Delete, &[], &[])), "delete");
    }

    #[test]
    fn colour_marks_the_signs_only_when_asked() {
        let planned = Plan {
            connections: vec![ConnectionPlan {
                name: "orders".into(),
                id: None,
                action: Action::Create,
                changes: vec![change(Step::Delete, &[], &[])],
                drift: Vec::new(),
                carried: Vec::new(),
                notes: Vec::new(),
                blocked: None,
            }],
            auth: Vec::new(),
        };
        let plain = plan(&planned, false);
        assert!(!plain.contains('\u{1b}'), "{plain}");
        let coloured = plan(&planned, true);
        assert!(
            coloured.contains("\u{1b}[32m+\u{1b}[0m orders"),
            "{coloured:?}"
        );
        assert!(coloured.contains("\u{1b}[31m-\u{1b}[0m"), "{coloured:?}");
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
