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
    judge_rss(&output.status, &output.stderr)?;
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

/// An error naming the memory row when its child failed (a delete failed, for one).
fn judge_rss(status: &std::process::ExitStatus, stderr: &[u8]) -> anyhow::Result<()> {
    if !status.success() {
        bail!(
            "memory: the measuring process exited with {status}: {}",
            String::from_utf8_lossy(stderr).trim()
        );
    }
    Ok(())
}

/// The child of [`rss`]: deletes at 32 in flight, printing `REQUESTS PEAK_RSS_KIB` after
/// `first` and after `second` requests.
pub async fn rss_child(url: &str, first: u64, second: u64) -> anyhow::Result<()> {
    let client = client(url, RateLimit::Adaptive)?;
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
        done.check("memory")?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_memory_child_fails_when_its_deletes_fail() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a port");
        let url = format!("http://{}", listener.local_addr().expect("an address"));
        tokio::spawn(crate::servers::answer_all(listener, 500));
        let error = rss_child(&url, 5, 10)
            .await
            .expect_err("failed deletes")
            .to_string();
        assert!(error.contains("memory: 5 of 5 requests failed"), "{error}");
    }

    #[test]
    fn the_memory_row_fails_when_its_child_does() {
        use std::os::unix::process::ExitStatusExt;
        let error = judge_rss(
            &std::process::ExitStatus::from_raw(1 << 8),
            b"memory: 5 of 5 requests failed",
        )
        .expect_err("failed child")
        .to_string();
        assert!(error.contains("5 of 5 requests failed"), "{error}");
        judge_rss(&std::process::ExitStatus::from_raw(0), b"").expect("passes");
    }
}
