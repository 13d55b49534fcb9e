//! `dli-bench count`: instructions per delete, counted by callgrind, for raw reqwest, signed
//! raw, dli-client and the `dli` command, and where the client's go. Each sender runs twice
//! under valgrind (`dli-bench load`, or `dli connection delete -` with the ids on stdin), with
//! a small and a large number of deletes against one static responder; the difference,
//! divided by the difference in deletes, cancels start-up out.
//!
//! Under valgrind SHA-256 runs its portable rounds, while the machines this runs on use the
//! CPU's SHA instructions; the rounds (`compress256`) are counted apart and left out of the
//! totals the ratios use.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use crate::rows::cli::{dli_delete_under, run_delete};
use anyhow::{Context, bail};

/// The deletes of the small and the large run; the figures are their difference.
const RUNS: [u64; 2] = [1_500, 3_000];
/// Deletes in flight.
const IN_FLIGHT: usize = 32;

/// The senders counted, as `dli-bench load` names them.
pub const SENDERS: [&str; 3] = ["raw", "signed", "client"];
/// The name of the command line's row.
pub const CLI: &str = "cli";

/// Functions whose inclusive counts show where a delete's instructions go, with the name the
/// table gives them.
const PARTS: [(&str, &str); 6] = [
    (
        "sha2::sha256::compress256",
        "SHA-256 rounds (portable, under valgrind)",
    ),
    ("hwcloud_signer::sign::Signer::sign", "signing"),
    (
        "dli_client::auth::Authenticator::authenticate",
        "authentication (signing and the headers it sets)",
    ),
    (
        "reqwest::async_impl::client::Client::execute_request",
        "reqwest: building the send",
    ),
    (
        "<reqwest::async_impl::client::Pending as core::future::future::Future>::poll",
        "reqwest: sending and receiving",
    ),
    (
        "ClientHooks<dli_client::settings::ClientState> for dli_client::generated::Client>::exec",
        "the retry loop around reqwest (exec hook), reqwest included",
    ),
];

/// What one run under callgrind counted.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Counted {
    /// Every instruction of the process.
    pub total: u64,
    /// The inclusive count of each of [`PARTS`], in its order.
    pub parts: Vec<u64>,
}

/// Instructions per delete of one sender: the large run minus the small, per delete.
#[derive(Debug, Clone, PartialEq)]
pub struct PerDelete {
    /// The sender's name.
    pub sender: &'static str,
    /// Every instruction.
    pub total: f64,
    /// Each of [`PARTS`].
    pub parts: Vec<f64>,
}

impl PerDelete {
    /// The total without the portable SHA-256 rounds.
    pub fn without_sha(&self) -> f64 {
        self.total - self.parts.first().copied().unwrap_or(0.0)
    }
}

fn per_delete(sender: &'static str, small: &Counted, large: &Counted) -> PerDelete {
    let deletes = (RUNS[1] - RUNS[0]) as f64;
    let diff = |a: u64, b: u64| (b as f64 - a as f64) / deletes;
    PerDelete {
        sender,
        total: diff(small.total, large.total),
        parts: small
            .parts
            .iter()
            .zip(&large.parts)
            .map(|(a, b)| diff(*a, *b))
            .collect(),
    }
}

/// Reads `callgrind_annotate --inclusive=yes` output: the program's total and each part's
/// inclusive count (summed over the lines that name it; 0 when none does).
pub fn parse_annotate(text: &str) -> anyhow::Result<Counted> {
    let number = |line: &str| -> Option<u64> {
        line.split_whitespace()
            .next()
            .and_then(|n| n.replace(',', "").parse().ok())
    };
    let total = text
        .lines()
        .find(|line| line.contains("PROGRAM TOTALS"))
        .and_then(number)
        .context("callgrind_annotate printed no PROGRAM TOTALS")?;
    let parts = PARTS
        .iter()
        .map(|(function, _)| {
            text.lines()
                .filter(|line| names(line, function))
                .filter_map(number)
                .max()
                .unwrap_or(0)
        })
        .collect();
    Ok(Counted { total, parts })
}

/// Whether an annotated line is the function itself, or its async body, or one level of its
/// recursion (`'2`): not a function whose name only begins with it.
fn names(line: &str, function: &str) -> bool {
    line.match_indices(function).any(|(at, _)| {
        let after = &line[at + function.len()..];
        [" [", "'", "::{{closure}} ["]
            .iter()
            .any(|end| after.starts_with(end))
    })
}

/// Runs `PROGRAM ARGS… load SENDER URL DELETES IN_FLIGHT`, where `program` is a counting
/// tool (valgrind, strace) with its arguments and `dli-bench`; fails, naming the sender, when
/// the child fails (`load` fails when any delete failed) or cannot start.
pub fn run_load(
    program: &[String],
    sender: &str,
    url: &str,
    deletes: u64,
    in_flight: usize,
) -> anyhow::Result<()> {
    let Some((first, rest)) = program.split_first() else {
        bail!("{sender}: no program to run");
    };
    let mut command = Command::new(first);
    command.args(rest).args([
        "load",
        sender,
        url,
        &deletes.to_string(),
        &in_flight.to_string(),
    ]);
    let output = command
        .output()
        .with_context(|| format!("{sender}: cannot run {first}"))?;
    if !output.status.success() {
        bail!(
            "{sender}: {deletes} deletes failed ({}): {}",
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(())
}

/// Runs `program… DLI connection delete --concurrency IN_FLIGHT -o json -` with `deletes`
/// distinct ids on stdin; fails unless it exits 0 with a deletion line for every id.
pub fn run_cli(
    program: &[String],
    dli: &Path,
    url: &str,
    deletes: u64,
    in_flight: usize,
) -> anyhow::Result<()> {
    let ids: Vec<String> = (0..deletes)
        .map(|_| uuid::Uuid::new_v4().to_string())
        .collect();
    let command = dli_delete_under(program, dli, url, in_flight, &[]);
    run_delete(CLI, command, &ids)?;
    Ok(())
}

fn annotate(out: &Path) -> anyhow::Result<Counted> {
    let output = Command::new("callgrind_annotate")
        .args(["--inclusive=yes", "--threshold=100"])
        .arg(out)
        .output()
        .context("cannot run callgrind_annotate: install valgrind")?;
    if !output.status.success() {
        bail!("callgrind_annotate failed on {}", out.display());
    }
    parse_annotate(&String::from_utf8_lossy(&output.stdout))
}

/// Runs one sender's deletes under a counting tool: it gets the tool's command line (the
/// program and its arguments) and the number of deletes.
pub type Runner = Arc<dyn Fn(Vec<String>, u64) -> anyhow::Result<()> + Send + Sync>;

/// Every sender counted, raw, signed raw and the client as `dli-bench load` (this binary)
/// runs them and the command line as `dli` at `dli`, each against `url` with `in_flight`
/// deletes in flight.
pub fn runners(
    dli: &Path,
    url: &str,
    in_flight: usize,
) -> anyhow::Result<Vec<(&'static str, Runner)>> {
    let exe = std::env::current_exe().context("cannot find dli-bench itself")?;
    let mut runners: Vec<(&'static str, Runner)> = Vec::new();
    for sender in SENDERS {
        let (exe, url) = (exe.clone(), url.to_owned());
        let runner = move |mut tool: Vec<String>, deletes| {
            tool.push(exe.display().to_string());
            run_load(&tool, sender, &url, deletes, in_flight)
        };
        runners.push((sender, Arc::new(runner)));
    }
    let (dli, url) = (dli.to_owned(), url.to_owned());
    let runner = move |tool: Vec<String>, deletes| run_cli(&tool, &dli, &url, deletes, in_flight);
    runners.push((CLI, Arc::new(runner)));
    Ok(runners)
}

/// A counting tool: how it runs a sender, how what it counted is read, and what a delete
/// cost by the counts of a small and a large run.
pub struct Tool<T, R> {
    /// Its name, in the names of its output files.
    pub name: &'static str,
    /// Its command line, which writes what it counts to the file given.
    pub command: fn(&Path) -> Vec<String>,
    /// Reads that file.
    pub read: fn(&Path) -> anyhow::Result<T>,
    /// A sender's cost per delete, from the counts of its small and its large run.
    pub per_delete: fn(&'static str, &T, &T) -> R,
}

/// Runs every sender under `tool`, once for each of `runs` deletes, with `in_flight` in
/// flight against the static responder at `url`, the command line being the `dli` binary at
/// `dli`, the tool's files in `dir`: each sender's cost per delete.
pub async fn count_senders<T, R>(
    tool: &Tool<T, R>,
    (dli, url, dir): (&Path, &str, &Path),
    in_flight: usize,
    runs: [u64; 2],
) -> anyhow::Result<Vec<R>> {
    let mut counted = Vec::new();
    for (sender, runner) in runners(dli, url, in_flight)? {
        let mut each = Vec::new();
        for deletes in runs {
            let out = dir.join(format!("{}.{sender}.{deletes}", tool.name));
            let command = (tool.command)(&out);
            let runner = Arc::clone(&runner);
            tokio::task::spawn_blocking(move || runner(command, deletes)).await??;
            each.push((tool.read)(&out).with_context(|| format!("{sender}: {}", tool.name))?);
        }
        let [small, large] = each.as_slice() else {
            bail!("{sender}: not two runs");
        };
        counted.push((tool.per_delete)(sender, small, large));
    }
    Ok(counted)
}

/// Counts every sender under callgrind (see [`count_senders`]): each sender's instructions
/// per delete, the small run taken from the large. The section is meant for
/// `docs/instructions.md`.
pub async fn run(dli: &Path, url: &str, dir: &Path) -> anyhow::Result<Vec<PerDelete>> {
    let callgrind = Tool {
        name: "callgrind",
        command: |out| {
            vec![
                "valgrind".to_owned(),
                "--tool=callgrind".to_owned(),
                format!("--callgrind-out-file={}", out.display()),
            ]
        },
        read: annotate,
        per_delete,
    };
    count_senders(&callgrind, (dli, url, dir), IN_FLIGHT, RUNS).await
}

/// The section for `docs/benchmarks.md`'s companion: totals, ratios and the parts.
pub fn render(results: &[PerDelete], command: &str) -> String {
    let mut out = format!(
        "Written by `{command}` on {}. Instructions per delete at {IN_FLIGHT} in flight \
         against a static responder: callgrind's count of a run of {} deletes minus one of {}, \
         divided by {}. SHA-256's portable rounds, which the CPU's SHA instructions replace \
         outside valgrind, are shown apart and left out of the totals.\n\n\
         | sender | instructions per delete | without SHA-256 rounds | signed raw / this | client / this |\n\
         |---|---:|---:|---:|---:|\n",
        crate::report::machine(),
        RUNS[1],
        RUNS[0],
        RUNS[1] - RUNS[0],
    );
    let base = |sender: &str| {
        results
            .iter()
            .find(|r| r.sender == sender)
            .map(PerDelete::without_sha)
    };
    let (signed, client) = (base("signed"), base("client"));
    for result in results {
        let ratio = |base: Option<f64>| {
            base.map_or(String::new(), |b| {
                format!("{:.2}", b / result.without_sha())
            })
        };
        let _ = writeln!(
            out,
            "| {} | {:.1}k | {:.1}k | {} | {} |",
            result.sender,
            result.total / 1e3,
            result.without_sha() / 1e3,
            ratio(signed),
            ratio(client),
        );
    }
    out.push_str(
        "\nWhere they go (inclusive counts; a part includes the parts it calls):\n\n| part |",
    );
    for result in results {
        let _ = write!(out, " {} |", result.sender);
    }
    out.push_str("\n|---|");
    out.push_str(&"---:|".repeat(results.len()));
    out.push('\n');
    for (index, (_, name)) in PARTS.iter().enumerate() {
        let _ = write!(out, "| {name} |");
        for result in results {
            let value = result.parts.get(index).copied().unwrap_or(0.0);
            if value > 0.0 {
                let _ = write!(out, " {:.1}k |", value / 1e3);
            } else {
                out.push_str(" – |");
            }
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const ANNOTATED: &str = "\
--------------------------------------------------------------------------------
471,247,088 (100.0%)  PROGRAM TOTALS
--------------------------------------------------------------------------------
100,794,795 (21.39%)  ???:sha2::sha256::compress256 [/x/dli-bench]
100,686,744 (21.37%)  ???:sha2::sha256::soft::unroll::compress [/x/dli-bench]
121,738,896 (25.83%)  ???:hwcloud_signer::sign::Signer::sign [/x/dli-bench]
 12,000,000 ( 2.00%)  ???:hwcloud_signer::sign::Signer::sign'2 [/x/dli-bench]
 64,967,442 (13.79%)  ???:reqwest::async_impl::client::Client::execute_request [/x/dli-bench]
 64,000,000 (13.79%)  ???:reqwest::async_impl::client::Client::execute_request_more [/x/dli-bench]
179,102,632 (38.01%)  ???:dli_client::hooks::<impl progenitor_client::progenitor_client::ClientHooks<dli_client::settings::ClientState> for dli_client::generated::Client>::exec::{{closure}} [/x/dli-bench]
";

    #[test]
    fn the_total_and_each_named_part_are_read() {
        let counted = parse_annotate(ANNOTATED).expect("parsed");
        assert_eq!(counted.total, 471_247_088);
        assert_eq!(
            counted.parts[0], 100_794_795,
            "compress256, not soft::…::compress"
        );
        assert_eq!(
            counted.parts[1], 121_738_896,
            "the outer frame of a recursion"
        );
        assert_eq!(counted.parts[2], 0, "a part no line names");
        assert_eq!(counted.parts[3], 64_967_442, "not a longer name");
        assert_eq!(counted.parts[5], 179_102_632, "an async body");
        assert!(parse_annotate("nothing here").is_err());
    }

    #[test]
    fn per_delete_is_the_difference_divided_and_the_ratio_leaves_sha_out() {
        let small = Counted {
            total: 1_000_000,
            parts: vec![100_000, 0, 0, 0, 0, 0],
        };
        let large = Counted {
            total: 1_000_000 + 1_500 * 120_000,
            parts: vec![100_000 + 1_500 * 20_000, 0, 0, 0, 0, 0],
        };
        let client = per_delete("client", &small, &large);
        assert_eq!(client.total, 120_000.0);
        assert_eq!(client.without_sha(), 100_000.0);
        let signed = PerDelete {
            sender: "signed",
            total: 110_000.0,
            parts: vec![20_000.0, 0.0, 0.0, 0.0, 0.0, 0.0],
        };
        let text = render(&[signed, client], "test");
        assert!(
            text.contains("| client | 120.0k | 100.0k | 0.90 | 1.00 |"),
            "{text}"
        );
        assert!(
            text.contains("| signed | 110.0k | 90.0k | 1.00 | 1.11 |"),
            "{text}"
        );
    }

    #[test]
    fn a_failed_child_fails_the_count_and_names_its_sender() {
        // `false` stands for a `load` child whose deletes failed: it exits non-zero.
        let error = run_load(&["false".to_owned()], "signed", "http://127.0.0.1:9", 20, 1)
            .expect_err("a failed child fails the count")
            .to_string();
        assert!(error.starts_with("signed: 20 deletes failed"), "{error}");
        let error = run_load(&["/nonexistent/valgrind".to_owned()], "client", "x", 20, 1)
            .expect_err("a missing program fails the count")
            .to_string();
        assert!(error.starts_with("client: cannot run"), "{error}");
    }

    #[test]
    fn a_cli_that_fails_or_leaves_an_id_without_its_line_fails_the_count() {
        // `false` exits non-zero; `true` exits 0 and prints nothing for the ids it was given.
        for (program, expected) in [
            ("false", "cli: dli exited with"),
            ("true", "cli: 3 ids given, 0 lines of output"),
        ] {
            let error = run_cli(
                &[program.to_owned()],
                Path::new("dli"),
                "http://127.0.0.1:9",
                3,
                1,
            )
            .expect_err("the count fails")
            .to_string();
            assert!(error.starts_with(expected), "{program}: {error}");
        }
    }
}
