//! Desired state's part of the report: the apply at scale against its ideal, the calls of
//! the plan right after, and the kills.

use std::fmt::Write as _;

use super::{Goal, goal};
use crate::rows::{Crash, Desired, FAULT_EVERY, HOSTS, MAX_RERUNS, ROUTES, Scale};

/// The most time the apply at scale may take, as a multiple of its ideal.
const TIME_GOAL: f64 = 1.25;

/// The goals on desired state: the apply's time, the plan's calls, and the kills.
pub(super) fn desired_goals(desired: &Desired) -> Vec<Goal> {
    let scale = &desired.scale;
    let ratio = scale.time_over_ideal();
    let most = scale.plan.list_pages() + 2 * scale.connections as u64;
    let made = scale.plan.list_pages() + scale.plan.beyond_lists();
    let crash = &desired.crash;
    let converged = crash.trials.len();
    vec![
        goal(
            format!(
                "dli apply of {} connections: time / ideal",
                scale.connections
            ),
            format!("≤ {TIME_GOAL:.2}"),
            format!("{ratio:.3}"),
            ratio <= TIME_GOAL,
        ),
        goal(
            "dli plan right after: calls answered".to_owned(),
            format!("≤ {most} (List pages + 2 a connection)"),
            made.to_string(),
            made <= most,
        ),
        goal(
            format!("dli apply killed {converged} times: duplicates, unnamed connections"),
            "0, 0".to_owned(),
            format!(
                "{}, {}",
                crash.trials.iter().map(|t| t.duplicates).sum::<usize>(),
                crash.trials.iter().map(|t| t.unnamed).sum::<usize>()
            ),
            crash.check().is_ok(),
        ),
    ]
}

/// The calls of each kind of a stage, with their `429`s.
fn calls(scale: &Scale) -> String {
    let mut out = String::from(
        "| operation | apply: requests | apply: answered 429 | plan: requests | plan: answered 429 |\n\
         |---|---:|---:|---:|---:|\n",
    );
    let mut operations: Vec<&String> = scale
        .apply
        .requests
        .keys()
        .chain(scale.plan.requests.keys())
        .collect();
    operations.sort();
    operations.dedup();
    let cell = |map: &std::collections::BTreeMap<String, u64>, key: &str| {
        map.get(key).copied().unwrap_or(0)
    };
    for operation in operations {
        let _ = writeln!(
            out,
            "| {operation} | {} | {} | {} | {} |",
            cell(&scale.apply.requests, operation),
            cell(&scale.apply.throttled, operation),
            cell(&scale.plan.requests, operation),
            cell(&scale.plan.throttled, operation),
        );
    }
    let _ = writeln!(
        out,
        "| all | {} | {} | {} | {} |",
        scale.apply.total(),
        scale.apply.total_throttled(),
        scale.plan.total(),
        scale.plan.total_throttled(),
    );
    out
}

fn kills(crash: &Crash) -> String {
    let mut out = String::from(
        "| kill | after | changes done before | apply beside it | runs after | duplicates | unnamed | plan afterwards |\n\
         |---:|---:|---:|---|---:|---:|---:|---|\n",
    );
    for (number, trial) in crash.trials.iter().enumerate() {
        let _ = writeln!(
            out,
            "| {} | {:.2} s{} | {} | {} | {} | {} | {} | {} |",
            number + 1,
            trial.killed_after.as_secs_f64(),
            if trial.ended_first {
                " (had ended)"
            } else {
                ""
            },
            trial.done_before_kill,
            trial
                .beside_exit_code
                .map_or_else(|| "killed".to_owned(), |code| format!("exit {code}")),
            trial.reruns,
            trial.duplicates,
            trial.unnamed,
            if trial.plan_exit_code == 0 {
                "no change".to_owned()
            } else {
                format!("exit {}", trial.plan_exit_code)
            },
        );
    }
    out
}

/// The section on desired state.
pub fn desired(desired: &Desired) -> String {
    let scale = &desired.scale;
    let crash = &desired.crash;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "## Desired state at scale\n\n\
         `dli apply -f FILE --yes`, with its default flags, from empty, then `dli plan -f FILE \
         --detailed-exitcode`, against the fake as `dli fake serve --throttle {}/s \
         --creating-for {}s --pool pool_etl` makes it. The file names {} connections, each \
         with a pool, {ROUTES} routes, {HOSTS} hosts, a grant and 2 tags. The run fails \
         unless the apply exits 0, the fake holds every connection `ACTIVE` and the plan \
         exits 0 (no change).\n\n\
         The ideal time is `C + max(1, R) · N / L`: the `N` creates pass the gateway in \
         `N / L`, the last becomes `ACTIVE` `C` later, and what follows a connection's wait \
         (its `R` route adds, its grant, a Show to see it `ACTIVE`) starts only once it is \
         `ACTIVE`, from `C` on, each API taking at most `L` calls a second; the busiest, route \
         adds, has `R · N` calls. Here `C` = {} s, `N` = {}, `L` = {}/s, `R` = {ROUTES}: {:.1} s.\n\n\
         | run | time | ideal | time / ideal | requests | answered 429 |\n\
         |---|---:|---:|---:|---:|---:|\n\
         | dli apply | {:.1} s | {:.1} s | {:.2} | {} | {} |\n\
         | dli plan right after | {:.1} s | | | {} | {} |\n\n\
         The plan answered {} List pages and {} other calls ({:.2} a connection).\n\n{}",
        scale.limit,
        scale.creating_for.as_secs(),
        scale.connections,
        scale.creating_for.as_secs(),
        scale.connections,
        scale.limit,
        scale.ideal().as_secs_f64(),
        scale.apply.elapsed.as_secs_f64(),
        scale.ideal().as_secs_f64(),
        scale.time_over_ideal(),
        scale.apply.total(),
        scale.apply.total_throttled(),
        scale.plan.elapsed.as_secs_f64(),
        scale.plan.total(),
        scale.plan.total_throttled(),
        scale.plan.list_pages(),
        scale.plan.beyond_lists(),
        scale.plan.beyond_lists() as f64 / scale.connections.max(1) as f64,
        calls(scale),
    );
    let _ = writeln!(out, "## Crash consistency\n\n{}", crash_consistency(crash));
    out
}

/// What the crash-consistency run did, and a row for each kill: for the benchmarks' page
/// and for the soak's section.
pub fn crash_consistency(crash: &Crash) -> String {
    format!(
        "`dli apply -f FILE --yes -o json` of {} connections (each with a pool, {ROUTES} \
         routes, {HOSTS} hosts, a grant and 2 tags), against the \
         fake with connections `CREATING` for {} s while a fault is injected for about one \
         request in {FAULT_EVERY} (answers dropped after the change was made, for every method; `503`; `429`; \
         dropped connections), killed with SIGKILL at a random moment within the {:.2} s an \
         apply took unkilled, while a second `dli apply` of the same file, started with it, \
         runs to its end beside it, each time against a fresh fake (a moment that came after the \
         apply had ended by itself is drawn again, before that end, against another fresh \
         fake: {} were); then run again until it exits \
         0 (at most {MAX_RERUNS} runs). Afterwards, with the faults cleared, the fake's \
         connections are counted by name and `dli plan --detailed-exitcode` runs. The run \
         fails on any duplicate, any connection the file does not name, or a plan with \
         changes. Faults injected: {}.\n\n{}",
        crash.connections,
        crash.creating_for.as_secs(),
        crash.undisturbed.as_secs_f64(),
        crash.missed,
        crash.faults,
        kills(crash),
    )
}
