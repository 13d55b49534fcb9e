//! What the file says should exist, checked: every value parsed, nothing left to refuse.
//!
//! A field that is `None` is not managed: whatever the connection has there stays. A field
//! that is `Some` is authoritative, and an empty one clears.

use std::collections::{BTreeMap, BTreeSet};
use std::net::Ipv4Addr;

use dli_client::AuthField;
use dli_client::network::Cidr;
use dli_client::types::AuthInfoType;

pub use crate::secrets::SecretRef;

/// The key of the tag that says which stack owns a connection. A file may not set it.
pub const MARKER_KEY: &str = "managed-by";

/// The value an earlier `dli apply`, which knew no stacks, wrote under [`MARKER_KEY`].
pub const LEGACY_MARKER: &str = "dli";

/// The key of the tag `protect = true` sets, so that a connection stays protected once the
/// file no longer names it. A file may not set it either.
pub const PROTECT_KEY: &str = "dli-protect";

/// The stack of a file that names none (`--prune` refuses such a file).
pub const DEFAULT_STACK: &str = "default";

/// The most tags a file may set on a connection: DLI's 20, less [`MARKER_KEY`] and
/// [`PROTECT_KEY`].
pub const MOST_FILE_TAGS: usize = crate::rules::MOST_TAGS - 2;

/// The value of [`MARKER_KEY`] on what `stack` owns: `dli:STACK`, which DLI takes as a tag
/// value (letters, digits, `_`, `-` and `:`).
pub fn marker(stack: &str) -> String {
    format!("{LEGACY_MARKER}:{stack}")
}

/// Who owns a connection, as its [`MARKER_KEY`] tag says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Owner {
    /// No marker: made elsewhere; a file that names it adopts it.
    Nobody,
    /// `managed-by = "dli"`: made by an earlier `dli apply` that knew no stacks; a file
    /// that names it adopts it.
    Legacy,
    /// `managed-by = "dli:STACK"`: the stack's.
    Stack(String),
    /// `managed-by` with another value: another tool's.
    Other(String),
}

impl Owner {
    /// The owner a connection's tags name.
    pub fn of(tags: &BTreeMap<String, String>) -> Self {
        match tags.get(MARKER_KEY).map(String::as_str) {
            None => Owner::Nobody,
            Some(LEGACY_MARKER) => Owner::Legacy,
            Some(value) => match value
                .strip_prefix(LEGACY_MARKER)
                .and_then(|v| v.strip_prefix(':'))
            {
                Some(stack) if !stack.is_empty() => Owner::Stack(stack.to_owned()),
                _ => Owner::Other(value.to_owned()),
            },
        }
    }
}

/// Every connection and datasource authentication the file names, by name, and the stack it
/// is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Desired {
    /// The stack, as the file says (`stack = "orders"`); `None` when it names none.
    pub stack: Option<String>,
    /// The connections, by name.
    pub connections: BTreeMap<String, DesiredConnection>,
    /// The datasource authentications, by name.
    pub auth: BTreeMap<String, DesiredAuth>,
}

/// One datasource authentication as the file describes it. Its passwords are
/// [`SecretRef`]s: where to read them when they are sent, never their values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DesiredAuth {
    /// It should exist, with these fields.
    Present {
        /// Its type; a change replaces it.
        kind: AuthInfoType,
        /// Its user.
        user: Option<String>,
        /// Its OBS paths, by field (`certificate_location` and the others).
        locations: BTreeMap<AuthField, String>,
        /// Where each password is read, by field.
        secrets: BTreeMap<AuthField, SecretRef>,
    },
    /// `ensure = "absent"`: it should not exist.
    Absent,
}

impl Desired {
    /// The stack that owns what this file makes: the file's, else [`DEFAULT_STACK`].
    pub fn stack(&self) -> &str {
        self.stack.as_deref().unwrap_or(DEFAULT_STACK)
    }

    /// The file narrowed to the connections and datasource authentications `targets` names
    /// (`--target`), or every one when there is none; the names the file lacks are the
    /// error.
    pub fn only(&self, targets: &[String]) -> Result<Desired, Vec<String>> {
        if targets.is_empty() {
            return Ok(self.clone());
        }
        let missing: Vec<String> = targets
            .iter()
            .filter(|name| !self.connections.contains_key(*name) && !self.auth.contains_key(*name))
            .cloned()
            .collect();
        if !missing.is_empty() {
            return Err(missing);
        }
        let named = |name: &String| targets.contains(name);
        Ok(Desired {
            stack: self.stack.clone(),
            connections: self
                .connections
                .iter()
                .filter(|(name, _)| named(name))
                .map(|(name, c)| (name.clone(), c.clone()))
                .collect(),
            auth: self
                .auth
                .iter()
                .filter(|(name, _)| named(name))
                .map(|(name, a)| (name.clone(), a.clone()))
                .collect(),
        })
    }
}

/// One connection as the file describes it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DesiredConnection {
    /// The VPC (`dest_vpc_id`); needed to create it, and a change replaces it.
    pub vpc: Option<String>,
    /// The subnet (`dest_network_id`); needed to create it, and a change replaces it.
    pub subnet: Option<String>,
    /// The elastic resource pools bound to it.
    pub pools: Option<BTreeSet<String>>,
    /// The queues bound to it.
    pub queues: Option<BTreeSet<String>>,
    /// Its routes, name → network.
    pub routes: Option<BTreeMap<String, Cidr>>,
    /// Its host entries, name → address.
    pub hosts: Option<BTreeMap<String, Ipv4Addr>>,
    /// The projects granted `BIND_QUEUE` on it.
    pub grants: Option<BTreeSet<String>>,
    /// Its tags, key → value, [`MARKER_KEY`] and [`PROTECT_KEY`] aside.
    pub tags: Option<BTreeMap<String, String>>,
    /// Refuse to delete or replace it (recorded on it as [`PROTECT_KEY`]).
    pub protect: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_narrow_the_file_and_unknown_ones_are_named() {
        let file = Desired {
            stack: Some("s".to_owned()),
            connections: ["a", "b", "c"]
                .into_iter()
                .map(|n| (n.to_owned(), DesiredConnection::default()))
                .collect(),
            auth: BTreeMap::new(),
        };
        assert_eq!(file.only(&[]), Ok(file.clone()));
        let narrowed = file.only(&["b".to_owned()]).expect("known");
        assert_eq!(narrowed.connections.keys().collect::<Vec<_>>(), ["b"]);
        assert_eq!(narrowed.stack, file.stack);
        assert_eq!(
            file.only(&["b".to_owned(), "x".to_owned()]),
            Err(vec!["x".to_owned()])
        );
    }

    #[test]
    fn the_marker_names_its_owner() {
        let tags = |value: Option<&str>| -> BTreeMap<String, String> {
            value
                .map(|v| (MARKER_KEY.to_owned(), v.to_owned()))
                .into_iter()
                .collect()
        };
        for (value, owner) in [
            (None, Owner::Nobody),
            (Some("dli"), Owner::Legacy),
            (Some("dli:orders"), Owner::Stack("orders".to_owned())),
            (
                Some(marker("a-b_1").as_str()),
                Owner::Stack("a-b_1".to_owned()),
            ),
            (Some("dli:"), Owner::Other("dli:".to_owned())),
            (Some("dlix"), Owner::Other("dlix".to_owned())),
            (Some("terraform"), Owner::Other("terraform".to_owned())),
        ] {
            assert_eq!(Owner::of(&tags(value)), owner, "{value:?}");
        }
    }
}
