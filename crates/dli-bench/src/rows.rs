//! Each row of the benchmark, measured.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use dli_client::{Client, Credentials, Environment, RateLimit};
use futures_util::{StreamExt, stream};
use serde::Deserialize;
use uuid::Uuid;

use crate::Options;
use crate::load::{Samples, closed_loop, closed_loop_unrecorded};
use crate::servers::{self, Server};

const AK: &str = "BENCHACCESSKEY";
const SK: &str = "bench-secret-key";
const PROJECT: &str = "bench_project";
/// The id every delete to the static responder names.
const ANY_ID: &str = "2a620c33-5609-40c9-affd-2b6453071b0f";
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
}

fn client(url: &str, rate_limit: RateLimit) -> anyhow::Result<Client> {
    Ok(Client::builder()
        .environment(Environment::from_pairs([]))
        .endpoint(url)
        .project_id(PROJECT)
        .credentials(Credentials::ak_sk(AK, SK))
        .rate_limit(rate_limit)
        .build()?)
}

struct Durations {
    row: Duration,
    cli_ids: usize,
    fake_requests: u64,
}

/// Runs every row.
pub async fn run_all(options: &Options) -> anyhow::Result<Results> {
    let durations = if options.quick {
        Durations {
            row: Duration::from_millis(300),
            cli_ids: 1_000,
            fake_requests: 1_000,
        }
    } else {
        Durations {
            row: Duration::from_secs(3),
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
        rows.push(row(
            "raw reqwest",
            "static",
            in_flight,
            raw(&url, in_flight, durations.row).await,
        ));
        let samples = client_row(
            &client(&url, RateLimit::None)?,
            in_flight,
            durations.row,
            None,
        )
        .await;
        rows.push(row("dli-client", "static", in_flight, samples));
        let ids: Vec<String> = (0..durations.cli_ids)
            .map(|_| Uuid::new_v4().to_string())
            .collect();
        rows.push(row(
            "dli CLI",
            "static",
            in_flight,
            cli(&options.dli, &url, in_flight, &ids, None)?,
        ));
    }
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
        let samples = client_row(&client, in_flight, Duration::from_secs(3600), Some(ids)).await;
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
    })
}

fn row(sender: &'static str, server: &'static str, in_flight: usize, samples: Samples) -> Row {
    Row {
        sender,
        server,
        in_flight,
        samples,
    }
}

fn which(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

/// The part of the answer every row reads.
#[derive(Deserialize)]
struct Answer {
    is_success: bool,
}

/// Hand-written HTTP: the same request, the same body parsed, nothing else.
async fn raw(url: &str, in_flight: usize, duration: Duration) -> Samples {
    let http = reqwest::Client::new();
    let target = format!("{url}/v2.0/{PROJECT}/datasource/enhanced-connections/{ANY_ID}");
    closed_loop(in_flight, duration, u64::MAX, move |_| {
        let http = http.clone();
        let target = target.clone();
        async move {
            let Ok(response) = http
                .delete(&target)
                .header("content-type", "application/json")
                .send()
                .await
            else {
                return false;
            };
            let Ok(body) = response.bytes().await else {
                return false;
            };
            serde_json::from_slice::<Answer>(&body).is_ok_and(|answer| answer.is_success)
        }
    })
    .await
}

/// `delete_connection` through the client's whole path: validation, signing, hooks, the
/// retry loop, parsing. With `ids`, each request deletes the next one.
async fn client_row(
    client: &Client,
    in_flight: usize,
    duration: Duration,
    ids: Option<Arc<Vec<Uuid>>>,
) -> Samples {
    let limit = ids.as_ref().map_or(u64::MAX, |ids| ids.len() as u64);
    let any: Uuid = ANY_ID.parse().unwrap_or_default();
    let client = client.clone();
    closed_loop(in_flight, duration, limit, move |n| {
        let client = client.clone();
        let id = ids
            .as_ref()
            .and_then(|ids| ids.get(usize::try_from(n).unwrap_or(usize::MAX)).copied())
            .unwrap_or(any);
        async move { client.delete_connection(id).await.is_ok() }
    })
    .await
}

/// Creates connections to delete; their ids.
async fn create(client: &Client, count: usize) -> anyhow::Result<Vec<Uuid>> {
    let prefix = Uuid::new_v4().simple().to_string();
    let created: Vec<Option<Uuid>> = stream::iter(0..count)
        .map(|n| {
            let client = client.clone();
            let name = format!("b{}_{n}", &prefix[..8]);
            async move {
                let request = dli_client::types::CreateEnhancedConnectionRequest::builder()
                    .name(name)
                    .dest_vpc_id("vpc-bench")
                    .dest_network_id("subnet-bench");
                client
                    .create_connection(request)
                    .await
                    .ok()
                    .and_then(|created| created.into_inner().connection_id)
            }
        })
        .buffer_unordered(32)
        .collect()
        .await;
    let ids: Vec<Uuid> = created.into_iter().flatten().collect();
    if ids.len() != count {
        bail!("only {} of {count} connections were created", ids.len());
    }
    Ok(ids)
}

/// One line of `dli connection delete -o json`.
#[derive(Deserialize)]
struct CliLine {
    outcome: String,
    elapsed_ms: f64,
}

/// `dli connection delete -o json -` with the ids on stdin: the command as an operator runs it.
fn cli(
    dli: &Path,
    url: &str,
    in_flight: usize,
    ids: &[String],
    rate: Option<u32>,
) -> anyhow::Result<Samples> {
    let mut command = Command::new(dli);
    command
        .args(["--endpoint", url, "connection", "delete", "-o", "json"])
        .args(["--concurrency", &in_flight.to_string()]);
    if let Some(rate) = rate {
        command.args(["--rate", &format!("{rate}/s")]);
    }
    command
        .arg("-")
        .env_clear()
        .env("HOME", "/nonexistent")
        .env("HUAWEICLOUD_SDK_AK", AK)
        .env("HUAWEICLOUD_SDK_SK", SK)
        .env("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    let started = Instant::now();
    let mut child = command.spawn().context("cannot run dli")?;
    let mut stdin = child.stdin.take().context("no stdin")?;
    let input = ids.join("\n");
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output()?;
    let elapsed = started.elapsed();
    let _ = writer.join();
    let mut latencies = Vec::new();
    let mut failed = 0;
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        match serde_json::from_str::<CliLine>(line) {
            Ok(line) if line.outcome == "deleted" => {
                latencies.push(Duration::from_secs_f64(line.elapsed_ms.max(0.0) / 1000.0));
            }
            _ => failed += 1,
        }
    }
    Ok(Samples::from_latencies(latencies, failed, elapsed))
}

/// wrk from outside: the ceiling of this machine.
fn wrk_row(url: &str, in_flight: usize, duration: Duration) -> anyhow::Result<Samples> {
    let script = std::env::temp_dir().join("dli-bench-delete.lua");
    std::fs::write(
        &script,
        "wrk.method = \"DELETE\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\n",
    )?;
    let seconds = duration.as_secs().max(1);
    let output = Command::new("wrk")
        .args([
            "-t1",
            &format!("-c{in_flight}"),
            &format!("-d{seconds}s"),
            "--latency",
            "-s",
        ])
        .arg(&script)
        .arg(format!(
            "{url}/v2.0/{PROJECT}/datasource/enhanced-connections/{ANY_ID}"
        ))
        .output()?;
    let text = String::from_utf8_lossy(&output.stdout);
    let field = |name: &str| -> Option<&str> {
        text.lines()
            .find(|line| line.trim_start().starts_with(name))
            .and_then(|line| line.split_whitespace().nth(1))
    };
    let rate: f64 = field("Requests/sec:")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0);
    let millis = |value: Option<&str>| -> Duration {
        let value = value.unwrap_or("0");
        let (number, unit) = value.split_at(
            value
                .find(|c: char| c.is_alphabetic())
                .unwrap_or(value.len()),
        );
        let number: f64 = number.parse().unwrap_or(0.0);
        let ms = match unit {
            "us" => number / 1000.0,
            "s" => number * 1000.0,
            _ => number,
        };
        Duration::from_secs_f64(ms / 1000.0)
    };
    let p50 = millis(field("50%")).as_secs_f64() * 1000.0;
    let p99 = millis(field("99%")).as_secs_f64() * 1000.0;
    // wrk reports a rate and percentiles, not each request.
    let mut samples = Samples::from_latencies(Vec::new(), 0, Duration::from_secs(seconds));
    samples.ok = (rate * seconds as f64) as u64;
    samples.reported = Some((p50, p99));
    Ok(samples)
}

fn sdk_available(python: &Path) -> bool {
    Command::new(python)
        .args(["-c", "import huaweicloudsdkdli"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// The official Python SDK deleting, one request at a time.
fn python_row(python: &Path, url: &str, duration: Duration) -> anyhow::Result<Samples> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("python/sdk_deletes.py");
    let output = Command::new(python)
        .arg(script)
        .args([
            url,
            &duration.as_secs_f64().to_string(),
            AK,
            SK,
            PROJECT,
            ANY_ID,
        ])
        .output()?;
    if !output.status.success() {
        bail!(
            "the Python SDK run failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    #[derive(Deserialize)]
    struct Report {
        latencies_us: Vec<u64>,
        failed: u64,
        elapsed_s: f64,
    }
    let report: Report = serde_json::from_slice(&output.stdout)?;
    let latencies = report
        .latencies_us
        .into_iter()
        .map(Duration::from_micros)
        .collect();
    Ok(Samples::from_latencies(
        latencies,
        report.failed,
        Duration::from_secs_f64(report.elapsed_s),
    ))
}

/// Peak RSS of a client, in a process of its own, after each number of deletes.
fn rss(server: &Server, last: u64) -> anyhow::Result<Rss> {
    let output = Command::new(std::env::current_exe()?)
        .args(["rss", &server.url, "1000", &last.to_string()])
        .output()?;
    let mut points = Vec::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let mut parts = line.split_whitespace();
        if let (Some(requests), Some(kib)) = (parts.next(), parts.next()) {
            points.push((requests.parse()?, kib.parse()?));
        }
    }
    if points.len() != 2 {
        bail!(
            "the memory run printed {:?}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(Rss { points })
}

/// The child of [`rss`]: deletes at 32 in flight, printing `REQUESTS PEAK_RSS_KIB` after
/// `first` and after `second` requests.
pub async fn rss_child(url: &str, first: u64, second: u64) -> anyhow::Result<()> {
    let client = client(url, RateLimit::None)?;
    // Two phases: up to `first`, then on to `second`.
    let any: Uuid = ANY_ID.parse().unwrap_or_default();
    for (target, count) in [(first, first), (second, second.saturating_sub(first))] {
        let done = closed_loop_unrecorded(32, count, {
            let client = client.clone();
            move |_| {
                let client = client.clone();
                async move { client.delete_connection(any).await.is_ok() }
            }
        })
        .await;
        let _ = done;
        println!("{target} {}", peak_rss_kib()?);
    }
    Ok(())
}

/// `VmHWM` of this process, in KiB.
fn peak_rss_kib() -> anyhow::Result<u64> {
    let status = std::fs::read_to_string("/proc/self/status")?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|value| value.split_whitespace().next())
        .and_then(|kib| kib.parse().ok())
        .context("no VmHWM in /proc/self/status")
}

/// `dli connection delete --concurrency 64 -` against the fake throttled at `limit` a
/// second, with its results timed as they stream.
async fn throttled(dli: &Path, ids: usize, limit: u32) -> anyhow::Result<Throttled> {
    let fake = dli_fake::FakeDli::start(
        dli_fake::FakeConfig::default()
            .with_key(AK, SK)
            .creating_for(Duration::ZERO)
            .throttle(std::num::NonZeroU32::new(limit).context("a limit above 0")?),
    )
    .await?;
    let mut input = String::new();
    for n in 0..ids {
        let id = fake.store().create(
            PROJECT,
            dli_fake::NewConnection {
                name: format!("throttled_{n}"),
                dest_vpc_id: "vpc".to_owned(),
                dest_network_id: "subnet".to_owned(),
                ..dli_fake::NewConnection::default()
            },
        )?;
        input.push_str(&format!("{id}\n"));
    }
    let in_flight = 64;
    let url = fake.base_url();
    let dli = dli.to_path_buf();
    let (elapsed, exit_code, per_second, deleted) =
        tokio::task::spawn_blocking(move || -> anyhow::Result<_> {
            let started = Instant::now();
            let mut child = Command::new(dli)
                .args([
                    "--endpoint",
                    &url,
                    "connection",
                    "delete",
                    "--concurrency",
                    &in_flight.to_string(),
                    "-o",
                    "json",
                    "-",
                ])
                .env_clear()
                .env("HOME", "/nonexistent")
                .env("HUAWEICLOUD_SDK_AK", AK)
                .env("HUAWEICLOUD_SDK_SK", SK)
                .env("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT)
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()?;
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
    Ok(Throttled {
        ids,
        limit,
        in_flight,
        elapsed,
        throttled: fake.throttled(),
        deleted,
        exit_code,
        per_second,
    })
}
