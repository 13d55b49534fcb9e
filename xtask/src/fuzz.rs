//! `cargo xtask fuzz`: builds the cargo-fuzz targets of `crates/dli-fuzz` and runs each for a
//! bounded time from its committed seeds, failing on the first crash.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, bail};

use crate::project_root;

/// Where the targets, their seeds and their lock file live.
pub const FUZZ_DIR: &str = "crates/dli-fuzz";

/// What each target checks, for the report.
const TARGETS: [(&str, &str); 6] = [
    (
        "sign_verify",
        "signing any request, then verifying it; only the same key and method verify",
    ),
    (
        "authorization",
        "any `Authorization` header against any request: parsed or refused",
    ),
    (
        "error_answer",
        "any error answer read into an `ApiError`; the retry decision on it",
    ),
    (
        "response_types",
        "any body parsed as each response type; what parses round-trips",
    ),
    (
        "fake_request",
        "any request to the fake, signed or not: a JSON answer, no 5xx, no success without credentials",
    ),
    (
        "id_list",
        "any stdin for `dli connection delete -`: ids that are in it, each once",
    ),
];

/// What one target's run came to.
#[derive(Debug, Default)]
struct Run {
    executions: u64,
    seconds: u64,
    coverage: u64,
    corpus: u64,
}

fn cargo_fuzz(dir: &Path) -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    // cargo-fuzz needs the sanitizer and coverage flags of a nightly compiler.
    command
        .current_dir(dir)
        .env("RUSTC_BOOTSTRAP", "1")
        .arg("fuzz");
    command
}

/// Runs every target for `seconds`. `write_docs` puts the figures into
/// `docs/reliability.md`; without it (the quick run of CI) the targets are built unoptimised,
/// which takes a third of the time to build and still finds any crash of the seeds and what
/// grows from them, only fewer executions a second.
pub fn fuzz(seconds: u64, write_docs: bool) -> anyhow::Result<()> {
    let root = project_root();
    let dir = root.join(FUZZ_DIR);
    let profile: &[&str] = if write_docs { &[] } else { &["--dev"] };
    let status = cargo_fuzz(&dir)
        .args(["build", "--fuzz-dir", "."])
        .args(profile)
        .status()
        .context("cannot run `cargo fuzz`; install it with `cargo install cargo-fuzz --locked`")?;
    if !status.success() {
        bail!("building the fuzz targets failed ({status})");
    }
    let scratch = root.join("target/fuzz-corpus");
    let mut runs = Vec::new();
    for (target, _) in TARGETS {
        let corpus = scratch.join(target);
        // Every run starts from the seeds alone, so that its figures are comparable.
        let _ = std::fs::remove_dir_all(&corpus);
        std::fs::create_dir_all(&corpus)?;
        eprintln!("fuzzing {target} for {seconds} s");
        let output = cargo_fuzz(&dir)
            .args(["run", "--fuzz-dir", "."])
            .args(profile)
            .arg(target)
            .arg(&corpus)
            .arg(Path::new("seeds").join(target))
            .args([
                "--",
                &format!("-max_total_time={seconds}"),
                "-max_len=8192",
                "-print_final_stats=1",
            ])
            .output()
            .with_context(|| format!("cannot run the fuzz target {target}"))?;
        let log = String::from_utf8_lossy(&output.stderr);
        if !output.status.success() {
            let tail: Vec<&str> = log.lines().rev().take(40).collect();
            let tail: Vec<&str> = tail.into_iter().rev().collect();
            bail!(
                "the fuzz target {target} failed ({}); the input is under {FUZZ_DIR}/artifacts/{target}/:\n{}",
                output.status,
                tail.join("\n")
            );
        }
        let mut run = read_stats(&log);
        run.corpus = std::fs::read_dir(&corpus)?.count() as u64;
        runs.push((target, run));
    }
    let table = render(&runs, seconds);
    println!("{table}");
    if write_docs {
        dli_spec::replace_section(&root.join("docs/reliability.md"), "fuzzing", &table)?;
        eprintln!("wrote docs/reliability.md");
    }
    Ok(())
}

/// The figures libFuzzer prints at the end of a run.
fn read_stats(log: &str) -> Run {
    let mut run = Run::default();
    for line in log.lines() {
        if let Some(value) = line.strip_prefix("stat::number_of_executed_units:") {
            run.executions = value.trim().parse().unwrap_or(0);
        }
        if let Some(rest) = line.strip_prefix("Done ") {
            // `Done 193989 runs in 41 second(s)`
            run.seconds = rest
                .split_whitespace()
                .nth(3)
                .and_then(|value| value.parse().ok())
                .unwrap_or(0);
        }
        if line.contains("DONE") || line.contains("cov:") {
            let mut words = line.split_whitespace();
            while let Some(word) = words.next() {
                if word == "cov:" {
                    run.coverage = words.next().and_then(|v| v.parse().ok()).unwrap_or(0);
                }
            }
        }
    }
    run
}

fn render(runs: &[(&str, Run)], seconds: u64) -> String {
    let mut out = format!(
        "Command: `cargo xtask fuzz` ({seconds} s a target, from the committed seeds in \
         `{FUZZ_DIR}/seeds/`, address sanitizer on; the command fails on the first crash, so \
         every target below ran without one).\n\n\
         | target | checks | seconds | executions | executions/s | edges covered | corpus |\n\
         |---|---|---|---|---|---|---|\n"
    );
    for (target, run) in runs {
        let checks = TARGETS
            .iter()
            .find(|(name, _)| name == target)
            .map_or("", |(_, checks)| checks);
        out.push_str(&format!(
            "| `{target}` | {checks} | {} | {} | {} | {} | {} |\n",
            run.seconds,
            run.executions,
            run.executions / run.seconds.max(1),
            run.coverage,
            run.corpus,
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_final_figures_are_read() {
        let log = "#1024\tpulse  cov: 10 ft: 11 corp: 3/1b\n\
                   #193989\tDONE   cov: 6985 ft: 13821 corp: 1673/268Kb lim: 299\n\
                   Done 193989 runs in 41 second(s)\n\
                   stat::number_of_executed_units: 193989\n";
        let run = read_stats(log);
        assert_eq!(
            (run.executions, run.seconds, run.coverage),
            (193_989, 41, 6985)
        );
    }

    #[test]
    fn every_target_of_the_fuzz_crate_is_run() {
        let manifest = std::fs::read_to_string(project_root().join(FUZZ_DIR).join("Cargo.toml"))
            .expect("the fuzz crate's manifest");
        let declared: Vec<&str> = manifest
            .lines()
            .filter_map(|line| line.strip_prefix("name = \""))
            .filter_map(|rest| rest.strip_suffix('"'))
            .filter(|name| *name != "dli-fuzz")
            .collect();
        let run: Vec<&str> = TARGETS.iter().map(|(name, _)| *name).collect();
        assert_eq!(declared, run);
        for target in run {
            let seeds = project_root().join(FUZZ_DIR).join("seeds").join(target);
            assert!(
                std::fs::read_dir(&seeds).is_ok_and(|mut entries| entries.next().is_some()),
                "{target} has no seeds in {}",
                seeds.display()
            );
        }
    }
}
