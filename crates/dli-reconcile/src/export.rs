//! Export: the file for the connections and datasource authentications that exist, so that a plan on it right away shows no
//! change but the adoption of what no stack owns yet. This is how connections made
//! elsewhere are taken over.
//!
//! The file has the shapes `docs/desired-state.md` shows: a header comment, `stack` when one
//! is given, then a table per connection with inline tables for routes, hosts and tags.

use std::collections::BTreeMap;
use std::fmt::Write;

use dli_client::AuthField;
use dli_client::types::AuthInfoType;

use crate::desired::{MARKER_KEY, Owner, PROTECT_KEY};
use crate::file::file_key;
use crate::observed::{Observed, ObservedAuth, ObservedConnection};

/// The file written, and what was left out of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    /// The TOML text.
    pub text: String,
    /// How many connections it names.
    pub count: usize,
    /// How many datasource authentications it names.
    pub auth: usize,
    /// What was left out, and why (another project's connection, another stack's, a name
    /// given to several): one line each.
    pub notes: Vec<String>,
}

/// Why no file can be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    /// Several connections of this project carry the name.
    #[error("{count} connections are named {name} ({ids}): a file names each once; rename or delete all but one", count = ids.split(", ").count())]
    Ambiguous {
        /// The name.
        name: String,
        /// Their ids, joined.
        ids: String,
    },
    /// A value the file could not hold as it is.
    #[error("{0}")]
    Value(String),
}

/// What the header comment says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// The project read.
    pub project: String,
    /// When, as text (RFC 3339).
    pub time: String,
}

/// The file for the connections of `observed` whose names start with one of `prefixes`
/// (every one when there is none), for `stack` (the file then says `stack = "…"`):
/// connections another stack or another tool owns are left out, with a note, and so are
/// another project's, seen through a grant.
pub fn export(
    observed: &Observed,
    prefixes: &[String],
    stack: Option<&str>,
    header: &Header,
) -> Result<Exported, ExportError> {
    let mut notes = Vec::new();
    let mut by_name: BTreeMap<&str, Vec<&ObservedConnection>> = BTreeMap::new();
    for connection in &observed.connections {
        if prefixes.is_empty()
            || prefixes
                .iter()
                .any(|p| connection.name.starts_with(p.as_str()))
        {
            by_name
                .entry(&connection.name)
                .or_default()
                .push(connection);
        }
    }
    let ours = stack.unwrap_or(crate::DEFAULT_STACK);
    let mut tables = String::new();
    let mut count = 0;
    for (name, found) in by_name {
        let (theirs, own): (Vec<_>, Vec<_>) = found.into_iter().partition(|c| c.granted_to_us);
        for other in &theirs {
            notes.push(format!(
                "{name} ({}): another project's, granted to this one: left out",
                other.id
            ));
        }
        let one = match own.as_slice() {
            [] => continue,
            [one] if theirs.is_empty() => *one,
            [one] => {
                notes.push(format!(
                    "{name} ({}): left out: another project's connection granted to this one has the same name, so a plan could not tell them apart",
                    one.id
                ));
                continue;
            }
            several => {
                let ids: Vec<String> = several.iter().map(|c| c.id.to_string()).collect();
                return Err(ExportError::Ambiguous {
                    name: name.to_owned(),
                    ids: ids.join(", "),
                });
            }
        };
        match one.owner() {
            Some(Owner::Stack(owner)) if owner != ours => {
                notes.push(format!(
                    "{name} ({}): the stack {owner:?} owns it: left out",
                    one.id
                ));
                continue;
            }
            Some(Owner::Other(value)) => {
                notes.push(format!(
                    "{name} ({}): {MARKER_KEY} = {value:?} owns it: left out",
                    one.id
                ));
                continue;
            }
            _ => {}
        }
        table(&mut tables, one, &mut notes)?;
        count += 1;
    }
    let mut text = format!(
        "# dli export of the project {}, stack {}, at {}.\n",
        header.project, ours, header.time
    );
    if let Some(stack) = stack {
        let _ = writeln!(text, "stack = {}", quoted(stack));
    }
    text.push_str(&tables);
    let mut auth = 0;
    for entry in observed.auth.iter().flatten() {
        if prefixes.is_empty() || prefixes.iter().any(|p| entry.name.starts_with(p.as_str())) {
            auth_table(&mut text, entry, &mut notes);
            auth += 1;
        }
    }
    Ok(Exported {
        text,
        count,
        auth,
        notes,
    })
}

/// The environment variable an exported file reads a password from: `DLI_AUTH_<NAME>_<FIELD>`,
/// upper case.
pub fn placeholder(name: &str, field: AuthField) -> String {
    format!("DLI_AUTH_{}_{}", name, field.as_str()).to_uppercase()
}

/// `[auth.NAME]` for an entry: its type, user and OBS paths, and a placeholder
/// `{ env = "…" }` for each password its type needs, as DLI never returns one.
fn auth_table(out: &mut String, entry: &ObservedAuth, notes: &mut Vec<String>) {
    let _ = writeln!(out, "\n[auth.{}]", key(&entry.name));
    let _ = writeln!(out, "type = {}", quoted(&entry.kind));
    if !entry.user.is_empty() {
        let _ = writeln!(out, "user = {}", quoted(&entry.user));
    }
    let fields = [
        AuthField::CertificateLocation,
        AuthField::Krb5Conf,
        AuthField::Keytab,
        AuthField::TruststoreLocation,
        AuthField::KeystoreLocation,
    ];
    for field in fields {
        if let Some(path) = entry.locations.get(field.as_str()) {
            let _ = writeln!(out, "{} = {}", file_key(field), quoted(path));
        }
    }
    let Ok(kind) = entry.kind.parse::<AuthInfoType>() else {
        notes.push(format!(
            "{}: type {:?} is not known to dli: check the table",
            entry.name, entry.kind
        ));
        return;
    };
    let (required, _) = dli_client::auth_fields(kind);
    let keystore = entry
        .locations
        .contains_key(AuthField::KeystoreLocation.as_str());
    let secrets = required
        .iter()
        .copied()
        .filter(|field| field.is_secret())
        .chain(keystore.then_some(AuthField::KeystorePassword));
    let mut variables = Vec::new();
    for field in secrets {
        let variable = placeholder(&entry.name, field);
        let _ = writeln!(
            out,
            "{} = {{ env = {} }}",
            field.as_str(),
            quoted(&variable)
        );
        variables.push(variable);
    }
    if !variables.is_empty() {
        notes.push(format!(
            "{}: passwords are write-only: set {} before a plan sends them (on create, or with --rotate {})",
            entry.name,
            variables.join(", "),
            entry.name
        ));
    }
}

/// A TOML string.
fn quoted(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

/// A TOML key: bare when it can be, else quoted.
fn key(text: &str) -> String {
    if !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        text.to_owned()
    } else {
        quoted(text)
    }
}

fn list<'a>(items: impl IntoIterator<Item = &'a String>) -> String {
    let items: Vec<String> = items.into_iter().map(|item| quoted(item)).collect();
    format!("[{}]", items.join(", "))
}

fn inline<'a>(pairs: impl IntoIterator<Item = (&'a String, &'a String)>) -> String {
    let pairs: Vec<String> = pairs
        .into_iter()
        .map(|(k, v)| format!("{} = {}", key(k), quoted(v)))
        .collect();
    if pairs.is_empty() {
        "{}".to_owned()
    } else {
        format!("{{ {} }}", pairs.join(", "))
    }
}

fn table(
    out: &mut String,
    c: &ObservedConnection,
    notes: &mut Vec<String>,
) -> Result<(), ExportError> {
    for (route, cidr) in &c.routes {
        cidr.parse::<dli_client::network::Cidr>().map_err(|error| {
            ExportError::Value(format!("{}: the route {route}: {error}", c.name))
        })?;
    }
    for (failed, peering) in c.pools.iter().chain(&c.queues).filter(|(_, p)| p.failed()) {
        notes.push(format!(
            "{}: the peering with {failed} FAILED ({}): a plan binds it again",
            c.name, peering.err_msg
        ));
    }
    let _ = writeln!(out, "\n[connection.{}]", key(&c.name));
    let _ = writeln!(out, "vpc = {}", quoted(&c.vpc));
    let _ = writeln!(out, "subnet = {}", quoted(&c.subnet));
    let _ = writeln!(out, "pools = {}", list(c.pools.keys()));
    let _ = writeln!(out, "queues = {}", list(c.queues.keys()));
    let _ = writeln!(out, "routes = {}", inline(&c.routes));
    let _ = writeln!(out, "hosts = {}", inline(&c.hosts));
    if let Some(grants) = c.grants.get() {
        let _ = writeln!(out, "grants = {}", list(grants));
    }
    if let Some(tags) = c.tags.get() {
        let _ = writeln!(
            out,
            "tags = {}",
            inline(
                tags.iter()
                    .filter(|(k, _)| k.as_str() != MARKER_KEY && k.as_str() != PROTECT_KEY)
            )
        );
        if tags.contains_key(PROTECT_KEY) {
            let _ = writeln!(out, "protect = true");
        }
    }
    Ok(())
}
