//! How requests prove who sends them: an AK/SK pair (optionally temporary, with a security
//! token) or an IAM token.

use std::fmt;

pub use hwcloud_signer::SecretKey;

/// A secret string, such as a token. Its value never appears in `Debug` or `Display` output.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The secret value, for sending it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Self::new(value)
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self::new(value)
    }
}

/// The credentials a client sends with every request. Make them with
/// [`Credentials::ak_sk`], [`Credentials::temporary`] or [`Credentials::iam_token`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Credentials {
    /// An access key and secret key: each request is signed (`SDK-HMAC-SHA256`).
    #[non_exhaustive]
    AkSk {
        /// The access key id (AK). It is sent in the clear.
        access_key: String,
        /// The secret access key (SK). It is only used to compute signatures.
        secret_key: SecretKey,
        /// The security token of temporary credentials, sent (and signed) as
        /// `X-Security-Token`.
        security_token: Option<Secret>,
    },
    /// A project-scoped IAM token, sent as `X-Auth-Token`; requests are not signed.
    IamToken(Secret),
}

impl Credentials {
    /// Permanent AK/SK credentials.
    pub fn ak_sk(access_key: impl Into<String>, secret_key: impl AsRef<[u8]>) -> Self {
        Self::AkSk {
            access_key: access_key.into(),
            secret_key: SecretKey::new(secret_key),
            security_token: None,
        }
    }

    /// Temporary AK/SK credentials with their security token.
    pub fn temporary(
        access_key: impl Into<String>,
        secret_key: impl AsRef<[u8]>,
        security_token: impl Into<Secret>,
    ) -> Self {
        Self::AkSk {
            access_key: access_key.into(),
            secret_key: SecretKey::new(secret_key),
            security_token: Some(security_token.into()),
        }
    }

    /// An IAM token (the `X-Subject-Token` that IAM returns).
    pub fn iam_token(token: impl Into<Secret>) -> Self {
        Self::IamToken(token.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_hides_every_secret() {
        let all = [
            Credentials::ak_sk("AKVISIBLE", "sk-secret-value"),
            Credentials::temporary("AKVISIBLE", "sk-secret-value", "token-secret-value"),
            Credentials::iam_token("token-secret-value"),
        ];
        for credentials in all {
            let shown = format!("{credentials:?} {credentials:#?}");
            assert!(!shown.contains("secret-value"), "{shown}");
        }
        assert!(format!("{:?}", Credentials::ak_sk("AKVISIBLE", "x")).contains("AKVISIBLE"));
    }
}
