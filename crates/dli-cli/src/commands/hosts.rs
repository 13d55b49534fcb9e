//! `dli connection hosts`: show a connection's host entries, set them all, add or remove
//! some.

use std::io::{BufRead, Write};

use dli_client::types::Host;
use dli_client::{Client, ConnectionId};

use crate::cli::{HostsArgs, HostsChangeArgs, HostsCommand, ShowOutput};
use crate::lines::{LineError, MAX_LINE, MAX_LINES, content_lines};

/// The most host entries DLI keeps on a connection.
const MAX_HOSTS: usize = 20_000;
use crate::outcome::{CommandError, Exit};
use crate::output::hosts_table;

/// Runs `dli connection hosts …`.
pub async fn run(
    client: &Client,
    args: HostsArgs,
    stdin: impl BufRead,
    out: &mut impl Write,
) -> Result<Exit, CommandError> {
    let (id, response) = match args.command {
        None => {
            let Some(id) = args.id else {
                return Err(CommandError::Usage("give the connection's id".to_owned()));
            };
            let hosts = client.hosts(id).await?;
            match args.output {
                ShowOutput::Json => writeln!(
                    out,
                    "{}",
                    serde_json::to_string(&hosts).map_err(std::io::Error::other)?
                )?,
                ShowOutput::Table => writeln!(out, "{}", hosts_table(&hosts))?,
            }
            return Ok(Exit::Done);
        }
        Some(HostsCommand::Set(change)) => {
            let (id, hosts) = entries(&change, stdin)?;
            // An empty list would wipe every entry: clearing is asked for by its own name.
            if hosts.is_empty() {
                return Err(CommandError::Usage(
                    "no host entries given, so nothing is set: give --host NAME=IP or - \
                     (stdin); to remove every entry, run `dli connection hosts clear ID`"
                        .to_owned(),
                ));
            }
            (id, client.set_hosts(id, hosts).await?)
        }
        Some(HostsCommand::Clear(clear)) => {
            (clear.id, client.set_hosts(clear.id, Vec::new()).await?)
        }
        Some(HostsCommand::Add(change)) => {
            let (id, hosts) = entries(&change, stdin)?;
            if hosts.is_empty() {
                return Err(CommandError::Usage(
                    "nothing to add: give --host NAME=IP or - (stdin)".to_owned(),
                ));
            }
            (id, client.add_hosts(id, hosts).await?)
        }
        Some(HostsCommand::Remove(remove)) => (
            remove.id,
            client.remove_hosts(remove.id, &remove.names).await?,
        ),
    };
    let mut line = format!("{id}  hosts updated");
    if let Some(request_id) = response.request_id() {
        line.push_str(&format!("  (request id {request_id})"));
    }
    writeln!(out, "{line}")?;
    Ok(Exit::Done)
}

/// The connection and the entries a `set` or `add` gives: `--host` ones, then those read
/// from stdin for `-`.
fn entries(
    change: &HostsChangeArgs,
    stdin: impl BufRead,
) -> Result<(ConnectionId, Vec<Host>), CommandError> {
    let id = change.id;
    let mut hosts: Vec<Host> = change
        .hosts
        .iter()
        .map(|(name, ip)| Host {
            name: name.clone(),
            ip: ip.clone(),
        })
        .collect();
    match change.stdin.as_deref() {
        None => {}
        Some("-") => hosts.extend(etc_hosts(stdin)?),
        Some(other) => {
            return Err(CommandError::Usage(format!(
                "{other:?}: only `-` (stdin) may follow the id; give entries as --host NAME=IP"
            )));
        }
    }
    Ok((id, hosts))
}

/// Entries from `/etc/hosts`-style lines: `IP NAME [ALIAS…]`, each name an entry; blank
/// lines and `#` comments skipped.
fn etc_hosts(stdin: impl BufRead) -> Result<Vec<Host>, CommandError> {
    let mut hosts = Vec::new();
    content_lines(stdin, |number, content| {
        let mut words = content.split_whitespace();
        let ip = words.next().unwrap_or_default();
        let before = hosts.len();
        hosts.extend(words.map(|name| Host {
            name: name.to_owned(),
            ip: ip.to_owned(),
        }));
        if hosts.len() > MAX_HOSTS {
            return Err(format!(
                "line {number} of stdin: more than {MAX_HOSTS} host entries, the most DLI keeps"
            ));
        }
        if hosts.len() == before {
            return Err(format!(
                "line {number} of stdin: {ip:?} has no host name; lines are `IP NAME [ALIAS…]`"
            ));
        }
        Ok(())
    })
    .map_err(|error| match error {
        LineError::Read(error) => CommandError::Output(error),
        LineError::TooLong(number) => CommandError::Usage(format!(
            "line {number} of stdin is longer than {MAX_LINE} bytes"
        )),
        LineError::TooMany => CommandError::Usage(format!("stdin has more than {MAX_LINES} lines")),
        LineError::Content(message) => CommandError::Usage(message),
    })?;
    Ok(hosts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn etc_hosts_lines_become_entries() {
        let text = "# comment\n\n192.168.0.21 orders-db db # primary\n10.0.0.9\tcache\n";
        let hosts = etc_hosts(text.as_bytes()).expect("valid");
        let pairs: Vec<(&str, &str)> = hosts
            .iter()
            .map(|h| (h.name.as_str(), h.ip.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("orders-db", "192.168.0.21"),
                ("db", "192.168.0.21"),
                ("cache", "10.0.0.9")
            ]
        );
        let error = etc_hosts("10.0.0.1\n".as_bytes()).expect_err("no name");
        assert!(error.to_string().contains("line 1"), "{error}");
        let long = format!("10.0.0.1 {}\n", "a".repeat(MAX_LINE));
        assert!(etc_hosts(long.as_bytes()).is_err());
        let most = "10.0.0.1 h\n".repeat(MAX_HOSTS);
        assert_eq!(
            etc_hosts(most.as_bytes()).expect("the most").len(),
            MAX_HOSTS
        );
        let more = "10.0.0.1 h\n".repeat(MAX_HOSTS + 1);
        let error = etc_hosts(more.as_bytes())
            .expect_err("too many")
            .to_string();
        assert!(error.contains("more than 20000 host entries"), "{error}");
    }
}
