//! Applying a datasource authentication's changes: each entry's in order, a failure stopping
//! the rest of that entry. Passwords are read from their references just before the call
//! that sends them, and dropped (wiped) once it is made.

use std::collections::BTreeMap;
use std::time::Instant;

use dli_client::types::AuthInfoType;
use dli_client::{AuthField, AuthValues, Client, Error};
use tokio::sync::mpsc::UnboundedSender;

use super::{ApplyReport, ApplyStop, Blocked, Event};
use crate::plan::{AuthPlan, AuthStep, Plan};
use crate::secrets::SecretRef;

/// Reads every password the plan sends, so that a variable not set or a file not readable
/// refuses the plan before anything is sent. The values are dropped at once.
pub fn check_secrets(plan: &Plan) -> Result<(), Blocked> {
    for entry in &plan.auth {
        for change in &entry.changes {
            let secrets = match &change.step {
                AuthStep::Create { secrets, .. } | AuthStep::Update { secrets, .. } => secrets,
                AuthStep::Delete => continue,
            };
            for (field, secret) in secrets {
                secret.read().map_err(|why| Blocked {
                    connection: entry.name.clone(),
                    reason: format!("{field}: {why}"),
                })?;
            }
        }
    }
    Ok(())
}

/// One entry's changes, in order, until a stop or a failure.
pub(super) async fn one(
    client: &Client,
    plan: &AuthPlan,
    stop: &ApplyStop,
    events: &UnboundedSender<Event>,
) -> ApplyReport {
    let mut report = ApplyReport::default();
    for (at, change) in plan.changes.iter().enumerate() {
        if stop.stopped() || report.failed > 0 {
            report.not_started += plan.changes.len() - at;
            return report;
        }
        let _ = events.send(Event::AuthStarted {
            auth: plan.name.clone(),
            change: change.clone(),
        });
        let started = Instant::now();
        match step(client, &plan.name, &change.step).await {
            Ok(()) => {
                report.done += 1;
                let _ = events.send(Event::AuthDone {
                    auth: plan.name.clone(),
                    change: change.clone(),
                    millis: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
                });
            }
            Err(error) => {
                report.failed += 1;
                let _ = events.send(Event::AuthFailed {
                    auth: plan.name.clone(),
                    change: change.clone(),
                    error: error.to_string(),
                });
            }
        }
    }
    report
}

/// What a step sends: the user, the OBS paths, and the passwords, read now.
fn values(
    user: &Option<String>,
    locations: &BTreeMap<String, String>,
    secrets: &BTreeMap<String, SecretRef>,
) -> Result<AuthValues, Error> {
    let mut values = AuthValues::default();
    if let Some(user) = user {
        let user = user
            .parse()
            .map_err(|_| Error::InvalidRequest("user: 1 to 128 characters".to_owned()))?;
        values = values.user(user);
    }
    for field in AuthField::ALL {
        let name = field.as_str();
        if let Some(secret) = secrets.get(name) {
            let password = secret
                .read()
                .map_err(|why| Error::InvalidRequest(format!("{name}: {why}")))?;
            values = values.password(field, password);
        } else if let Some(path) = locations.get(name) {
            let path = path.parse().map_err(|_| {
                Error::InvalidRequest(format!("{name}: {path:?} is not an OBS path"))
            })?;
            values = values.location(field, path);
        }
    }
    Ok(values)
}

async fn step(client: &Client, name: &str, step: &AuthStep) -> Result<(), Error> {
    let auth_info_name = dli_client::auth_info_name(name)?;
    match step {
        AuthStep::Delete => client.delete_auth_info(name).await.map(drop),
        AuthStep::Create {
            kind,
            user: who,
            locations,
            secrets,
        } => {
            let datasource_type: AuthInfoType = kind
                .parse()
                .map_err(|_| Error::InvalidRequest(format!("type {kind:?} is not known")))?;
            let request =
                values(who, locations, secrets)?.create(auth_info_name, datasource_type)?;
            client.create_auth_info(request).await.map(drop)
        }
        AuthStep::Update {
            user: who,
            locations,
            secrets,
        } => {
            let request = values(who, locations, secrets)?.update(auth_info_name)?;
            client.update_auth_info(request).await.map(drop)
        }
    }
}
