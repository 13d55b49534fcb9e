//! What each type of datasource authentication needs and takes: the one table of it
//! ([`auth_fields`]), its checks, and the rule for names. The client checks a body with them
//! before anything is sent; `dli auth` and the desired-state file word the same checks for
//! their own options and keys ([`check_auth_fields_as`]).

use crate::Password;
use crate::error::Error;
use crate::generated::types::{AuthInfoName, AuthInfoType, CreateJobAuthInfoRequest};

/// One field of a datasource authentication, as the create body names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AuthField {
    /// `user_name`.
    UserName,
    /// `password`, a secret.
    Password,
    /// `certificate_location`, an OBS path.
    CertificateLocation,
    /// `krb5_conf`, an OBS path.
    Krb5Conf,
    /// `keytab`, an OBS path.
    Keytab,
    /// `truststore_location`, an OBS path.
    TruststoreLocation,
    /// `truststore_password`, a secret.
    TruststorePassword,
    /// `keystore_location`, an OBS path.
    KeystoreLocation,
    /// `keystore_password`, a secret.
    KeystorePassword,
    /// `key_password`, a secret.
    KeyPassword,
}

impl AuthField {
    /// Every field, in the order of the create body.
    pub const ALL: [Self; 10] = [
        Self::UserName,
        Self::Password,
        Self::CertificateLocation,
        Self::Krb5Conf,
        Self::Keytab,
        Self::TruststoreLocation,
        Self::TruststorePassword,
        Self::KeystoreLocation,
        Self::KeystorePassword,
        Self::KeyPassword,
    ];

    /// The field's name in DLI's body.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::UserName => "user_name",
            Self::Password => "password",
            Self::CertificateLocation => "certificate_location",
            Self::Krb5Conf => "krb5_conf",
            Self::Keytab => "keytab",
            Self::TruststoreLocation => "truststore_location",
            Self::TruststorePassword => "truststore_password",
            Self::KeystoreLocation => "keystore_location",
            Self::KeystorePassword => "keystore_password",
            Self::KeyPassword => "key_password",
        }
    }

    /// Whether the field is a password, sent and never returned.
    pub fn is_secret(self) -> bool {
        crate::password::SECRET_FIELDS.contains(&self.as_str())
    }
}

/// What a type of datasource authentication needs and takes: the one table of it, read by
/// the client's check, `dli auth` and the desired-state file. DLI does not publish it; it
/// follows the console's forms.
///
/// Returns `(required, optional)`.
pub fn auth_fields(kind: AuthInfoType) -> (&'static [AuthField], &'static [AuthField]) {
    use AuthField::*;
    match kind {
        AuthInfoType::Passwd => (&[UserName, Password], &[]),
        AuthInfoType::Css => (&[UserName, Password, CertificateLocation], &[]),
        AuthInfoType::Krb => (&[UserName, Krb5Conf, Keytab], &[]),
        AuthInfoType::KafkaSsl => (
            &[TruststoreLocation, TruststorePassword],
            &[KeystoreLocation, KeystorePassword, KeyPassword],
        ),
    }
}

/// Which fields the create body sets.
pub(super) fn fields_set(request: &CreateJobAuthInfoRequest) -> Vec<AuthField> {
    use AuthField::*;
    let set = [
        (UserName, request.user_name.is_some()),
        (Password, request.password.is_some()),
        (CertificateLocation, request.certificate_location.is_some()),
        (Krb5Conf, request.krb5_conf.is_some()),
        (Keytab, request.keytab.is_some()),
        (TruststoreLocation, request.truststore_location.is_some()),
        (TruststorePassword, request.truststore_password.is_some()),
        (KeystoreLocation, request.keystore_location.is_some()),
        (KeystorePassword, request.keystore_password.is_some()),
        (KeyPassword, request.key_password.is_some()),
    ];
    set.into_iter()
        .filter_map(|(field, is_set)| is_set.then_some(field))
        .collect()
}

/// Checks that a set of fields suits a type: every required field, nothing of another type,
/// and a keystore's location and password together, a key password only with them. Every
/// problem is named, with what to set, by the fields' names in DLI's body.
pub fn check_auth_fields(kind: AuthInfoType, set: &[AuthField]) -> Result<(), String> {
    check_auth_fields_as(kind, set, AuthField::as_str)
}

/// [`check_auth_fields`], naming each field as `name` says: as a flag of `dli auth`, or a
/// key of the desired-state file.
pub fn check_auth_fields_as(
    kind: AuthInfoType,
    set: &[AuthField],
    name: impl Fn(AuthField) -> &'static str,
) -> Result<(), String> {
    let (required, optional) = auth_fields(kind);
    let mut problems = Vec::new();
    let missing: Vec<&str> = required
        .iter()
        .filter(|field| !set.contains(field))
        .map(|field| name(*field))
        .collect();
    if !missing.is_empty() {
        problems.push(format!("type {kind} needs {}", missing.join(", ")));
    }
    let foreign: Vec<&str> = set
        .iter()
        .filter(|field| !required.contains(field) && !optional.contains(field))
        .map(|field| name(*field))
        .collect();
    if !foreign.is_empty() {
        problems.push(format!("type {kind} takes no {}", foreign.join(", ")));
    }
    let has = |field| set.contains(&field);
    let (location, password, key) = (
        name(AuthField::KeystoreLocation),
        name(AuthField::KeystorePassword),
        name(AuthField::KeyPassword),
    );
    if has(AuthField::KeystoreLocation) != has(AuthField::KeystorePassword)
        && optional.contains(&AuthField::KeystoreLocation)
    {
        problems.push(format!("{location} and {password} go together"));
    }
    if has(AuthField::KeyPassword) && !has(AuthField::KeystoreLocation) {
        problems.push(format!("{key} needs {location} and {password}"));
    }
    match problems.is_empty() {
        true => Ok(()),
        false => Err(problems.join("; ")),
    }
}

/// Every password of a body is 1 to 1,024 characters.
pub(super) fn check_passwords<'a>(
    passwords: impl IntoIterator<Item = (&'static str, Option<&'a Password>)>,
) -> Result<(), Error> {
    for (field, password) in passwords {
        if let Some(password) = password {
            password.check(field).map_err(Error::InvalidRequest)?;
        }
    }
    Ok(())
}

/// A name of a datasource authentication, checked as the document says: 1 to 128 letters,
/// digits and `_`, not digits alone and not starting with `_`. The error says what to write.
pub fn auth_info_name(name: &str) -> Result<AuthInfoName, Error> {
    name.parse().map_err(|_| {
        Error::InvalidRequest(format!(
            "datasource authentication name {name:?}: use 1 to 128 letters, digits and `_`, \
             not digits alone and not starting with `_`"
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use AuthField::*;

    #[test]
    fn each_type_needs_its_fields_and_takes_no_others() {
        #[rustfmt::skip]
        let table: &[(AuthInfoType, &[AuthField], Option<&str>)] = &[
            (AuthInfoType::Passwd, &[UserName, Password], None),
            (AuthInfoType::Passwd, &[UserName], Some("type passwd needs password")),
            (AuthInfoType::Passwd, &[UserName, Password, Keytab], Some("type passwd takes no keytab")),
            (AuthInfoType::Css, &[UserName, Password, CertificateLocation], None),
            (AuthInfoType::Css, &[UserName, Password], Some("type CSS needs certificate_location")),
            (AuthInfoType::Krb, &[UserName, Krb5Conf, Keytab], None),
            (AuthInfoType::Krb, &[Krb5Conf], Some("type KRB needs user_name, keytab")),
            (AuthInfoType::KafkaSsl, &[TruststoreLocation, TruststorePassword], None),
            (AuthInfoType::KafkaSsl,
             &[TruststoreLocation, TruststorePassword, KeystoreLocation, KeystorePassword, KeyPassword], None),
            (AuthInfoType::KafkaSsl, &[TruststoreLocation, TruststorePassword, KeystoreLocation],
             Some("keystore_location and keystore_password go together")),
            (AuthInfoType::KafkaSsl, &[TruststoreLocation, TruststorePassword, KeyPassword],
             Some("key_password needs keystore_location")),
            (AuthInfoType::KafkaSsl, &[UserName], Some("needs truststore_location, truststore_password; type Kafka_SSL takes no user_name")),
        ];
        for (kind, set, expected) in table {
            match (check_auth_fields(*kind, set), expected) {
                (Ok(()), None) => {}
                (Err(problem), Some(fragment)) => {
                    assert!(problem.contains(fragment), "{kind} {set:?}: {problem}")
                }
                (got, _) => panic!("{kind} {set:?}: {got:?}, expected {expected:?}"),
            }
        }
    }

    #[test]
    fn names_are_checked_as_the_document_says() {
        for good in ["orders_db_auth", "a", "1a", "12_", &"a".repeat(128)] {
            assert!(auth_info_name(good).is_ok(), "{good}");
        }
        for bad in ["", "_lead", "123", "has-dash", "sp ace", &"a".repeat(129)] {
            let error = auth_info_name(bad).expect_err(bad).to_string();
            assert!(error.contains("1 to 128 letters"), "{error}");
        }
    }

    #[test]
    fn secret_fields_are_the_four_passwords() {
        let all = [
            UserName,
            Password,
            CertificateLocation,
            Krb5Conf,
            Keytab,
            TruststoreLocation,
            TruststorePassword,
            KeystoreLocation,
            KeystorePassword,
            KeyPassword,
        ];
        let secret: Vec<&str> = all
            .iter()
            .filter(|f| f.is_secret())
            .map(|f| f.as_str())
            .collect();
        assert_eq!(
            secret,
            [
                "password",
                "truststore_password",
                "keystore_password",
                "key_password"
            ]
        );
    }
}
