//! Applying a datasource authentication's changes: each entry's in order, a failure stopping
//! the rest of that entry. Passwords are read from their references just before the call
//! that sends them, and dropped (wiped) once it is made.

use std::collections::BTreeMap;
use std::time::Instant;

use dli_client::types::{AuthInfoType, CreateJobAuthInfoRequest, UpdateJobAuthInfoRequest};
use dli_client::{AuthField, Client, Error, Password};
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

/// The password of `field`, read now.
fn password(
    secrets: &BTreeMap<String, SecretRef>,
    field: AuthField,
) -> Result<Option<Password>, Error> {
    secrets
        .get(field.as_str())
        .map(|secret| {
            secret
                .read()
                .map_err(|why| Error::InvalidRequest(format!("{}: {why}", field.as_str())))
        })
        .transpose()
}

/// An OBS path of `field`, parsed.
fn location(
    locations: &BTreeMap<String, String>,
    field: AuthField,
) -> Result<Option<dli_client::types::ObsPath>, Error> {
    locations
        .get(field.as_str())
        .map(|path| {
            path.parse().map_err(|_| {
                Error::InvalidRequest(format!("{}: {path:?} is not an OBS path", field.as_str()))
            })
        })
        .transpose()
}

fn user(user: &Option<String>) -> Result<Option<dli_client::types::AuthInfoUser>, Error> {
    user.as_deref()
        .map(|user| {
            user.parse()
                .map_err(|_| Error::InvalidRequest("user: 1 to 128 characters".to_owned()))
        })
        .transpose()
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
            let request = CreateJobAuthInfoRequest {
                auth_info_name,
                datasource_type,
                user_name: user(who)?,
                password: password(secrets, AuthField::Password)?,
                certificate_location: location(locations, AuthField::CertificateLocation)?,
                krb5_conf: location(locations, AuthField::Krb5Conf)?,
                keytab: location(locations, AuthField::Keytab)?,
                truststore_location: location(locations, AuthField::TruststoreLocation)?,
                truststore_password: password(secrets, AuthField::TruststorePassword)?,
                keystore_location: location(locations, AuthField::KeystoreLocation)?,
                keystore_password: password(secrets, AuthField::KeystorePassword)?,
                key_password: password(secrets, AuthField::KeyPassword)?,
            };
            client.create_auth_info(request).await.map(drop)
        }
        AuthStep::Update {
            user: who,
            locations,
            secrets,
        } => {
            let request = UpdateJobAuthInfoRequest {
                auth_info_name,
                user_name: user(who)?,
                password: password(secrets, AuthField::Password)?,
                krb5_conf: location(locations, AuthField::Krb5Conf)?,
                keytab: location(locations, AuthField::Keytab)?,
                truststore_location: location(locations, AuthField::TruststoreLocation)?,
                truststore_password: password(secrets, AuthField::TruststorePassword)?,
                keystore_location: location(locations, AuthField::KeystoreLocation)?,
                keystore_password: password(secrets, AuthField::KeystorePassword)?,
            };
            client.update_auth_info(request).await.map(drop)
        }
    }
}
