//! `dli apply -f FILE | PLAN [--yes] [--allow-replace] [--prune] [--wait D] [--concurrency N]
//! [-o text|json]`.

use std::io::{BufRead, IsTerminal, Read, Write};

use dli_client::Client;
use dli_reconcile::{
    ApplyOptions, ApplyStop, Desired, DesiredConnection, Event, PlanOptions, SavedPlan,
};
use indicatif::{ProgressBar, ProgressStyle};

use super::{client, desired, observe, read_bounded, render};
use crate::cli::{ApplyArgs, PlanOutput};
use crate::outcome::{CommandError, Exit};

/// The plan to apply: made from the file now, or read back and checked against what exists.
async fn planned(args: &ApplyArgs, client: &Client) -> Result<SavedPlan, CommandError> {
    if let Some(path) = &args.plan {
        let text = read_bounded(path, dli_reconcile::saved::MOST_BYTES)?;
        let saved = SavedPlan::read(&text)
            .map_err(|error| CommandError::Usage(format!("{}: {error}", path.display())))?;
        if saved.project_id != client.project_id() {
            return Err(CommandError::Usage(format!(
                "{} is a plan for the project {}, not {}",
                path.display(),
                saved.project_id,
                client.project_id()
            )));
        }
        let names = Desired {
            connections: saved
                .names
                .iter()
                .map(|name| (name.clone(), DesiredConnection::default()))
                .collect(),
        };
        let mut now = observe(client, &names, saved.options.prune).await?;
        // The lists of queues and pools are read for the file's binds; compare like with like.
        now.queues.clone_from(&saved.observed.queues);
        now.pools.clone_from(&saved.observed.pools);
        if now != saved.observed {
            return Err(CommandError::Failed(format!(
                "{} is stale: the connections changed since it was made; run dli plan again",
                path.display()
            )));
        }
        return Ok(saved);
    }
    let file = args
        .file
        .as_ref()
        .ok_or_else(|| CommandError::Usage("give -f FILE or a saved PLAN".to_owned()))?;
    let wanted = desired(file)?;
    let observed = observe(client, &wanted, args.prune).await?;
    let options = PlanOptions {
        prune: args.prune,
        allow_replace: args.allow_replace,
    };
    let plan = dli_reconcile::plan(&wanted, &observed, options)
        .map_err(|error| CommandError::Failed(error.to_string()))?;
    Ok(SavedPlan::new(
        client.project_id(),
        options,
        wanted.connections.keys().cloned().collect(),
        plan,
        observed,
    ))
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
            format!("{connection}: {} …", render::describe(&change.step))
        }
        Event::Done {
            connection,
            change,
            millis,
            ..
        } => format!(
            "{connection}: {} done ({:.1} s)",
            render::describe(&change.step),
            *millis as f64 / 1000.0
        ),
        Event::Failed {
            connection,
            change,
            error,
            ..
        } => format!(
            "{connection}: {} failed: {error}",
            render::describe(&change.step)
        ),
    }
}

/// Plans (or reads the plan), shows it, asks, applies, and reports each change.
pub async fn run(args: &ApplyArgs, out: &mut impl Write) -> Result<Exit, CommandError> {
    let client = client(&args.global, args.pace)?;
    let saved = planned(args, &client).await?;
    if args.output == PlanOutput::Text {
        write!(out, "{}", render::plan(&saved.plan))?;
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
    if let Some(blocked) = saved
        .plan
        .connections
        .iter()
        .find_map(|c| c.blocked.as_ref().map(|why| (&c.name, why)))
    {
        return Err(CommandError::Usage(format!("{}: {}", blocked.0, blocked.1)));
    }
    let total: usize = saved.plan.connections.iter().map(|c| c.changes.len()).sum();
    if args.global.dry_run {
        match args.output {
            PlanOutput::Json => writeln!(
                out,
                "{}",
                serde_json::json!({"event": "summary", "done": 0, "failed": 0, "not_started": total, "dry_run": true})
            )?,
            PlanOutput::Text => writeln!(
                out,
                "Dry run: nothing applied; without --dry-run, apply makes these {total} changes."
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
        concurrency: args.concurrency,
        wait: args.wait,
    };
    let run = dli_reconcile::apply(&client, &saved.plan, options, &stop, sender);
    tokio::pin!(run);
    let ctrl_c = tokio::signal::ctrl_c();
    tokio::pin!(ctrl_c);
    let mut interrupted = false;
    let report = loop {
        tokio::select! {
            report = &mut run => break report,
            Some(event) = events.recv() => show(out, args.output, progress.as_ref(), &event)?,
            _ = &mut ctrl_c, if !interrupted => {
                interrupted = true;
                stop.stop();
                let _ = writeln!(std::io::stderr(), "interrupted: no new change starts; the ones under way finish");
            }
        }
    };
    while let Ok(event) = events.try_recv() {
        show(out, args.output, progress.as_ref(), &event)?;
    }
    if let Some(bar) = &progress {
        bar.finish_and_clear();
    }
    let report = report.map_err(|blocked| CommandError::Usage(blocked.to_string()))?;
    match args.output {
        PlanOutput::Json => writeln!(
            out,
            "{}",
            serde_json::json!({"event": "summary", "done": report.done, "failed": report.failed, "not_started": report.not_started, "stopped": report.stopped})
        )?,
        PlanOutput::Text => writeln!(
            out,
            "Applied: {} changes made, {} failed, {} not started.",
            report.done, report.failed, report.not_started
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
            let failed = matches!(event, Event::Failed { .. });
            let started = matches!(event, Event::Started { .. });
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
