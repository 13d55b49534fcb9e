//! `[auth.NAME]`: a datasource authentication in the file. Its passwords are references,
//! `{ env = "VAR" }` or `{ file = "PATH" }`; a password written in the file is an error at
//! its line, whose message never repeats it.

use std::collections::BTreeMap;

use dli_client::types::{AuthInfoType, ObsPath};
use dli_client::{AuthField, auth_info_name, check_auth_fields_as};
use schemars::JsonSchema;
use serde::Deserialize;
use toml::Spanned;

use super::{Located, at, keep, schema};
use crate::desired::{DesiredAuth, SecretRef};

/// One datasource authentication: the credentials jobs use to reach a data source. Its
/// passwords are never written here: each is `{ env = "VAR" }` or `{ file = "PATH" }`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = schema::auth_table)]
pub struct AuthTable {
    /// `passwd` (RDS, DWS, DDS, DCS), `CSS`, `KRB` (MRS Kerberos) or `Kafka_SSL`. A change
    /// replaces the entry.
    #[serde(rename = "type")]
    #[schemars(schema_with = "schema::auth_type")]
    pub kind: Option<Spanned<String>>,
    /// The user that logs in to the data source (passwd, CSS, KRB).
    #[schemars(schema_with = "schema::auth_user")]
    pub user: Option<Spanned<String>>,
    /// The CSS cluster's certificate, `obs://bucket/key`. A change replaces the entry.
    #[schemars(schema_with = "schema::obs_path")]
    pub certificate: Option<Spanned<String>>,
    /// `krb5.conf` (KRB), `obs://bucket/key`.
    #[schemars(schema_with = "schema::obs_path")]
    pub krb5_conf: Option<Spanned<String>>,
    /// The keytab (KRB), `obs://bucket/key`.
    #[schemars(schema_with = "schema::obs_path")]
    pub keytab: Option<Spanned<String>>,
    /// The truststore (Kafka_SSL), `obs://bucket/key`.
    #[schemars(schema_with = "schema::obs_path")]
    pub truststore: Option<Spanned<String>>,
    /// The keystore (Kafka_SSL, with `keystore_password`), `obs://bucket/key`.
    #[schemars(schema_with = "schema::obs_path")]
    pub keystore: Option<Spanned<String>>,
    /// The password (passwd, CSS): `{ env = "VAR" }` or `{ file = "PATH" }`.
    #[schemars(schema_with = "schema::secret")]
    pub password: Option<Spanned<SecretValue>>,
    /// The truststore's password (Kafka_SSL).
    #[schemars(schema_with = "schema::secret")]
    pub truststore_password: Option<Spanned<SecretValue>>,
    /// The keystore's password (Kafka_SSL, with `keystore`).
    #[schemars(schema_with = "schema::secret")]
    pub keystore_password: Option<Spanned<SecretValue>>,
    /// The key's password (Kafka_SSL, with `keystore`); a change replaces the entry.
    #[schemars(schema_with = "schema::secret")]
    pub key_password: Option<Spanned<SecretValue>>,
    /// `present` (the default) or `absent`: delete the entry. Nothing else deletes one.
    #[schemars(schema_with = "schema::ensure")]
    pub ensure: Option<Spanned<String>>,
}

/// A password field as written: a reference, or (an error) the password itself.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum SecretValue {
    /// `{ env = "VAR" }` or `{ file = "PATH" }`.
    Ref(SecretTable),
    /// Anything else: refused, and never repeated.
    Other(toml::Value),
}

/// `{ env = "VAR" }` or `{ file = "PATH" }`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecretTable {
    env: Option<String>,
    file: Option<String>,
}

/// A name of `[auth]`: its schema only.
pub(super) struct AuthName;

impl JsonSchema for AuthName {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "AuthName".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schema::auth_names(generator)
    }
}

/// Checks one `[auth.NAME]` table of `file`; every error is kept with its place.
pub(super) fn auth(
    file: &str,
    name: &Spanned<String>,
    table: AuthTable,
    found: &mut Vec<Located>,
) -> Option<DesiredAuth> {
    if let Err(error) = auth_info_name(name.get_ref()) {
        found.push(at(
            name,
            error.to_string().trim_start_matches("invalid request: "),
        ));
    }
    let ensure = table.ensure.as_ref().map(|e| e.get_ref().as_str());
    match ensure {
        None | Some("present") => {}
        Some("absent") => return Some(DesiredAuth::Absent),
        Some(other) => {
            let ensure = table.ensure.as_ref()?;
            found.push(at(
                ensure,
                format!("ensure is {other:?}: write \"present\" or \"absent\""),
            ));
            return None;
        }
    }
    let Some(kind_text) = &table.kind else {
        found.push(at(
            name,
            format!(
                "auth.{}: give its type: passwd, CSS, KRB or Kafka_SSL",
                name.get_ref()
            ),
        ));
        return None;
    };
    let kind = keep(
        found,
        kind_text.get_ref().parse::<AuthInfoType>().map_err(|_| {
            at(
                kind_text,
                format!(
                    "type {:?}: write passwd, CSS, KRB or Kafka_SSL",
                    kind_text.get_ref()
                ),
            )
        }),
    );
    // The fields given, valid or not: a bad value is its own error, not a missing field.
    let given: Vec<AuthField> = [
        (AuthField::UserName, table.user.is_some()),
        (AuthField::CertificateLocation, table.certificate.is_some()),
        (AuthField::Krb5Conf, table.krb5_conf.is_some()),
        (AuthField::Keytab, table.keytab.is_some()),
        (AuthField::TruststoreLocation, table.truststore.is_some()),
        (AuthField::KeystoreLocation, table.keystore.is_some()),
        (AuthField::Password, table.password.is_some()),
        (
            AuthField::TruststorePassword,
            table.truststore_password.is_some(),
        ),
        (
            AuthField::KeystorePassword,
            table.keystore_password.is_some(),
        ),
        (AuthField::KeyPassword, table.key_password.is_some()),
    ]
    .into_iter()
    .filter_map(|(field, is_given)| is_given.then_some(field))
    .collect();
    let user = table.user.and_then(|user| {
        let length = user.get_ref().chars().count();
        keep(
            found,
            match length {
                1..=128 => Ok(user.get_ref().clone()),
                _ => Err(at(&user, "user: 1 to 128 characters")),
            },
        )
    });
    let mut locations = BTreeMap::new();
    for (field, value) in [
        (AuthField::CertificateLocation, table.certificate),
        (AuthField::Krb5Conf, table.krb5_conf),
        (AuthField::Keytab, table.keytab),
        (AuthField::TruststoreLocation, table.truststore),
        (AuthField::KeystoreLocation, table.keystore),
    ] {
        let Some(value) = value else { continue };
        let key = file_key(field);
        let checked = value
            .get_ref()
            .parse::<ObsPath>()
            .map(|_| value.get_ref().clone())
            .map_err(|_| {
                at(
                    &value,
                    format!(
                        "{key}: {:?} is not an OBS path: write obs://bucket/key",
                        value.get_ref()
                    ),
                )
            });
        if let Some(path) = keep(found, checked) {
            locations.insert(field, path);
        }
    }
    let mut secrets = BTreeMap::new();
    for (field, value) in [
        (AuthField::Password, table.password),
        (AuthField::TruststorePassword, table.truststore_password),
        (AuthField::KeystorePassword, table.keystore_password),
        (AuthField::KeyPassword, table.key_password),
    ] {
        let Some(value) = value else { continue };
        if let Some(secret) = keep(found, secret_ref(file, field, &value)) {
            secrets.insert(field, secret);
        }
    }
    let kind = kind?;
    if let Err(problem) = check_auth_fields_as(kind, &given, file_key) {
        found.push(at(kind_text, format!("auth.{}: {problem}", name.get_ref())));
        return None;
    }
    Some(DesiredAuth::Present {
        kind,
        user,
        locations,
        secrets,
    })
}

/// A field's key in the file.
pub(crate) fn file_key(field: AuthField) -> &'static str {
    match field {
        AuthField::UserName => "user",
        AuthField::CertificateLocation => "certificate",
        AuthField::TruststoreLocation => "truststore",
        AuthField::KeystoreLocation => "keystore",
        other => other.as_str(),
    }
}

/// A password field's reference; a password written in the file is refused without being
/// repeated.
fn secret_ref(
    file: &str,
    field: AuthField,
    value: &Spanned<SecretValue>,
) -> Result<SecretRef, Located> {
    let key = field.as_str();
    let how = "write { env = \"VAR\" } or { file = \"PATH\" }";
    match value.get_ref() {
        SecretValue::Ref(SecretTable {
            env: Some(variable),
            file: None,
        }) if !variable.is_empty() => Ok(SecretRef::Env(variable.clone())),
        SecretValue::Ref(SecretTable {
            env: None,
            file: Some(path),
        }) if !path.is_empty() => Ok(SecretRef::file_beside(file, path)),
        SecretValue::Ref(_) => Err(at(
            value,
            format!("{key}: give one of env and file, not empty: {how}"),
        )),
        SecretValue::Other(toml::Value::String(_)) => Err(at(
            value,
            format!("{key}: a password is never written in the file: {how}"),
        )),
        SecretValue::Other(_) => Err(at(value, format!("{key}: {how}"))),
    }
}
