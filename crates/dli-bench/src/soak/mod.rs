//! The soak: a long run of calls of all twenty-two operations against `dli fake serve` while
//! faults are injected at random, then a reckoning: every call ended in a way the faults
//! explain (a success, a settled outcome, or a typed error of throttling, `503`, a lost
//! connection or a timeout), the fake and the client agree on what exists, and the client's
//! file descriptors and memory stayed flat. Then `dli apply` is killed at random moments
//! under random faults and run again, until it converges (crash consistency).
//!
//! The run is here; the mix of calls is `mix`, and what the run found, the checks it must
//! pass and its section of `docs/reliability.md` are `findings`.

mod findings;
mod mix;

pub use findings::{Report, check, render};

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use anyhow::Context;
use dli_client::{Client, Credentials, Environment, RetryPolicy};

use crate::rows::desired::{CrashSize, crash};
use crate::servers;

const AK: &str = "SOAKACCESSKEY";
const SK: &str = "soak-secret-key";
const PROJECT: &str = "soak_project";

/// Connections in the file `dli apply` is killed applying.
pub const CRASH_CONNECTIONS: usize = 4;
/// How long each of them stays `CREATING`.
pub const CRASH_CREATING_FOR: Duration = Duration::from_secs(1);

fn open_fds() -> usize {
    std::fs::read_dir("/proc/self/fd").map_or(0, Iterator::count)
}

fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|line| line.strip_prefix("VmRSS:"))
                .and_then(|value| value.split_whitespace().next())
                .and_then(|kib| kib.parse().ok())
        })
        .unwrap_or(0)
}

/// The fake's count of connections with this status (`None`: the live ones), listed whole.
async fn count(url: &str, status: Option<&str>) -> anyhow::Result<u64> {
    let client = Client::builder()
        .environment(Environment::from_pairs([]))
        .endpoint(url)
        .project_id(PROJECT)
        .credentials(Credentials::ak_sk(AK, SK))
        .build()?;
    let mut list = client.connections().page_size(1000);
    if let Some(status) = status {
        list = list.status(status);
    }
    Ok(list.collect().await?.len() as u64)
}

/// Runs `calls` mixed calls, 32 at a time, against a fresh `dli fake serve`, then kills
/// `dli apply` `kills` times (see [`crash()`]).
pub async fn run(dli: &Path, calls: u64, kills: usize) -> anyhow::Result<Report> {
    let server = servers::fake(dli, AK, SK)?;
    let url = server.url.clone();
    let client = Client::builder()
        .environment(Environment::from_pairs([]))
        .endpoint(&url)
        .project_id(PROJECT)
        .credentials(Credentials::ak_sk(AK, SK))
        .attempt_timeout(Duration::from_secs(2))
        .retry_policy(
            RetryPolicy::default()
                .max_attempts(4)
                .base_delay(Duration::from_millis(1))
                .throttle_delay(Duration::from_millis(5)),
        )
        .build()?;
    let http = reqwest::Client::new();

    // Faults at random, all the while: 503s, dropped connections, truncated and delayed
    // answers, each for the next matching request.
    let done = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let injected = Arc::new(AtomicU64::new(0));
    let injector = {
        let done = Arc::clone(&done);
        let injected = Arc::clone(&injected);
        let http = http.clone();
        let url = url.clone();
        tokio::spawn(async move {
            let kinds = [
                r#"{"action": {"kind": "respond", "status": 503, "body": "{\"error_code\": \"APIGW.0203\", \"error_msg\": \"busy\"}"}}"#,
                r#"{"method": "GET", "action": {"kind": "drop"}}"#,
                r#"{"method": "DELETE", "action": {"kind": "drop"}}"#,
                r#"{"method": "POST", "action": {"kind": "handle_then_drop"}}"#,
                r#"{"method": "PUT", "action": {"kind": "handle_then_drop"}}"#,
                r#"{"method": "DELETE", "action": {"kind": "handle_then_drop"}}"#,
                r#"{"method": "GET", "action": {"kind": "handle_then_drop"}}"#,
                r#"{"method": "POST", "action": {"kind": "drop"}}"#,
                r#"{"method": "GET", "action": {"kind": "truncate", "status": 200, "body": "{\"is_success\": true, \"message\": \"\", \"count\": 0}"}}"#,
                r#"{"action": {"kind": "delay", "millis": 20}}"#,
                r#"{"action": {"kind": "respond", "status": 429, "body": "{\"error_code\": \"APIGW.0308\", \"error_msg\": \"throttled\"}"}}"#,
            ];
            while !done.load(Ordering::Relaxed) {
                // Each fault applies to the next one to four matching requests.
                let fault = kinds[fastrand::usize(..kinds.len())].replacen(
                    '{',
                    &format!("{{\"times\": {}, ", fastrand::u32(1..=4)),
                    1,
                );
                let sent = http
                    .post(format!("{url}/_fake/faults"))
                    .header("content-type", "application/json")
                    .body(fault)
                    .send()
                    .await;
                if sent.is_ok_and(|response| response.status().is_success()) {
                    injected.fetch_add(1, Ordering::Relaxed);
                }
                tokio::time::sleep(Duration::from_millis(2)).await;
            }
        })
    };

    let outcomes: Arc<Mutex<BTreeMap<String, u64>>> = Arc::default();
    let operations: Arc<Mutex<BTreeMap<String, u64>>> = Arc::default();
    let created = Arc::new(AtomicU64::new(0));
    let retries = Arc::new(AtomicU64::new(0));
    let recovered = Arc::new(AtomicU64::new(0));
    let deleted = Arc::new(AtomicU64::new(0));
    let next = Arc::new(AtomicU64::new(0));
    let warm = calls / 10;
    let start_fds = Arc::new(AtomicU64::new(0));
    let start_rss = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    let mut workers = Vec::new();
    for number in 0..32 {
        let client = client.clone();
        let (outcomes, operations) = (Arc::clone(&outcomes), Arc::clone(&operations));
        let (created, deleted, next) = (
            Arc::clone(&created),
            Arc::clone(&deleted),
            Arc::clone(&next),
        );
        let (retries, recovered) = (Arc::clone(&retries), Arc::clone(&recovered));
        let (start_fds, start_rss) = (Arc::clone(&start_fds), Arc::clone(&start_rss));
        workers.push(tokio::spawn(async move {
            let mut worker = mix::Worker {
                number,
                ..mix::Worker::default()
            };
            loop {
                let n = next.fetch_add(1, Ordering::Relaxed);
                if n >= calls {
                    break;
                }
                if n == warm {
                    start_fds.store(open_fds() as u64, Ordering::Relaxed);
                    start_rss.store(rss_kib(), Ordering::Relaxed);
                }
                let ended = worker.call(&client, n).await;
                created.fetch_add(u64::from(ended.created), Ordering::Relaxed);
                deleted.fetch_add(u64::from(ended.deleted), Ordering::Relaxed);
                recovered.fetch_add(u64::from(ended.recovered), Ordering::Relaxed);
                retries.fetch_add(
                    u64::from(ended.attempts.saturating_sub(1)),
                    Ordering::Relaxed,
                );
                *outcomes
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .entry(ended.word)
                    .or_default() += 1;
                *operations
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .entry(ended.operation.to_owned())
                    .or_default() += 1;
            }
            worker
        }));
    }
    let mut finished = Vec::new();
    for worker in workers {
        finished.push(worker.await.context("a worker panicked")?);
    }
    let elapsed = started.elapsed();
    done.store(true, Ordering::Relaxed);
    let _ = injector.await;
    let end_fds = open_fds();
    let end_rss = rss_kib();
    // Clear what is left of the faults before counting.
    let _ = http.delete(format!("{url}/_fake/faults")).send().await;
    // A create or a delete whose outcome stayed unknown is settled by reading, now that no
    // fault is left: the create by its name, the delete by the connection's status.
    for name in finished.iter().flat_map(|worker| &worker.unknown_creates) {
        let found = client.connections().name(name).collect().await?;
        if found
            .iter()
            .any(|connection| connection.name.as_deref() == Some(name.as_str()))
        {
            created.fetch_add(1, Ordering::Relaxed);
        }
    }
    for id in finished.iter().flat_map(mix::Worker::uncertain) {
        let shown = client.connection(id).await?.into_inner();
        if shown.status.as_deref() == Some("DELETED") {
            deleted.fetch_add(1, Ordering::Relaxed);
        }
    }
    let live = count(&url, None).await?;
    let gone = count(&url, Some("DELETED")).await?;
    let outcomes = outcomes
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .clone();
    let operations = operations
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .clone();
    // The crash trials check themselves: an error names the first that did not converge.
    let crash = crash(
        dli,
        CrashSize {
            connections: CRASH_CONNECTIONS,
            creating_for: CRASH_CREATING_FOR,
            kills,
        },
    )
    .await?;
    let report = Report {
        crash,
        calls,
        elapsed,
        outcomes,
        operations,
        faults: injected.load(Ordering::Relaxed),
        retries: retries.load(Ordering::Relaxed),
        recovered: recovered.load(Ordering::Relaxed),
        created: (created.load(Ordering::Relaxed), live + gone),
        deleted: (deleted.load(Ordering::Relaxed), gone),
        fds: (start_fds.load(Ordering::Relaxed) as usize, end_fds),
        rss: (start_rss.load(Ordering::Relaxed), end_rss),
    };
    check(&report)?;
    Ok(report)
}
