//! A closed-loop load: a fixed number of requests in flight, each started as soon as the one
//! before it ends, with every latency kept.

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// What a load measured.
#[derive(Debug, Clone, Default)]
pub struct Samples {
    /// Requests that succeeded.
    pub ok: u64,
    /// Requests that failed.
    pub failed: u64,
    /// Wall time from the first start to the last end.
    pub elapsed: Duration,
    /// Every latency, sorted.
    pub latencies: Vec<Duration>,
    /// The p50 and p99 latencies in milliseconds, for a tool that reports only those.
    pub reported: Option<(f64, f64)>,
}

impl Samples {
    /// Successful requests a second.
    pub fn rate(&self) -> f64 {
        self.ok as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }

    /// A latency percentile (0–100), in milliseconds.
    pub fn percentile(&self, p: f64) -> f64 {
        if let Some((p50, p99)) = self.reported {
            return if p <= 50.0 { p50 } else { p99 };
        }
        if self.latencies.is_empty() {
            return 0.0;
        }
        let rank = ((p / 100.0) * (self.latencies.len() - 1) as f64).round() as usize;
        self.latencies[rank.min(self.latencies.len() - 1)].as_secs_f64() * 1000.0
    }

    /// All requests, succeeded or not.
    pub fn requests(&self) -> u64 {
        self.ok + self.failed
    }

    /// An error naming `row` when any of its requests failed.
    pub fn check(&self, row: &str) -> anyhow::Result<()> {
        if self.failed > 0 {
            anyhow::bail!(
                "{row}: {} of {} requests failed",
                self.failed,
                self.requests()
            );
        }
        Ok(())
    }

    /// Adds another measurement of the same row: counts and times add up, latencies join.
    pub fn merge(&mut self, other: Samples) {
        self.ok += other.ok;
        self.failed += other.failed;
        self.elapsed += other.elapsed;
        self.latencies.extend(other.latencies);
        self.latencies.sort_unstable();
    }

    /// Samples built from latencies measured elsewhere.
    pub fn from_latencies(mut latencies: Vec<Duration>, failed: u64, elapsed: Duration) -> Self {
        latencies.sort_unstable();
        Self {
            ok: latencies.len() as u64,
            failed,
            elapsed,
            latencies,
            reported: None,
        }
    }
}

/// Runs `request(n)` with `in_flight` at a time until `duration` has passed or `limit`
/// requests have started; `request` answers whether it succeeded.
pub async fn closed_loop<F, Fut>(
    in_flight: usize,
    duration: Duration,
    limit: u64,
    request: F,
) -> Samples
where
    F: Fn(u64) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = bool> + Send,
{
    run(in_flight, duration, limit, true, request).await
}

/// Like [`closed_loop`], but keeps no latency: for measuring the memory of what it drives.
pub async fn closed_loop_unrecorded<F, Fut>(in_flight: usize, limit: u64, request: F) -> Samples
where
    F: Fn(u64) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = bool> + Send,
{
    run(in_flight, Duration::MAX, limit, false, request).await
}

async fn run<F, Fut>(
    in_flight: usize,
    duration: Duration,
    limit: u64,
    record: bool,
    request: F,
) -> Samples
where
    F: Fn(u64) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = bool> + Send,
{
    let started = Instant::now();
    let next = Arc::new(AtomicU64::new(0));
    let mut workers = Vec::with_capacity(in_flight);
    for _ in 0..in_flight {
        let request = request.clone();
        let next = Arc::clone(&next);
        workers.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut failed = 0;
            loop {
                let n = next.fetch_add(1, Ordering::Relaxed);
                if n >= limit || started.elapsed() >= duration {
                    break;
                }
                let sent = Instant::now();
                if request(n).await {
                    if record {
                        latencies.push(sent.elapsed());
                    }
                } else {
                    failed += 1;
                }
            }
            (latencies, failed)
        }));
    }
    let mut latencies = Vec::new();
    let mut failed = 0;
    for worker in workers {
        if let Ok((mut some, f)) = worker.await {
            latencies.append(&mut some);
            failed += f;
        }
    }
    Samples::from_latencies(latencies, failed, started.elapsed())
}
