//! A change to many connections at once, run as delete runs: one bulk run of the library's
//! runner per command, paced by the client's pacer, the first call alone, nothing new after
//! an authentication failure or Ctrl-C, one line per target as each finishes (or, with
//! `--dry-run`, the signed request it would send), and a summary on stderr that lists what
//! was not started.

use std::collections::HashSet;
use std::future::Future;
use std::io::{BufWriter, Write};
use std::num::NonZeroUsize;

use dli_client::{Client, ConnectionId, Error, Response, Stopped};
use serde::Serialize;

use crate::cli::TextOutput;
use crate::outcome::{CommandError, Exit, chain};

use super::drive::{Ended, drive, say};

/// What a second Ctrl-C says.
const LEFT: &str = "interrupted again: leaving now; a change under way may have landed: \
                    list what it changes to see where things stand";

/// How many changes run at once.
const CONCURRENCY: NonZeroUsize = NonZeroUsize::new(8).expect("not zero");

/// What one change is made to: a connection, and for grants and revokes a project.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Target {
    /// The connection.
    pub id: ConnectionId,
    /// The grantee project, for grants and revokes.
    pub project: Option<String>,
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.project {
            Some(project) => write!(f, "{} {project}", self.id),
            None => write!(f, "{}", self.id),
        }
    }
}

/// The connection ids a change command names: one id, or `-` for ids on stdin, one a line.
pub fn ids(id: &str) -> Result<Vec<ConnectionId>, CommandError> {
    Ok(crate::ids::collect(
        &[id.to_owned()],
        std::io::stdin().lock(),
    )?)
}

/// What a bulk run works through: a connection ([`Target`]) or a datasource
/// authentication's name.
pub trait Item: Clone + Eq + std::hash::Hash + std::fmt::Display + Send + Sync + 'static {
    /// What starts the item's line when its change is done.
    fn head(&self) -> String;
    /// The item's fields in its JSON line.
    fn key(&self) -> serde_json::Map<String, serde_json::Value>;
}

impl Item for Target {
    fn head(&self) -> String {
        self.id.to_string()
    }

    fn key(&self) -> serde_json::Map<String, serde_json::Value> {
        let mut key = serde_json::Map::new();
        key.insert("id".to_owned(), self.id.to_string().into());
        key.insert(
            "project".to_owned(),
            self.project
                .clone()
                .map_or(serde_json::Value::Null, Into::into),
        );
        key
    }
}

/// A datasource authentication, by name.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AuthName(pub String);

impl std::fmt::Display for AuthName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Item for AuthName {
    fn head(&self) -> String {
        self.0.clone()
    }

    fn key(&self) -> serde_json::Map<String, serde_json::Value> {
        let mut key = serde_json::Map::new();
        key.insert("name".to_owned(), self.0.clone().into());
        key
    }
}

/// The JSON line of an item: its key, then `fields`.
fn line_of(item: &impl Item, fields: serde_json::Value) -> serde_json::Value {
    let mut line = item.key();
    if let serde_json::Value::Object(fields) = fields {
        line.extend(fields);
    }
    serde_json::Value::Object(line)
}

/// One target per connection.
pub fn targets(ids: Vec<ConnectionId>) -> Vec<Target> {
    ids.into_iter()
        .map(|id| Target { id, project: None })
        .collect()
}

/// How the run went, for the summary.
#[derive(Debug, Default)]
struct Tally {
    done: usize,
    failed: usize,
    shown: usize,
}

/// Runs `operation` for every target in one bulk run and prints `<id>  <what>` (or why it
/// failed) for each, then the summary. Exit 1 when any failed or was not started after an
/// authentication failure, 130 after Ctrl-C.
pub async fn run<I, T, F, Fut>(
    client: &Client,
    targets: Vec<I>,
    output: TextOutput,
    what: impl Fn(&I, &T) -> String,
    operation: F,
    out: &mut impl Write,
) -> Result<Exit, CommandError>
where
    I: Item,
    T: Serialize + Send + 'static,
    F: Fn(Client, I) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<Response<T>, Error>> + Send + 'static,
{
    let all = targets.clone();
    let mut run = client.bulk(targets, CONCURRENCY, operation);
    let stopper = run.stopper();
    let mut finished = HashSet::new();
    let mut tally = Tally::default();
    let mut buffered = BufWriter::new(out);
    let ended = drive(
        &mut run,
        || stopper.stop(),
        None,
        &mut buffered,
        |done, out| {
            print(&done.item, &done.result, output, &what, &mut tally, out)?;
            finished.insert(done.item);
            Ok(())
        },
    )
    .await?;
    drop(buffered);
    if ended == Ended::Left {
        say(None, LEFT);
        return Ok(Exit::Interrupted);
    }
    let not_started: Vec<&I> = all.iter().filter(|t| !finished.contains(*t)).collect();
    let auth_failed = run.stopped() == Some(Stopped::AuthFailed);
    // One target's line says it all; a summary is for runs of several.
    if all.len() > 1 || !not_started.is_empty() {
        eprintln!("{}", summary(&tally, &not_started, auth_failed));
    }
    Ok(if ended == Ended::Interrupted {
        Exit::Interrupted
    } else if tally.failed > 0 || !not_started.is_empty() {
        Exit::Failed
    } else {
        Exit::Done
    })
}

/// Prints the line of one target's change, counting it in `tally`.
fn print<I: Item, T: Serialize>(
    target: &I,
    result: &Result<Response<T>, Error>,
    output: TextOutput,
    what: impl Fn(&I, &T) -> String,
    tally: &mut Tally,
    out: &mut impl Write,
) -> Result<(), CommandError> {
    let line = match (result, output) {
        (Ok(response), TextOutput::Json) => {
            tally.done += 1;
            line_of(
                target,
                serde_json::json!({
                    "outcome": "done",
                    "answer": response.body(), "request_id": response.request_id(),
                }),
            )
        }
        (Ok(response), TextOutput::Text) => {
            tally.done += 1;
            let mut line = format!("{}  {}", target.head(), what(target, response.body()));
            if let Some(request_id) = response.request_id() {
                line.push_str(&format!("  (request id {request_id})"));
            }
            writeln!(out, "{line}")?;
            return Ok(());
        }
        (Err(Error::DryRun(preview)), TextOutput::Json) => {
            tally.shown += 1;
            line_of(
                target,
                serde_json::json!({
                    "outcome": "dry-run", "request": preview.as_ref(),
                }),
            )
        }
        (Err(Error::DryRun(preview)), TextOutput::Text) => {
            tally.shown += 1;
            writeln!(out, "{}  dry-run\n{preview}", target.head())?;
            return Ok(());
        }
        (Err(error), TextOutput::Text) => {
            tally.failed += 1;
            writeln!(out, "{target}  failed  {}", chain(error))?;
            return Ok(());
        }
        (Err(error), TextOutput::Json) => {
            tally.failed += 1;
            line_of(
                target,
                serde_json::json!({
                    "outcome": "failed",
                    "error_code": error.error_code(), "error_msg": chain(error),
                    "request_id": error.request_id(),
                }),
            )
        }
    };
    super::changed::json(out, &line)
}

/// The closing line: what was done, what failed, and what was not started and why.
fn summary<I: Item>(tally: &Tally, not_started: &[&I], auth_failed: bool) -> String {
    let mut line = if tally.shown > 0 {
        format!("dry run: {} request(s) shown, nothing sent", tally.shown)
    } else {
        format!("done {}, failed {}", tally.done, tally.failed)
    };
    if !not_started.is_empty() {
        let why = if auth_failed {
            "stopped after an authentication failure (check the AK and SK)"
        } else {
            "interrupted"
        };
        let listed: Vec<String> = not_started.iter().map(ToString::to_string).collect();
        line.push_str(&format!(
            "; {why}, {} not started: {}",
            not_started.len(),
            listed.join(", ")
        ));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_lists_what_was_not_started_and_why() {
        let id = ConnectionId::from(uuid::Uuid::nil());
        let grant = Target {
            id,
            project: Some("p2".to_owned()),
        };
        let plain = Target { id, project: None };
        let tally = Tally {
            done: 2,
            failed: 1,
            shown: 0,
        };
        assert_eq!(summary::<Target>(&tally, &[], false), "done 2, failed 1");
        let line = summary(&tally, &[&grant, &plain], true);
        assert_eq!(
            line,
            format!(
                "done 2, failed 1; stopped after an authentication failure (check the AK and \
                 SK), 2 not started: {id} p2, {id}"
            )
        );
        assert!(summary(&tally, &[&plain], false).contains("interrupted, 1 not started"));
        let dry = Tally {
            shown: 3,
            ..Tally::default()
        };
        assert_eq!(
            summary::<Target>(&dry, &[], false),
            "dry run: 3 request(s) shown, nothing sent"
        );
    }
}
