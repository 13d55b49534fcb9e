//! No plan at all: a part not read, a name that is ambiguous or another project's, names the
//! project lacks.

use super::*;

#[test]
fn what_could_not_be_read_fails_the_plan_naming_it() {
    for (tags, grants, part) in [(false, true, "tags"), (true, false, "grants")] {
        let mut have = orders();
        if !tags {
            have.tags = Read::NotChecked("ShowResourceTags answered 503".to_owned());
        }
        if !grants {
            have.grants = Read::NotChecked("answered 503".to_owned());
        }
        // Even a file that manages neither: ownership needs the tags, and no plan is
        // said complete on a part left unread.
        let mut want = orders_wanted();
        want.tags = None;
        want.grants = None;
        let error = plan(
            &desired([("orders", want)]),
            &Observed {
                connections: vec![have],
                ..Observed::default()
            },
            &PlanOptions::default(),
        )
        .expect_err("not read");
        assert!(
            matches!(&error, PlanError::NotRead { part: p, .. } if *p == part),
            "{error}"
        );
        assert!(
            error.to_string().contains("nothing can be planned"),
            "{error}"
        );
    }
}

#[test]
fn a_name_is_refused_when_ambiguous_or_another_projects() {
    let mut twin = orders();
    twin.id = id(2);
    let error = plan(
        &desired([("orders", orders_wanted())]),
        &Observed {
            connections: vec![orders(), twin],
            ..Observed::default()
        },
        &PlanOptions::default(),
    )
    .expect_err("ambiguous");
    let text = error.to_string();
    assert!(
        text.contains(&id(1).to_string()) && text.contains(&id(2).to_string()),
        "{text}"
    );
    let mut shared = orders();
    shared.granted_to_us = true;
    let error = plan(
        &desired([("orders", orders_wanted())]),
        &Observed {
            connections: vec![shared],
            ..Observed::default()
        },
        &PlanOptions::default(),
    )
    .expect_err("another project's");
    assert!(error.to_string().contains("another project's"), "{error}");
    // Beside this project's own connection of the name, it is left aside, not ambiguous.
    let mut theirs = orders();
    theirs.id = id(9);
    theirs.granted_to_us = true;
    let beside = plan(
        &desired([("orders", orders_wanted())]),
        &Observed {
            connections: vec![theirs, orders()],
            ..Observed::default()
        },
        &PlanOptions::default(),
    )
    .expect("its own is planned");
    assert_eq!(beside.connections[0].id, Some(id(1)));
    assert_eq!(beside.connections[0].action, Action::NoOp);
}

#[test]
fn names_the_project_lacks_are_refused_before_anything_is_planned() {
    let observed = Observed {
        connections: vec![orders()],
        queues: Some(strings(["q1"])),
        pools: Some(strings(["pool_other"])),
        ..Observed::default()
    };
    let error = plan(
        &desired([("orders", orders_wanted())]),
        &observed,
        &PlanOptions::default(),
    )
    .expect_err("pool_etl is not a pool of the project");
    assert_eq!(
        error.to_string(),
        "orders: the project has no elastic resource pool named pool_etl: see `dli pool list`"
    );
    let mut known = observed;
    known.pools = Some(strings(["pool_etl"]));
    plan(
        &desired([("orders", orders_wanted())]),
        &known,
        &PlanOptions::default(),
    )
    .expect("every name known");
}
