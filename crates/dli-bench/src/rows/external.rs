//! Rows measured by other programs: wrk and the Python SDK (the `dli` command line's are in
//! `cli.rs`). Each fails, naming its row, when its program is missing, exits with an error,
//! or reports a request that failed.

use std::path::Path;
use std::process::{Command, ExitStatus, Stdio};
use std::time::Duration;

use anyhow::{Context, bail};
use serde::Deserialize;

use super::{AK, ANY_ID, PROJECT, SK};
use crate::load::Samples;

/// An error unless `program` runs: a row that needs it cannot be measured.
pub(super) fn require(program: &str, install: &str) -> anyhow::Result<()> {
    let runs = Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok();
    if !runs {
        bail!("{program} is not installed, so its rows cannot run: {install}");
    }
    Ok(())
}

/// wrk's script: the client's headers on every request, and a count of the answers that
/// are not 2xx, printed at the end as `non-2xx: N`.
fn wrk_script(headers: &[(String, String)]) -> String {
    let mut script = String::from("wrk.method = \"DELETE\"\n");
    for (name, value) in headers {
        script.push_str(&format!("wrk.headers[{name:?}] = {value:?}\n"));
    }
    script.push_str(
        "local threads = {}\n\
         function setup(thread) table.insert(threads, thread) end\n\
         function init(args) bad = 0 end\n\
         function response(status, headers, body)\n\
         \x20 if status < 200 or status > 299 then bad = bad + 1 end\n\
         end\n\
         function done(summary, latency, requests)\n\
         \x20 local total = 0\n\
         \x20 for _, thread in ipairs(threads) do total = total + thread:get(\"bad\") end\n\
         \x20 io.write(string.format(\"non-2xx: %d\\n\", total))\n\
         end\n",
    );
    script
}

/// What wrk printed, judged: an error naming `row` when it failed, an answer was not 2xx,
/// or a socket failed.
pub(super) fn judge_wrk(
    row: &str,
    status: ExitStatus,
    stdout: &str,
    seconds: u64,
) -> anyhow::Result<Samples> {
    if !status.success() {
        bail!("{row}: wrk exited with {status}: {stdout}");
    }
    let field = |name: &str| -> Option<&str> {
        stdout
            .lines()
            .find(|line| line.trim_start().starts_with(name))
            .map(|line| line.trim_start()[name.len()..].trim())
    };
    match field("non-2xx:").map(str::parse::<u64>) {
        Some(Ok(0)) => {}
        Some(Ok(bad)) => bail!("{row}: {bad} answers were not 2xx"),
        _ => bail!("{row}: wrk did not report its count of answers that are not 2xx: {stdout}"),
    }
    if let Some(errors) = field("Socket errors:") {
        bail!("{row}: socket errors: {errors}");
    }
    let requests: u64 = stdout
        .lines()
        .find_map(|line| line.trim().split_once(" requests in "))
        .and_then(|(count, _)| count.trim().parse().ok())
        .with_context(|| format!("{row}: wrk did not report its requests: {stdout}"))?;
    if requests == 0 {
        bail!("{row}: wrk sent no request");
    }
    let millis = |value: Option<&str>| -> f64 {
        let value = value
            .and_then(|v| v.split_whitespace().next())
            .unwrap_or("0");
        let (number, unit) = value.split_at(
            value
                .find(|c: char| c.is_alphabetic())
                .unwrap_or(value.len()),
        );
        let number: f64 = number.parse().unwrap_or(0.0);
        match unit {
            "us" => number / 1000.0,
            "s" => number * 1000.0,
            _ => number,
        }
    };
    // wrk reports a count and percentiles, not each request.
    let mut samples = Samples::from_latencies(Vec::new(), 0, Duration::from_secs(seconds));
    samples.ok = requests;
    samples.reported = Some((millis(field("50%")), millis(field("99%"))));
    Ok(samples)
}

/// wrk from outside, with the client's headers (signed once): the ceiling of this machine.
pub(super) fn wrk_row(
    row: &str,
    url: &str,
    in_flight: usize,
    duration: Duration,
) -> anyhow::Result<Samples> {
    let target = super::in_process::delete_target(url);
    let script = std::env::temp_dir().join(format!("dli-bench-delete-{}.lua", std::process::id()));
    std::fs::write(
        &script,
        wrk_script(&super::in_process::same_headers(&target)?),
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
        .arg(&target)
        .output()
        .with_context(|| format!("{row}: cannot run wrk"))?;
    let _ = std::fs::remove_file(&script);
    judge_wrk(
        row,
        output.status,
        &String::from_utf8_lossy(&output.stdout),
        seconds,
    )
}

/// An error unless `python` can import Huawei's SDK.
pub(super) fn require_sdk(python: &Path) -> anyhow::Result<()> {
    let imports = Command::new(python)
        .args(["-c", "import huaweicloudsdkdli"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success());
    if !imports {
        bail!(
            "{} cannot import huaweicloudsdkdli, so the Python SDK's row cannot run: set \
             DLI_BENCH_PYTHON to a Python that has it (.ci/run installs one)",
            python.display()
        );
    }
    Ok(())
}

/// The official Python SDK deleting, one request at a time.
pub(super) fn python_row(
    row: &str,
    python: &Path,
    url: &str,
    duration: Duration,
) -> anyhow::Result<Samples> {
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
            "{row}: the Python SDK run failed: {}",
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
    let samples = Samples::from_latencies(
        latencies,
        report.failed,
        Duration::from_secs_f64(report.elapsed_s),
    );
    samples.check(row)?;
    if samples.ok == 0 {
        bail!("{row}: no request was sent");
    }
    Ok(samples)
}

#[cfg(test)]
mod tests {
    use std::os::unix::process::ExitStatusExt;

    use super::*;

    fn exited(code: i32) -> ExitStatus {
        ExitStatus::from_raw(code << 8)
    }

    const WRK: &str = "Running 1s test @ http://127.0.0.1:1/\n  1 threads and 8 connections\n  \
        Latency Distribution\n     50%   44.00us\n     99%    3.01ms\n  \
        119625 requests in 1.00s, 20.08MB read\nRequests/sec: 119625.00\n";

    #[test]
    fn a_wrk_row_fails_on_a_non_2xx_answer_a_socket_error_or_no_count() {
        let ok = judge_wrk("wrk", exited(0), &format!("{WRK}non-2xx: 0\n"), 1).expect("passes");
        assert_eq!(ok.ok, 119_625);
        assert_eq!(ok.reported, Some((0.044, 3.01)));
        let cases = [
            (
                "3 answers were not 2xx",
                exited(0),
                format!("{WRK}non-2xx: 3\n"),
            ),
            ("did not report", exited(0), WRK.to_owned()),
            (
                "socket errors",
                exited(0),
                format!(
                    "{WRK}  Socket errors: connect 0, read 2, write 0, timeout 0\nnon-2xx: 0\n"
                ),
            ),
            ("exited with", exited(1), format!("{WRK}non-2xx: 0\n")),
        ];
        for (expected, status, stdout) in cases {
            let error = judge_wrk("wrk", status, &stdout, 1)
                .expect_err(expected)
                .to_string();
            assert!(error.contains(expected), "{error}");
        }
    }

    #[test]
    fn a_missing_tool_fails_its_rows() {
        let error = require("dli-bench-no-such-tool", "install it")
            .expect_err("missing")
            .to_string();
        assert!(
            error.contains("dli-bench-no-such-tool is not installed"),
            "{error}"
        );
        let error = require_sdk(Path::new("/nonexistent/python3"))
            .expect_err("missing")
            .to_string();
        assert!(error.contains("DLI_BENCH_PYTHON"), "{error}");
    }

    #[test]
    fn the_wrk_script_sends_the_clients_headers_and_counts_failures() {
        let script = wrk_script(&[("x-sdk-date".to_owned(), "20261128T100000Z".to_owned())]);
        assert!(script.contains("wrk.headers[\"x-sdk-date\"] = \"20261128T100000Z\""));
        assert!(script.contains("status < 200 or status > 299"));
    }
}
