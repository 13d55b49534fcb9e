//! The plan of each datasource authentication the file names: created, updated in place
//! (user, OBS paths, passwords sent again with `--rotate`), replaced when its type or
//! certificate changes, deleted only where the file says `ensure = "absent"`. Entries carry
//! no tags, so nothing is ever pruned. DLI never returns a password, so none is compared.

use std::collections::BTreeMap;

use dli_client::AuthField;

use super::PlanError;
use super::vocabulary::{Action, AuthChange, AuthPlan, AuthStep, Diff, PlanOptions};
use crate::desired::{Desired, DesiredAuth, SecretRef};
use crate::observed::{Observed, ObservedAuth};

/// What a diff shows for a password: never its value.
const WRITE_ONLY: &str = "(write-only)";

/// The plan of every `[auth.NAME]` of the file, by name.
pub(super) fn plans(
    desired: &Desired,
    observed: &Observed,
    options: &PlanOptions,
) -> Result<Vec<AuthPlan>, PlanError> {
    if desired.auth.is_empty() {
        return Ok(Vec::new());
    }
    let existing = observed.auth.as_ref().ok_or(PlanError::AuthUnread)?;
    let by_name: BTreeMap<&str, &ObservedAuth> = existing
        .iter()
        .map(|entry| (entry.name.as_str(), entry))
        .collect();
    Ok(desired
        .auth
        .iter()
        .map(|(name, want)| {
            let rotate = options.rotate.contains(name);
            one(
                name,
                want,
                by_name.get(name.as_str()).copied(),
                rotate,
                options.allow_replace,
            )
        })
        .collect())
}

/// Refuses, before anything is read, a `--rotate` of a name the file does not keep.
pub(super) fn check(desired: &Desired, options: &PlanOptions) -> Result<(), PlanError> {
    let names: Vec<String> = options
        .rotate
        .iter()
        .filter(|name| !matches!(desired.auth.get(*name), Some(DesiredAuth::Present { .. })))
        .cloned()
        .collect();
    match names.is_empty() {
        true => Ok(()),
        false => Err(PlanError::RotateUnknown { names }),
    }
}

fn plan(name: &str, action: Action) -> AuthPlan {
    AuthPlan {
        name: name.to_owned(),
        action,
        changes: Vec::new(),
        notes: Vec::new(),
        blocked: None,
    }
}

fn one(
    name: &str,
    want: &DesiredAuth,
    have: Option<&ObservedAuth>,
    rotate: bool,
    allow_replace: bool,
) -> AuthPlan {
    let (kind, user, locations, secrets) = match want {
        DesiredAuth::Absent => {
            return match have {
                None => plan(name, Action::NoOp),
                Some(_) => AuthPlan {
                    changes: vec![AuthChange {
                        step: AuthStep::Delete,
                        reason: "the file says ensure = \"absent\"".to_owned(),
                        diff: Diff::default(),
                    }],
                    ..plan(name, Action::Delete)
                },
            };
        }
        DesiredAuth::Present {
            kind,
            user,
            locations,
            secrets,
        } => (kind, user, locations, secrets),
    };
    let locations: BTreeMap<String, String> = locations
        .iter()
        .map(|(field, path)| (field.as_str().to_owned(), path.clone()))
        .collect();
    let secrets: BTreeMap<String, SecretRef> = secrets
        .iter()
        .map(|(field, secret)| (field.as_str().to_owned(), secret.clone()))
        .collect();
    let create = || AuthChange {
        step: AuthStep::Create {
            kind: kind.to_string(),
            user: user.clone(),
            locations: locations.clone(),
            secrets: secrets.clone(),
        },
        reason: "it does not exist".to_owned(),
        diff: Diff {
            before: BTreeMap::new(),
            after: shown(user.as_ref(), &locations, secrets.keys()),
        },
    };
    let Some(have) = have else {
        let mut plan = plan(name, Action::Create);
        plan.changes.push(create());
        plan.notes = secrets
            .keys()
            .map(|field| format!("{field}: write-only, sent on create"))
            .collect();
        return plan;
    };
    // What cannot change in place: the type, the certificate, and a key password sent again.
    let mut replaced_by = Vec::new();
    if have.kind != kind.to_string() {
        replaced_by.push(format!("its type changes from {} to {kind}", have.kind));
    }
    let certificate = AuthField::CertificateLocation.as_str();
    if let Some(path) = locations.get(certificate)
        && have.locations.get(certificate) != Some(path)
    {
        replaced_by.push("its certificate changes".to_owned());
    }
    if rotate && secrets.contains_key(AuthField::KeyPassword.as_str()) {
        replaced_by
            .push("its key password is sent again, which DLI takes only on create".to_owned());
    }
    if !replaced_by.is_empty() {
        let why = replaced_by.join(", and ");
        let mut plan = plan(name, Action::Replace);
        plan.changes = vec![
            AuthChange {
                step: AuthStep::Delete,
                reason: format!("{why}: DLI cannot change it in place"),
                diff: Diff::default(),
            },
            create(),
        ];
        if !allow_replace {
            plan.blocked = Some(format!(
                "{why}, which replaces it (its passwords are sent again from the file): plan with --allow-replace"
            ));
        }
        return plan;
    }
    // In place: the user and the OBS paths that differ; the passwords with --rotate, and a
    // keystore's password with a new keystore.
    let mut before = BTreeMap::new();
    let mut after = BTreeMap::new();
    let new_user = user.clone().filter(|user| *user != have.user);
    if let Some(user) = &new_user {
        before.insert("user".to_owned(), have.user.clone());
        after.insert("user".to_owned(), user.clone());
    }
    let mut new_locations = BTreeMap::new();
    for (field, path) in &locations {
        if field != certificate && have.locations.get(field) != Some(path) {
            if let Some(old) = have.locations.get(field) {
                before.insert(field.clone(), old.clone());
            }
            after.insert(field.clone(), path.clone());
            new_locations.insert(field.clone(), path.clone());
        }
    }
    let keystore = AuthField::KeystoreLocation.as_str();
    let sent: BTreeMap<String, SecretRef> = secrets
        .iter()
        .filter(|(field, _)| *field != AuthField::KeyPassword.as_str())
        .filter(|(field, _)| {
            rotate
                || (*field == AuthField::KeystorePassword.as_str()
                    && new_locations.contains_key(keystore))
        })
        .map(|(field, secret)| (field.clone(), secret.clone()))
        .collect();
    for field in sent.keys() {
        after.insert(field.clone(), WRITE_ONLY.to_owned());
    }
    let mut plan = plan(name, Action::NoOp);
    plan.notes = secrets
        .keys()
        .filter(|field| !sent.contains_key(*field))
        .map(|field| {
            format!("{field}: write-only, not compared (dli apply --rotate {name} sends it again)")
        })
        .collect();
    if new_user.is_none() && new_locations.is_empty() && sent.is_empty() {
        return plan;
    }
    let mut reasons = Vec::new();
    if new_user.is_some() || !new_locations.is_empty() {
        reasons.push("the file changes it".to_owned());
    }
    if rotate {
        reasons.push(format!("--rotate {name}"));
    }
    plan.action = Action::Update;
    plan.changes.push(AuthChange {
        step: AuthStep::Update {
            user: new_user,
            locations: new_locations,
            secrets: sent,
        },
        reason: reasons.join("; "),
        diff: Diff { before, after },
    });
    plan
}

/// The fields a create sets, passwords as [`WRITE_ONLY`].
fn shown<'a>(
    user: Option<&String>,
    locations: &BTreeMap<String, String>,
    secrets: impl Iterator<Item = &'a String>,
) -> BTreeMap<String, String> {
    let mut shown: BTreeMap<String, String> = locations.clone();
    if let Some(user) = user {
        shown.insert("user".to_owned(), user.clone());
    }
    for field in secrets {
        shown.insert(field.clone(), WRITE_ONLY.to_owned());
    }
    shown
}
