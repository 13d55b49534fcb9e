//! Rows measured through the `dli` command line: `dli connection delete -o json -` with the
//! ids on stdin, judged by its exit code and its JSON lines, and the command's start-up.

use std::io::Write;
use std::path::Path;
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use serde::Deserialize;

use super::{AK, ANY_ID, PROJECT, SK};
use crate::load::Samples;

/// One line of `dli connection delete -o json`.
#[derive(Deserialize)]
struct CliLine {
    outcome: String,
    elapsed_ms: f64,
}

/// `dli connection delete -o json -` against `url` with the benchmark's credentials, ids on
/// a piped stdin, JSON lines on a piped stdout; `extra` before the `-`.
pub(super) fn dli_delete(dli: &Path, url: &str, in_flight: usize, extra: &[&str]) -> Command {
    dli_delete_under(&[], dli, url, in_flight, extra)
}

/// [`dli_delete`], run by `wrapper` (such as valgrind with its arguments) when it is not
/// empty.
pub(crate) fn dli_delete_under(
    wrapper: &[String],
    dli: &Path,
    url: &str,
    in_flight: usize,
    extra: &[&str],
) -> Command {
    let mut command = match wrapper.split_first() {
        Some((program, arguments)) => {
            let mut command = Command::new(program);
            command.args(arguments).arg(dli);
            command
        }
        None => Command::new(dli),
    };
    command
        .args(["connection", "--endpoint", url, "delete", "-o", "json"])
        .args(["--concurrency", &in_flight.to_string()])
        .args(extra)
        .arg("-")
        .env_clear()
        .env("HOME", "/nonexistent")
        .env("HUAWEICLOUD_SDK_AK", AK)
        .env("HUAWEICLOUD_SDK_SK", SK)
        .env("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

/// What a `dli connection delete -o json` run printed, judged: an error naming `row` when
/// the command failed, an id has no line, or a line is not `deleted`.
pub(super) fn judge_cli(
    row: &str,
    ids: usize,
    status: ExitStatus,
    stdout: &[u8],
    stderr: &[u8],
    elapsed: Duration,
) -> anyhow::Result<Samples> {
    if !status.success() {
        bail!(
            "{row}: dli exited with {status}: {}",
            String::from_utf8_lossy(stderr).trim()
        );
    }
    let mut latencies = Vec::with_capacity(ids);
    let mut lines = 0;
    for line in String::from_utf8_lossy(stdout).lines() {
        lines += 1;
        match serde_json::from_str::<CliLine>(line) {
            Ok(line) if line.outcome == "deleted" => {
                latencies.push(Duration::from_secs_f64(line.elapsed_ms.max(0.0) / 1000.0));
            }
            _ => bail!("{row}: a line is not a deletion: {line}"),
        }
    }
    if lines != ids {
        bail!("{row}: {ids} ids given, {lines} lines of output");
    }
    Ok(Samples::from_latencies(latencies, 0, elapsed))
}

/// `dli connection delete -o json -` with the ids on stdin: the command as an operator runs
/// it. An error names `row` when the run failed.
pub(super) fn cli(
    row: &str,
    dli: &Path,
    url: &str,
    in_flight: usize,
    ids: &[String],
) -> anyhow::Result<Samples> {
    run_delete(row, dli_delete(dli, url, in_flight, &[]), ids)
}

/// Runs a `dli connection delete -o json -` command with `ids` on its stdin, written from a
/// thread of their own so that a full stdout cannot stall it; judged as [`judge_cli`] does.
pub(crate) fn run_delete(
    row: &str,
    mut command: Command,
    ids: &[String],
) -> anyhow::Result<Samples> {
    let started = Instant::now();
    let mut child = command.spawn().context("cannot run dli")?;
    let mut stdin = child.stdin.take().context("no stdin")?;
    let input = ids.join("\n");
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output()?;
    let elapsed = started.elapsed();
    let _ = writer.join();
    judge_cli(
        row,
        ids.len(),
        output.status,
        &output.stdout,
        &output.stderr,
        elapsed,
    )
}

/// The command's fixed cost: `runs` runs of the same command with a single id, each timed
/// from starting the process to its exit, sorted.
pub(super) fn startup(dli: &Path, url: &str, runs: usize) -> anyhow::Result<Vec<Duration>> {
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let samples = cli("dli start-up", dli, url, 1, &[ANY_ID.to_owned()])?;
        times.push(samples.elapsed);
    }
    times.sort_unstable();
    Ok(times)
}

/// The binary alone: `runs` runs of `dli --version`, each timed from starting the process to
/// its exit, sorted. Fails when one exits other than 0.
pub(super) fn version_startup(dli: &Path, runs: usize) -> anyhow::Result<Vec<Duration>> {
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let started = Instant::now();
        let output = Command::new(dli)
            .arg("--version")
            .output()
            .with_context(|| format!("cannot run {}", dli.display()))?;
        let elapsed = started.elapsed();
        if !output.status.success() {
            bail!("`dli --version` exited with {}", output.status);
        }
        times.push(elapsed);
    }
    times.sort_unstable();
    Ok(times)
}

#[cfg(test)]
mod tests {
    use std::os::unix::process::ExitStatusExt;

    use super::*;

    fn exited(code: i32) -> ExitStatus {
        ExitStatus::from_raw(code << 8)
    }

    const DELETED: &str = r#"{"id":"x","outcome":"deleted","elapsed_ms":0.5}"#;
    const FAILED: &str = r#"{"id":"x","outcome":"failed","elapsed_ms":0.5}"#;

    #[test]
    fn a_cli_row_fails_on_an_exit_code_a_missing_line_or_a_failed_delete() {
        let ms = Duration::from_millis(1);
        let two = format!("{DELETED}\n{DELETED}\n");
        let ok = judge_cli("dli CLI", 2, exited(0), two.as_bytes(), b"", ms).expect("passes");
        assert_eq!(ok.ok, 2);
        let cases: [(&str, ExitStatus, String); 3] = [
            ("exited with", exited(1), two.clone()),
            ("2 ids given, 1 lines", exited(0), format!("{DELETED}\n")),
            (
                "not a deletion",
                exited(0),
                format!("{DELETED}\n{FAILED}\n"),
            ),
        ];
        for (expected, status, stdout) in cases {
            let error = judge_cli("dli CLI", 2, status, stdout.as_bytes(), b"boom", ms)
                .expect_err(expected)
                .to_string();
            assert!(
                error.starts_with("dli CLI: ") && error.contains(expected),
                "{error}"
            );
        }
    }
}
