//! Stacks: pruning the stack's own, adoption, owners refused, replacements that carry over
//! what the file leaves out, protect, and which failed change stops which.

use super::*;

/// `name` as `orders()` has it, with these tags.
fn tagged(n: u128, name: &str, tags: BTreeMap<String, String>) -> ObservedConnection {
    let mut connection = orders();
    connection.id = id(n);
    connection.name = name.to_owned();
    connection.tags = Read::Read(tags);
    connection
}

#[test]
fn prune_deletes_only_the_stacks_own() {
    let observed = Observed {
        reach: Reach::Stack,
        connections: vec![
            orders(),
            tagged(2, "old_orders", pairs([(MARKER_KEY, "dli:orders")])),
            tagged(3, "billing", pairs([(MARKER_KEY, "dli:billing")])),
            tagged(4, "console", pairs([("team", "data")])),
            tagged(5, "legacy", pairs([(MARKER_KEY, "dli")])),
            tagged(6, "other_tool", pairs([(MARKER_KEY, "terraform")])),
        ],
        ..Observed::default()
    };
    let file = desired([("orders", orders_wanted())]);
    let kept = plan(&file, &observed, &PlanOptions::default()).expect("planned");
    assert_eq!(
        actions(&kept),
        [("orders", Action::NoOp)],
        "nothing pruned without --prune"
    );
    let pruned = pruning(&file, &observed);
    assert_eq!(
        actions(&pruned),
        [
            ("orders", Action::NoOp),
            ("old_orders", Action::Delete),
            ("legacy", Action::NoOp)
        ]
    );
    assert!(
        pruned.connections[2].notes[0].contains("earlier dli"),
        "{pruned:?}"
    );
    assert_eq!(pruned.summary().delete, 1);

    // The other stack's file prunes only its own.
    let mut billing = desired([("billing_new", DesiredConnection::default())]);
    billing.stack = Some("billing".to_owned());
    billing
        .connections
        .get_mut("billing_new")
        .expect("named")
        .vpc = Some("v".to_owned());
    billing
        .connections
        .get_mut("billing_new")
        .expect("named")
        .subnet = Some("s".to_owned());
    let theirs = pruning(&billing, &observed);
    assert_eq!(
        actions(&theirs),
        [
            ("billing_new", Action::Create),
            ("billing", Action::Delete),
            ("legacy", Action::NoOp)
        ]
    );

    // What the file names is never pruned, nor what another project granted to this one.
    let mut granted = tagged(7, "theirs", pairs([(MARKER_KEY, "dli:orders")]));
    granted.granted_to_us = true;
    let observed = Observed {
        reach: Reach::Stack,
        connections: vec![orders(), granted],
        ..Observed::default()
    };
    assert_eq!(
        actions(&pruning(&file, &observed)),
        [("orders", Action::NoOp)]
    );
}

#[test]
fn prune_is_refused_without_a_stack_or_a_connection_or_the_stacks_read() {
    let prune = PlanOptions {
        prune: true,
        ..PlanOptions::default()
    };
    let read = Observed {
        reach: Reach::Stack,
        ..Observed::default()
    };
    let mut nameless = desired([("orders", orders_wanted())]);
    nameless.stack = None;
    let error = plan(&nameless, &read, &prune).expect_err("no stack");
    assert!(
        error.is_usage() && error.to_string().contains("stack = \"NAME\""),
        "{error}"
    );
    let error = plan(&desired([]), &read, &prune).expect_err("nothing named");
    assert!(
        error.is_usage()
            && error
                .to_string()
                .contains("every connection of the stack orders"),
        "{error}"
    );
    let error = plan(
        &desired([("orders", orders_wanted())]),
        &Observed::default(),
        &prune,
    )
    .expect_err("the stack was not read");
    assert_eq!(error, PlanError::PruneUnread);
}

#[test]
fn a_connection_no_stack_owns_is_adopted_as_its_own_action() {
    for (tags, reason) in [
        (pairs([("team", "data")]), "no stack owns it"),
        (
            pairs([("team", "data"), (MARKER_KEY, "dli")]),
            "an earlier dli",
        ),
    ] {
        let planned = plan_orders(orders_wanted(), tagged(1, "orders", tags));
        let connection = &planned.connections[0];
        assert_eq!(connection.action, Action::Adopt);
        assert_eq!(
            steps(connection),
            [(
                Field::Tags,
                Step::Tag {
                    tags: vec![(MARKER_KEY.to_owned(), "dli:orders".to_owned())]
                }
            )]
        );
        assert!(
            connection.changes[0].reason.contains(reason),
            "{connection:?}"
        );
        assert_eq!(planned.summary().adopt, 1);
        assert!(planned.has_changes());
    }
}

#[test]
fn a_connection_another_stack_or_tool_owns_is_refused_naming_the_owner() {
    for (value, owner) in [
        ("dli:billing", "the stack \"billing\""),
        ("terraform", "managed-by = \"terraform\""),
    ] {
        let error = plan(
            &desired([("orders", orders_wanted())]),
            &Observed {
                connections: vec![tagged(1, "orders", pairs([(MARKER_KEY, value)]))],
                ..Observed::default()
            },
            &PlanOptions::default(),
        )
        .expect_err("owned elsewhere");
        let text = error.to_string();
        assert!(text.contains(owner) && text.contains("untag"), "{text}");
        assert!(!error.is_usage());
    }
}

#[test]
fn a_grant_to_the_project_itself_is_refused() {
    let mut want = orders_wanted();
    want.grants = Some(strings(["0123456789ABCDEF0123456789abcdef"]));
    let error = plan(
        &desired([("orders", want)]),
        &Observed {
            project: "0123456789abcdef0123456789abcdef".to_owned(),
            ..Observed::default()
        },
        &PlanOptions::default(),
    )
    .expect_err("its own project");
    assert!(
        error.is_usage() && error.to_string().contains("this project itself"),
        "{error}"
    );
    // The same rule, before anything is read.
    let mut want = orders_wanted();
    want.grants = Some(strings(["0123456789ABCDEF0123456789abcdef"]));
    let file = desired([("orders", want)]);
    assert_eq!(
        check(
            &file,
            &PlanOptions::default(),
            "0123456789abcdef0123456789abcdef"
        ),
        Err(error)
    );
    assert_eq!(
        check(
            &file,
            &PlanOptions::default(),
            "fedcba9876543210fedcba9876543210"
        ),
        Ok(())
    );
}

#[test]
fn a_replacement_carries_over_what_the_file_leaves_out() {
    let mut have = orders();
    have.queues = BTreeMap::from([("etl_queue".to_owned(), active())]);
    have.hosts = pairs([("db", "192.168.0.21"), ("cache", "192.168.0.22")]);
    have.tags = Read::Read(pairs([
        ("team", "data"),
        ("cost", "7"),
        (MARKER_KEY, "dli:orders"),
    ]));
    // The file manages only the network and the pools.
    let want = DesiredConnection {
        vpc: Some("vpc-2".to_owned()),
        subnet: Some("subnet-1".to_owned()),
        pools: Some(strings(["pool_etl"])),
        ..DesiredConnection::default()
    };
    let options = PlanOptions {
        allow_replace: true,
        ..PlanOptions::default()
    };
    let planned = plan(
        &desired([("orders", want)]),
        &Observed {
            connections: vec![have],
            ..Observed::default()
        },
        &options,
    )
    .expect("planned");
    let connection = &planned.connections[0];
    assert_eq!(connection.action, Action::Replace);
    assert_eq!(connection.blocked, None);
    assert_eq!(
        connection.carried,
        [
            Field::Queues,
            Field::Hosts,
            Field::Routes,
            Field::Grants,
            Field::Tags
        ]
    );
    assert_eq!(
        connection.changes[0].reason, "its network changes (vpc vpc-1 → vpc-2)",
        "an unchanged subnet is not shown"
    );
    let Step::Create {
        queues,
        hosts,
        tags,
        ..
    } = &connection.changes[1].step
    else {
        panic!("{connection:?}");
    };
    assert_eq!(queues, &["etl_queue"]);
    assert_eq!(hosts.len(), 2);
    assert!(
        tags.contains(&("cost".to_owned(), "7".to_owned())),
        "{tags:?}"
    );
    assert!(
        tags.contains(&(MARKER_KEY.to_owned(), "dli:orders".to_owned())),
        "{tags:?}"
    );
    let rest = steps(connection)[2..].to_vec();
    assert_eq!(
        rest,
        [
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
    assert!(connection.changes[2].reason.contains("carried over"));
}

#[test]
fn protect_refuses_replacement_and_prune() {
    let mut want = orders_wanted();
    want.vpc = Some("vpc-2".to_owned());
    want.protect = true;
    let options = PlanOptions {
        allow_replace: true,
        prune: true,
        ..PlanOptions::default()
    };
    let observed = Observed {
        reach: Reach::Stack,
        connections: vec![orders()],
        ..Observed::default()
    };
    let planned = plan(&desired([("orders", want.clone())]), &observed, &options).expect("planned");
    assert!(
        planned
            .blocked()
            .is_some_and(|(name, why)| name == "orders" && why.contains("protect = false")),
        "{planned:?}"
    );
    // Protecting an existing connection tags it; one that carries the tag is not pruned.
    want.vpc = Some("vpc-1".to_owned());
    let protecting = plan_orders(want, orders());
    assert_eq!(
        steps(&protecting.connections[0]),
        [(
            Field::Tags,
            Step::Tag {
                tags: vec![(PROTECT_KEY.to_owned(), "true".to_owned())]
            }
        )]
    );
    let guarded = tagged(
        2,
        "guarded",
        pairs([(MARKER_KEY, "dli:orders"), (PROTECT_KEY, "true")]),
    );
    let observed = Observed {
        reach: Reach::Stack,
        connections: vec![orders(), guarded],
        ..Observed::default()
    };
    let pruned = pruning(&desired([("orders", orders_wanted())]), &observed);
    assert!(
        pruned.blocked().is_some_and(|(name, _)| name == "guarded"),
        "{pruned:?}"
    );
}

#[test]
fn a_failed_change_stops_only_what_depends_on_it() {
    let of = |field, step| Change {
        field,
        step,
        reason: String::new(),
        diff: Diff::default(),
    };
    let bind = of(
        Field::Pools,
        Step::Bind {
            names: vec!["p".into()],
        },
    );
    let create = of(Field::Connection, Step::Delete);
    let route = of(Field::Routes, Step::DeleteRoute { name: "r".into() });
    let tag = of(
        Field::Tags,
        Step::Untag {
            keys: vec!["k".into()],
        },
    );
    assert!(!route.depends_on(&bind), "a FAILED peering stops no route");
    assert!(!tag.depends_on(&bind));
    assert!(bind.depends_on(&bind), "the field's later changes wait");
    assert!(route.depends_on(&create) && tag.depends_on(&create));
}

/// The plan with `--prune`.
fn pruning(desired: &Desired, observed: &Observed) -> Plan {
    let options = PlanOptions {
        prune: true,
        ..PlanOptions::default()
    };
    plan(desired, observed, &options).expect("planned")
}

/// Each connection of a plan by name, with its action.
fn actions(plan: &Plan) -> Vec<(&str, Action)> {
    plan.connections
        .iter()
        .map(|c| (c.name.as_str(), c.action))
        .collect()
}
