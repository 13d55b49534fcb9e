//! `cargo xtask bench`: the criterion micro-benchmarks, then `dli-bench` on release builds,
//! which prints the table and writes the report with its plots.

use std::path::PathBuf;
use std::process::Command;

use anyhow::{Context, bail};

use crate::project_root;

fn cargo() -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command.current_dir(project_root());
    command
}

fn run(mut command: Command, what: &str) -> anyhow::Result<()> {
    let status = command
        .status()
        .with_context(|| format!("cannot run {what}"))?;
    if !status.success() {
        bail!("{what} failed ({status})");
    }
    Ok(())
}

/// The Python for the official SDK's row: `DLI_BENCH_PYTHON`, else `python3`. The row, and
/// so the run, fails when it cannot import Huawei's SDK.
fn python() -> PathBuf {
    std::env::var_os("DLI_BENCH_PYTHON").map_or_else(|| PathBuf::from("python3"), PathBuf::from)
}

/// The build a run measures: the release profile, as `cargo install` builds; with `quick`,
/// the dev profile, which the tests have mostly built already: a quick run checks that every
/// row's work succeeds, not its speed.
struct Build {
    profile: &'static str,
    /// The profile's folder under the target folder.
    folder: &'static str,
}

impl Build {
    fn of(quick: bool) -> Self {
        if quick {
            Self {
                profile: "dev",
                folder: "debug",
            }
        } else {
            Self {
                profile: "release",
                folder: "release",
            }
        }
    }
}

/// Builds `dli` and `dli-bench` with `profile` (`release`, `dev` or `profiling`, the release
/// build with symbols); returns the target folder.
fn build(profile: &str) -> anyhow::Result<PathBuf> {
    // `dli` is built on its own, with the features it alone asks of its dependencies, as
    // `cargo install` builds it: CI's install of `dli` then reuses this build.
    for package in ["dli-cli", "dli-bench"] {
        let mut build = cargo();
        build.args(["build", "--locked", "--profile", profile, "-p", package]);
        run(build, &format!("the {profile} build of {package}"))?;
    }
    Ok(std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| project_root().join("target"), PathBuf::from))
}

/// Runs the benchmarks. `quick` runs every row briefly and writes its report under
/// `target/`, leaving `docs/` alone.
pub fn bench(quick: bool) -> anyhow::Result<()> {
    let root = project_root();
    let timing: &[&str] = if quick {
        &["--warm-up-time", "0.1", "--measurement-time", "0.3"]
    } else {
        &["--warm-up-time", "1", "--measurement-time", "3"]
    };
    let mut criterion = cargo();
    criterion
        .args([
            "bench",
            "--locked",
            "-p",
            "hwcloud-signer",
            "--bench",
            "sign",
        ])
        .args(["-p", "dli-client", "--bench", "call"])
        .args(["--profile", Build::of(quick).profile, "--"])
        .args(timing);
    run(criterion, "the criterion micro-benchmarks")?;

    let Build { profile, folder } = Build::of(quick);
    let target = build(profile)?;
    let out = if quick {
        target.join("bench-quick")
    } else {
        root.join("docs")
    };
    let mut bench = Command::new(target.join(folder).join("dli-bench"));
    bench
        .current_dir(&root)
        .arg("--dli")
        .arg(target.join(folder).join("dli"))
        .arg("--out")
        .arg(&out)
        .arg("--criterion")
        .arg(target.join("criterion"));
    if quick {
        bench.arg("--quick");
    }
    bench.arg("--python").arg(python());
    run(bench, "dli-bench")
}

/// Runs desired state alone (the apply at scale and the kills) on release builds, and
/// replaces its section of `docs/benchmarks.md`, which then names this run.
pub fn desired() -> anyhow::Result<()> {
    let root = project_root();
    let target = build("release")?;
    let mut bench = Command::new(target.join("release/dli-bench"));
    bench
        .current_dir(&root)
        .arg("--only-desired")
        .arg("--dli")
        .arg(target.join("release/dli"))
        .arg("--out")
        .arg(root.join("docs"));
    run(bench, "dli-bench --only-desired")
}

/// Runs the soak: `calls` mixed calls under random faults (10,000 with `quick`), then `dli
/// apply` killed 20 times (3 with `quick`) under random faults and run again. The full
/// run writes its figures into `docs/reliability.md`; the quick one under `target/`.
pub fn soak(quick: bool) -> anyhow::Result<()> {
    let root = project_root();
    let Build { profile, folder } = Build::of(quick);
    let target = build(profile)?;
    let (calls, kills, out, command) = if quick {
        (
            "10000",
            "3",
            target.join("soak-quick/reliability.md"),
            "cargo xtask soak --quick",
        )
    } else {
        (
            "200000",
            "20",
            root.join("docs/reliability.md"),
            "cargo xtask soak",
        )
    };
    let mut soak = Command::new(target.join(folder).join("dli-bench"));
    soak.current_dir(&root)
        .arg("soak")
        .arg("--dli")
        .arg(target.join(folder).join("dli"))
        .args(["--calls", calls, "--kills", kills, "--out"])
        .arg(out)
        .args(command.split(' '));
    run(soak, "the soak")
}

/// Counts instructions per delete under callgrind and system calls per delete under strace,
/// for raw reqwest, signed raw, the client and `dli`, into `docs/instructions.md`. Needs
/// valgrind and strace.
pub fn count() -> anyhow::Result<()> {
    let root = project_root();
    // Callgrind names functions by their symbols, which the release profile strips.
    let target = build("profiling")?;
    let mut count = Command::new(target.join("profiling/dli-bench"));
    count
        .current_dir(&root)
        .arg("count")
        .arg("--dli")
        .arg(target.join("profiling/dli"))
        .arg("--out")
        .arg(root.join("docs/instructions.md"))
        .args(["cargo", "xtask", "count"]);
    run(count, "the instruction count")
}
