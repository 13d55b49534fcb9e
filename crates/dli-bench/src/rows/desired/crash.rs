//! Crash consistency: `dli apply` killed with SIGKILL at random moments under random faults,
//! while a second apply of the same file runs beside it, then run again until it succeeds;
//! duplicates, unnamed connections and a plan afterwards counted.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::Stdio;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use dli_client::RateLimit;
use dli_fake::{FakeConfig, FakeDli, Fault, FaultAction};

use super::{POOL, dli_command, file, stage, write_file};
use crate::rows::{AK, SK, client};

/// Reruns after a kill before a trial counts as not converging.
pub const MAX_RERUNS: u32 = 5;

/// One kill and what followed it.
#[derive(Debug, Clone)]
pub struct Trial {
    /// When the apply was killed, after its start.
    pub killed_after: Duration,
    /// Whether it had ended by itself before the kill came.
    pub ended_first: bool,
    /// Changes it reported done before.
    pub done_before_kill: u64,
    /// The exit code of the apply of the same file that ran beside it, not killed (under
    /// the faults it may fail; it must leave no duplicate either).
    pub beside_exit_code: Option<i32>,
    /// Runs of `dli apply` after the kill until one exited 0.
    pub reruns: u32,
    /// Names held by more than one connection that is not deleted.
    pub duplicates: usize,
    /// Connections, not deleted, whose names the file does not have.
    pub unnamed: usize,
    /// The exit code of `dli plan --detailed-exitcode` afterwards (0: no change).
    pub plan_exit_code: i32,
}

/// Kills of `dli apply` under random faults, each followed by runs until one succeeds.
#[derive(Debug, Clone)]
pub struct Crash {
    /// Connections in the file.
    pub connections: usize,
    /// How long each connection stays `CREATING`.
    pub creating_for: Duration,
    /// How long an apply from empty took when not killed (under faults too): the kills
    /// fall in this span.
    pub undisturbed: Duration,
    /// The trials.
    pub trials: Vec<Trial>,
    /// Faults injected over all trials.
    pub faults: u64,
    /// Kills drawn after the apply had ended by itself, and so drawn again.
    pub missed: u64,
}

impl Crash {
    /// An error naming the first trial that did not converge: a rerun limit reached, a
    /// duplicate, a connection the file does not name, or a plan with changes afterwards.
    pub fn check(&self) -> anyhow::Result<()> {
        if self.faults == 0 {
            bail!("crash consistency: no fault was injected");
        }
        for (number, trial) in self.trials.iter().enumerate() {
            let at = format!(
                "crash consistency, kill {} at {:.2} s",
                number + 1,
                trial.killed_after.as_secs_f64()
            );
            if trial.reruns > MAX_RERUNS {
                bail!("{at}: dli apply did not succeed in {MAX_RERUNS} runs after the kill");
            }
            if trial.duplicates > 0 {
                bail!(
                    "{at}: {} names held by several connections",
                    trial.duplicates
                );
            }
            if trial.unnamed > 0 {
                bail!("{at}: {} connections the file does not name", trial.unnamed);
            }
            if trial.plan_exit_code != 0 {
                bail!(
                    "{at}: the plan afterwards exited with {} (0 is no change)",
                    trial.plan_exit_code
                );
            }
        }
        Ok(())
    }
}

/// Requests between two faults, on average.
pub const FAULT_EVERY: u64 = 8;

/// Injects a random fault (an answer dropped after the change was made, `503`, `429`, a
/// dropped connection) for about one request in [`FAULT_EVERY`], until stopped; how many it
/// injected. A fault waits for the next request, so the next is injected only once it was
/// spent and more requests came.
fn inject_faults(fake: Arc<FakeDli>, stop: Arc<AtomicBool>) -> tokio::task::JoinHandle<u64> {
    tokio::spawn(async move {
        let mut injected = 0;
        let mut next_at = fake.requests() + fastrand::u64(1..2 * FAULT_EVERY);
        while !stop.load(Ordering::Relaxed) {
            tokio::time::sleep(Duration::from_millis(1)).await;
            if fake.requests() < next_at || !fake.faults().pending().is_empty() {
                continue;
            }
            next_at = fake.requests() + fastrand::u64(1..2 * FAULT_EVERY);
            let method = ["POST", "PUT", "DELETE", "GET"][fastrand::usize(..4)];
            let fault = match fastrand::u8(..4) {
                0 => Fault::new(FaultAction::HandleThenDrop).method(method),
                1 => Fault::respond(503, r#"{"error_code": "APIGW.0203", "error_msg": "busy"}"#),
                2 => Fault::respond(
                    429,
                    r#"{"error_code": "APIGW.0308", "error_msg": "throttled"}"#,
                ),
                _ => Fault::new(FaultAction::Drop).method(method),
            };
            fake.inject(fault);
            injected += 1;
        }
        injected
    })
}

/// The number of names held by several connections not deleted, and of connections whose
/// names `names` lacks.
async fn census(fake: &FakeDli, names: &[String]) -> anyhow::Result<(usize, usize)> {
    let listed = client(&fake.base_url(), RateLimit::None)?
        .connections()
        .page_size(1000)
        .collect()
        .await?;
    let mut by_name: BTreeMap<String, usize> = BTreeMap::new();
    for connection in listed {
        if connection
            .status
            .as_deref()
            .is_some_and(|status| status.eq_ignore_ascii_case("DELETED"))
        {
            continue;
        }
        *by_name
            .entry(connection.name.unwrap_or_default())
            .or_default() += 1;
    }
    let duplicates = by_name.values().filter(|count| **count > 1).count();
    let unnamed = by_name
        .iter()
        .filter(|(name, _)| !names.contains(name))
        .map(|(_, count)| count)
        .sum();
    Ok((duplicates, unnamed))
}

/// How one `dli apply` ended.
struct Ended {
    /// How long it ran.
    elapsed: Duration,
    /// Its exit code; `None` when killed.
    code: Option<i32>,
    /// Whether it had ended by itself before the kill.
    ended_first: bool,
    /// Changes it reported done.
    done: u64,
    /// What it printed on stderr and its failed events.
    said: String,
}

/// `dli apply -f FILE --yes -o json`, killed with SIGKILL after `kill_after` (run to its end
/// when `None`).
fn apply_until(
    dli: &Path,
    url: &str,
    file: &str,
    kill_after: Option<Duration>,
) -> anyhow::Result<Ended> {
    let mut command = dli_command(dli, url, "apply", &["-f", file, "--yes", "-o", "json"]);
    command.stdout(Stdio::piped());
    let started = Instant::now();
    let mut child = command.spawn().context("cannot run dli apply")?;
    let stdout = child.stdout.take().context("no stdout")?;
    let mut stderr = child.stderr.take().context("no stderr")?;
    let reader = std::thread::spawn(move || {
        let mut done = 0;
        let mut failed = String::new();
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if line.contains(r#""event":"done""#) {
                done += 1;
            } else if line.contains(r#""event":"failed""#) {
                failed.push_str(&line);
                failed.push('\n');
            }
        }
        (done, failed)
    });
    let errors = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = std::io::Read::read_to_string(&mut stderr, &mut text);
        text
    });
    let mut ended_first = false;
    let code = match kill_after {
        Some(after) => {
            while started.elapsed() < after {
                if child.try_wait()?.is_some() {
                    ended_first = true;
                    break;
                }
                std::thread::sleep(Duration::from_millis(2));
            }
            // SIGKILL: nothing of the process runs after it.
            let _ = child.kill();
            child.wait()?;
            None
        }
        None => child.wait()?.code(),
    };
    let elapsed = started.elapsed();
    let (done, failed) = reader.join().unwrap_or_default();
    let said = format!("{failed}{}", errors.join().unwrap_or_default());
    Ok(Ended {
        elapsed,
        code,
        ended_first,
        done,
        said,
    })
}

/// What a crash-consistency run takes.
pub(crate) struct CrashSize {
    /// Connections in the file.
    pub(crate) connections: usize,
    /// How long each stays `CREATING`.
    pub(crate) creating_for: Duration,
    /// Kills, each a trial.
    pub(crate) kills: usize,
}

/// One fake with random faults for a trial: its file's names and the injector.
async fn faulty_fake(
    creating_for: Duration,
) -> anyhow::Result<(Arc<FakeDli>, Arc<AtomicBool>, tokio::task::JoinHandle<u64>)> {
    let fake = Arc::new(
        FakeDli::start(
            FakeConfig::default()
                .with_key(AK, SK)
                .with_pools([POOL])
                .creating_for(creating_for),
        )
        .await?,
    );
    let stop = Arc::new(AtomicBool::new(false));
    let injector = inject_faults(Arc::clone(&fake), Arc::clone(&stop));
    Ok((fake, stop, injector))
}

/// Kills `dli apply` at `kills` random moments, each against a fresh fake with random
/// faults, then runs it again until it succeeds; counts duplicates and connections the file
/// does not name, and plans once more.
pub(crate) async fn crash(dli: &Path, size: CrashSize) -> anyhow::Result<Crash> {
    let names: Vec<String> = (0..size.connections)
        .map(|n| format!("crash_{n}"))
        .collect();
    let path = write_file("crash", &file("crash", size.connections))?;
    let file_arg = path.to_string_lossy().into_owned();
    let faults = Arc::new(AtomicU64::new(0));

    // How long an apply takes when not killed, under the same faults.
    let (fake, stop, injector) = faulty_fake(size.creating_for).await?;
    let undisturbed = {
        let (dli, url, file) = (dli.to_path_buf(), fake.base_url(), file_arg.clone());
        tokio::task::spawn_blocking(move || apply_until(&dli, &url, &file, None)).await??
    };
    stop.store(true, Ordering::Relaxed);
    faults.fetch_add(injector.await?, Ordering::Relaxed);
    if undisturbed.code != Some(0) {
        bail!(
            "crash consistency: an apply from empty, not killed, exited with {:?}: {}",
            undisturbed.code,
            undisturbed.said
        );
    }
    let undisturbed = undisturbed.elapsed;

    let mut trials = Vec::new();
    let mut missed: u64 = 0;
    for _ in 0..size.kills {
        // A kill that comes after the apply ended by itself is not a kill: it is drawn again,
        // before the moment that apply ended, against a fresh fake.
        let mut limit = undisturbed;
        let (fake, stop, injector, killed, beside) = loop {
            let (fake, stop, injector) = faulty_fake(size.creating_for).await?;
            let kill_after = limit.mul_f64(fastrand::f64());
            // A second apply of the same file, started with the one killed, runs to its end.
            let beside = {
                let (binary, url, file) = (dli.to_path_buf(), fake.base_url(), file_arg.clone());
                tokio::task::spawn_blocking(move || apply_until(&binary, &url, &file, None))
            };
            let (binary, url, file) = (dli.to_path_buf(), fake.base_url(), file_arg.clone());
            let killed = tokio::task::spawn_blocking(move || {
                apply_until(&binary, &url, &file, Some(kill_after))
            })
            .await??;
            let beside = beside.await??;
            if !killed.ended_first {
                break (fake, stop, injector, killed, beside);
            }
            missed += 1;
            if missed > 10 * size.kills as u64 {
                bail!("crash consistency: the apply ended before the kill {missed} times");
            }
            stop.store(true, Ordering::Relaxed);
            faults.fetch_add(injector.await?, Ordering::Relaxed);
            limit = killed.elapsed;
        };
        let (binary, url, file) = (dli.to_path_buf(), fake.base_url(), file_arg.clone());
        let reruns = tokio::task::spawn_blocking(move || -> anyhow::Result<_> {
            let mut reruns = 0;
            loop {
                reruns += 1;
                let rerun = apply_until(&binary, &url, &file, None)?;
                if rerun.code == Some(0) {
                    break;
                }
                eprintln!(
                    "a run after a kill exited with {:?}: {}",
                    rerun.code, rerun.said
                );
                if reruns > MAX_RERUNS {
                    break;
                }
            }
            Ok(reruns)
        })
        .await??;
        stop.store(true, Ordering::Relaxed);
        faults.fetch_add(injector.await?, Ordering::Relaxed);
        fake.faults().clear();
        let (duplicates, unnamed) = census(&fake, &names).await?;
        let plan_exit_code = {
            let (binary, url, file) = (dli.to_path_buf(), fake.base_url(), file_arg.clone());
            let fake = Arc::clone(&fake);
            tokio::task::spawn_blocking(move || {
                stage(
                    &fake,
                    dli_command(&binary, &url, "plan", &["-f", &file, "--detailed-exitcode"]),
                )
            })
            .await??
            .0
            .exit_code
        };
        trials.push(Trial {
            killed_after: killed.elapsed,
            ended_first: killed.ended_first,
            done_before_kill: killed.done,
            beside_exit_code: beside.code,
            reruns,
            duplicates,
            unnamed,
            plan_exit_code,
        });
    }
    let _ = std::fs::remove_file(&path);
    let run = Crash {
        connections: size.connections,
        creating_for: size.creating_for,
        undisturbed,
        trials,
        faults: faults.load(Ordering::Relaxed),
        missed,
    };
    run.check()?;
    Ok(run)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trial(reruns: u32, duplicates: usize, unnamed: usize, plan_exit_code: i32) -> Trial {
        Trial {
            killed_after: Duration::from_millis(1500),
            ended_first: false,
            done_before_kill: 3,
            beside_exit_code: Some(0),
            reruns,
            duplicates,
            unnamed,
            plan_exit_code,
        }
    }

    #[test]
    fn a_crash_run_fails_on_any_trial_that_did_not_converge() {
        let run = |trials: Vec<Trial>, faults: u64| Crash {
            connections: 10,
            creating_for: Duration::from_secs(2),
            undisturbed: Duration::from_secs(4),
            trials,
            faults,
            missed: 0,
        };
        run(vec![trial(1, 0, 0, 0), trial(2, 0, 0, 0)], 40)
            .check()
            .expect("passes");
        for (broken, expected) in [
            (run(vec![trial(1, 0, 0, 0)], 0), "no fault was injected"),
            (
                run(vec![trial(1, 0, 0, 0), trial(MAX_RERUNS + 1, 0, 0, 0)], 9),
                "kill 2 at 1.50 s: dli apply did not succeed",
            ),
            (run(vec![trial(1, 1, 0, 0)], 9), "1 names held by several"),
            (
                run(vec![trial(1, 0, 2, 0)], 9),
                "2 connections the file does not name",
            ),
            (
                run(vec![trial(1, 0, 0, 2)], 9),
                "exited with 2 (0 is no change)",
            ),
        ] {
            let error = broken.check().expect_err(expected).to_string();
            assert!(error.contains(expected), "{error}");
        }
    }
}
