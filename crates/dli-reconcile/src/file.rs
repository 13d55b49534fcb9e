//! The desired-state file: TOML, one table per connection name. Read whole, checked whole:
//! an unknown key, a bad value or a name given twice is an error with the file, line and
//! column, found before any call.
//!
//! ```toml
//! [connection.orders]
//! vpc = "vpc-0a1b"
//! subnet = "subnet-9f8e"
//! pools = ["pool_etl"]
//! routes = { office = "192.168.0.0/24" }
//! hosts = { db = "192.168.0.21" }
//! grants = ["fedcba9876543210fedcba9876543210"]
//! tags = { team = "data" }
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::ops::Range;

use dli_client::network::{Cidr, ipv4};
use schemars::JsonSchema;
use serde::Deserialize;
use toml::Spanned;

use crate::desired::{Desired, DesiredConnection, MANAGED_TAG};
use crate::rules;

/// The most bytes of a file read: far beyond a thousand connections with every field.
pub const MOST_BYTES: usize = 16 << 20;

/// The file as written: what `dli schema` describes.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "dli desired state")]
pub struct DesiredFile {
    /// The connections that should exist, by name: 1 to 64 letters, digits or underscores.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, ConnectionTable>")]
    pub connection: BTreeMap<Spanned<String>, ConnectionTable>,
}

/// One connection. A field that is absent is not managed; a field that is present is
/// authoritative, and an empty one clears.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConnectionTable {
    /// The VPC id (`dest_vpc_id`). Needed to create the connection; a change replaces it.
    #[schemars(with = "Option<String>")]
    pub vpc: Option<Spanned<String>>,
    /// The subnet id (`dest_network_id`). Needed to create the connection; a change
    /// replaces it.
    #[schemars(with = "Option<String>")]
    pub subnet: Option<Spanned<String>>,
    /// The elastic resource pools bound to the connection.
    #[schemars(with = "Option<BTreeSet<String>>")]
    pub pools: Option<Vec<Spanned<String>>>,
    /// The queues bound to the connection.
    #[schemars(with = "Option<BTreeSet<String>>")]
    pub queues: Option<Vec<Spanned<String>>>,
    /// Routes: name (1 to 64 characters) → IPv4 network, such as `192.168.0.0/24`.
    #[schemars(with = "Option<BTreeMap<String, String>>")]
    pub routes: Option<BTreeMap<String, Spanned<String>>>,
    /// Host entries: name → IPv4 address; at most 20,000.
    #[schemars(with = "Option<BTreeMap<String, String>>")]
    pub hosts: Option<BTreeMap<String, Spanned<String>>>,
    /// Project ids granted `BIND_QUEUE` on the connection.
    #[schemars(with = "Option<BTreeSet<String>>")]
    pub grants: Option<Vec<Spanned<String>>>,
    /// Tags: key (1 to 128 characters, not starting `_sys_`) → value (at most 255); at
    /// most 20. `managed-by` is the one `dli apply` sets on what it creates.
    #[schemars(with = "Option<BTreeMap<String, String>>")]
    pub tags: Option<BTreeMap<String, Spanned<String>>>,
}

/// A file that cannot be used, and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}:{column}: {message}")]
pub struct FileError {
    /// The file, as given.
    pub file: String,
    /// The line, from 1.
    pub line: usize,
    /// The column, in characters from 1.
    pub column: usize,
    /// What is wrong, and what to write instead.
    pub message: String,
}

/// A message about the text at a span, before the file is known.
struct Located {
    span: Range<usize>,
    message: String,
}

fn at<T>(value: &Spanned<T>, message: impl fmt::Display) -> Located {
    Located {
        span: value.span(),
        message: message.to_string(),
    }
}

/// The JSON Schema of the file, for editors (`dli schema`); `docs/desired-state.schema.json`
/// is this text, kept fresh by a test.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(DesiredFile);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// Reads `text`, the contents of `file`, into what should exist.
pub fn parse(file: &str, text: &str) -> Result<Desired, FileError> {
    let located = |located: Located| {
        let (line, column) = position(text, located.span.start);
        FileError {
            file: file.to_owned(),
            line,
            column,
            message: located.message,
        }
    };
    let raw: DesiredFile = toml::from_str(text).map_err(|error| {
        located(Located {
            span: error.span().unwrap_or(0..0),
            message: error.message().trim_end().to_owned(),
        })
    })?;
    check(raw).map_err(located)
}

/// The line and the column (in characters), both from 1, of a byte offset.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset.min(text.len())).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |at| at + 1);
    (line, before[start..].chars().count() + 1)
}

fn check(raw: DesiredFile) -> Result<Desired, Located> {
    let mut connections = BTreeMap::new();
    for (name, table) in raw.connection {
        rules::connection_name(name.get_ref()).map_err(|message| at(&name, message))?;
        connections.insert(name.into_inner(), connection(table)?);
    }
    Ok(Desired { connections })
}

fn connection(table: ConnectionTable) -> Result<DesiredConnection, Located> {
    let id = |value: Option<Spanned<String>>, what: &str| {
        value
            .map(|value| {
                rules::resource_id(value.get_ref())
                    .map_err(|message| at(&value, format!("{what}: {message}")))?;
                Ok(value.into_inner())
            })
            .transpose()
    };
    Ok(DesiredConnection {
        vpc: id(table.vpc, "vpc")?,
        subnet: id(table.subnet, "subnet")?,
        pools: names(table.pools, "pools", rules::peer_name)?,
        queues: names(table.queues, "queues", rules::peer_name)?,
        grants: names(table.grants, "grants", rules::project_id)?,
        routes: table
            .routes
            .map(|routes| {
                routes
                    .into_iter()
                    .map(|(name, cidr)| {
                        rules::route_name(&name)
                            .map_err(|message| at(&cidr, format!("routes: {message}")))?;
                        let parsed: Cidr = cidr
                            .get_ref()
                            .parse()
                            .map_err(|error| at(&cidr, format!("routes.{name}: {error}")))?;
                        Ok((name, parsed))
                    })
                    .collect::<Result<_, _>>()
            })
            .transpose()?,
        hosts: table
            .hosts
            .map(|hosts| {
                if hosts.len() > rules::MOST_HOSTS {
                    let first = hosts.values().next().map_or(0..0, Spanned::span);
                    return Err(Located {
                        span: first,
                        message: format!(
                            "hosts: {} entries; DLI takes at most {}",
                            hosts.len(),
                            rules::MOST_HOSTS
                        ),
                    });
                }
                hosts
                    .into_iter()
                    .map(|(name, ip)| {
                        rules::host_name(&name)
                            .map_err(|message| at(&ip, format!("hosts: {message}")))?;
                        let parsed = ipv4(ip.get_ref())
                            .map_err(|error| at(&ip, format!("hosts.{name}: {error}")))?;
                        Ok((name, parsed))
                    })
                    .collect::<Result<_, _>>()
            })
            .transpose()?,
        tags: table
            .tags
            .map(|tags| {
                if tags.len() > rules::MOST_TAGS {
                    let first = tags.values().next().map_or(0..0, Spanned::span);
                    return Err(Located {
                        span: first,
                        message: format!(
                            "tags: {} tags; DLI takes at most {}",
                            tags.len(),
                            rules::MOST_TAGS
                        ),
                    });
                }
                tags.into_iter()
                    .map(|(key, value)| {
                        if key == MANAGED_TAG.0 {
                            return Err(at(
                                &value,
                                format!(
                                    "tags: `{key}` marks what `dli apply` created; leave it out"
                                ),
                            ));
                        }
                        rules::tag(&key, value.get_ref())
                            .map_err(|message| at(&value, format!("tags: {message}")))?;
                        Ok((key, value.into_inner()))
                    })
                    .collect::<Result<_, _>>()
            })
            .transpose()?,
    })
}

/// A list of names, each checked by `rule` and given once.
fn names(
    list: Option<Vec<Spanned<String>>>,
    field: &str,
    rule: fn(&str) -> Result<(), String>,
) -> Result<Option<BTreeSet<String>>, Located> {
    let Some(list) = list else {
        return Ok(None);
    };
    let mut seen = BTreeSet::new();
    for name in list {
        rule(name.get_ref()).map_err(|message| at(&name, format!("{field}: {message}")))?;
        if seen.contains(name.get_ref()) {
            return Err(at(
                &name,
                format!("{field}: {:?} is given twice", name.get_ref()),
            ));
        }
        seen.insert(name.into_inner());
    }
    Ok(Some(seen))
}

#[cfg(test)]
mod tests;
