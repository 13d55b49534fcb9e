use std::collections::BTreeSet;
use std::net::Ipv4Addr;

use super::*;
use crate::desired::{MARKER_KEY, PROTECT_KEY};
use crate::observed::{Peering, Reach, Read};

fn id(n: u128) -> dli_client::ConnectionId {
    uuid::Uuid::from_u128(n).into()
}

fn active() -> Peering {
    Peering {
        status: "ACTIVE".to_owned(),
        err_msg: String::new(),
    }
}

fn strings<const N: usize>(items: [&str; N]) -> BTreeSet<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

fn pairs<const N: usize>(items: [(&str, &str); N]) -> BTreeMap<String, String> {
    items
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

/// `orders` as it exists: a pool, a route, a host, a grant and a tag, created by dli.
fn orders() -> ObservedConnection {
    ObservedConnection {
        id: id(1),
        name: "orders".to_owned(),
        status: "ACTIVE".to_owned(),
        vpc: "vpc-1".to_owned(),
        subnet: "subnet-1".to_owned(),
        pools: BTreeMap::from([("pool_etl".to_owned(), active())]),
        queues: BTreeMap::new(),
        routes: pairs([("office", "192.168.0.0/24")]),
        hosts: pairs([("db", "192.168.0.21")]),
        tags: Read::Read(pairs([("team", "data"), (MARKER_KEY, "dli:orders")])),
        grants: Read::Read(strings(["p2"])),
        granted_to_us: false,
    }
}

/// The file that says exactly what `orders()` has.
fn orders_wanted() -> DesiredConnection {
    DesiredConnection {
        vpc: Some("vpc-1".to_owned()),
        subnet: Some("subnet-1".to_owned()),
        pools: Some(strings(["pool_etl"])),
        queues: Some(BTreeSet::new()),
        routes: Some(BTreeMap::from([(
            "office".to_owned(),
            "192.168.0.0/24".parse().expect("cidr"),
        )])),
        hosts: Some(BTreeMap::from([(
            "db".to_owned(),
            Ipv4Addr::new(192, 168, 0, 21),
        )])),
        grants: Some(strings(["p2"])),
        tags: Some(pairs([("team", "data")])),
        protect: false,
    }
}

/// A file of the stack `orders`.
fn desired(connections: impl IntoIterator<Item = (&'static str, DesiredConnection)>) -> Desired {
    Desired {
        stack: Some("orders".to_owned()),
        connections: connections
            .into_iter()
            .map(|(name, c)| (name.to_owned(), c))
            .collect(),
        auth: Default::default(),
    }
}

/// The plan of `orders` alone, against one observed connection, with the default options.
fn plan_orders(want: DesiredConnection, have: ObservedConnection) -> Plan {
    plan(
        &desired([("orders", want)]),
        &Observed {
            connections: vec![have],
            ..Observed::default()
        },
        &PlanOptions::default(),
    )
    .expect("planned")
}

fn steps(plan: &ConnectionPlan) -> Vec<(Field, Step)> {
    plan.changes
        .iter()
        .map(|c| (c.field, c.step.clone()))
        .collect()
}

#[test]
fn what_matches_the_file_is_left_alone() {
    let plan = plan_orders(orders_wanted(), orders());
    assert_eq!(plan.connections.len(), 1);
    assert_eq!(plan.connections[0].action, Action::NoOp);
    assert!(!plan.has_changes());
    // Absent fields are not managed: nothing in the file, nothing changes.
    let plan = super::plan(
        &desired([("orders", DesiredConnection::default())]),
        &Observed {
            connections: vec![orders()],
            ..Observed::default()
        },
        &PlanOptions::default(),
    )
    .expect("planned");
    assert_eq!(plan.connections[0].action, Action::NoOp);
}

/// Each field changed alone: the steps, in the order they run.
#[test]
fn each_field_is_updated_in_place_in_dependency_order() {
    type Edit = fn(&mut DesiredConnection);
    #[rustfmt::skip]
    let table: Vec<(Edit, Vec<(Field, Step)>)> = vec![
        (|d| d.pools = Some(strings(["pool_new"])), vec![
            (Field::Pools, Step::Unbind { names: vec!["pool_etl".into()] }),
            (Field::Pools, Step::Bind { names: vec!["pool_new".into()] }),
        ]),
        (|d| d.queues = Some(strings(["q1"])), vec![
            (Field::Queues, Step::Bind { names: vec!["q1".into()] }),
        ]),
        (|d| d.routes = Some(BTreeMap::new()), vec![
            (Field::Routes, Step::DeleteRoute { name: "office".into() }),
        ]),
        (|d| { d.routes.as_mut().expect("routes").insert("office".into(), "10.0.0.0/8".parse().expect("cidr")); }, vec![
            (Field::Routes, Step::DeleteRoute { name: "office".into() }),
            (Field::Routes, Step::AddRoute { name: "office".into(), cidr: "10.0.0.0/8".into() }),
        ]),
        (|d| d.hosts = Some(BTreeMap::new()), vec![
            (Field::Hosts, Step::SetHosts { hosts: vec![] }),
        ]),
        // As many entries as before, one of them different.
        (|d| d.hosts = Some(BTreeMap::from([("db".into(), Ipv4Addr::new(192, 168, 0, 22))])), vec![
            (Field::Hosts, Step::SetHosts { hosts: vec![("db".into(), Ipv4Addr::new(192, 168, 0, 22))] }),
        ]),
        (|d| d.grants = Some(strings(["p3"])), vec![
            (Field::Grants, Step::Revoke { project: "p2".into() }),
            (Field::Grants, Step::Grant { project: "p3".into() }),
        ]),
        (|d| d.tags = Some(pairs([("team", "ops"), ("env", "prod")])), vec![
            (Field::Tags, Step::Tag { tags: vec![("env".into(), "prod".into()), ("team".into(), "ops".into())] }),
        ]),
        (|d| d.tags = Some(BTreeMap::new()), vec![
            (Field::Tags, Step::Untag { keys: vec!["team".into()] }),
        ]),
    ];
    for (n, (edit, expected)) in table.into_iter().enumerate() {
        let mut want = orders_wanted();
        edit(&mut want);
        let plan = plan_orders(want, orders());
        let connection = &plan.connections[0];
        assert_eq!(connection.action, Action::Update, "row {n}");
        assert_eq!(steps(connection), expected, "row {n}");
        assert!(
            connection.changes.iter().all(|c| !c.reason.is_empty()),
            "row {n}: every change has its reason"
        );
        assert!(plan.has_changes(), "row {n}");
        assert_eq!(
            plan.summary(),
            Summary {
                update: 1,
                ..Summary::default()
            }
        );
    }
}

/// A reason names what it is about: the pools, routes or tags in question, all of them.
#[test]
fn reasons_name_what_changes() {
    let mut want = orders_wanted();
    want.pools = Some(strings(["pool_a", "pool_b"]));
    want.tags = Some(BTreeMap::new());
    let mut have = orders();
    have.pools.insert("pool_c".to_owned(), active());
    let plan = plan_orders(want, have);
    let reasons: Vec<&str> = plan.connections[0]
        .changes
        .iter()
        .map(|c| c.reason.as_str())
        .collect();
    assert_eq!(
        reasons,
        [
            "bound, but not in the file: pool_c, pool_etl",
            "not in the file: team",
            "in the file, not bound: pool_a, pool_b",
        ],
        "{:?}",
        plan.connections[0].changes
    );
}

#[test]
fn diffs_name_each_entry_with_its_old_and_new_value() {
    let mut want = orders_wanted();
    want.tags = Some(pairs([("team", "ml"), ("cost", "7")]));
    want.hosts = Some(BTreeMap::from([
        ("db".to_owned(), Ipv4Addr::new(192, 168, 0, 99)),
        ("cache".to_owned(), Ipv4Addr::new(192, 168, 0, 30)),
    ]));
    let mut have = orders();
    have.hosts = pairs([("db", "192.168.0.21"), ("old", "192.168.0.5")]);
    have.tags = Read::Read(pairs([
        ("team", "data"),
        ("gone", "x"),
        (MARKER_KEY, "dli:orders"),
    ]));
    let plan = plan_orders(want, have);
    let diffs: Vec<(Field, &Diff)> = plan.connections[0]
        .changes
        .iter()
        .map(|c| (c.field, &c.diff))
        .collect();
    assert_eq!(
        diffs,
        [
            (
                Field::Tags,
                &Diff {
                    before: pairs([("gone", "x")]),
                    after: BTreeMap::new()
                }
            ),
            (
                Field::Hosts,
                &Diff {
                    before: pairs([("db", "192.168.0.21"), ("old", "192.168.0.5")]),
                    after: pairs([("cache", "192.168.0.30"), ("db", "192.168.0.99")])
                }
            ),
            (
                Field::Tags,
                &Diff {
                    before: pairs([("team", "data")]),
                    after: pairs([("cost", "7"), ("team", "ml")])
                }
            ),
        ]
    );
    assert_eq!(
        plan.connections[0].changes[1].reason,
        "3 entries differ from the file: 1 added, 1 removed, 1 changed"
    );
}

#[test]
fn each_action_has_its_sign() {
    let signs: Vec<&str> = [
        Action::Create,
        Action::Update,
        Action::Replace,
        Action::Delete,
        Action::NoOp,
    ]
    .into_iter()
    .map(Action::sign)
    .collect();
    assert_eq!(signs, ["+", "~", "-/+", "-", " "]);
}

#[test]
fn removals_run_before_additions_across_fields() {
    let mut want = orders_wanted();
    want.pools = Some(strings(["pool_new"]));
    want.grants = Some(strings(["p3"]));
    let plan = plan_orders(want, orders());
    let kinds: Vec<&str> = plan.connections[0]
        .changes
        .iter()
        .map(|c| match c.step {
            Step::Unbind { .. } => "unbind",
            Step::Revoke { .. } => "revoke",
            Step::Bind { .. } => "bind",
            Step::Grant { .. } => "grant",
            _ => "other",
        })
        .collect();
    assert_eq!(kinds, ["unbind", "revoke", "bind", "grant"]);
}

#[test]
fn a_missing_connection_is_created_with_its_routes_and_grants_after() {
    let plan = plan(
        &desired([("orders", orders_wanted())]),
        &Observed::default(),
        &PlanOptions::default(),
    )
    .expect("planned");
    let connection = &plan.connections[0];
    assert_eq!((connection.action, connection.id), (Action::Create, None));
    let Step::Create {
        tags, pools, hosts, ..
    } = &connection.changes[0].step
    else {
        panic!("the create comes first: {connection:?}");
    };
    assert!(tags.contains(&(MARKER_KEY.to_owned(), "dli:orders".to_owned())));
    assert_eq!(pools, &["pool_etl"]);
    assert_eq!(hosts.len(), 1);
    assert_eq!(
        steps(connection)[1..].to_vec(),
        vec![
            (
                Field::Routes,
                Step::AddRoute {
                    name: "office".into(),
                    cidr: "192.168.0.0/24".into()
                }
            ),
            (
                Field::Grants,
                Step::Grant {
                    project: "p2".into()
                }
            ),
        ]
    );
    assert_eq!(plan.summary().create, 1);
    let error = super::plan(
        &desired([("orders", DesiredConnection::default())]),
        &Observed::default(),
        &PlanOptions::default(),
    )
    .expect_err("no network");
    assert!(
        error.to_string().contains("give its vpc and subnet"),
        "{error}"
    );
}

#[test]
fn a_changed_network_is_a_replacement_only_when_allowed() {
    let mut want = orders_wanted();
    want.subnet = Some("subnet-2".to_owned());
    let observed = Observed {
        connections: vec![orders()],
        ..Observed::default()
    };
    let blocked = plan(
        &desired([("orders", want.clone())]),
        &observed,
        &PlanOptions::default(),
    )
    .expect("planned");
    let connection = &blocked.connections[0];
    assert_eq!(connection.action, Action::Replace);
    assert!(
        connection
            .blocked
            .as_deref()
            .is_some_and(|why| why.contains("--allow-replace"))
    );
    assert_eq!(blocked.summary().replace, 1, "counted apart from updates");
    let allowed = plan(
        &desired([("orders", want)]),
        &observed,
        &PlanOptions {
            allow_replace: true,
            ..PlanOptions::default()
        },
    )
    .expect("planned");
    let connection = &allowed.connections[0];
    assert_eq!(connection.blocked, None);
    assert_eq!(connection.changes[0].step, Step::Delete);
    assert!(connection.changes[0].reason.contains("subnet-1 → subnet-2"));
    assert!(matches!(connection.changes[1].step, Step::Create { .. }));
}

#[test]
fn a_failed_peering_is_drift_and_bound_again() {
    let mut have = orders();
    have.pools.insert(
        "pool_etl".to_owned(),
        Peering {
            status: "FAILED".to_owned(),
            err_msg: "no route to the VPC".to_owned(),
        },
    );
    let plan = plan_orders(orders_wanted(), have);
    let connection = &plan.connections[0];
    assert_eq!(
        connection.drift,
        ["the peering with pool_etl FAILED: no route to the VPC"]
    );
    assert_eq!(
        steps(connection),
        vec![
            (
                Field::Pools,
                Step::Unbind {
                    names: vec!["pool_etl".into()]
                }
            ),
            (
                Field::Pools,
                Step::Bind {
                    names: vec!["pool_etl".into()]
                }
            ),
        ]
    );
}

mod auth;
mod ownership;
mod refusals;
