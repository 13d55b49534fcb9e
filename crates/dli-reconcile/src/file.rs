//! The desired-state file: TOML, a stack name, one table per connection name and one per
//! datasource authentication. Read
//! whole, checked whole: every unknown key, bad value or name given twice is reported with
//! the file, line and column, found before any call.
//!
//! ```toml
//! stack = "orders"
//!
//! [connection.orders]
//! vpc = "vpc-0a1b"
//! subnet = "subnet-9f8e"
//! pools = ["pool_etl"]
//! routes = { office = "192.168.0.0/24" }
//! hosts = { db = "192.168.0.21" }
//! grants = ["fedcba9876543210fedcba9876543210"]
//! tags = { team = "data" }
//!
//! [auth.orders_db]
//! type = "passwd"
//! user = "etl_reader"
//! password = { env = "ORDERS_DB_PASSWORD" }
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::ops::Range;

use dli_client::network::{Cidr, ipv4};
use schemars::JsonSchema;
use serde::Deserialize;
use toml::Spanned;

use crate::desired::{Desired, DesiredConnection, MARKER_KEY, MOST_FILE_TAGS, PROTECT_KEY};
use crate::rules;

/// The most bytes of a file read: far beyond a thousand connections with every field.
pub const MOST_BYTES: usize = 16 << 20;

/// The file as written: what `dli schema` describes.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "dli desired state", transform = schema::optional)]
pub struct DesiredFile {
    /// The stack this file is: what `dli apply` creates or adopts is marked with it, and
    /// `--prune` deletes only the stack's connections that the file no longer names. 1 to
    /// 64 letters, digits, `_` or `-`. Without it, the stack is `default`, and `--prune` is
    /// refused.
    #[schemars(schema_with = "schema::stack")]
    pub stack: Option<Spanned<String>>,
    /// The connections that should exist, by name: 1 to 64 letters, digits or underscores.
    #[serde(default)]
    #[schemars(with = "BTreeMap<ConnectionName, ConnectionTable>")]
    pub connection: BTreeMap<Spanned<String>, ConnectionTable>,
    /// The datasource authentications that should exist, by name: 1 to 128 letters, digits
    /// or underscores, not digits alone and not starting with `_`. They carry no tags, so
    /// `--prune` never deletes one: `ensure = "absent"` does.
    #[serde(default)]
    #[schemars(with = "BTreeMap<auth::AuthName, auth::AuthTable>")]
    pub auth: BTreeMap<Spanned<String>, auth::AuthTable>,
}

/// One connection. A field that is absent is not managed; a field that is present is
/// authoritative, and an empty one clears.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = schema::optional)]
pub struct ConnectionTable {
    /// The VPC id (`dest_vpc_id`). Needed to create the connection; a change replaces it.
    #[schemars(schema_with = "schema::resource_id")]
    pub vpc: Option<Spanned<String>>,
    /// The subnet id (`dest_network_id`). Needed to create the connection; a change
    /// replaces it.
    #[schemars(schema_with = "schema::resource_id")]
    pub subnet: Option<Spanned<String>>,
    /// The elastic resource pools bound to the connection.
    #[schemars(schema_with = "schema::peers")]
    pub pools: Option<Vec<Spanned<String>>>,
    /// The queues bound to the connection.
    #[schemars(schema_with = "schema::peers")]
    pub queues: Option<Vec<Spanned<String>>>,
    /// Routes: name (1 to 64 characters) → IPv4 network, such as `192.168.0.0/24`.
    #[schemars(schema_with = "schema::routes")]
    pub routes: Option<BTreeMap<String, Spanned<String>>>,
    /// Host entries: name (a letter, then at most 127 more characters, no spaces) → IPv4
    /// address; at most 20,000.
    #[schemars(schema_with = "schema::hosts")]
    pub hosts: Option<BTreeMap<String, Spanned<String>>>,
    /// Project ids (32 hex digits, never the project itself) granted `BIND_QUEUE` on the
    /// connection.
    #[schemars(schema_with = "schema::grants")]
    pub grants: Option<Vec<Spanned<String>>>,
    /// Tags: key (1 to 128 letters, digits, spaces or `_ . : + - @`, not starting `_sys_`)
    /// → value (at most 255 characters); at most 18. `managed-by` and `dli-protect` are
    /// dli's own, set from `stack` and `protect`.
    #[schemars(schema_with = "schema::tags")]
    pub tags: Option<BTreeMap<String, Spanned<String>>>,
    /// Refuse to delete or replace the connection; recorded on it as the tag
    /// `dli-protect`, so that `--prune` refuses it too once the file no longer names it.
    #[schemars(schema_with = "schema::protect")]
    pub protect: Option<Spanned<bool>>,
}

/// A connection name, as a key of `[connection]`: its schema only.
struct ConnectionName;

impl JsonSchema for ConnectionName {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ConnectionName".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schema::connection_names(generator)
    }
}

/// Everything wrong with a file, in the order it is written: each with its place.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
pub struct FileErrors {
    /// The errors, at least one, by position.
    pub errors: Vec<FileError>,
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

/// Reads `text`, the contents of `file`, into what should exist; every error is reported.
pub fn parse(file: &str, text: &str) -> Result<Desired, FileErrors> {
    let located = |located: Located| {
        let (line, column) = position(text, located.span.start);
        FileError {
            file: file.to_owned(),
            line,
            column,
            message: located.message,
        }
    };
    let raw: DesiredFile = toml::from_str(text).map_err(|error| FileErrors {
        errors: vec![located(Located {
            span: error.span().unwrap_or(0..0),
            message: error.message().trim_end().to_owned(),
        })],
    })?;
    let mut found = Vec::new();
    let desired = check(file, raw, &mut found);
    if found.is_empty() {
        return Ok(desired);
    }
    found.sort_by_key(|located| located.span.start);
    Err(FileErrors {
        errors: found.into_iter().map(located).collect(),
    })
}

/// The line and the column (in characters), both from 1, of a byte offset.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset.min(text.len())).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |at| at + 1);
    (line, before[start..].chars().count() + 1)
}

fn check(file: &str, raw: DesiredFile, found: &mut Vec<Located>) -> Desired {
    let stack = raw.stack.and_then(|stack| {
        keep(
            found,
            rules::stack_name(stack.get_ref()).map_err(|m| at(&stack, m)),
        )?;
        Some(stack.into_inner())
    });
    let mut connections = BTreeMap::new();
    for (name, table) in raw.connection {
        if let Err(message) = rules::connection_name(name.get_ref()) {
            found.push(at(&name, message));
        }
        connections.insert(name.into_inner(), connection(table, found));
    }
    let mut auths = BTreeMap::new();
    for (name, table) in raw.auth {
        if let Some(entry) = auth::auth(file, &name, table, found) {
            auths.insert(name.into_inner(), entry);
        }
    }
    Desired {
        stack,
        connections,
        auth: auths,
    }
}

/// The value, or `None` with its error kept.
fn keep<T>(found: &mut Vec<Located>, result: Result<T, Located>) -> Option<T> {
    result.map_err(|error| found.push(error)).ok()
}

fn connection(table: ConnectionTable, found: &mut Vec<Located>) -> DesiredConnection {
    let mut id = |value: Option<Spanned<String>>, what: &str| {
        let value = value?;
        let checked = rules::resource_id(value.get_ref())
            .map_err(|message| at(&value, format!("{what}: {message}")));
        keep(found, checked)?;
        Some(value.into_inner())
    };
    let vpc = id(table.vpc, "vpc");
    let subnet = id(table.subnet, "subnet");
    DesiredConnection {
        vpc,
        subnet,
        pools: names(table.pools, "pools", rules::peer_name, found),
        queues: names(table.queues, "queues", rules::peer_name, found),
        grants: names(table.grants, "grants", rules::project_id, found),
        routes: table.routes.map(|routes| {
            routes
                .into_iter()
                .filter_map(|(name, cidr)| {
                    let checked = rules::route_name(&name)
                        .map_err(|message| at(&cidr, format!("routes: {message}")))
                        .and_then(|()| {
                            cidr.get_ref()
                                .parse::<Cidr>()
                                .map_err(|error| at(&cidr, format!("routes.{name}: {error}")))
                        });
                    Some((name, keep(found, checked)?))
                })
                .collect()
        }),
        hosts: table.hosts.map(|hosts| {
            if hosts.len() > rules::MOST_HOSTS {
                let first = hosts.values().next().map_or(0..0, Spanned::span);
                found.push(Located {
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
                .filter_map(|(name, ip)| {
                    let checked = rules::host_name(&name)
                        .map_err(|message| at(&ip, format!("hosts: {message}")))
                        .and_then(|()| {
                            ipv4(ip.get_ref())
                                .map_err(|error| at(&ip, format!("hosts.{name}: {error}")))
                        });
                    Some((name, keep(found, checked)?))
                })
                .collect()
        }),
        tags: table.tags.map(|tags| {
            if tags.len() > MOST_FILE_TAGS {
                let first = tags.values().next().map_or(0..0, Spanned::span);
                found.push(Located {
                    span: first,
                    message: format!(
                        "tags: {} tags; a file sets at most {MOST_FILE_TAGS} (DLI keeps {}, two of them dli's own)",
                        tags.len(),
                        rules::MOST_TAGS
                    ),
                });
            }
            tags.into_iter()
                .filter_map(|(key, value)| {
                    let checked = if key == MARKER_KEY || key == PROTECT_KEY {
                        Err(at(
                            &value,
                            format!("tags: `{key}` is dli's own (stack and protect set it); leave it out"),
                        ))
                    } else {
                        rules::tag(&key, value.get_ref())
                            .map_err(|message| at(&value, format!("tags: {message}")))
                    };
                    keep(found, checked)?;
                    Some((key, value.into_inner()))
                })
                .collect()
        }),
        protect: table.protect.is_some_and(Spanned::into_inner),
    }
}

/// A list of names, each checked by `rule` and given once.
fn names(
    list: Option<Vec<Spanned<String>>>,
    field: &str,
    rule: fn(&str) -> Result<(), String>,
    found: &mut Vec<Located>,
) -> Option<BTreeSet<String>> {
    let list = list?;
    let mut seen = BTreeSet::new();
    for name in list {
        if let Err(message) = rule(name.get_ref()) {
            found.push(at(&name, format!("{field}: {message}")));
        } else if seen.contains(name.get_ref()) {
            found.push(at(
                &name,
                format!("{field}: {:?} is given twice", name.get_ref()),
            ));
        } else {
            seen.insert(name.into_inner());
        }
    }
    Some(seen)
}

mod auth;
mod schema;

pub(crate) use auth::file_key;

#[cfg(test)]
mod tests;
