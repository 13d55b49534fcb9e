//! The client's memory, measured in a process of its own.

use std::process::Command;

use anyhow::{Context, bail};
use dli_client::RateLimit;
use uuid::Uuid;

use super::{ANY_ID, Rss, client};
use crate::load::closed_loop_unrecorded;
use crate::servers::Server;

/// Peak RSS of a client, in a process of its own, after each number of deletes.
pub(super) fn rss(server: &Server, last: u64) -> anyhow::Result<Rss> {
    let output = Command::new(std::env::current_exe()?)
        .args(["rss", &server.url, "1000", &last.to_string()])
        .output()?;
    let mut points = Vec::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let mut parts = line.split_whitespace();
        if let (Some(requests), Some(kib)) = (parts.next(), parts.next()) {
            points.push((requests.parse()?, kib.parse()?));
        }
    }
    if points.len() != 2 {
        bail!(
            "the memory run printed {:?}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(Rss { points })
}

/// The child of [`rss`]: deletes at 32 in flight, printing `REQUESTS PEAK_RSS_KIB` after
/// `first` and after `second` requests.
pub async fn rss_child(url: &str, first: u64, second: u64) -> anyhow::Result<()> {
    let client = client(url, RateLimit::None)?;
    // Two phases: up to `first`, then on to `second`.
    let any: Uuid = ANY_ID.parse().unwrap_or_default();
    for (target, count) in [(first, first), (second, second.saturating_sub(first))] {
        let done = closed_loop_unrecorded(32, count, {
            let client = client.clone();
            move |_| {
                let client = client.clone();
                async move { client.delete_connection(any).await.is_ok() }
            }
        })
        .await;
        let _ = done;
        println!("{target} {}", peak_rss_kib()?);
    }
    Ok(())
}

/// `VmHWM` of this process, in KiB.
fn peak_rss_kib() -> anyhow::Result<u64> {
    let status = std::fs::read_to_string("/proc/self/status")?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|value| value.split_whitespace().next())
        .and_then(|kib| kib.parse().ok())
        .context("no VmHWM in /proc/self/status")
}
