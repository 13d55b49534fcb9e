//! The soak: a long run of mixed calls against `dli fake serve` while faults are injected at
//! random, then a reckoning: every call ended in a success or a typed error, the fake and the
//! client agree on what exists, and the client's file descriptors and memory stayed flat.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use dli_client::{Client, Credentials, Environment, Error, RetryPolicy};
use futures_util::StreamExt;
use uuid::Uuid;

use crate::servers;

const AK: &str = "SOAKACCESSKEY";
const SK: &str = "soak-secret-key";
const PROJECT: &str = "soak_project";

/// What the soak found.
#[derive(Debug)]
pub struct Report {
    /// Calls made.
    pub calls: u64,
    /// How long they took.
    pub elapsed: Duration,
    /// Calls by how they ended.
    pub outcomes: BTreeMap<String, u64>,
    /// Faults injected.
    pub faults: u64,
    /// Connections the client created and deleted, and the fake's count of each.
    pub created: (u64, u64),
    /// Deleted: the client's count, and the fake's.
    pub deleted: (u64, u64),
    /// Open file descriptors at the start and at the end.
    pub fds: (usize, usize),
    /// Resident memory (KiB) after warming up and at the end.
    pub rss: (u64, u64),
}

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

/// The report as a section of `docs/reliability.md`.
pub fn render(report: &Report, command: &str) -> String {
    let mut out = format!(
        "Made by `{command}`: {} calls, 32 at a time, of create (30%), show (30%), list (10%, \
         one page) and delete (30%) against `dli fake serve`, while {} faults (each for the next one to four matching requests) were injected at \
         random (503, 429, dropped connections, truncated and delayed answers).\n\n\
         | figure | value |\n|---|---:|\n\
         | calls | {} in {:.1} s ({:.0}/s) |\n",
        report.calls,
        report.faults,
        report.calls,
        report.elapsed.as_secs_f64(),
        report.calls as f64 / report.elapsed.as_secs_f64().max(1e-9),
    );
    for (word, count) in &report.outcomes {
        out.push_str(&format!("| ended: {word} | {count} |\n"));
    }
    out.push_str(&format!(
        "| created: by the client's count / on the fake | {} / {} |\n\
         | deleted: by the client's count / on the fake | {} / {} |\n\
         | open file descriptors: after warming up / at the end | {} / {} |\n\
         | resident memory: after warming up / at the end | {:.1} / {:.1} MiB |\n",
        report.created.0,
        report.created.1,
        report.deleted.0,
        report.deleted.1,
        report.fds.0,
        report.fds.1,
        report.rss.0 as f64 / 1024.0,
        report.rss.1 as f64 / 1024.0,
    ));
    out
}

/// Runs `calls` mixed calls, 32 at a time, against a fresh `dli fake serve`.
pub async fn run(dli: &Path, calls: u64) -> anyhow::Result<Report> {
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
    let created = Arc::new(AtomicU64::new(0));
    let deleted = Arc::new(AtomicU64::new(0));
    let next = Arc::new(AtomicU64::new(0));
    let warm = calls / 10;
    let start_fds = Arc::new(AtomicU64::new(0));
    let start_rss = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    let mut workers = Vec::new();
    for worker in 0..32 {
        let client = client.clone();
        let outcomes = Arc::clone(&outcomes);
        let (created, deleted, next) = (
            Arc::clone(&created),
            Arc::clone(&deleted),
            Arc::clone(&next),
        );
        let (start_fds, start_rss) = (Arc::clone(&start_fds), Arc::clone(&start_rss));
        workers.push(tokio::spawn(async move {
            let mut mine: Vec<Uuid> = Vec::new();
            loop {
                let n = next.fetch_add(1, Ordering::Relaxed);
                if n >= calls {
                    break;
                }
                if n == warm {
                    start_fds.store(open_fds() as u64, Ordering::Relaxed);
                    start_rss.store(rss_kib(), Ordering::Relaxed);
                }
                let roll = fastrand::u8(..100);
                let result: Result<(), Error> = if roll < 30 || mine.is_empty() {
                    let request = dli_client::types::CreateEnhancedConnectionRequest::builder()
                        .name(format!("w{worker}_{n}"))
                        .dest_vpc_id("vpc")
                        .dest_network_id("subnet");
                    match client.create_connection(request).await {
                        Ok(answer) => {
                            if let Some(id) = answer.into_inner().connection_id {
                                mine.push(id);
                                created.fetch_add(1, Ordering::Relaxed);
                            }
                            Ok(())
                        }
                        Err(error) => Err(error),
                    }
                } else if roll < 60 {
                    let id = mine[fastrand::usize(..mine.len())];
                    client.connection(id).await.map(drop)
                } else if roll < 70 {
                    let mut page = client.connections().page_size(20).stream().take(20);
                    let mut failed = None;
                    while let Some(item) = page.next().await {
                        if let Err(error) = item {
                            failed = Some(error);
                            break;
                        }
                    }
                    failed.map_or(Ok(()), Err)
                } else {
                    let id = mine.swap_remove(fastrand::usize(..mine.len()));
                    match client.delete_connection(id).await {
                        Ok(_) => {
                            deleted.fetch_add(1, Ordering::Relaxed);
                            Ok(())
                        }
                        // Gone already: a retried delete whose first answer was lost.
                        Err(error) if error.is_not_found() => {
                            deleted.fetch_add(1, Ordering::Relaxed);
                            Err(error)
                        }
                        Err(error) => {
                            mine.push(id);
                            Err(error)
                        }
                    }
                };
                let word = match &result {
                    Ok(()) => "success".to_owned(),
                    Err(error) => error.label(),
                };
                *outcomes
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .entry(word)
                    .or_default() += 1;
            }
        }));
    }
    for worker in workers {
        worker.await.context("a worker panicked")?;
    }
    let elapsed = started.elapsed();
    done.store(true, Ordering::Relaxed);
    let _ = injector.await;
    let end_fds = open_fds();
    let end_rss = rss_kib();
    // Clear what is left of the faults before counting.
    let _ = http.delete(format!("{url}/_fake/faults")).send().await;
    let live = count(&url, None).await?;
    let gone = count(&url, Some("DELETED")).await?;
    let outcomes = outcomes
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .clone();
    let report = Report {
        calls,
        elapsed,
        outcomes,
        faults: injected.load(Ordering::Relaxed),
        created: (created.load(Ordering::Relaxed), live + gone),
        deleted: (deleted.load(Ordering::Relaxed), gone),
        fds: (start_fds.load(Ordering::Relaxed) as usize, end_fds),
        rss: (start_rss.load(Ordering::Relaxed), end_rss),
    };
    if report.outcomes.keys().any(|word| word.starts_with("other")) {
        bail!("a call ended in an unexpected way: {:?}", report.outcomes);
    }
    if report.created.0 != report.created.1 || report.deleted.0 != report.deleted.1 {
        bail!(
            "the client and the fake disagree: created {:?}, deleted {:?}",
            report.created,
            report.deleted
        );
    }
    Ok(report)
}
