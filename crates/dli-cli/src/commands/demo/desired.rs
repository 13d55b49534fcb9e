//! The demo's desired-state steps: export the connection to a file, edit the file, plan,
//! apply, and plan again.

use std::io::Write;
use std::num::NonZeroUsize;
use std::time::Duration;

use dli_client::Client;
use dli_reconcile::{ApplyOptions, ApplyStop, Desired, Event, PlanOptions, Reach};

use super::{POOL, step};
use crate::commands::desired::render;
use crate::outcome::CommandError;

/// The file the demo's commands name.
const FILE: &str = "connections.toml";

/// The edits the demo makes to the exported file: each line found, and what replaces it.
/// The pool unbound in step 9 is bound again, a route added, a tag changed.
const EDITS: [(&str, &str); 3] = [
    ("pools = []", "pools = [\"pool_etl\"]"),
    (
        "orders_net = \"192.168.0.0/24\"",
        "orders_net = \"192.168.0.0/24\", replica_net = \"192.168.1.0/24\"",
    ),
    ("team = \"data\"", "team = \"analytics\""),
];

fn failed(what: impl std::fmt::Display) -> CommandError {
    CommandError::Failed(what.to_string())
}

/// Plans `desired` against what exists now.
async fn plan(client: &Client, desired: &Desired) -> Result<dli_reconcile::Plan, CommandError> {
    let width = NonZeroUsize::new(4).unwrap_or(NonZeroUsize::MIN);
    let observed = dli_reconcile::observe(client, desired, Reach::Named, width)
        .await
        .map_err(|error| failed(crate::outcome::chain(&error)))?;
    dli_reconcile::plan(desired, &observed, &PlanOptions::default()).map_err(failed)
}

/// Steps `first` to `first + 4`: export, edit, plan, apply, plan again.
pub(super) async fn steps(
    client: &Client,
    first: u32,
    out: &mut impl Write,
) -> Result<(), CommandError> {
    step(
        out,
        first,
        "Adopt the connection: write the file of what exists",
        &format!("dli export --name demo_ --stack demo -o {FILE}"),
    )?;
    let width = NonZeroUsize::new(4).unwrap_or(NonZeroUsize::MIN);
    let everything = dli_reconcile::observe(client, &Desired::default(), Reach::Every, width)
        .await
        .map_err(|error| failed(crate::outcome::chain(&error)))?;
    let header = crate::commands::desired::header(client);
    let exported = dli_reconcile::export(&everything, &["demo_".to_owned()], Some("demo"), &header)
        .map_err(failed)?;
    write!(out, "{}", exported.text)?;

    step(
        out,
        first + 1,
        "Edit the file: bind the pool again, add a route, change a tag",
        &format!("$EDITOR {FILE}"),
    )?;
    let mut text = exported.text;
    for (line, replacement) in EDITS {
        if !text.contains(line) {
            return Err(failed(format!("the exported file has no line {line:?}")));
        }
        text = text.replacen(line, replacement, 1);
        writeln!(out, "- {line}")?;
        for added in replacement.lines() {
            writeln!(out, "+ {added}")?;
        }
    }
    let desired = dli_reconcile::parse(FILE, &text).map_err(failed)?;

    step(
        out,
        first + 2,
        "See what would change",
        &format!("dli plan -f {FILE}"),
    )?;
    let planned = plan(client, &desired).await?;
    write!(out, "{}", render::plan(&planned, false))?;
    if !planned.has_changes() {
        return Err(failed("the plan of the edited file has no change"));
    }

    step(
        out,
        first + 3,
        &format!("Make it so, waiting for the {POOL} peering"),
        &format!("dli apply -f {FILE} --yes"),
    )?;
    let (events, mut received) = tokio::sync::mpsc::unbounded_channel();
    let options = ApplyOptions {
        concurrency: NonZeroUsize::MIN,
        wait: Duration::from_secs(60),
    };
    let report = dli_reconcile::apply(client, &planned, options, &ApplyStop::default(), events)
        .await
        .map_err(failed)?;
    while let Ok(event) = received.try_recv() {
        match event {
            Event::Done {
                connection, change, ..
            } => writeln!(
                out,
                "done    {connection}  {}",
                render::describe_change(&change)
            )?,
            Event::Failed {
                connection, error, ..
            } => writeln!(out, "failed  {connection}  {error}")?,
            Event::AuthDone { auth, change, .. } => writeln!(
                out,
                "done    auth {auth}  {}",
                render::describe_auth_change(&change)
            )?,
            Event::AuthFailed { auth, error, .. } => writeln!(out, "failed  auth {auth}  {error}")?,
            Event::Started { .. } | Event::AuthStarted { .. } => {}
        }
    }
    writeln!(
        out,
        "{} made, {} failed, {} not started",
        render::count(report.done, "change", "changes"),
        report.failed,
        report.not_started
    )?;
    if report.failed > 0 || report.done == 0 {
        return Err(failed("the apply did not make every change"));
    }

    step(
        out,
        first + 4,
        "Plan again: nothing is left to change",
        &format!("dli plan -f {FILE} --detailed-exitcode   # exit 0"),
    )?;
    let again = plan(client, &desired).await?;
    write!(out, "{}", render::plan(&again, false))?;
    if again.has_changes() {
        return Err(failed("the plan after the apply still has changes"));
    }
    Ok(())
}
