//! Desired state, measured: `dli apply` of many connections from empty against the throttled
//! fake and the plan right after it (scale, here), and `dli apply` killed with SIGKILL at
//! random moments under random faults, then run again (crash consistency, in `crash`).

use std::collections::BTreeMap;
use std::num::NonZeroU32;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use dli_fake::{FakeConfig, FakeDli};

use super::{AK, PROJECT, SK};

pub(crate) mod crash;

pub use crash::{Crash, FAULT_EVERY, MAX_RERUNS};
pub(crate) use crash::{CrashSize, crash};

/// The pool every connection of the file binds.
const POOL: &str = "pool_etl";
/// Routes each connection of the file has.
pub const ROUTES: usize = 2;
/// Host entries each connection of the file has.
pub const HOSTS: usize = 3;
/// The List operations, whose pages a plan walks.
const LISTS: [&str; 3] = [
    "ListEnhancedConnections",
    "ListElasticResourcePools",
    "ListQueues",
];

/// The desired-state file of `count` connections named `{prefix}_{n}`, each with a pool,
/// [`ROUTES`] routes, [`HOSTS`] hosts, a grant and two tags.
pub fn file(prefix: &str, count: usize) -> String {
    let mut out = String::new();
    for n in 0..count {
        let (high, low) = (n / 250, n % 250);
        out.push_str(&format!(
            "[connection.{prefix}_{n}]\n\
             vpc = \"vpc-{n}\"\n\
             subnet = \"subnet-{n}\"\n\
             pools = [\"{POOL}\"]\n\
             routes = {{ office = \"192.168.{low}.0/24\", lab = \"172.16.{low}.0/24\" }}\n\
             hosts = {{ db = \"10.{high}.{low}.1\", cache = \"10.{high}.{low}.2\", api = \"10.{high}.{low}.3\" }}\n\
             grants = [\"{:032x}\"]\n\
             tags = {{ team = \"data\", shard = \"s{}\" }}\n\n",
            0xfeed_0000_u64 + n as u64,
            n % 4,
        ));
    }
    out
}

/// What one `dli` command did, by the fake's counts.
#[derive(Debug, Clone, Default)]
pub struct Stage {
    /// How long it took, process start to exit.
    pub elapsed: Duration,
    /// Its exit code.
    pub exit_code: i32,
    /// Requests the fake received during it, by operation id.
    pub requests: BTreeMap<String, u64>,
    /// Of those, the ones its throttle answered `429`, by operation id.
    pub throttled: BTreeMap<String, u64>,
}

impl Stage {
    /// Requests of an operation that were answered, not throttled.
    pub fn answered(&self, operation: &str) -> u64 {
        let all = self.requests.get(operation).copied().unwrap_or(0);
        all.saturating_sub(self.throttled.get(operation).copied().unwrap_or(0))
    }

    /// Every request, throttled ones included.
    pub fn total(&self) -> u64 {
        self.requests.values().sum()
    }

    /// Every request answered `429`.
    pub fn total_throttled(&self) -> u64 {
        self.throttled.values().sum()
    }

    /// List pages answered.
    pub fn list_pages(&self) -> u64 {
        LISTS.iter().map(|list| self.answered(list)).sum()
    }

    /// Answered requests that are not List pages.
    pub fn beyond_lists(&self) -> u64 {
        self.requests
            .keys()
            .filter(|operation| !LISTS.contains(&operation.as_str()))
            .map(|operation| self.answered(operation))
            .sum()
    }
}

/// The counts of `after` less those of `before`.
fn since(before: &BTreeMap<String, u64>, after: &BTreeMap<String, u64>) -> BTreeMap<String, u64> {
    after
        .iter()
        .map(|(key, count)| {
            let earlier = before.get(key).copied().unwrap_or(0);
            (key.clone(), count.saturating_sub(earlier))
        })
        .filter(|(_, count)| *count > 0)
        .collect()
}

/// `dli apply` of many connections from empty, then `dli plan` right after.
#[derive(Debug, Clone)]
pub struct Scale {
    /// Connections in the file.
    pub connections: usize,
    /// The gateway's limit, calls a second per API.
    pub limit: u32,
    /// How long each connection stays `CREATING`.
    pub creating_for: Duration,
    /// The apply.
    pub apply: Stage,
    /// The plan right after, with `--detailed-exitcode` (0: no change).
    pub plan: Stage,
    /// Connections the fake holds `ACTIVE` after the apply.
    pub active: u64,
}

impl Scale {
    /// The least time the apply can take. The creates pass the gateway in `N / L`; the last
    /// becomes `ACTIVE` `C` later. What follows a connection's wait (its route adds, its
    /// grant, a Show to see it `ACTIVE`) can start only once it is `ACTIVE`, from `C` on,
    /// and each API takes at most `L` calls a second: the busiest, route adds, has
    /// [`ROUTES`]` · N` calls. So `C + max(1, ROUTES) · N / L`.
    pub fn ideal(&self) -> Duration {
        let busiest = ROUTES.max(1) as f64 * self.connections as f64;
        self.creating_for + Duration::from_secs_f64(busiest / f64::from(self.limit))
    }

    /// The apply's time over the ideal.
    pub fn time_over_ideal(&self) -> f64 {
        self.apply.elapsed.as_secs_f64() / self.ideal().as_secs_f64().max(1e-9)
    }

    /// An error unless the apply exited 0, the fake holds every connection `ACTIVE`, and the
    /// plan right after exited 0 (no change).
    pub fn check(&self) -> anyhow::Result<()> {
        if self.apply.exit_code != 0 {
            bail!(
                "desired state at scale: dli apply exited with {}",
                self.apply.exit_code
            );
        }
        if self.active != self.connections as u64 {
            bail!(
                "desired state at scale: the fake holds {} of {} connections ACTIVE",
                self.active,
                self.connections
            );
        }
        if self.plan.exit_code != 0 {
            bail!(
                "desired state at scale: the plan right after the apply exited with {} (0 is no change)",
                self.plan.exit_code
            );
        }
        Ok(())
    }
}

/// `dli` with the benchmark's key and `url` as its endpoint, `args` after the subcommand.
fn dli_command(dli: &Path, url: &str, subcommand: &str, args: &[&str]) -> Command {
    let mut command = Command::new(dli);
    command
        .args([subcommand, "--endpoint", url])
        .args(args)
        .env_clear()
        .env("HOME", "/nonexistent")
        .env("HUAWEICLOUD_SDK_AK", AK)
        .env("HUAWEICLOUD_SDK_SK", SK)
        .env("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    command
}

/// Runs `dli` to its end; the stage it made on `fake`. Its stderr is kept for an error.
fn stage(fake: &FakeDli, mut command: Command) -> anyhow::Result<(Stage, String)> {
    let before = fake.stats();
    let started = Instant::now();
    let output = command.output().context("cannot run dli")?;
    let elapsed = started.elapsed();
    let after = fake.stats();
    Ok((
        Stage {
            elapsed,
            exit_code: output.status.code().unwrap_or(-1),
            requests: since(&before.requests, &after.requests),
            throttled: since(
                &before.throttled_by_operation,
                &after.throttled_by_operation,
            ),
        },
        String::from_utf8_lossy(&output.stderr).into_owned(),
    ))
}

/// A file of its own for a run.
fn write_file(name: &str, text: &str) -> anyhow::Result<PathBuf> {
    let path = std::env::temp_dir().join(format!("dli-bench-{}-{name}.toml", std::process::id()));
    std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(path)
}

/// What a scale run takes.
pub(super) struct ScaleSize {
    pub(super) connections: usize,
    pub(super) limit: u32,
    pub(super) creating_for: Duration,
}

/// `dli apply -f FILE --yes` (its default flags) from empty against the fake throttled at
/// `limit` a second per API with connections `CREATING` for `creating_for`, then `dli plan
/// --detailed-exitcode` on the same file.
pub(super) async fn scale(dli: &Path, size: ScaleSize) -> anyhow::Result<Scale> {
    let fake = FakeDli::start(
        FakeConfig::default()
            .with_key(AK, SK)
            .with_pools([POOL])
            .creating_for(size.creating_for)
            .throttle(NonZeroU32::new(size.limit).context("a limit above 0")?),
    )
    .await?;
    let url = fake.base_url();
    let path = write_file("scale", &file("scale", size.connections))?;
    let file_arg = path.to_string_lossy().into_owned();
    let dli = dli.to_path_buf();
    let fake = Arc::new(fake);
    let (apply, plan) = {
        let fake = Arc::clone(&fake);
        tokio::task::spawn_blocking(move || -> anyhow::Result<_> {
            let (apply, apply_log) = stage(
                &fake,
                dli_command(&dli, &url, "apply", &["-f", &file_arg, "--yes"]),
            )?;
            if apply.exit_code != 0 {
                bail!("desired state at scale: dli apply failed: {apply_log}");
            }
            let (plan, plan_log) = stage(
                &fake,
                dli_command(
                    &dli,
                    &url,
                    "plan",
                    &["-f", &file_arg, "--detailed-exitcode"],
                ),
            )?;
            if plan.exit_code == 1 {
                bail!("desired state at scale: dli plan failed: {plan_log}");
            }
            Ok((apply, plan))
        })
        .await??
    };
    let _ = std::fs::remove_file(&path);
    let active = fake.stats().connections.get("ACTIVE").copied().unwrap_or(0);
    let run = Scale {
        connections: size.connections,
        limit: size.limit,
        creating_for: size.creating_for,
        apply,
        plan,
        active,
    };
    run.check()?;
    Ok(run)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_has_every_field_for_every_connection_and_parses() {
        let text = file("t", 3);
        let desired = dli_reconcile::file::parse("t.toml", &text).expect("parses");
        assert_eq!(desired.connections.len(), 3);
        let one = &desired.connections["t_2"];
        assert_eq!(one.routes.as_ref().map(BTreeMap::len), Some(ROUTES));
        assert_eq!(one.hosts.as_ref().map(BTreeMap::len), Some(HOSTS));
        assert_eq!(one.grants.as_ref().map(|g| g.len()), Some(1));
        assert_eq!(one.tags.as_ref().map(BTreeMap::len), Some(2));
        assert_eq!(one.pools.as_ref().map(|p| p.len()), Some(1));
    }

    fn stage(requests: &[(&str, u64)], throttled: &[(&str, u64)], exit_code: i32) -> Stage {
        let map = |pairs: &[(&str, u64)]| {
            pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), *v))
                .collect::<BTreeMap<_, _>>()
        };
        Stage {
            elapsed: Duration::from_secs(30),
            exit_code,
            requests: map(requests),
            throttled: map(throttled),
        }
    }

    fn scale(apply_exit: i32, active: u64, plan_exit: i32) -> Scale {
        Scale {
            connections: 500,
            limit: 200,
            creating_for: Duration::from_secs(20),
            apply: stage(&[("CreateEnhancedConnection", 510)], &[], apply_exit),
            plan: stage(
                &[
                    ("ListEnhancedConnections", 6),
                    ("ListElasticResourcePools", 1),
                    ("ListTagsOfEnhancedConnection", 520),
                    ("ListEnhancedConnectionPrivileges", 500),
                ],
                &[
                    ("ListEnhancedConnections", 1),
                    ("ListTagsOfEnhancedConnection", 20),
                ],
                plan_exit,
            ),
            active,
        }
    }

    #[test]
    fn the_ideal_is_the_creating_time_then_the_busiest_api_at_the_limit() {
        let run = scale(0, 500, 0);
        // 20 s, then 1,000 route adds at 200 a second.
        assert_eq!(run.ideal(), Duration::from_secs(25));
        assert!((run.time_over_ideal() - 1.2).abs() < 1e-9);
        assert_eq!(run.plan.list_pages(), 6);
        assert_eq!(run.plan.beyond_lists(), 1000);
        assert_eq!(run.plan.total(), 1027);
        assert_eq!(run.plan.total_throttled(), 21);
    }

    #[test]
    fn a_scale_run_fails_unless_the_apply_converged_and_the_plan_is_empty() {
        scale(0, 500, 0).check().expect("passes");
        for (broken, expected) in [
            (scale(1, 500, 0), "dli apply exited with 1"),
            (scale(0, 499, 0), "499 of 500 connections ACTIVE"),
            (scale(0, 500, 2), "exited with 2 (0 is no change)"),
        ] {
            let error = broken.check().expect_err(expected).to_string();
            assert!(error.contains(expected), "{error}");
        }
    }
}
