//! Each row of the benchmark, measured: in this process (`in_process`), by other programs
//! (`external`), the client's memory (`memory`) and the bulk deletes through the gateway's
//! throttle (`throttled`), and desired state at scale and after crashes (`desired`). Every
//! row fails, naming itself, when the work it measured failed.

pub(crate) mod cli;
pub(crate) mod desired;
pub(crate) mod external;
mod in_process;
mod memory;
mod throttled;

use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, bail};
use dli_client::{Client, Credentials, Environment, RateLimit};
use uuid::Uuid;

use crate::Options;
use crate::load::Samples;
use crate::servers;

use cli::{cli, startup, version_startup};
pub use desired::{Crash, FAULT_EVERY, HOSTS, MAX_RERUNS, ROUTES, Scale};
use desired::{CrashSize, ScaleSize};
use external::{python_row, require, require_sdk, wrk_row};
use in_process::{client_row, create, raw, signed_raw};
use memory::rss;
pub use memory::rss_child;
pub use throttled::{BulkRun, run_bulk};

pub(crate) const AK: &str = "BENCHACCESSKEY";
pub(crate) const SK: &str = "bench-secret-key";
pub(crate) const PROJECT: &str = "bench_project";
/// The id every delete to the static responder names.
pub(crate) const ANY_ID: &str = "2a620c33-5609-40c9-affd-2b6453071b0f";
/// Requests in flight of the concurrent rows.
pub const IN_FLIGHT: [usize; 4] = [1, 8, 32, 128];

/// The senders that take turns against the static responder, in the order of the table.
pub const RAW: &str = "raw reqwest";
/// Raw reqwest signing every request.
pub const SIGNED: &str = "signed raw";
/// The client.
pub const CLIENT: &str = "dli-client";
/// The command line.
pub const CLI: &str = "dli CLI";

/// One measured row.
#[derive(Debug, Clone)]
pub struct Row {
    /// Who sends: `wrk`, `raw reqwest`, `signed raw`, `dli-client`, `dli CLI`, `Python SDK`.
    pub sender: &'static str,
    /// Who answers: `static` or `dli-fake`.
    pub server: &'static str,
    /// Requests in flight.
    pub in_flight: usize,
    /// What it measured.
    pub samples: Samples,
    /// Its rate over another sender's, round by round, for each sender it is compared with.
    pub versus: Vec<(&'static str, Vec<f64>)>,
}

impl Row {
    /// Its ratios to `base`, one a round, when it took turns with it.
    pub fn rounds_versus(&self, base: &str) -> Option<&[f64]> {
        self.versus
            .iter()
            .find(|(sender, _)| *sender == base)
            .map(|(_, rounds)| rounds.as_slice())
    }
}

/// The median of some ratios, and the lowest and highest.
pub fn median_and_spread(ratios: &[f64]) -> Option<(f64, f64, f64)> {
    let mut sorted: Vec<f64> = ratios.iter().copied().filter(|r| r.is_finite()).collect();
    if sorted.is_empty() {
        return None;
    }
    sorted.sort_by(f64::total_cmp);
    let middle = sorted.len() / 2;
    let median = if sorted.len().is_multiple_of(2) {
        (sorted[middle - 1] + sorted[middle]) / 2.0
    } else {
        sorted[middle]
    };
    Some((median, sorted[0], sorted[sorted.len() - 1]))
}

/// The client's memory after a number of deletes.
#[derive(Debug, Clone)]
pub struct Rss {
    /// Requests, and peak RSS in KiB after them.
    pub points: Vec<(u64, u64)>,
}

/// Everything one run measured.
#[derive(Debug, Clone)]
pub struct Results {
    /// The load rows.
    pub rows: Vec<Row>,
    /// The client's memory.
    pub rss: Rss,
    /// The bulk deletes through the throttle: both windows, then waiting at scale.
    pub bulk: Vec<BulkRun>,
    /// `dli` deleting a single id, process start to exit, each run, sorted.
    pub startup: Vec<Duration>,
    /// `dli --version`, process start to exit, each run, sorted.
    pub version_startup: Vec<Duration>,
    /// The size of the `dli` binary, in bytes.
    pub binary_bytes: u64,
    /// Rounds the senders against `static` took turns in.
    pub rounds: u32,
    /// Requests each of those senders made in a round, by requests in flight.
    pub per_round: Vec<(usize, u64)>,
    /// Desired state at scale and after crashes.
    pub desired: Desired,
}

/// Desired state, measured.
#[derive(Debug, Clone)]
pub struct Desired {
    /// `dli apply` from empty at scale, then `dli plan`.
    pub scale: Scale,
    /// `dli apply` killed at random moments under faults, then run again.
    pub crash: Crash,
}

pub(crate) fn client(url: &str, rate_limit: RateLimit) -> anyhow::Result<Client> {
    Ok(Client::builder()
        .environment(Environment::from_pairs([]))
        .endpoint(url)
        .project_id(PROJECT)
        .credentials(Credentials::ak_sk(AK, SK))
        .rate_limit(rate_limit)
        .build()?)
}

/// How much work each part of a run does.
struct Sizes {
    rounds: u32,
    /// Requests of each sender in a round, by requests in flight.
    per_round: [(usize, u64); 4],
    wrk: Duration,
    python: Duration,
    fake_requests: usize,
    rss_requests: u64,
    /// Ids and limit of the throttled bulk delete.
    throttled: (usize, u32),
    /// Ids, limit and wait of the waiting bulk delete.
    waiting: (usize, u32, Duration),
    /// Connections, limit and creating time of desired state at scale.
    scale: (usize, u32, Duration),
    /// Connections, creating time and kills of the crash-consistency run.
    crash: (usize, Duration, usize),
}

impl Sizes {
    fn new(quick: bool) -> Self {
        if quick {
            Self {
                rounds: 2,
                per_round: [(1, 500), (8, 1_000), (32, 2_000), (128, 2_000)],
                wrk: Duration::from_secs(1),
                python: Duration::from_millis(500),
                fake_requests: 1_000,
                rss_requests: 10_000,
                throttled: (400, 100),
                waiting: (100, 100, Duration::from_secs(2)),
                scale: (40, 100, Duration::from_secs(2)),
                crash: (4, Duration::from_secs(1), 3),
            }
        } else {
            Self {
                rounds: 9,
                per_round: [(1, 10_000), (8, 30_000), (32, 100_000), (128, 100_000)],
                wrk: Duration::from_secs(3),
                python: Duration::from_secs(3),
                fake_requests: 20_000,
                rss_requests: 100_000,
                throttled: (5_000, 200),
                waiting: (1_000, 200, Duration::from_secs(20)),
                scale: (500, 200, Duration::from_secs(20)),
                crash: (10, Duration::from_secs(2), 20),
            }
        }
    }
}

/// The senders that take turns, each run of one a round's slice.
#[derive(Clone, Copy)]
enum Turn {
    Raw,
    Signed,
    Client,
    Cli,
}

/// Runs every row; the first row whose work failed ends the run with an error naming it.
pub async fn run_all(options: &Options) -> anyhow::Result<Results> {
    require("wrk", ".ci/run installs it (apt-get install wrk)")?;
    let python = options.python.as_deref().ok_or_else(|| {
        anyhow::anyhow!(
            "Python SDK: no Python given, so its row cannot run: set DLI_BENCH_PYTHON to a \
             Python with huaweicloudsdkdli (.ci/run installs one)"
        )
    })?;
    require_sdk(python)?;
    let sizes = Sizes::new(options.quick);
    let mut rows = Vec::new();
    let ceiling = servers::static_responder()?;
    let url = ceiling.url.clone();
    for (in_flight, requests) in sizes.per_round {
        eprintln!("static responder, {in_flight} in flight, {requests} requests a turn");
        let name = format!("wrk, {in_flight} in flight");
        rows.push(row(
            "wrk",
            "static",
            in_flight,
            wrk_row(&name, &url, in_flight, sizes.wrk)?,
        ));
        rows.extend(take_turns(options, &url, in_flight, requests, sizes.rounds).await?);
    }
    eprintln!("dli deleting one id, start to exit");
    let startup = startup(&options.dli, &url, if options.quick { 3 } else { 11 })?;
    let version_startup = version_startup(&options.dli, if options.quick { 3 } else { 21 })?;
    let binary_bytes = std::fs::metadata(&options.dli)
        .with_context(|| format!("cannot read {}", options.dli.display()))?
        .len();
    eprintln!("official Python SDK, 1 in flight");
    rows.push(row(
        "Python SDK",
        "static",
        1,
        python_row("Python SDK", python, &url, sizes.python)?,
    ));

    let fake = servers::fake(&options.dli, AK, SK)?;
    for in_flight in IN_FLIGHT {
        eprintln!("dli-fake, {in_flight} in flight");
        let client = client(&fake.url, RateLimit::Adaptive)?;
        let ids = Arc::new(create(&client, sizes.fake_requests).await?);
        let samples = client_row(&client, in_flight, u64::MAX, Some(ids)).await;
        samples.check(&format!(
            "dli-client against dli-fake, {in_flight} in flight"
        ))?;
        rows.push(row(CLIENT, "dli-fake", in_flight, samples));
    }
    let ids: Vec<String> = create(&client(&fake.url, RateLimit::None)?, sizes.fake_requests)
        .await?
        .iter()
        .map(Uuid::to_string)
        .collect();
    rows.push(row(
        CLI,
        "dli-fake",
        32,
        cli(
            "dli CLI against dli-fake",
            &options.dli,
            &fake.url,
            32,
            &ids,
        )?,
    ));
    drop(fake);

    eprintln!("memory of the client");
    let rss = rss(&ceiling, sizes.rss_requests)?;
    drop(ceiling);
    let runs = run_bulk(options).await?;
    let desired = run_desired(options).await?;
    Ok(Results {
        rows,
        rss,
        bulk: runs,
        startup,
        version_startup,
        binary_bytes,
        rounds: sizes.rounds,
        per_round: sizes.per_round.to_vec(),
        desired,
    })
}

/// Desired state: `dli apply` at scale with the plan right after, then the kills. An error
/// names the first that failed.
pub async fn run_desired(options: &Options) -> anyhow::Result<Desired> {
    let sizes = Sizes::new(options.quick);
    let (connections, limit, creating_for) = sizes.scale;
    eprintln!("dli apply of {connections} connections from empty, then dli plan");
    let scale = desired::scale(
        &options.dli,
        ScaleSize {
            connections,
            limit,
            creating_for,
        },
    )
    .await?;
    let (connections, creating_for, kills) = sizes.crash;
    eprintln!("dli apply killed at {kills} random moments under faults, then run again");
    let crash = desired::crash(
        &options.dli,
        CrashSize {
            connections,
            creating_for,
            kills,
        },
    )
    .await?;
    Ok(Desired { scale, crash })
}

/// Raw, signed raw, the client and the CLI take turns against the static responder, each
/// making `requests` deletes a round, starting with a different one each round, so that a
/// drift in the machine's speed slows them alike. Their rows, with the ratios of each round.
async fn take_turns(
    options: &Options,
    url: &str,
    in_flight: usize,
    requests: u64,
    rounds: u32,
) -> anyhow::Result<Vec<Row>> {
    let http = reqwest::Client::new();
    // The same pacing setting as the CLI's default.
    let dli_client = client(url, RateLimit::Adaptive)?;
    let order = [Turn::Raw, Turn::Signed, Turn::Client, Turn::Cli];
    let mut totals: [Samples; 4] = Default::default();
    let mut ratios: [Vec<f64>; 4] = Default::default();
    for round in 0..rounds as usize {
        let mut this: [Samples; 4] = Default::default();
        for k in 0..order.len() {
            let index = (round + k) % order.len();
            let (name, samples) = match order[index] {
                Turn::Raw => (RAW, raw(&http, url, in_flight, requests).await?),
                Turn::Signed => (SIGNED, signed_raw(&http, url, in_flight, requests).await?),
                Turn::Client => (
                    CLIENT,
                    client_row(&dli_client, in_flight, requests, None).await,
                ),
                Turn::Cli => {
                    // Ids of their own: the command reads each id once.
                    let ids: Vec<String> =
                        (0..requests).map(|_| Uuid::new_v4().to_string()).collect();
                    let row = format!("{CLI}, {in_flight} in flight");
                    (CLI, cli(&row, &options.dli, url, in_flight, &ids)?)
                }
            };
            samples.check(&format!("{name}, {in_flight} in flight"))?;
            if samples.ok != requests {
                bail!(
                    "{name}, {in_flight} in flight: {} of {requests} requests made",
                    samples.ok
                );
            }
            this[index] = samples;
        }
        let rate = |i: usize| this[i].rate().max(1e-9);
        ratios[0].push(rate(1) / rate(0));
        ratios[1].push(rate(2) / rate(0));
        ratios[2].push(rate(2) / rate(1));
        ratios[3].push(rate(3) / rate(2));
        for (total, samples) in totals.iter_mut().zip(this) {
            total.merge(samples);
        }
    }
    let [raw_total, signed_total, client_total, cli_total] = totals;
    let [
        signed_vs_raw,
        client_vs_raw,
        client_vs_signed,
        cli_vs_client,
    ] = ratios;
    let mut signed = row(SIGNED, "static", in_flight, signed_total);
    signed.versus = vec![(RAW, signed_vs_raw)];
    let mut client = row(CLIENT, "static", in_flight, client_total);
    client.versus = vec![(RAW, client_vs_raw), (SIGNED, client_vs_signed)];
    let mut cli = row(CLI, "static", in_flight, cli_total);
    cli.versus = vec![(CLIENT, cli_vs_client)];
    Ok(vec![
        row(RAW, "static", in_flight, raw_total),
        signed,
        client,
        cli,
    ])
}

/// The child of `dli-bench load`: `requests` deletes at `in_flight` against `url`, by raw
/// reqwest, signed raw or dli-client, and nothing else, so that a profiler sees only them.
pub async fn load_child(
    sender: &str,
    url: &str,
    requests: u64,
    in_flight: usize,
) -> anyhow::Result<()> {
    let http = reqwest::Client::new();
    let samples = match sender {
        "raw" => raw(&http, url, in_flight, requests).await?,
        "signed" => signed_raw(&http, url, in_flight, requests).await?,
        "client" => {
            let client = client(url, RateLimit::Adaptive)?;
            client_row(&client, in_flight, requests, None).await
        }
        "unpaced" => {
            let client = client(url, RateLimit::None)?;
            client_row(&client, in_flight, requests, None).await
        }
        other => bail!("unknown sender {other:?}: give raw, signed, client or unpaced"),
    };
    samples.check(sender)?;
    println!(
        "{} of {requests} deletes at {in_flight} in flight in {:.3} s: {:.0} a second",
        samples.ok,
        samples.elapsed.as_secs_f64(),
        samples.rate()
    );
    Ok(())
}

fn row(sender: &'static str, server: &'static str, in_flight: usize, samples: Samples) -> Row {
    Row {
        sender,
        server,
        in_flight,
        samples,
        versus: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_of_the_rounds_and_their_spread() {
        assert_eq!(median_and_spread(&[]), None);
        assert_eq!(median_and_spread(&[0.9]), Some((0.9, 0.9, 0.9)));
        assert_eq!(
            median_and_spread(&[0.95, 0.8, 0.9, f64::NAN]),
            Some((0.9, 0.8, 0.95))
        );
        assert_eq!(median_and_spread(&[1.0, 0.5]), Some((0.75, 0.5, 1.0)));
    }
}
