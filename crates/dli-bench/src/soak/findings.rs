//! What the soak found, when it passes, and how `docs/reliability.md` shows it.

use std::collections::BTreeMap;
use std::time::Duration;

use anyhow::bail;

use super::mix;
use crate::report;
use crate::rows::Crash;

/// What the soak found.
#[derive(Debug)]
pub struct Report {
    /// Calls made.
    pub calls: u64,
    /// How long they took.
    pub elapsed: Duration,
    /// Calls by how they ended.
    pub outcomes: BTreeMap<String, u64>,
    /// Calls by operation id.
    pub operations: BTreeMap<String, u64>,
    /// Faults injected.
    pub faults: u64,
    /// Attempts beyond the first, over all calls.
    pub retries: u64,
    /// Creates whose answer was lost, whose connection the client found by its name.
    pub recovered: u64,
    /// Connections the client created and deleted, and the fake's count of each.
    pub created: (u64, u64),
    /// Deleted: the client's count, and the fake's.
    pub deleted: (u64, u64),
    /// Open file descriptors at the start and at the end.
    pub fds: (usize, usize),
    /// Resident memory (KiB) after warming up and at the end.
    pub rss: (u64, u64),
    /// `dli apply` killed and run again: it fails the soak unless every trial converged.
    pub crash: Crash,
}

/// At most this many more open file descriptors at the end than after warming up: one
/// connection a worker.
pub const FD_GROWTH: usize = 32;
/// At most this much more resident memory at the end than after warming up, as a share.
pub const RSS_GROWTH: f64 = 0.25;

/// An error saying what is wrong unless the soak did what it is for: faults were injected,
/// calls were retried, some ended in a typed error, creates whose answers were lost were
/// recovered, the client and the fake agree on what exists, file descriptors and memory
/// stayed within bounds, and every `dli apply` killed converged when run again.
pub fn check(report: &Report) -> anyhow::Result<()> {
    if report.outcomes.keys().any(|word| word.starts_with("other")) {
        bail!(
            "a call ended in a way no fault explains: {:?}",
            report.outcomes
        );
    }
    if report.operations.len() < mix::MIX.len() {
        bail!(
            "only {} of the {} operations were called: {:?}",
            report.operations.len(),
            mix::MIX.len(),
            report.operations
        );
    }
    if report.faults == 0 {
        bail!("no fault was injected");
    }
    if report.retries == 0 {
        bail!("no call was retried");
    }
    if !report
        .outcomes
        .keys()
        .any(|word| word != "success" && !word.starts_with("settled"))
    {
        bail!("no call ended in a typed error: {:?}", report.outcomes);
    }
    if report.recovered == 0 {
        bail!("no create whose answer was lost was recovered by its name");
    }
    if report.created.0 != report.created.1 || report.deleted.0 != report.deleted.1 {
        bail!(
            "the client and the fake disagree: created {:?}, deleted {:?}",
            report.created,
            report.deleted
        );
    }
    if report.fds.1 > report.fds.0 + FD_GROWTH {
        bail!(
            "open file descriptors grew from {} to {} (at most {FD_GROWTH} more)",
            report.fds.0,
            report.fds.1
        );
    }
    if report.rss.1 as f64 > report.rss.0 as f64 * (1.0 + RSS_GROWTH) {
        bail!(
            "resident memory grew from {} to {} KiB (at most {:.0}% more)",
            report.rss.0,
            report.rss.1,
            RSS_GROWTH * 100.0
        );
    }
    if report.crash.trials.is_empty() {
        bail!("dli apply was never killed");
    }
    report.crash.check()
}

/// The report as a section of `docs/reliability.md`.
pub fn render(report: &Report, command: &str) -> String {
    let mut out = format!(
        "Made by `{command}`: {} calls, 32 at a time, of all twenty-two operations ({}; a \
         listing is one page; a call DLI would refuse, such as unbinding what is not bound, \
         is a Show instead) against `dli fake serve`, while {} faults (each for the next one \
         to four matching requests) were injected at random (503, 429, dropped connections, \
         changes of every method carried out whose answers were dropped, truncated and \
         delayed answers). The soak fails unless every operation was called, every call \
         ended in a way the faults explain (a success, an outcome settled by reading, or \
         throttling, `503`, a lost connection or a timeout past the attempts; anything else \
         is counted as `other` and fails it), faults were injected, calls were retried, some \
         ended in a typed error, the creates whose answers were lost were found by their \
         names, both counts below agree, and at the end the client holds at most \
         {FD_GROWTH} more file descriptors and {:.0}% more resident memory than after \
         warming up.\n\n\
         | figure | value |\n|---|---:|\n\
         | calls | {} in {:.1} s ({:.0}/s) |\n",
        report.calls,
        mix::described(),
        report.faults,
        RSS_GROWTH * 100.0,
        report.calls,
        report.elapsed.as_secs_f64(),
        report.calls as f64 / report.elapsed.as_secs_f64().max(1e-9),
    );
    for (operation, count) in &report.operations {
        out.push_str(&format!("| called: {operation} | {count} |\n"));
    }
    for (word, count) in &report.outcomes {
        out.push_str(&format!("| ended: {word} | {count} |\n"));
    }
    out.push_str(&format!(
        "| attempts beyond the first (retries) | {} |\n\
         | creates whose answer was lost, found by name | {} |\n\
         | created: by the client's count / on the fake | {} / {} |\n\
         | deleted: by the client's count / on the fake | {} / {} |\n\
         | open file descriptors: after warming up / at the end | {} / {} |\n\
         | resident memory: after warming up / at the end | {:.1} / {:.1} MiB |\n\n\
         Then crash consistency, {} kills: {}",
        report.retries,
        report.recovered,
        report.created.0,
        report.created.1,
        report.deleted.0,
        report.deleted.1,
        report.fds.0,
        report.fds.1,
        report.rss.0 as f64 / 1024.0,
        report.rss.1 as f64 / 1024.0,
        report.crash.trials.len(),
        report::crash_consistency(&report.crash),
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rows::desired::crash::Trial;
    use crate::soak::{CRASH_CONNECTIONS, CRASH_CREATING_FOR};

    /// A change that breaks a report, and what the error must say.
    type Breaking = (fn(&mut Report), &'static str);

    fn passing() -> Report {
        Report {
            calls: 1000,
            elapsed: Duration::from_secs(1),
            outcomes: BTreeMap::from([
                ("success".to_owned(), 990),
                ("API error 503".to_owned(), 10),
            ]),
            operations: mix::described()
                .split(", ")
                .map(|part| (part.split(' ').next().unwrap_or_default().to_owned(), 60))
                .collect(),
            faults: 50,
            retries: 40,
            recovered: 3,
            created: (300, 300),
            deleted: (250, 250),
            fds: (40, 45),
            rss: (10_000, 11_000),
            crash: Crash {
                connections: CRASH_CONNECTIONS,
                creating_for: CRASH_CREATING_FOR,
                undisturbed: Duration::from_secs(2),
                trials: vec![converged(); 3],
                faults: 12,
                missed: 0,
            },
        }
    }

    fn converged() -> Trial {
        Trial {
            killed_after: Duration::from_millis(700),
            ended_first: false,
            done_before_kill: 2,
            beside_exit_code: Some(0),
            reruns: 1,
            duplicates: 0,
            unnamed: 0,
            plan_exit_code: 0,
        }
    }

    #[test]
    fn a_soak_fails_when_nothing_happened_or_anything_disagrees() {
        check(&passing()).expect("passes");
        let broken: [Breaking; 11] = [
            (
                |r| {
                    r.operations.remove("ShowConnectivityTask");
                },
                "only 21 of the 22 operations",
            ),
            (|r| r.faults = 0, "no fault was injected"),
            (|r| r.retries = 0, "no call was retried"),
            (
                |r| {
                    r.outcomes.remove("API error 503");
                },
                "no call ended in a typed error",
            ),
            (|r| r.recovered = 0, "no create whose answer was lost"),
            (|r| r.created = (300, 301), "disagree"),
            (|r| r.deleted = (250, 249), "disagree"),
            (|r| r.fds = (40, 73), "file descriptors grew from 40 to 73"),
            (|r| r.rss = (10_000, 12_600), "resident memory grew"),
            (|r| r.crash.trials.clear(), "dli apply was never killed"),
            (
                |r| r.crash.trials[2].duplicates = 1,
                "kill 3 at 0.70 s: 1 names held by several connections",
            ),
        ];
        for (breaking, expected) in broken {
            let mut report = passing();
            breaking(&mut report);
            let error = check(&report).expect_err(expected).to_string();
            assert!(error.contains(expected), "{error}");
        }
        let mut odd = passing();
        odd.outcomes.insert(
            "other: AssociateQueueToEnhancedConnection: API error 400".to_owned(),
            1,
        );
        let error = check(&odd).expect_err("other").to_string();
        assert!(error.contains("no fault explains"), "{error}");
    }
}
