//! The plan of datasource authentications: created with every password, updated in place
//! with what differs, passwords never compared but sent again with `--rotate`, replaced only
//! when allowed, deleted only by `ensure = "absent"`, and never pruned.

use dli_client::AuthField;
use dli_client::types::AuthInfoType;

use super::*;
use crate::desired::{DesiredAuth, SecretRef};
use crate::observed::ObservedAuth;

fn passwd(user: &str) -> DesiredAuth {
    DesiredAuth::Present {
        kind: AuthInfoType::Passwd,
        user: Some(user.to_owned()),
        locations: BTreeMap::new(),
        secrets: BTreeMap::from([(AuthField::Password, SecretRef::Env("DB_PW".to_owned()))]),
    }
}

fn existing(name: &str, kind: &str, user: &str) -> ObservedAuth {
    ObservedAuth {
        name: name.to_owned(),
        kind: kind.to_owned(),
        user: user.to_owned(),
        locations: BTreeMap::new(),
    }
}

fn file(auth: impl IntoIterator<Item = (&'static str, DesiredAuth)>) -> Desired {
    Desired {
        stack: Some("orders".to_owned()),
        connections: BTreeMap::new(),
        auth: auth
            .into_iter()
            .map(|(name, a)| (name.to_owned(), a))
            .collect(),
    }
}

fn seen(auth: Vec<ObservedAuth>) -> Observed {
    Observed {
        auth: Some(auth),
        ..Observed::default()
    }
}

fn only(plan: &Plan) -> &AuthPlan {
    assert_eq!(plan.auth.len(), 1, "{plan:?}");
    &plan.auth[0]
}

#[test]
fn a_missing_entry_is_created_with_its_passwords_as_references() {
    let planned = plan(
        &file([("db", passwd("etl"))]),
        &seen(vec![]),
        &PlanOptions::default(),
    )
    .expect("planned");
    let db = only(&planned);
    assert_eq!(db.action, Action::Create);
    let AuthStep::Create {
        kind,
        user,
        secrets,
        ..
    } = &db.changes[0].step
    else {
        panic!("a create: {db:?}");
    };
    assert_eq!((kind.as_str(), user.as_deref()), ("passwd", Some("etl")));
    assert_eq!(secrets["password"], SecretRef::Env("DB_PW".to_owned()));
    assert_eq!(db.changes[0].diff.after["password"], "(write-only)");
    assert_eq!(db.notes, ["password: write-only, sent on create"]);
    assert_eq!(planned.summary().create, 1);
}

#[test]
fn an_entry_that_matches_plans_nothing_and_says_its_password_is_not_compared() {
    let planned = plan(
        &file([("db", passwd("etl"))]),
        &seen(vec![existing("db", "passwd", "etl")]),
        &PlanOptions::default(),
    )
    .expect("planned");
    let db = only(&planned);
    assert_eq!(db.action, Action::NoOp);
    assert!(db.changes.is_empty());
    assert_eq!(
        db.notes,
        ["password: write-only, not compared (dli apply --rotate db sends it again)"]
    );
    assert!(!planned.has_changes());
}

#[test]
fn a_changed_user_or_path_is_updated_in_place_and_rotate_sends_the_passwords() {
    let planned = plan(
        &file([("db", passwd("etl_writer"))]),
        &seen(vec![existing("db", "passwd", "etl")]),
        &PlanOptions::default(),
    )
    .expect("planned");
    let db = only(&planned);
    assert_eq!(db.action, Action::Update);
    let AuthStep::Update { user, secrets, .. } = &db.changes[0].step else {
        panic!("an update: {db:?}");
    };
    assert_eq!(user.as_deref(), Some("etl_writer"));
    assert!(
        secrets.is_empty(),
        "a password is not sent without --rotate"
    );
    assert_eq!(db.changes[0].diff.before["user"], "etl");

    let rotate = PlanOptions {
        rotate: BTreeSet::from(["db".to_owned()]),
        ..PlanOptions::default()
    };
    let planned = plan(
        &file([("db", passwd("etl"))]),
        &seen(vec![existing("db", "passwd", "etl")]),
        &rotate,
    )
    .expect("planned");
    let db = only(&planned);
    assert_eq!(db.action, Action::Update);
    let AuthStep::Update { user, secrets, .. } = &db.changes[0].step else {
        panic!("an update: {db:?}");
    };
    assert_eq!(*user, None);
    assert_eq!(secrets["password"], SecretRef::Env("DB_PW".to_owned()));
    assert_eq!(db.changes[0].reason, "--rotate db");
}

#[test]
fn a_changed_type_is_a_replacement_blocked_unless_allowed() {
    let observed = seen(vec![existing("db", "CSS", "etl")]);
    let planned = plan(
        &file([("db", passwd("etl"))]),
        &observed,
        &PlanOptions::default(),
    )
    .expect("planned");
    let db = only(&planned);
    assert_eq!(db.action, Action::Replace);
    let blocked = db.blocked.as_deref().expect("blocked");
    assert!(
        blocked.contains("type changes from CSS to passwd") && blocked.contains("--allow-replace"),
        "{blocked}"
    );
    assert!(matches!(
        db.changes.iter().map(|c| &c.step).collect::<Vec<_>>()[..],
        [AuthStep::Delete, AuthStep::Create { .. }]
    ));
    let allowed = PlanOptions {
        allow_replace: true,
        ..PlanOptions::default()
    };
    let planned = plan(&file([("db", passwd("etl"))]), &observed, &allowed).expect("planned");
    assert_eq!(only(&planned).blocked, None);
}

#[test]
fn only_ensure_absent_deletes_and_nothing_is_pruned() {
    let observed = seen(vec![
        existing("old", "passwd", "u"),
        existing("other", "KRB", "u"),
    ]);
    let prune = PlanOptions {
        prune: true,
        ..PlanOptions::default()
    };
    let mut wanted = file([("old", DesiredAuth::Absent)]);
    wanted
        .connections
        .insert("orders".to_owned(), orders_wanted());
    let observed = Observed {
        reach: Reach::Stack,
        connections: vec![orders()],
        ..observed
    };
    let planned = plan(&wanted, &observed, &prune).expect("planned");
    assert_eq!(
        planned.auth.len(),
        1,
        "other is not the file's and is left alone"
    );
    assert_eq!(planned.auth[0].action, Action::Delete);
    assert_eq!(planned.auth[0].changes[0].step, AuthStep::Delete);
    let gone = plan(
        &file([("old", DesiredAuth::Absent)]),
        &seen(vec![]),
        &PlanOptions::default(),
    )
    .expect("planned");
    assert_eq!(only(&gone).action, Action::NoOp);
}

#[test]
fn rotate_of_a_name_the_file_does_not_keep_and_an_unread_listing_are_refused() {
    let rotate = PlanOptions {
        rotate: BTreeSet::from(["nope".to_owned()]),
        ..PlanOptions::default()
    };
    let error = plan(&file([("db", passwd("etl"))]), &seen(vec![]), &rotate).expect_err("refused");
    assert!(
        matches!(&error, PlanError::RotateUnknown { names } if names == &["nope"]),
        "{error}"
    );
    assert!(error.is_usage());
    let error = plan(
        &file([("db", passwd("etl"))]),
        &Observed::default(),
        &PlanOptions::default(),
    )
    .expect_err("not read");
    assert_eq!(error, PlanError::AuthUnread);
}

#[test]
fn a_plan_serialized_holds_references_never_values() {
    let planned = plan(
        &file([("db", passwd("etl"))]),
        &seen(vec![]),
        &PlanOptions::default(),
    )
    .expect("planned");
    let json = serde_json::to_string(&planned).expect("JSON");
    assert!(json.contains(r#""password":{"env":"DB_PW"}"#), "{json}");
}
