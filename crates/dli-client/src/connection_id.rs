//! The id of an enhanced connection, parsed once, where it enters: from a [`Uuid`], or from
//! text by [`str::parse`] (which is also how `dli` reads it from the command line).

use std::fmt;
use std::str::FromStr;

use uuid::Uuid;

/// The id of an enhanced connection: the UUID DLI gave it when it was created.
///
/// ```
/// use dli_client::ConnectionId;
///
/// let id: ConnectionId = "2a620c33-5609-40c9-affd-2b6453071b0f".parse()?;
/// assert_eq!(id.to_string(), "2a620c33-5609-40c9-affd-2b6453071b0f");
/// let refused = "-".parse::<ConnectionId>().unwrap_err();
/// assert!(refused.to_string().contains("not a connection id"));
/// # Ok::<(), dli_client::InvalidConnectionId>(())
/// ```
///
/// In JSON (and any other serde format) it is the UUID's hyphenated text, and reading one
/// refuses anything that is not a UUID.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(transparent)]
pub struct ConnectionId(Uuid);

impl ConnectionId {
    /// The UUID.
    pub fn uuid(self) -> Uuid {
        self.0
    }
}

/// Text that is not a connection id; the message says what was given and what is wanted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{given:?} is not a connection id: give the UUID DLI returned when it was created, such as 2a620c33-5609-40c9-affd-2b6453071b0f"
)]
pub struct InvalidConnectionId {
    given: String,
}

/// The longest text shown back in an error.
const SHOWN: usize = 80;

impl FromStr for ConnectionId {
    type Err = InvalidConnectionId;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Uuid::try_parse(text.trim())
            .map(Self)
            .map_err(|_| InvalidConnectionId {
                given: text.chars().take(SHOWN).collect(),
            })
    }
}

impl From<Uuid> for ConnectionId {
    fn from(id: Uuid) -> Self {
        Self(id)
    }
}

impl From<ConnectionId> for Uuid {
    fn from(id: ConnectionId) -> Self {
        id.0
    }
}

impl fmt::Display for ConnectionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_uuids_and_nothing_else() {
        let id: ConnectionId = " 2a620c33-5609-40c9-affd-2b6453071b0f\n"
            .parse()
            .expect("valid");
        assert_eq!(id.to_string(), "2a620c33-5609-40c9-affd-2b6453071b0f");
        assert_eq!(ConnectionId::from(id.uuid()), id);
        for bad in [
            "",
            "-",
            "../x",
            "not-a-uuid",
            "2a620c33-5609-40c9-affd-2b6453071b0",
            "2a620c33/5609",
        ] {
            let error = bad.parse::<ConnectionId>().expect_err(bad).to_string();
            assert!(
                error.contains(&format!("{bad:?} is not a connection id")),
                "{error}"
            );
        }
        let json = serde_json::to_string(&id).expect("serialized");
        assert_eq!(json, "\"2a620c33-5609-40c9-affd-2b6453071b0f\"");
        assert_eq!(
            serde_json::from_str::<ConnectionId>(&json).expect("read"),
            id
        );
        assert!(serde_json::from_str::<ConnectionId>("\"../x\"").is_err());
        let long = "x".repeat(10_000);
        let error = long.parse::<ConnectionId>().expect_err("long").to_string();
        assert!(
            error.len() < 300,
            "the error shows at most {SHOWN} characters back"
        );
    }
}
