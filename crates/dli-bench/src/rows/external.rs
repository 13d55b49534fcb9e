//! Rows measured by other programs: the `dli` command line, wrk and the Python SDK.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use serde::Deserialize;

use super::{AK, ANY_ID, PROJECT, SK};
use crate::load::Samples;

pub(super) fn which(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

/// One line of `dli connection delete -o json`.
#[derive(Deserialize)]
struct CliLine {
    outcome: String,
    elapsed_ms: f64,
}

/// `dli connection delete -o json -` against `url` with the benchmark's credentials, ids on
/// a piped stdin, JSON lines on a piped stdout.
pub(super) fn dli_delete(dli: &Path, url: &str, in_flight: usize, rate: Option<u32>) -> Command {
    let mut command = Command::new(dli);
    command
        .args(["connection", "--endpoint", url, "delete", "-o", "json"])
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
    command
}

/// `dli connection delete -o json -` with the ids on stdin: the command as an operator runs it.
pub(super) fn cli(
    dli: &Path,
    url: &str,
    in_flight: usize,
    ids: &[String],
    rate: Option<u32>,
) -> anyhow::Result<Samples> {
    let mut command = dli_delete(dli, url, in_flight, rate);
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

/// The command's fixed cost: `runs` runs of the same command with a single id, each timed
/// from starting the process to its exit, sorted.
pub(super) fn startup(dli: &Path, url: &str, runs: usize) -> anyhow::Result<Vec<Duration>> {
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let samples = cli(dli, url, 1, &[ANY_ID.to_owned()], None)?;
        if samples.ok != 1 {
            bail!("dli did not delete the one id it was given");
        }
        times.push(samples.elapsed);
    }
    times.sort_unstable();
    Ok(times)
}

/// wrk from outside: the ceiling of this machine.
pub(super) fn wrk_row(url: &str, in_flight: usize, duration: Duration) -> anyhow::Result<Samples> {
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

pub(super) fn sdk_available(python: &Path) -> bool {
    Command::new(python)
        .args(["-c", "import huaweicloudsdkdli"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// The official Python SDK deleting, one request at a time.
pub(super) fn python_row(python: &Path, url: &str, duration: Duration) -> anyhow::Result<Samples> {
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
