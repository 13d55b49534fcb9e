//! Each row of the benchmark, measured: in this process (`in_process`), by other programs
//! (`external`), the client's memory (`memory`) and the throttled bulk delete (`throttled`).

mod external;
mod in_process;
mod memory;
mod throttled;

use std::sync::Arc;
use std::time::Duration;

use dli_client::{Client, Credentials, Environment, RateLimit};
use uuid::Uuid;

use crate::Options;
use crate::load::Samples;
use crate::servers;

use external::{cli, python_row, sdk_available, startup, which, wrk_row};
use in_process::{client_row, create, raw};
use memory::rss;
pub use memory::rss_child;
use throttled::throttled;

pub(crate) const AK: &str = "BENCHACCESSKEY";
pub(crate) const SK: &str = "bench-secret-key";
pub(crate) const PROJECT: &str = "bench_project";
/// The id every delete to the static responder names.
pub(crate) const ANY_ID: &str = "2a620c33-5609-40c9-affd-2b6453071b0f";
/// Requests in flight of the concurrent rows.
pub const IN_FLIGHT: [usize; 4] = [1, 8, 32, 128];

/// One measured row.
#[derive(Debug, Clone)]
pub struct Row {
    /// Who sends: `wrk`, `raw reqwest`, `dli-client`, `dli CLI`, `Python SDK`.
    pub sender: &'static str,
    /// Who answers: `static` or `dli-fake`.
    pub server: &'static str,
    /// Requests in flight.
    pub in_flight: usize,
    /// What it measured.
    pub samples: Samples,
    /// Its ratio to the row it is compared with (dli-client to raw reqwest, the CLI to
    /// dli-client) in each round of the turns they took; empty when it took no turns.
    pub rounds: Vec<f64>,
}

/// The client's memory after a number of deletes.
#[derive(Debug, Clone)]
pub struct Rss {
    /// Requests, and peak RSS in KiB after them.
    pub points: Vec<(u64, u64)>,
}

/// The throttled bulk delete.
#[derive(Debug, Clone)]
pub struct Throttled {
    /// Ids deleted.
    pub ids: usize,
    /// The gateway's limit, calls a second.
    pub limit: u32,
    /// Requests in flight.
    pub in_flight: usize,
    /// How long it took.
    pub elapsed: Duration,
    /// Calls answered 429.
    pub throttled: u64,
    /// Lines reported deleted.
    pub deleted: usize,
    /// The command's exit code.
    pub exit_code: i32,
    /// Deletes finished in each second.
    pub per_second: Vec<u32>,
}

/// Everything one run measured.
#[derive(Debug, Clone)]
pub struct Results {
    /// The load rows.
    pub rows: Vec<Row>,
    /// The client's memory.
    pub rss: Option<Rss>,
    /// The throttled bulk delete.
    pub throttled: Option<Throttled>,
    /// `dli` deleting a single id, process start to exit, each run, sorted.
    pub startup: Vec<Duration>,
    /// How many runs of the command each `dli CLI` row against `static` adds up.
    pub cli_runs: u32,
    /// The ids of each of those runs.
    pub cli_ids: usize,
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

struct Durations {
    /// Each static row's time in all, split over `rounds` turns.
    row: Duration,
    rounds: u32,
    cli_ids: usize,
    fake_requests: u64,
}

/// Runs every row.
pub async fn run_all(options: &Options) -> anyhow::Result<Results> {
    let durations = if options.quick {
        Durations {
            row: Duration::from_millis(300),
            rounds: 1,
            cli_ids: 1_000,
            fake_requests: 1_000,
        }
    } else {
        Durations {
            row: Duration::from_secs(3),
            rounds: 5,
            cli_ids: 10_000,
            fake_requests: 20_000,
        }
    };
    let mut rows = Vec::new();
    let ceiling = servers::static_responder()?;
    let url = ceiling.url.clone();
    let wrk = which("wrk");
    for in_flight in IN_FLIGHT {
        eprintln!("static responder, {in_flight} in flight");
        if wrk {
            rows.push(row(
                "wrk",
                "static",
                in_flight,
                wrk_row(&url, in_flight, durations.row)?,
            ));
        }
        // Raw, client and CLI take turns, a slice each per round, so that a machine whose
        // speed drifts during the run slows all three alike.
        let (http, dli_client) = (reqwest::Client::new(), client(&url, RateLimit::None)?);
        let (mut raw_samples, mut client_samples, mut cli_samples) =
            (Samples::default(), Samples::default(), Samples::default());
        let slice = durations.row / durations.rounds;
        let (mut client_rounds, mut cli_rounds) = (Vec::new(), Vec::new());
        for _ in 0..durations.rounds {
            let raw_round = raw(&http, &url, in_flight, slice, u64::MAX).await?;
            let client_round = client_row(&dli_client, in_flight, slice, u64::MAX, None).await;
            let ids: Vec<String> = (0..durations.cli_ids)
                .map(|_| Uuid::new_v4().to_string())
                .collect();
            let cli_round = cli(&options.dli, &url, in_flight, &ids, None)?;
            client_rounds.push(client_round.rate() / raw_round.rate().max(1e-9));
            cli_rounds.push(cli_round.rate() / client_round.rate().max(1e-9));
            raw_samples.merge(raw_round);
            client_samples.merge(client_round);
            cli_samples.merge(cli_round);
        }
        rows.push(row("raw reqwest", "static", in_flight, raw_samples));
        let mut client_row = row("dli-client", "static", in_flight, client_samples);
        client_row.rounds = client_rounds;
        rows.push(client_row);
        let mut cli_row = row("dli CLI", "static", in_flight, cli_samples);
        cli_row.rounds = cli_rounds;
        rows.push(cli_row);
    }
    eprintln!("dli deleting one id, start to exit");
    let startup = startup(&options.dli, &url, if options.quick { 3 } else { 11 })?;
    if let Some(python) = options
        .python
        .as_deref()
        .filter(|python| sdk_available(python))
    {
        eprintln!("official Python SDK, 1 in flight");
        rows.push(row(
            "Python SDK",
            "static",
            1,
            python_row(python, &url, durations.row)?,
        ));
    } else {
        eprintln!("no Python with huaweicloudsdkdli: the official SDK's row is left out");
    }

    let fake = servers::fake(&options.dli, AK, SK)?;
    for in_flight in IN_FLIGHT {
        eprintln!("dli-fake, {in_flight} in flight");
        let client = client(&fake.url, RateLimit::None)?;
        let ids = Arc::new(create(&client, durations.fake_requests as usize).await?);
        let samples = client_row(
            &client,
            in_flight,
            Duration::from_secs(3600),
            u64::MAX,
            Some(ids),
        )
        .await;
        rows.push(row("dli-client", "dli-fake", in_flight, samples));
    }
    let client32 = client(&fake.url, RateLimit::None)?;
    let ids: Vec<String> = create(&client32, durations.cli_ids)
        .await?
        .iter()
        .map(Uuid::to_string)
        .collect();
    rows.push(row(
        "dli CLI",
        "dli-fake",
        32,
        cli(&options.dli, &fake.url, 32, &ids, None)?,
    ));
    drop(fake);

    eprintln!("memory of the client");
    let rss = rss(&ceiling, if options.quick { 10_000 } else { 100_000 })?;
    drop(ceiling);
    eprintln!("bulk delete against the gateway's throttle");
    let throttled = if options.quick {
        throttled(&options.dli, 400, 100).await?
    } else {
        throttled(&options.dli, 5_000, 200).await?
    };
    Ok(Results {
        rows,
        rss: Some(rss),
        throttled: Some(throttled),
        startup,
        cli_runs: durations.rounds,
        cli_ids: durations.cli_ids,
    })
}

/// The child of `dli-bench load`: `requests` deletes at `in_flight` against `url`, by raw
/// reqwest or by dli-client, and nothing else, so that a profiler sees only them.
pub async fn load_child(
    sender: &str,
    url: &str,
    requests: u64,
    in_flight: usize,
) -> anyhow::Result<()> {
    let samples = match sender {
        "raw" => {
            raw(
                &reqwest::Client::new(),
                url,
                in_flight,
                Duration::MAX,
                requests,
            )
            .await?
        }
        "client" => {
            let client = client(url, RateLimit::None)?;
            client_row(&client, in_flight, Duration::MAX, requests, None).await
        }
        other => anyhow::bail!("unknown sender {other:?}: give raw or client"),
    };
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
        rounds: Vec::new(),
    }
}
