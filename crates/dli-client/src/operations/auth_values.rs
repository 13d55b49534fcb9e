//! The values of a datasource authentication's fields, as `dli auth` and the desired-state
//! file gather them, and the one mapping from them to the bodies of a create and an update.

use crate::Password;
use crate::error::Error;
use crate::generated::types::{
    AuthInfoName, AuthInfoType, AuthInfoUser, CreateJobAuthInfoRequest, ObsPath,
    UpdateJobAuthInfoRequest,
};

use super::auth_fields::AuthField;

/// The fields a create or an update of a datasource authentication sends, besides its name
/// and type, gathered by [`AuthField`]: a user, OBS paths and passwords.
///
/// ```
/// use dli_client::{AuthField, AuthValues, Password, auth_info_name};
/// use dli_client::types::AuthInfoType;
///
/// let values = AuthValues::default()
///     .user("etl_reader".parse()?)
///     .password(AuthField::Password, Password::new("s3cret"));
/// let request = values.create(auth_info_name("orders_db_auth")?, AuthInfoType::Passwd)?;
/// assert_eq!(request.user_name.as_deref().map(String::as_str), Some("etl_reader"));
/// assert!(format!("{request:?}").contains("Password(..)"), "never the password itself");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Default)]
pub struct AuthValues {
    user: Option<AuthInfoUser>,
    locations: Vec<(AuthField, ObsPath)>,
    passwords: Vec<(AuthField, Password)>,
}

impl AuthValues {
    /// The user (`user_name`).
    pub fn user(mut self, user: AuthInfoUser) -> Self {
        self.user = Some(user);
        self
    }

    /// An OBS path: `field` is one of the `…_location` fields, `krb5_conf` or `keytab`.
    pub fn location(mut self, field: AuthField, path: ObsPath) -> Self {
        self.locations.push((field, path));
        self
    }

    /// A password: `field` is one of the `…password` fields.
    pub fn password(mut self, field: AuthField, password: Password) -> Self {
        self.passwords.push((field, password));
        self
    }

    /// The body of a create of `name` as a datasource authentication of type `kind`. Fails,
    /// before anything is sent, for a path or a password given as another kind of field.
    pub fn create(
        self,
        name: AuthInfoName,
        kind: AuthInfoType,
    ) -> Result<CreateJobAuthInfoRequest, Error> {
        let slots = self.into_slots()?;
        Ok(CreateJobAuthInfoRequest {
            auth_info_name: name,
            datasource_type: kind,
            user_name: slots.user_name,
            password: slots.password,
            certificate_location: slots.certificate_location,
            krb5_conf: slots.krb5_conf,
            keytab: slots.keytab,
            truststore_location: slots.truststore_location,
            truststore_password: slots.truststore_password,
            keystore_location: slots.keystore_location,
            keystore_password: slots.keystore_password,
            key_password: slots.key_password,
        })
    }

    /// The body of an update of `name`: what is not given is kept. Fails, before anything is
    /// sent, for the certificate and the key password, which DLI takes only on create (delete
    /// and create again to change them), and for a field given as another kind.
    pub fn update(self, name: AuthInfoName) -> Result<UpdateJobAuthInfoRequest, Error> {
        let slots = self.into_slots()?;
        if slots.certificate_location.is_some() {
            return Err(only_on_create(AuthField::CertificateLocation));
        }
        if slots.key_password.is_some() {
            return Err(only_on_create(AuthField::KeyPassword));
        }
        Ok(UpdateJobAuthInfoRequest {
            auth_info_name: name,
            user_name: slots.user_name,
            password: slots.password,
            krb5_conf: slots.krb5_conf,
            keytab: slots.keytab,
            truststore_location: slots.truststore_location,
            truststore_password: slots.truststore_password,
            keystore_location: slots.keystore_location,
            keystore_password: slots.keystore_password,
        })
    }

    /// Each value in the slot of its field.
    fn into_slots(self) -> Result<Slots, Error> {
        let mut slots = Slots {
            user_name: self.user,
            ..Slots::default()
        };
        for (field, path) in self.locations {
            let slot = match field {
                AuthField::CertificateLocation => &mut slots.certificate_location,
                AuthField::Krb5Conf => &mut slots.krb5_conf,
                AuthField::Keytab => &mut slots.keytab,
                AuthField::TruststoreLocation => &mut slots.truststore_location,
                AuthField::KeystoreLocation => &mut slots.keystore_location,
                other => return Err(not_a(other, "an OBS path")),
            };
            *slot = Some(path);
        }
        for (field, password) in self.passwords {
            let slot = match field {
                AuthField::Password => &mut slots.password,
                AuthField::TruststorePassword => &mut slots.truststore_password,
                AuthField::KeystorePassword => &mut slots.keystore_password,
                AuthField::KeyPassword => &mut slots.key_password,
                other => return Err(not_a(other, "a password")),
            };
            *slot = Some(password);
        }
        Ok(slots)
    }
}

/// Every field of the create body but the name and the type.
#[derive(Default)]
struct Slots {
    user_name: Option<AuthInfoUser>,
    password: Option<Password>,
    certificate_location: Option<ObsPath>,
    krb5_conf: Option<ObsPath>,
    keytab: Option<ObsPath>,
    truststore_location: Option<ObsPath>,
    truststore_password: Option<Password>,
    keystore_location: Option<ObsPath>,
    keystore_password: Option<Password>,
    key_password: Option<Password>,
}

fn not_a(field: AuthField, kind: &str) -> Error {
    Error::InvalidRequest(format!("{} is not {kind}", field.as_str()))
}

fn only_on_create(field: AuthField) -> Error {
    Error::InvalidRequest(format!(
        "{} cannot be changed: DLI takes it only when a datasource authentication is created; \
         delete it and create it again",
        field.as_str()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(text: &str) -> ObsPath {
        text.parse().expect("an OBS path")
    }

    #[test]
    fn each_field_goes_to_its_slot_of_a_create() {
        let name = crate::auth_info_name("kafka_auth").expect("a name");
        let request = AuthValues::default()
            .location(AuthField::TruststoreLocation, path("obs://b/t.jks"))
            .location(AuthField::KeystoreLocation, path("obs://b/k.jks"))
            .password(AuthField::TruststorePassword, Password::new("t"))
            .password(AuthField::KeystorePassword, Password::new("k"))
            .password(AuthField::KeyPassword, Password::new("key"))
            .create(name, AuthInfoType::KafkaSsl)
            .expect("a body");
        assert_eq!(request.truststore_location, Some(path("obs://b/t.jks")));
        assert_eq!(request.keystore_location, Some(path("obs://b/k.jks")));
        let secret = |p: &Option<Password>| p.as_ref().map(|p| p.expose().to_owned());
        assert_eq!(secret(&request.truststore_password).as_deref(), Some("t"));
        assert_eq!(secret(&request.keystore_password).as_deref(), Some("k"));
        assert_eq!(secret(&request.key_password).as_deref(), Some("key"));
        assert_eq!(request.password, None);
        assert_eq!(request.certificate_location, None);
    }

    #[test]
    fn an_update_refuses_what_only_a_create_takes_and_a_misplaced_field() {
        let name = || crate::auth_info_name("kafka_auth").expect("a name");
        let kept = AuthValues::default()
            .location(AuthField::Keytab, path("obs://b/user.keytab"))
            .password(AuthField::Password, Password::new("p"))
            .update(name())
            .expect("a body");
        assert_eq!(kept.keytab, Some(path("obs://b/user.keytab")));
        assert_eq!(kept.krb5_conf, None, "left out, so kept as it is");
        for (values, expected) in [
            (
                AuthValues::default().location(AuthField::CertificateLocation, path("obs://b/c")),
                "certificate_location cannot be changed",
            ),
            (
                AuthValues::default().password(AuthField::KeyPassword, Password::new("k")),
                "key_password cannot be changed",
            ),
            (
                AuthValues::default().password(AuthField::Keytab, Password::new("k")),
                "keytab is not a password",
            ),
        ] {
            let error = values.update(name()).expect_err(expected).to_string();
            assert!(error.contains(expected), "{error}");
        }
        let error = AuthValues::default()
            .location(AuthField::Password, path("obs://b/p"))
            .create(name(), AuthInfoType::Passwd)
            .expect_err("a password is not a path")
            .to_string();
        assert!(error.contains("password is not an OBS path"), "{error}");
    }
}
