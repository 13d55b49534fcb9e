//! The report: `benchmarks.md` with its plots in the output folder, every figure in it taken
//! from the run that wrote it.

use std::fmt::Write as _;
use std::path::Path;
use std::time::Duration;

use anyhow::Context;

mod bulk;
mod desired;

pub use bulk::bulk;
use bulk::{bulk_goals, bulk_shortfall};
use desired::desired_goals;
pub use desired::{crash_consistency, desired};

/// Desired state's goals alone, as a table.
fn desired_goals_table(desired_state: &Desired) -> String {
    goals_table(&desired_goals(desired_state))
}

use crate::Options;
use crate::plots;
use crate::rows::{CLI, CLIENT, Desired, RAW, Results, Row, SIGNED, median_and_spread};

/// A ratio's median over the rounds and its spread, such as `0.93 (0.90–0.95)`.
fn ratio_cell(row: &Row, base: &str) -> String {
    match row.rounds_versus(base).and_then(median_and_spread) {
        Some((median, low, high)) => format!("{median:.2} ({low:.2}–{high:.2})"),
        None => String::new(),
    }
}

/// The load table, in Markdown.
fn table(rows: &[Row]) -> String {
    let mut out = format!(
        "| sender | server | in flight | requests | requests/s | p50 ms | p99 ms | vs {RAW} | vs {SIGNED} | vs {CLIENT} |\n\
         |---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n"
    );
    for row in rows {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {:.0} | {:.3} | {:.3} | {} | {} | {} |",
            row.sender,
            row.server,
            row.in_flight,
            row.samples.requests(),
            row.samples.rate(),
            row.samples.percentile(50.0),
            row.samples.percentile(99.0),
            ratio_cell(row, RAW),
            ratio_cell(row, SIGNED),
            ratio_cell(row, CLIENT),
        );
    }
    out
}

/// One goal of the issue, with what the run measured.
pub(super) struct Goal {
    what: String,
    goal: String,
    measured: String,
    met: bool,
}

pub(super) fn goal(what: String, goal: String, measured: String, met: bool) -> Goal {
    Goal {
        what,
        goal,
        measured,
        met,
    }
}

/// The goals on the load rows: the client against signed raw, the CLI against the client.
fn load_goals(rows: &[Row]) -> Vec<Goal> {
    let mut goals = Vec::new();
    let median = |sender: &str, base: &str, in_flight: usize| {
        rows.iter()
            .find(|r| r.sender == sender && r.server == "static" && r.in_flight == in_flight)
            .and_then(|r| r.rounds_versus(base))
            .and_then(median_and_spread)
    };
    for (in_flight, least) in [(1, 0.95), (8, 0.90), (32, 0.90), (128, 0.90)] {
        if let Some((m, low, high)) = median(CLIENT, SIGNED, in_flight) {
            goals.push(goal(
                format!("{CLIENT} / {SIGNED}, {in_flight} in flight"),
                format!("≥ {least:.2}"),
                format!("{m:.3} ({low:.2}–{high:.2})"),
                m >= least,
            ));
        }
    }
    for in_flight in [32, 128] {
        if let Some((m, low, high)) = median(CLI, CLIENT, in_flight) {
            goals.push(goal(
                format!("{CLI} / {CLIENT}, {in_flight} in flight"),
                "≥ 0.90".to_owned(),
                format!("{m:.3} ({low:.2}–{high:.2})"),
                m >= 0.90,
            ));
        }
    }
    goals
}

fn goals_table(goals: &[Goal]) -> String {
    let mut out = String::from("| goal | target | measured | met |\n|---|---:|---:|---|\n");
    for g in goals {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            g.what,
            g.goal,
            g.measured,
            if g.met { "yes" } else { "**no**" }
        );
    }
    out
}

pub(crate) fn machine() -> String {
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

fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// The installed binary: its size and how long it takes to start and exit.
fn binary(options: &Options, results: &Results) -> String {
    let build = if options.quick {
        "the dev build of `cargo xtask bench --quick`, which checks the rows' work, not speed"
    } else {
        "the release profile `cargo install` uses (LTO, one codegen unit, stripped)"
    };
    let mut out = format!(
        "## Start-up of the command line\n\n\
         The `dli` binary, built with {build}: {:.1} MiB.",
        results.binary_bytes as f64 / (1024.0 * 1024.0)
    );
    if let [first, .., last] = results.version_startup.as_slice() {
        let median = results.version_startup[results.version_startup.len() / 2];
        let _ = write!(
            out,
            " `dli --version`, {} runs: median {:.1} ms (fastest {:.1} ms, slowest {:.1} ms).",
            results.version_startup.len(),
            millis(median),
            millis(*first),
            millis(*last),
        );
    }
    out.push_str("\n\n");
    out
}

/// The command line's fixed cost, and its share of each `dli CLI` turn against `static`.
fn startup(options: &Options, results: &Results) -> String {
    let [first, .., last] = results.startup.as_slice() else {
        return String::new();
    };
    let median = results.startup[results.startup.len() / 2];
    let mut out = binary(options, results);
    let _ = write!(
        out,
        "`dli connection delete -o json -` with a single id on stdin, against `static`, timed \
         from starting the process to its exit, {} runs: median {:.1} ms (fastest {:.1} ms, \
         slowest {:.1} ms). Each turn of the `{CLI}` rows above includes it once; its share \
         of a turn:\n\n| in flight | one CLI turn | start-up share |\n|---:|---:|---:|\n",
        results.startup.len(),
        millis(median),
        millis(*first),
        millis(*last),
    );
    let rounds = f64::from(results.rounds.max(1));
    for row in results
        .rows
        .iter()
        .filter(|row| row.sender == CLI && row.server == "static")
    {
        let turn = row.samples.elapsed.as_secs_f64() / rounds;
        let _ = writeln!(
            out,
            "| {} | {:.0} ms | {:.1}% |",
            row.in_flight,
            turn * 1000.0,
            median.as_secs_f64() * 100.0 / turn.max(1e-9),
        );
    }
    out
}

/// The report's text.
fn render(options: &Options, results: &Results) -> String {
    let mut report = String::new();
    let command = if options.quick {
        "cargo xtask bench --quick"
    } else {
        "cargo xtask bench"
    };
    let date = humantime::format_rfc3339_seconds(std::time::SystemTime::now());
    let per_round: Vec<String> = results
        .per_round
        .iter()
        .map(|(in_flight, requests)| format!("{requests} at {in_flight}"))
        .collect();
    let _ = writeln!(report, "# Benchmarks\n");
    let _ = writeln!(
        report,
        "Made by `{command}` on {date}, on {}. Every figure on this page comes from that run, \
         on 127.0.0.1; the machine is shared, so compare rows of one run, not figures across \
         runs. The run fails, and writes nothing, when any request of any row failed.\n\n\
         Against `static`, `{RAW}`, `{SIGNED}`, `{CLIENT}` and `{CLI}` take turns in {} rounds, \
         each making the same number of deletes in its turn ({} in flight), starting with a \
         different one each round, so that a drift in the machine's speed slows them alike. \
         A `vs` column is the median of the rounds' ratios of this row's rate to another's, \
         with the lowest and the highest round in brackets.\n\n\
         - `static` answers every request with the seed's body and verifies nothing (the \
         ceiling); `dli-fake` verifies every signature. Both run in processes of their own.\n\
         - `wrk` sends the client's headers, signed once, and fails on any answer that is not \
         2xx.\n\
         - `{RAW}` sends the same request with the same headers, signed once, and parses the \
         same body by hand.\n\
         - `{SIGNED}` signs every request with `hwcloud-signer`, with the current \
         `X-Sdk-Date`: the least work any correct client must do.\n\
         - `{CLIENT}` deletes through its whole path: validation, signing, pacing (adaptive, \
         as the CLI's default), hooks, the retry loop, parsing.\n\
         - `{CLI}` is `dli connection delete -o json -` with the ids on stdin, one process a \
         turn; its start-up is measured below.\n",
        machine(),
        results.rounds,
        per_round.join(", "),
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
    let mut goals = load_goals(&results.rows);
    for run in &results.bulk {
        goals.extend(bulk_goals(run));
    }
    goals.extend(desired_goals(&results.desired));
    let _ = writeln!(report, "## Goals\n\n{}", goals_table(&goals));
    for run in &results.bulk {
        if let Some(text) = bulk_shortfall(run) {
            let _ = writeln!(report, "{text}\n");
        }
    }
    if goals.iter().any(|g| {
        !g.met
            && (g.what.starts_with(&format!("{CLIENT} / {SIGNED}"))
                || g.what.starts_with(&format!("{CLI} / {CLIENT}")))
    }) {
        let _ = writeln!(
            report,
            "Where `{CLIENT}` falls short of `{SIGNED}`, or `{CLI}` of `{CLIENT}`, \
             `docs/instructions.md` (written by `cargo xtask count`) counts the instructions \
             of a delete in each row and where the client's go.\n"
        );
    }
    let _ = writeln!(report, "{}", startup(options, results));
    let _ = writeln!(
        report,
        "## Memory\n\nPeak RSS of a process running `{CLIENT}` at 32 in flight against \
         `static` (the process fails when a delete fails):\n\n\
         | after requests | peak RSS |\n|---:|---:|"
    );
    for (requests, kib) in &results.rss.points {
        let _ = writeln!(report, "| {requests} | {:.1} MiB |", *kib as f64 / 1024.0);
    }
    if let [(_, first), (_, last)] = results.rss.points.as_slice() {
        let _ = writeln!(
            report,
            "\nGrowth: {:.1}%.\n",
            (*last as f64 / *first as f64 - 1.0) * 100.0
        );
    }
    let _ = writeln!(
        report,
        "## Bulk deletes at the gateway's limit\n\n\
         `dli connection delete --concurrency N -` against `dli-fake --throttle LIMIT/s` (429 \
         `APIGW.0308`, no `Retry-After`, as DLI's gateway), with `--wait` when the \
         connections are still `CREATING`. A `fixed` window counts each API's calls in whole \
         seconds, as \"limit:200, time:1 second\" reads; a `bucket` holds one second's calls \
         and refills at the limit. The ideal time is the wait, then every id at the limit. \
         The requests, the 429s and the Show calls are the fake's own counts (`GET \
         /_fake/stats`); a run fails unless the command exits 0, prints a deletion for every \
         id and the fake holds every connection deleted.\n\n{}",
        bulk(&results.bulk)
    );
    for (index, _) in results.bulk.iter().enumerate() {
        let _ = writeln!(report, "![bulk run {index}](bench-bulk-{index}.svg)\n");
    }
    let _ = writeln!(
        report,
        "<!-- {DESIRED}: begin -->\n{}<!-- {DESIRED}: end -->\n",
        desired(&results.desired)
    );
    let _ = writeln!(
        report,
        "## Micro-benchmarks\n\n{}",
        micro(&options.criterion)
    );
    let _ = writeln!(
        report,
        "What earlier measurements changed in the code is kept in \
         `crates/dli-bench/HISTORY.md`; its figures are from the runs it names, not from \
         this one."
    );
    report
}

/// The name of desired state's section, which `--only-desired` replaces alone.
const DESIRED: &str = "desired state";

/// Replaces desired state's section of the report with `desired`, naming its run.
pub fn write_desired(options: &Options, desired_state: &Desired) -> anyhow::Result<()> {
    let command = if options.quick {
        "cargo xtask bench --desired (quick sizes)"
    } else {
        "cargo xtask bench --desired"
    };
    let date = humantime::format_rfc3339_seconds(std::time::SystemTime::now());
    let section = format!(
        "The two sections below were made by `{command}` on {date}, on {}, apart from the \
         rest of this page; their goals are in the table there only when the whole page is \
         made at once:\n\n{}\n\n{}",
        machine(),
        desired_goals_table(desired_state),
        desired(desired_state)
    );
    println!("{section}");
    let path = options.out.join("benchmarks.md");
    dli_spec::replace_section(&path, DESIRED, &section)?;
    eprintln!("wrote the section {DESIRED:?} of {}", path.display());
    Ok(())
}

/// Writes the report and its plots.
pub fn write(options: &Options, results: &Results) -> anyhow::Result<()> {
    std::fs::create_dir_all(&options.out)
        .with_context(|| format!("cannot create {}", options.out.display()))?;
    let report = render(options, results);
    plots::throughput(&results.rows, &options.out.join("bench-throughput.svg"))?;
    plots::latency(&results.rows, &options.out.join("bench-latency.svg"))?;
    for (index, run) in results.bulk.iter().enumerate() {
        plots::throttled(run, &options.out.join(format!("bench-bulk-{index}.svg")))?;
    }
    let path = options.out.join("benchmarks.md");
    std::fs::write(&path, &report).with_context(|| format!("cannot write {}", path.display()))?;
    println!("{report}");
    eprintln!("wrote {}", path.display());
    Ok(())
}
