//! `dli-bench count`'s second table: system calls per delete, counted by `strace -c -f`, for
//! the same senders as the instruction count, one delete in flight. Instructions cannot show
//! a hand-off between threads; system calls do: a thread woken to take a result over costs a
//! `futex` or an `eventfd` `write` on one side and an `epoll_wait` on the other. As with the
//! instructions, each sender runs twice and the small run is taken from the large, which
//! cancels start-up out.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use anyhow::Context;

use crate::count::{Tool, count_senders};

/// The deletes of the small and the large run; the figures are their difference.
const RUNS: [u64; 2] = [2_000, 4_000];
/// Deletes in flight: one, so that each result's way back is seen alone.
const IN_FLIGHT: usize = 1;
/// The system calls shown on their own: the network's and a hand-off's.
const SHOWN: [&str; 5] = ["writev", "recvfrom", "epoll_wait", "futex", "write"];

/// What one run under `strace -c` counted.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Traced {
    /// Every system call of the process and its threads.
    pub total: u64,
    /// Calls by system call.
    pub calls: BTreeMap<String, u64>,
}

/// System calls per delete of one sender: the large run minus the small, per delete.
#[derive(Debug, Clone, PartialEq)]
pub struct PerDelete {
    /// The sender's name.
    pub sender: &'static str,
    /// Every system call.
    pub total: f64,
    /// Each of [`SHOWN`], in its order.
    pub shown: Vec<f64>,
}

/// Reads the summary `strace -c` writes: the `calls` column of each system call's line and of
/// `total`.
pub fn parse_summary(text: &str) -> anyhow::Result<Traced> {
    let mut traced = Traced::default();
    let mut total = None;
    for line in text.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        // `% time  seconds  usecs/call  calls  [errors]  syscall`
        let (Some(name), Some(calls)) = (fields.last(), fields.get(3)) else {
            continue;
        };
        let (Ok(calls), true) = (calls.parse::<u64>(), fields[0].parse::<f64>().is_ok()) else {
            continue;
        };
        if *name == "total" {
            total = Some(calls);
        } else {
            *traced.calls.entry((*name).to_owned()).or_default() += calls;
        }
    }
    traced.total = total.context("strace -c wrote no total line")?;
    Ok(traced)
}

fn per_delete(sender: &'static str, small: &Traced, large: &Traced) -> PerDelete {
    let deletes = (RUNS[1] - RUNS[0]) as f64;
    let diff = |a: u64, b: u64| (b as f64 - a as f64) / deletes;
    let calls = |traced: &Traced, name: &str| traced.calls.get(name).copied().unwrap_or(0);
    PerDelete {
        sender,
        total: diff(small.total, large.total),
        shown: SHOWN
            .iter()
            .map(|name| diff(calls(small, name), calls(large, name)))
            .collect(),
    }
}

/// Counts every sender under `strace -c -f` (see [`count_senders`]): each sender's system
/// calls per delete, the small run taken from the large.
pub async fn run(dli: &Path, url: &str, dir: &Path) -> anyhow::Result<Vec<PerDelete>> {
    let strace = Tool {
        name: "strace",
        command: |out| {
            vec![
                "strace".to_owned(),
                "-c".to_owned(),
                "-f".to_owned(),
                "-o".to_owned(),
                out.display().to_string(),
            ]
        },
        read: |out| {
            let text =
                std::fs::read_to_string(out).context("strace wrote no summary: install strace")?;
            parse_summary(&text)
        },
        per_delete,
    };
    count_senders(&strace, (dli, url, dir), IN_FLIGHT, RUNS).await
}

/// The section for `docs/instructions.md`: system calls per delete and the ratio to signed
/// raw.
pub fn render(results: &[PerDelete], command: &str) -> String {
    let mut out = format!(
        "Written by `{command}` on {}. System calls per delete at {IN_FLIGHT} in flight against \
         a static responder in another process: `strace -c -f`'s count of a run of {} deletes \
         minus one of {}, divided by {}, every thread of the sender included.\n\n\
         | sender | system calls per delete | this / signed raw |",
        crate::report::machine(),
        RUNS[1],
        RUNS[0],
        RUNS[1] - RUNS[0],
    );
    for name in SHOWN {
        let _ = write!(out, " {name} |");
    }
    out.push_str("\n|---|---:|---:|");
    out.push_str(&"---:|".repeat(SHOWN.len()));
    out.push('\n');
    let signed = results
        .iter()
        .find(|r| r.sender == "signed")
        .map(|r| r.total);
    for result in results {
        let ratio = signed.map_or(String::new(), |s| {
            format!("{:.2}", result.total / s.max(1e-9))
        });
        let _ = write!(out, "| {} | {:.2} | {ratio} |", result.sender, result.total);
        for value in &result.shown {
            // A difference of runs that rounds to nothing is nothing, not "-0.00".
            let value = if value.abs() < 0.005 { 0.0 } else { *value };
            let _ = write!(out, " {value:.2} |");
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SUMMARY: &str = "\
% time     seconds  usecs/call     calls    errors syscall
------ ----------- ----------- --------- --------- ------------------
 77.13    0.896024       37334        24         2 futex
  9.22    0.107145          26      4013           epoll_wait
  6.80    0.078987          19      4000           writev
  0.00    0.000000           0         1         1 connect
------ ----------- ----------- --------- --------- ------------------
100.00    1.161651          82     14038         4 total
";

    #[test]
    fn the_summary_gives_each_call_and_the_total() {
        let traced = parse_summary(SUMMARY).expect("parsed");
        assert_eq!(traced.total, 14_038);
        assert_eq!(traced.calls["futex"], 24, "a line with errors");
        assert_eq!(traced.calls["epoll_wait"], 4_013, "a line without");
        assert_eq!(traced.calls["connect"], 1);
        assert!(
            !traced.calls.contains_key("syscall"),
            "the header is not a call"
        );
        assert!(parse_summary("strace: exec: No such file").is_err());
    }

    #[test]
    fn per_delete_is_the_difference_divided_and_the_ratio_is_to_signed_raw() {
        let traced = |total, futex| Traced {
            total,
            calls: BTreeMap::from([("futex".to_owned(), futex)]),
        };
        let signed = per_delete("signed", &traced(10_000, 20), &traced(16_000, 20));
        let cli = per_delete("cli", &traced(12_000, 20), &traced(21_000, 2_020));
        let mut noisy = per_delete("raw", &traced(10_000, 21), &traced(16_000, 20));
        noisy.shown[0] = -0.0004;
        assert_eq!(signed.total, 3.0);
        assert_eq!(cli.total, 4.5);
        assert_eq!(cli.shown[3], 1.0, "futex");
        assert_eq!(cli.shown[0], 0.0, "a call neither run made");
        let text = render(&[signed, cli, noisy], "test");
        assert!(
            text.contains("| raw | 3.00 | 1.00 | 0.00 | 0.00 | 0.00 | 0.00 | 0.00 |"),
            "{text}"
        );
        assert!(!text.contains("-0.00"), "{text}");
        assert!(
            text.contains("| cli | 4.50 | 1.50 | 0.00 | 0.00 | 0.00 | 1.00 | 0.00 |"),
            "{text}"
        );
        assert!(text.contains("| signed | 3.00 | 1.00 |"), "{text}");
    }
}
