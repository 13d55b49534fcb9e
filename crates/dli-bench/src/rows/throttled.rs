//! Bulk deletes through the gateway's throttle: as fast as it allows, and waiting for
//! connections still being created.

use std::io::{BufRead, BufReader, Write};
use std::num::NonZeroU32;
use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use dli_fake::{FakeConfig, FakeDli, NewConnection, Stats, ThrottleWindow};

use super::cli::dli_delete;
use super::{AK, PROJECT, SK, Sizes};
use crate::Options;

/// A bulk delete by `dli connection delete` against a throttled fake.
#[derive(Debug, Clone)]
pub struct BulkRun {
    /// The row's name.
    pub row: String,
    /// Ids deleted.
    pub ids: usize,
    /// The gateway's limit, calls a second per API.
    pub limit: u32,
    /// How the fake counted a second's calls.
    pub window: ThrottleWindow,
    /// How long the connections stayed `CREATING`.
    pub creating_for: Duration,
    /// Requests in flight.
    pub in_flight: usize,
    /// How long it took.
    pub elapsed: Duration,
    /// Lines reported deleted.
    pub deleted: usize,
    /// The command's exit code.
    pub exit_code: i32,
    /// Deletes finished in each second.
    pub per_second: Vec<u32>,
    /// What the fake served.
    pub stats: Stats,
}

impl BulkRun {
    /// The least time the work can take: the wait, then every id at the limit.
    pub fn ideal(&self) -> Duration {
        self.creating_for + Duration::from_secs_f64(self.ids as f64 / f64::from(self.limit))
    }

    /// Every request the fake received.
    pub fn requests(&self) -> u64 {
        self.stats.total_requests()
    }

    /// Requests answered `429`, as a share of all.
    pub fn throttled_share(&self) -> f64 {
        self.stats.throttled as f64 / self.requests().max(1) as f64
    }

    /// Show calls a connection, on average.
    pub fn shows_per_connection(&self) -> f64 {
        self.stats.requests_of("ShowEnhancedConnection") as f64 / self.ids.max(1) as f64
    }

    /// An error naming the row unless the command exited 0, printed a deletion for every id,
    /// and the fake holds every connection deleted.
    pub fn check(&self) -> anyhow::Result<()> {
        let row = &self.row;
        if self.exit_code != 0 {
            bail!("{row}: dli exited with {}", self.exit_code);
        }
        if self.deleted != self.ids {
            bail!(
                "{row}: {} of {} ids reported deleted",
                self.deleted,
                self.ids
            );
        }
        let gone = self.stats.connections.get("DELETED").copied().unwrap_or(0);
        if gone != self.ids as u64 {
            bail!(
                "{row}: the fake holds {gone} of {} connections deleted",
                self.ids
            );
        }
        Ok(())
    }
}

/// The bulk deletes through the throttle: both windows, then waiting for connections
/// still being created. An error names the first that failed.
pub async fn run_bulk(options: &Options) -> anyhow::Result<Vec<BulkRun>> {
    let sizes = Sizes::new(options.quick);
    let mut runs = Vec::new();
    for window in [ThrottleWindow::Fixed, ThrottleWindow::Bucket] {
        let name = match window {
            ThrottleWindow::Bucket => "bucket",
            _ => "fixed",
        };
        eprintln!("bulk delete against the gateway's throttle, {name} window");
        let (ids, limit) = sizes.throttled;
        runs.push(
            bulk(Bulk {
                row: format!("bulk delete, {name} window"),
                dli: &options.dli,
                ids,
                limit,
                window,
                creating_for: Duration::ZERO,
                in_flight: 64,
            })
            .await?,
        );
    }
    eprintln!("bulk delete of connections still being created");
    let (ids, limit, creating_for) = sizes.waiting;
    runs.push(
        bulk(Bulk {
            row: "bulk delete, waiting".to_owned(),
            dli: &options.dli,
            ids,
            limit,
            window: ThrottleWindow::Fixed,
            creating_for,
            in_flight: 64,
        })
        .await?,
    );
    for run in &runs {
        run.check()?;
    }
    Ok(runs)
}

/// What to run.
struct Bulk<'a> {
    pub(super) row: String,
    pub(super) dli: &'a Path,
    pub(super) ids: usize,
    pub(super) limit: u32,
    pub(super) window: ThrottleWindow,
    pub(super) creating_for: Duration,
    pub(super) in_flight: usize,
}

/// `dli connection delete --concurrency N -` (with `--wait` when the connections are still
/// being created) against the fake throttled at `limit` a second per API, its results timed
/// as they stream.
async fn bulk(run: Bulk<'_>) -> anyhow::Result<BulkRun> {
    let fake = FakeDli::start(
        FakeConfig::default()
            .with_key(AK, SK)
            .creating_for(run.creating_for)
            .throttle(NonZeroU32::new(run.limit).context("a limit above 0")?)
            .throttle_window(run.window),
    )
    .await?;
    let mut input = String::new();
    for n in 0..run.ids {
        let id = fake.store().create(
            PROJECT,
            NewConnection {
                name: format!("bulk_{n}"),
                dest_vpc_id: "vpc".to_owned(),
                dest_network_id: "subnet".to_owned(),
                ..NewConnection::default()
            },
        )?;
        input.push_str(&format!("{id}\n"));
    }
    let url = fake.base_url();
    let dli = run.dli.to_path_buf();
    let in_flight = run.in_flight;
    let wait = !run.creating_for.is_zero();
    let log_name = format!("{}.log", run.row.replace([' ', ','], "-"));
    let (elapsed, exit_code, per_second, deleted) =
        tokio::task::spawn_blocking(move || -> anyhow::Result<_> {
            let extra: &[&str] = if wait { &["--wait", "10m"] } else { &[] };
            let started = Instant::now();
            let mut command = dli_delete(&dli, &url, in_flight, extra);
            // DLI_BENCH_BULK_LOG=DIR keeps each run's client log, the pacer's included.
            match std::env::var_os("DLI_BENCH_BULK_LOG") {
                Some(log) => {
                    command
                        .env("RUST_LOG", "dli_client=debug")
                        .stderr(std::fs::File::create(Path::new(&log).join(&log_name))?);
                }
                None => {
                    command.stderr(std::process::Stdio::null());
                }
            }
            let mut child = command.spawn()?;
            let mut stdin = child.stdin.take().context("no stdin")?;
            let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
            let stdout = child.stdout.take().context("no stdout")?;
            let mut per_second: Vec<u32> = Vec::new();
            let mut deleted = 0;
            for line in BufReader::new(stdout).lines() {
                let line = line?;
                if line.contains(r#""outcome":"deleted""#) {
                    deleted += 1;
                    let second = started.elapsed().as_secs() as usize;
                    if per_second.len() <= second {
                        per_second.resize(second + 1, 0);
                    }
                    per_second[second] += 1;
                }
            }
            let status = child.wait()?;
            let _ = writer.join();
            Ok((
                started.elapsed(),
                status.code().unwrap_or(-1),
                per_second,
                deleted,
            ))
        })
        .await??;
    Ok(BulkRun {
        row: run.row,
        ids: run.ids,
        limit: run.limit,
        window: run.window,
        creating_for: run.creating_for,
        in_flight: run.in_flight,
        elapsed,
        deleted,
        exit_code,
        per_second,
        stats: fake.stats(),
    })
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    fn run(exit_code: i32, deleted: usize, gone: u64) -> BulkRun {
        BulkRun {
            row: "bulk delete, fixed window".to_owned(),
            ids: 10,
            limit: 5,
            window: ThrottleWindow::Fixed,
            creating_for: Duration::from_secs(1),
            in_flight: 4,
            elapsed: Duration::from_secs(3),
            deleted,
            exit_code,
            per_second: Vec::new(),
            stats: Stats {
                requests: BTreeMap::from([
                    ("DeleteEnhancedConnection".to_owned(), 12),
                    ("ShowEnhancedConnection".to_owned(), 20),
                ]),
                throttled: 2,
                throttled_by_operation: BTreeMap::new(),
                most_shows_of_one_connection: 3,
                connections: BTreeMap::from([("DELETED".to_owned(), gone)]),
            },
        }
    }

    #[test]
    fn a_bulk_row_fails_unless_every_id_was_deleted_and_the_command_succeeded() {
        let done = run(0, 10, 10);
        done.check().expect("passes");
        assert_eq!(done.ideal(), Duration::from_secs(3));
        assert_eq!(done.requests(), 32);
        assert!((done.shows_per_connection() - 2.0).abs() < 1e-9);
        for (broken, expected) in [
            (run(1, 10, 10), "dli exited with 1"),
            (run(0, 9, 10), "9 of 10 ids reported deleted"),
            (run(0, 10, 9), "the fake holds 9 of 10 connections deleted"),
        ] {
            let error = broken.check().expect_err(expected).to_string();
            assert!(
                error.starts_with("bulk delete, fixed window: ") && error.contains(expected),
                "{error}"
            );
        }
    }
}
