//! The report: a table on stdout, and `benchmarks.md` with its plots in the output folder.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::Context;

use crate::Options;
use crate::plots;
use crate::rows::{Results, Row};

/// What changed in the code because of the numbers; kept beside the benchmark, copied into
/// the report.
const CHANGES: &str = include_str!("changes.md");

fn rate_of(rows: &[Row], sender: &str, server: &str, in_flight: usize) -> Option<f64> {
    rows.iter()
        .find(|r| r.sender == sender && r.server == server && r.in_flight == in_flight)
        .map(|r| r.samples.rate())
}

/// The load table, in Markdown.
fn table(rows: &[Row]) -> String {
    let mut out = String::from(
        "| sender | server | in flight | requests/s | p50 ms | p99 ms | vs raw reqwest | vs dli-client | that ratio, round by round |\n\
         |---|---|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    for row in rows {
        let raw = rate_of(rows, "raw reqwest", row.server, row.in_flight);
        let client = rate_of(rows, "dli-client", row.server, row.in_flight);
        let ratio = |base: Option<f64>| match base {
            Some(base) if base > 0.0 && row.sender != "raw reqwest" => {
                format!("{:.2}", row.samples.rate() / base)
            }
            _ => String::new(),
        };
        let versus_client = if row.sender == "dli CLI" {
            ratio(client)
        } else {
            String::new()
        };
        let failed = if row.samples.failed > 0 {
            format!(" ({} failed)", row.samples.failed)
        } else {
            String::new()
        };
        // The lowest and highest of the rounds, when there were several.
        let spread = match (
            row.rounds.iter().copied().reduce(f64::min),
            row.rounds.iter().copied().reduce(f64::max),
        ) {
            (Some(low), Some(high)) if row.rounds.len() > 1 => format!("{low:.2}–{high:.2}"),
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {:.0}{failed} | {:.3} | {:.3} | {} | {} | {spread} |",
            row.sender,
            row.server,
            row.in_flight,
            row.samples.rate(),
            row.samples.percentile(50.0),
            row.samples.percentile(99.0),
            ratio(raw),
            versus_client,
        );
    }
    out
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find_map(|line| line.strip_prefix("model name"))
                .map(|name| name.trim_start_matches([' ', '\t', ':']).to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default();
    format!("{cores} cores ({cpu}), Linux {}", kernel.trim())
}

/// The criterion micro-benchmarks' mean times, when `target/criterion` has them.
fn micro(root: &Path) -> String {
    let benches = [
        ("sign one DLI delete", "sign_dli_delete"),
        (
            "build, sign and parse one delete, no network",
            "call_delete_without_network",
        ),
    ];
    let mut out = String::new();
    for (what, id) in benches {
        let path = root.join(id).join("new/estimates.json");
        let mean = std::fs::read_to_string(&path)
            .ok()
            .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
            .and_then(|value| {
                value
                    .pointer("/mean/point_estimate")
                    .and_then(serde_json::Value::as_f64)
            });
        if let Some(ns) = mean {
            let _ = writeln!(out, "| {what} | {:.2} µs |", ns / 1000.0);
        }
    }
    if out.is_empty() {
        return "No criterion results: run `cargo xtask bench`, which runs them first.\n"
            .to_owned();
    }
    format!("| micro-benchmark (criterion) | mean |\n|---|---:|\n{out}")
}

/// The command line's fixed cost, and its share of each `dli CLI` row against `static`.
fn startup(results: &Results) -> String {
    let [first, .., last] = results.startup.as_slice() else {
        return String::new();
    };
    let median = results.startup[results.startup.len() / 2];
    let millis = |duration: std::time::Duration| duration.as_secs_f64() * 1000.0;
    let mut out = format!(
        "## Start-up of the command line\n\n\
         `dli connection delete -o json -` with a single id on stdin, against `static`, timed \
         from starting the process to its exit, {} runs: median {:.1} ms (fastest {:.1} ms, \
         slowest {:.1} ms). Each run of a `dli CLI` row above includes this once. Its share \
         of each of them:\n\n| in flight | one CLI run | start-up share |\n|---:|---:|---:|\n",
        results.startup.len(),
        millis(median),
        millis(*first),
        millis(*last),
    );
    let runs = f64::from(results.cli_runs.max(1));
    for row in results
        .rows
        .iter()
        .filter(|row| row.sender == "dli CLI" && row.server == "static")
    {
        let _ = writeln!(
            out,
            "| {} | {:.0} ms | {:.1}% |",
            row.in_flight,
            millis(row.samples.elapsed) / runs,
            median.as_secs_f64() * 100.0 * runs / row.samples.elapsed.as_secs_f64().max(1e-9),
        );
    }
    out
}

/// Prints the table and writes the report and its plots.
pub fn write(options: &Options, results: &Results) -> anyhow::Result<()> {
    std::fs::create_dir_all(&options.out)
        .with_context(|| format!("cannot create {}", options.out.display()))?;
    let mut report = String::new();
    let command = if options.quick {
        "cargo xtask bench --quick"
    } else {
        "cargo xtask bench"
    };
    let date = humantime::format_rfc3339_seconds(std::time::SystemTime::now());
    let _ = writeln!(report, "# Benchmarks\n");
    let _ = writeln!(
        report,
        "Made by `{command}` on {date}, on {}. Every row was measured in the same run, on \
         127.0.0.1; the machine is shared, so compare rows of one run, not figures across \
         runs. Against `static`, raw reqwest, dli-client and the CLI take turns, a slice each \
         in each of {} round(s), so that a drift in the machine's speed slows them alike; the \
         last column gives the lowest and the highest ratio of a single round, which shows \
         how far one measurement alone could stray. Servers run in processes of their own: `static` answers \
         every request with the seed's body and verifies nothing (the ceiling); `dli-fake` \
         verifies every signature. Each client row deletes through its whole path (signing, \
         hooks, retry loop, parsing); `raw reqwest` sends the same request and parses the same \
         body by hand; `dli CLI` is `dli connection delete -o json -` with the ids on stdin \
         ({} ids a run).\n",
        machine(),
        results.cli_runs,
        results.cli_ids,
    );
    let _ = writeln!(
        report,
        "## Throughput and latency\n\n{}",
        table(&results.rows)
    );
    let _ = writeln!(
        report,
        "![throughput](bench-throughput.svg)\n\n![latency](bench-latency.svg)\n"
    );
    let _ = writeln!(report, "{}", startup(results));
    if let Some(rss) = &results.rss {
        let _ = writeln!(report, "## Memory\n");
        let _ = writeln!(
            report,
            "Peak RSS of a process running `dli-client` at 32 in flight against `static`:\n"
        );
        let _ = writeln!(report, "| after requests | peak RSS |\n|---:|---:|");
        for (requests, kib) in &rss.points {
            let _ = writeln!(report, "| {requests} | {:.1} MiB |", *kib as f64 / 1024.0);
        }
        if let [(_, first), (_, last)] = rss.points.as_slice() {
            let _ = writeln!(
                report,
                "\nGrowth: {:.1}%.\n",
                (*last as f64 / *first as f64 - 1.0) * 100.0
            );
        }
    }
    if let Some(run) = &results.throttled {
        let ideal = run.ids as f64 / f64::from(run.limit);
        let sent = run.ids as u64 + run.throttled;
        let _ = writeln!(report, "## Bulk delete at the gateway's limit\n");
        let _ = writeln!(
            report,
            "`dli connection delete --concurrency {} -` with {} ids against `dli-fake --throttle \
             {}/s` (429 `APIGW.0308`, no `Retry-After`, as DLI's gateway). The fake throttles \
             with a token bucket that holds one second's calls and refills at the limit, so \
             a client that ran below the limit for a while may then run above it for as long \
             as the saved calls last, and the run can end a little before the ideal time:\n\n\
             | figure | value |\n|---|---:|\n\
             | deleted | {} of {} (exit code {}) |\n\
             | time | {:.1} s |\n\
             | ideal ({} ids at {}/s) | {:.1} s |\n\
             | time / ideal | {:.2} |\n\
             | answered 429 | {} of {} requests ({:.1}%) |\n\n\
             ![throttled](bench-throttled.svg)\n",
            run.in_flight,
            run.ids,
            run.limit,
            run.deleted,
            run.ids,
            run.exit_code,
            run.elapsed.as_secs_f64(),
            run.ids,
            run.limit,
            ideal,
            run.elapsed.as_secs_f64() / ideal,
            run.throttled,
            sent,
            run.throttled as f64 * 100.0 / sent as f64,
        );
    }
    let _ = writeln!(
        report,
        "## Micro-benchmarks\n\n{}",
        micro(&options.criterion)
    );
    let _ = writeln!(report, "{CHANGES}");

    plots::throughput(&results.rows, &options.out.join("bench-throughput.svg"))?;
    plots::latency(&results.rows, &options.out.join("bench-latency.svg"))?;
    if let Some(run) = &results.throttled {
        plots::throttled(run, &options.out.join("bench-throttled.svg"))?;
    }
    let path = options.out.join("benchmarks.md");
    std::fs::write(&path, &report).with_context(|| format!("cannot write {}", path.display()))?;
    println!("{report}");
    eprintln!("wrote {}", path.display());
    Ok(())
}
