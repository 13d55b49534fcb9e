//! [`Password`]: the type of every password a datasource authentication sends.

use std::borrow::Cow;
use std::fmt;

use secrecy::{ExposeSecret, SecretString};

/// A password of a datasource authentication (`password`, `truststore_password`,
/// `keystore_password`, `key_password`): sent to DLI and never returned by it.
///
/// Its value never appears in `Debug` output, errors or logs (`Debug` prints `Password(..)`),
/// and the memory that holds it is wiped when it is dropped ([`secrecy::SecretString`]). The
/// generated request types hold it, so dropping a request wipes its passwords. The one copy
/// the client cannot wipe is the serialized request body inside `reqwest`, freed once the call
/// ends.
///
/// ```
/// let password = dli_client::Password::new("hunter2-example");
/// assert_eq!(format!("{password:?}"), "Password(..)");
/// assert!(!format!("{password:?}").contains("hunter2"));
/// ```
#[derive(Clone)]
pub struct Password(SecretString);

impl Password {
    /// Wraps a password. An empty password is refused by [`Password::check`] and by the
    /// operations that send one.
    pub fn new(value: impl Into<String>) -> Self {
        Self(SecretString::from(value.into()))
    }

    /// The password itself: for sending it, and for comparing it with another source.
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }

    /// How long the password is, in characters: a check that prints nothing of it.
    pub fn len(&self) -> usize {
        self.expose().chars().count()
    }

    /// Whether the password is empty.
    pub fn is_empty(&self) -> bool {
        self.expose().is_empty()
    }

    /// The first line of `reader`, without its line ending: how a password is read from
    /// standard input or a file. At most [`Password::MOST_LINE`] bytes are read, a longer line
    /// is refused, and nothing after the line is taken from `reader`. The error never quotes
    /// the value.
    pub fn first_line(reader: impl std::io::BufRead) -> Result<Self, String> {
        use std::io::BufRead as _;

        let mut line = Vec::new();
        reader
            .take(Self::MOST_LINE as u64 + 1)
            .read_until(b'\n', &mut line)
            .map_err(|error| error.to_string())?;
        if line.len() > Self::MOST_LINE && !line.ends_with(b"\n") {
            return Err(format!("the line is longer than {} bytes", Self::MOST_LINE));
        }
        while line
            .last()
            .is_some_and(|byte| matches!(byte, b'\n' | b'\r'))
        {
            line.pop();
        }
        String::from_utf8(line)
            .map(Self::new)
            .map_err(|_| "it is not valid UTF-8".to_owned())
    }

    /// The longest line [`Password::first_line`] reads.
    pub const MOST_LINE: usize = 4096;

    /// Checks what DLI accepts: 1 to 1,024 characters. The message never quotes the value.
    pub fn check(&self, field: &str) -> Result<(), String> {
        match self.len() {
            0 => Err(format!("{field} is empty; give the password")),
            1..=MAX_LEN => Ok(()),
            n => Err(format!(
                "{field} is {n} characters long; DLI takes at most {MAX_LEN}"
            )),
        }
    }
}

/// The body fields that hold a password: what a dry run's preview redacts, and what
/// [`AuthField::is_secret`](crate::AuthField::is_secret) says.
pub(crate) const SECRET_FIELDS: [&str; 4] = [
    "password",
    "truststore_password",
    "keystore_password",
    "key_password",
];

/// The longest password the document allows.
const MAX_LEN: usize = 1024;

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(..)")
    }
}

impl PartialEq for Password {
    fn eq(&self, other: &Self) -> bool {
        self.expose() == other.expose()
    }
}

impl From<String> for Password {
    fn from(value: String) -> Self {
        Self::new(value)
    }
}

impl From<&str> for Password {
    fn from(value: &str) -> Self {
        Self::new(value)
    }
}

impl serde::Serialize for Password {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.expose())
    }
}

impl<'de> serde::Deserialize<'de> for Password {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::new)
    }
}

impl schemars::JsonSchema for Password {
    fn schema_name() -> Cow<'static, str> {
        "AuthInfoSecret".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "password",
            "writeOnly": true,
            "minLength": 1,
            "maxLength": MAX_LEN,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_errors_never_show_the_value() {
        let password = Password::new("s3cr3t-Value");
        let long = Password::new("x".repeat(MAX_LEN + 1));
        assert_eq!(format!("{password:?}"), "Password(..)");
        assert_eq!(
            format!("{:?}", Some(password.clone())),
            "Some(Password(..))"
        );
        assert!(password.check("password").is_ok());
        let error = long.check("password").unwrap_err();
        assert!(error.contains("1025 characters"), "{error}");
        assert!(!error.contains("xxx"), "{error}");
        assert!(
            Password::new("")
                .check("truststore_password")
                .unwrap_err()
                .contains("empty")
        );
    }

    #[test]
    fn the_first_line_is_read_and_nothing_after_it() {
        let read = |text: &[u8]| Password::first_line(text);
        assert_eq!(
            read(b"s3cret\r\nsecond line\n").expect("read").expose(),
            "s3cret"
        );
        assert_eq!(read(b"no newline").expect("read").expose(), "no newline");
        assert!(read(b"\n").expect("read").is_empty());
        let long = "x".repeat(Password::MOST_LINE + 1);
        let error = read(long.as_bytes()).unwrap_err();
        assert!(
            error.contains("longer than 4096") && !error.contains("xxx"),
            "{error}"
        );
        assert_eq!(read(&[0xff, 0xfe]).unwrap_err(), "it is not valid UTF-8");
        let mut rest = std::io::Cursor::new(b"first\nsecond\n".to_vec());
        assert_eq!(
            Password::first_line(&mut rest).expect("read").expose(),
            "first"
        );
        assert_eq!(rest.position(), 6, "nothing after the line is taken");
    }

    #[test]
    fn it_travels_as_a_plain_string() {
        let password = Password::new("p\"w");
        assert_eq!(serde_json::to_string(&password).unwrap(), r#""p\"w""#);
        let back: Password = serde_json::from_str(r#""p\"w""#).unwrap();
        assert_eq!(back, password);
    }
}
