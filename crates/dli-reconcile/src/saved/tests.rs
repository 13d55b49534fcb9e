use std::collections::BTreeMap;

use super::*;
use crate::observed::{ObservedConnection, Reach, Read};
use crate::plan::{Field, Step};

const FILE: &str = r#"
stack = "orders"

[connection.orders]
vpc = "vpc-1"
subnet = "subnet-1"
tags = { team = "data" }
"#;

fn connection(name: &str, n: u128, team: &str) -> ObservedConnection {
    ObservedConnection {
        id: uuid::Uuid::from_u128(n).into(),
        name: name.to_owned(),
        status: "ACTIVE".to_owned(),
        vpc: "vpc-1".to_owned(),
        subnet: "subnet-1".to_owned(),
        pools: BTreeMap::new(),
        queues: BTreeMap::new(),
        routes: BTreeMap::new(),
        hosts: BTreeMap::new(),
        tags: Read::Read(BTreeMap::from([
            ("team".to_owned(), team.to_owned()),
            ("managed-by".to_owned(), "dli:orders".to_owned()),
        ])),
        grants: Read::Read(Default::default()),
        granted_to_us: false,
    }
}

fn observed(connections: Vec<ObservedConnection>) -> Observed {
    Observed {
        project: "0123456789abcdef0123456789abcdef".to_owned(),
        reach: Reach::Named,
        connections,
        queues: None,
        pools: None,
        auth: None,
    }
}

/// `orders` whose tag drifted to `ml`, and another connection the file does not name.
fn saved(options: PlanOptions) -> (SavedPlan, Observed) {
    let file = SavedFile {
        path: "dli.toml".to_owned(),
        text: FILE.to_owned(),
    };
    let mut seen = observed(vec![
        connection("orders", 1, "ml"),
        connection("other", 2, "x"),
    ]);
    if options.prune {
        seen.reach = Reach::Stack;
    }
    let desired = crate::parse("dli.toml", FILE).expect("valid");
    let made = plan(&desired, &seen, &options).expect("plans");
    (
        SavedPlan::new(&seen.project, "orders", options, file, made, seen.clone()),
        seen,
    )
}

#[test]
fn a_saved_plan_reads_back_and_another_version_is_refused() {
    let (saved, _) = saved(PlanOptions::default());
    let text = saved.to_json();
    assert_eq!(SavedPlan::read(&text), Ok(saved));
    let other = text.replace("\"format_version\": 2", "\"format_version\": 1");
    assert_eq!(SavedPlan::read(&other), Err(SavedPlanError::Version(1)));
    assert!(matches!(
        SavedPlan::read("{}"),
        Err(SavedPlanError::Unreadable(_))
    ));
}

#[test]
fn a_plan_verifies_against_the_same_state_and_a_change_elsewhere() {
    let (saved, seen) = saved(PlanOptions::default());
    assert_eq!(saved.verify(&seen), Ok(saved.plan.clone()));
    // A connection the plan does not touch changes: the plan stays valid.
    let mut elsewhere = seen.clone();
    elsewhere.connections[1].vpc = "vpc-9".to_owned();
    elsewhere.connections.push(connection("third", 3, "y"));
    assert_eq!(saved.verify(&elsewhere), Ok(saved.plan.clone()));
}

#[test]
fn a_change_to_a_connection_the_plan_touches_makes_it_stale() {
    let (saved, seen) = saved(PlanOptions::default());
    let mut now = seen.clone();
    now.connections[0].tags = Read::Read(BTreeMap::from([
        ("team".to_owned(), "data".to_owned()),
        ("managed-by".to_owned(), "dli:orders".to_owned()),
    ]));
    assert_eq!(
        saved.verify(&now),
        Err(SavedPlanError::Stale {
            connection: "orders".to_owned()
        })
    );
    let mut gone = seen;
    gone.connections.remove(0);
    assert!(matches!(
        saved.verify(&gone),
        Err(SavedPlanError::Stale { .. })
    ));
}

#[test]
fn an_edited_plan_is_refused() {
    let (saved, seen) = saved(PlanOptions::default());
    // A tag value changed by hand.
    let mut value = saved.clone();
    value.plan.connections[0].changes[0].step = Step::Tag {
        tags: vec![("team".to_owned(), "finance".to_owned())],
    };
    // A delete added while the plan does not prune.
    let mut delete = saved.clone();
    let mut extra = delete.plan.connections[0].clone();
    extra.name = "other".to_owned();
    extra.changes = vec![crate::plan::Change {
        field: Field::Connection,
        step: Step::Delete,
        reason: "by hand".to_owned(),
        diff: Default::default(),
    }];
    delete.plan.connections.push(extra);
    // The observation edited to match a hand-made plan does not help: the fresh read decides.
    let mut both = value.clone();
    both.observed.connections.clear();
    for edited in [value, delete, both] {
        let verdict = edited.verify(&seen);
        assert!(
            matches!(verdict, Err(SavedPlanError::Edited { .. })),
            "{verdict:?}"
        );
    }
}

#[test]
fn a_saved_prune_plan_is_stale_once_the_stack_grows() {
    let options = PlanOptions {
        prune: true,
        allow_replace: false,
        ..PlanOptions::default()
    };
    let (saved, seen) = saved(options);
    let pruned: Vec<&str> = saved
        .plan
        .connections
        .iter()
        .filter(|c| c.action == crate::Action::Delete)
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(pruned, ["other"]);
    assert!(saved.verify(&seen).is_ok());
    let mut grown = seen;
    grown.connections.push(connection("fourth", 4, "z"));
    assert_eq!(
        saved.verify(&grown),
        Err(SavedPlanError::Stale {
            connection: "fourth".to_owned()
        })
    );
}
