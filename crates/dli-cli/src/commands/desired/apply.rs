//! `dli apply -f FILE | PLAN [--yes] [--allow-replace] [--prune] [--wait D] [--concurrency N]
//! [-o text|json]`.

use std::io::{BufRead, BufWriter, IsTerminal, Read, Write};
use std::num::NonZeroUsize;

use dli_client::Client;
use dli_reconcile::{ApplyOptions, ApplyStop, Event, PlanOptions, SavedPlan};
use futures_util::StreamExt;
use futures_util::future::Either;
use indicatif::{ProgressBar, ProgressStyle};

use super::{client, desired, observe, plan_error, reach, read_bounded, render};
use crate::cli::{ApplyArgs, PlanOutput};
use crate::commands::drive::{Ended, drive, say};
use crate::outcome::{CommandError, Exit};

/// The plan to apply: made from the file now, or read back and planned again from its
/// file and a fresh read, refused unless that gives the same changes.
async fn planned(args: &ApplyArgs, client: &Client) -> Result<SavedPlan, CommandError> {
    if let Some(path) = &args.plan {
        let shown = path.display();
        let text = read_bounded(path, dli_reconcile::saved::MOST_BYTES)?;
        let saved = SavedPlan::read(&text)
            .map_err(|error| CommandError::Usage(format!("{shown}: {error}")))?;
        if saved.project_id != client.project_id() {
            return Err(CommandError::Usage(format!(
                "{shown} is a plan for the project {}, not {}",
                saved.project_id,
                client.project_id()
            )));
        }
        for (given, made_with, flag) in [
            (
                args.allow_replace,
                saved.options.allow_replace,
                "--allow-replace",
            ),
            (args.prune, saved.options.prune, "--prune"),
            (
                !args.rotate.is_empty(),
                args.rotate
                    .iter()
                    .all(|name| saved.options.rotate.contains(name)),
                "--rotate",
            ),
        ] {
            if given && !made_with {
                return Err(CommandError::Usage(format!(
                    "{shown} was planned without {flag}: a saved plan is applied as planned; plan again with it (dli plan -f {} {flag} --out {shown})",
                    saved.file.path
                )));
            }
        }
        let wanted = saved
            .desired()
            .map_err(|error| CommandError::Usage(format!("{shown}: {error}")))?;
        let now = observe(client, &wanted, reach(&saved.options)).await?;
        let plan = saved
            .verify(&now)
            .map_err(|error| CommandError::Failed(format!("{shown}: {error}")))?;
        return Ok(SavedPlan::new(
            &saved.project_id,
            &saved.stack,
            saved.options,
            saved.file,
            plan,
            now,
        )
        .targeting(saved.targets));
    }
    let file = args
        .file
        .as_ref()
        .ok_or_else(|| CommandError::Usage("give -f FILE or a saved PLAN".to_owned()))?;
    let (file, wanted) = desired(file, &args.targets)?;
    let options = PlanOptions {
        prune: args.prune,
        allow_replace: args.allow_replace,
        rotate: args.rotate.iter().cloned().collect(),
    };
    dli_reconcile::plan::check(&wanted, &options, client.project_id()).map_err(plan_error)?;
    let observed = observe(client, &wanted, reach(&options)).await?;
    let plan = dli_reconcile::plan(&wanted, &observed, &options).map_err(plan_error)?;
    Ok(SavedPlan::new(
        client.project_id(),
        wanted.stack(),
        options,
        file,
        plan,
        observed,
    )
    .targeting(args.targets.clone()))
}

/// Asks on the terminal; without one, `--yes` is required.
fn confirmed(args: &ApplyArgs) -> Result<bool, CommandError> {
    if args.yes {
        return Ok(true);
    }
    if !std::io::stdin().is_terminal() {
        return Err(CommandError::Usage(
            "no terminal to ask on: give --yes to apply".to_owned(),
        ));
    }
    eprint!("Apply these changes? Only 'yes' applies: ");
    let mut answer = String::new();
    std::io::stdin().lock().take(64).read_line(&mut answer)?;
    Ok(answer.trim() == "yes")
}

fn line(event: &Event) -> String {
    match event {
        Event::Started { connection, change } => {
            format!("{connection}: {} …", render::describe_change(change))
        }
        Event::Done {
            connection,
            change,
            millis,
            ..
        } => format!(
            "{connection}: {} done ({:.1} s)",
            render::describe_change(change),
            *millis as f64 / 1000.0
        ),
        Event::Failed {
            connection,
            change,
            error,
            ..
        } => format!(
            "{connection}: {} failed: {error}",
            render::describe_change(change)
        ),
        Event::AuthStarted { auth, change } => {
            format!("auth {auth}: {} …", render::describe_auth_change(change))
        }
        Event::AuthDone {
            auth,
            change,
            millis,
        } => format!(
            "auth {auth}: {} done ({:.1} s)",
            render::describe_auth_change(change),
            *millis as f64 / 1000.0
        ),
        Event::AuthFailed {
            auth,
            change,
            error,
        } => format!(
            "auth {auth}: {} failed: {error}",
            render::describe_auth_change(change)
        ),
    }
}

/// Plans (or reads the plan), shows it, asks, applies, and reports each change.
pub async fn run(args: &ApplyArgs, out: &mut impl Write) -> Result<Exit, CommandError> {
    let client = client(&args.global, args.pace)?;
    let saved = planned(args, &client).await?;
    if args.output == PlanOutput::Text {
        write!(
            out,
            "{}",
            render::plan(&saved.plan, render::colour_on_stdout())
        )?;
    }
    if !saved.plan.has_changes() {
        if args.output == PlanOutput::Json {
            writeln!(
                out,
                "{}",
                serde_json::json!({"event": "summary", "done": 0, "failed": 0, "not_started": 0})
            )?;
        }
        return Ok(Exit::Done);
    }
    if let Some((connection, why)) = saved.plan.blocked() {
        return Err(CommandError::Failed(format!(
            "the plan is blocked, nothing applied: {connection}: {why}"
        )));
    }
    // Every password the plan sends is read now: one that cannot be read sends nothing.
    dli_reconcile::check_secrets(&saved.plan)
        .map_err(|blocked| CommandError::Usage(format!("nothing applied: {blocked}")))?;
    let total = saved.plan.changes();
    if args.global.dry_run {
        match args.output {
            PlanOutput::Json => writeln!(
                out,
                "{}",
                serde_json::json!({"event": "summary", "done": 0, "failed": 0, "not_started": total, "dry_run": true})
            )?,
            PlanOutput::Text => writeln!(
                out,
                "Dry run: nothing applied; without --dry-run, apply makes {}.",
                if total == 1 {
                    "this change".to_owned()
                } else {
                    format!("these {total} changes")
                }
            )?,
        }
        return Ok(Exit::Done);
    }
    if !confirmed(args)? {
        writeln!(out, "Not applied.")?;
        return Ok(Exit::Failed);
    }
    let progress =
        (args.output == PlanOutput::Text && std::io::stderr().is_terminal()).then(|| {
            let bar = ProgressBar::new(total as u64);
            if let Ok(style) =
                ProgressStyle::with_template("{bar:40} {pos}/{len} changes {elapsed}")
            {
                bar.set_style(style);
            }
            bar
        });
    let stop = ApplyStop::default();
    let (sender, mut events) = tokio::sync::mpsc::unbounded_channel();
    let options = ApplyOptions {
        concurrency: args.concurrency.unwrap_or_else(|| {
            let connections = saved.plan.connections.len();
            NonZeroUsize::new(connections).unwrap_or(NonZeroUsize::MIN)
        }),
        wait: args.wait,
    };
    let run = dli_reconcile::apply(&client, &saved.plan, options, &stop, sender);
    // What the run reports: its events as they come, then its end.
    let reports = futures_util::stream::select(
        futures_util::stream::poll_fn(|cx| events.poll_recv(cx)).map(Either::Left),
        futures_util::stream::once(run).map(Either::Right),
    );
    let mut report = None;
    let mut buffered = BufWriter::new(&mut *out);
    let ended = drive(
        reports,
        || stop.stop(),
        progress.as_ref(),
        &mut buffered,
        |reported, out| match reported {
            Either::Left(event) => show(out, args.output, progress.as_ref(), &event),
            Either::Right(end) => {
                report = Some(end);
                Ok(())
            }
        },
    )
    .await?;
    drop(buffered);
    let Some(report) = report.filter(|_| ended != Ended::Left) else {
        if let Some(bar) = &progress {
            bar.abandon();
        }
        say(
            None,
            "interrupted again: leaving now; a change under way may have landed: run dli plan to see where things stand",
        );
        return Ok(Exit::Interrupted);
    };
    if let Some(bar) = &progress {
        bar.finish_and_clear();
    }
    let report = report.map_err(|blocked| CommandError::Failed(blocked.to_string()))?;
    match args.output {
        PlanOutput::Json => writeln!(
            out,
            "{}",
            serde_json::json!({"event": "summary", "done": report.done, "failed": report.failed, "not_started": report.not_started, "stopped": report.stopped})
        )?,
        PlanOutput::Text => writeln!(
            out,
            "Applied: {} made, {} failed, {} not started.",
            render::count(report.done, "change", "changes"),
            report.failed,
            report.not_started
        )?,
    }
    Ok(if report.failed > 0 {
        Exit::Failed
    } else if report.stopped {
        Exit::Interrupted
    } else {
        Exit::Done
    })
}

fn show(
    out: &mut impl Write,
    output: PlanOutput,
    progress: Option<&ProgressBar>,
    event: &Event,
) -> Result<(), CommandError> {
    match output {
        PlanOutput::Json => writeln!(
            out,
            "{}",
            serde_json::to_string(event).map_err(std::io::Error::other)?
        )?,
        PlanOutput::Text => {
            let failed = matches!(event, Event::Failed { .. } | Event::AuthFailed { .. });
            let started = matches!(event, Event::Started { .. } | Event::AuthStarted { .. });
            match progress {
                Some(bar) if !started => {
                    bar.inc(1);
                    bar.println(line(event));
                }
                Some(_) => {}
                None if failed => writeln!(std::io::stderr(), "{}", line(event))?,
                None if !started => writeln!(out, "{}", line(event))?,
                None => {}
            }
        }
    }
    Ok(())
}
