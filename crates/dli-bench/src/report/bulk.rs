//! The bulk runs' part of the report: their table, their goals, and where a run that missed
//! its time lost it.

use std::fmt::Write as _;

use super::{Goal, goal};
use crate::rows::BulkRun;

/// The goals on a bulk run: its time against the ideal, its share of `429`s and, when it
/// waited, its Show calls a connection.
pub(super) fn bulk_goals(run: &BulkRun) -> Vec<Goal> {
    let waited = !run.creating_for.is_zero();
    let time_goal = time_goal(run);
    let throttled_goal = if waited { 0.03 } else { 0.02 };
    let ratio = run.elapsed.as_secs_f64() / run.ideal().as_secs_f64().max(1e-9);
    let mut goals = vec![
        goal(
            format!("{}: time / ideal", run.row),
            format!("≤ {time_goal:.2}"),
            format!("{ratio:.3}"),
            ratio <= time_goal,
        ),
        goal(
            format!("{}: answered 429", run.row),
            format!("≤ {:.0}%", throttled_goal * 100.0),
            format!("{:.1}%", run.throttled_share() * 100.0),
            run.throttled_share() <= throttled_goal,
        ),
    ];
    if waited {
        let most = run.stats.most_shows_of_one_connection;
        goals.push(goal(
            format!("{}: Show calls of any one connection", run.row),
            "≤ 8".to_owned(),
            format!("{most} (average {:.2})", run.shows_per_connection()),
            most <= 8,
        ));
    }
    goals
}

/// The most time a bulk run may take, as a multiple of its ideal: more when it waits.
fn time_goal(run: &BulkRun) -> f64 {
    if run.creating_for.is_zero() {
        1.05
    } else {
        1.15
    }
}

/// Where a bulk run that missed its time goal lost its time, from the deletes it finished in
/// each whole second after the wait: the seconds under 95% of the limit, how many deletes
/// short of the limit they were in all, and the requests answered `429`. Nothing when it met
/// the goal.
pub(super) fn bulk_shortfall(run: &BulkRun) -> Option<String> {
    let ratio = run.elapsed.as_secs_f64() / run.ideal().as_secs_f64().max(1e-9);
    if ratio <= time_goal(run) {
        return None;
    }
    let waited = usize::try_from(run.creating_for.as_secs()).unwrap_or(usize::MAX);
    let whole = run.per_second.len().saturating_sub(1);
    let seconds = run.per_second.get(waited.min(whole)..whole).unwrap_or(&[]);
    let low = run.limit * 95 / 100;
    let slow: Vec<String> = seconds
        .iter()
        .enumerate()
        .filter(|(_, deletes)| **deletes < low)
        .map(|(at, deletes)| format!("second {}: {deletes}", at + waited + 1))
        .collect();
    let missing: u64 = seconds
        .iter()
        .map(|deletes| u64::from(run.limit.saturating_sub(*deletes)))
        .sum();
    Some(format!(
        "`{}` took {:.1} s against an ideal {:.1} s. Of its {} whole seconds{}, {} finished \
         fewer than 95% of the limit's {} deletes ({}); all its whole seconds together \
         finished {missing} deletes fewer than the limit allows. {} of its requests were \
         answered 429.",
        run.row,
        run.elapsed.as_secs_f64(),
        run.ideal().as_secs_f64(),
        seconds.len(),
        if waited > 0 { " after the wait" } else { "" },
        slow.len(),
        run.limit,
        if slow.is_empty() {
            "none".to_owned()
        } else {
            slow.join(", ")
        },
        run.stats.throttled,
    ))
}

/// The bulk runs' table.
pub fn bulk(runs: &[BulkRun]) -> String {
    let mut out = String::from(
        "| run | ids | limit | window | CREATING for | in flight | deleted | exit | time | ideal | time / ideal | requests | answered 429 | Show calls a connection: average, most |\n\
         |---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    for run in runs {
        let _ = writeln!(
            out,
            "| {} | {} | {}/s | {} | {:.0} s | {} | {} | {} | {:.1} s | {:.1} s | {:.2} | {} | {} ({:.1}%) | {:.2}, {} |",
            run.row,
            run.ids,
            run.limit,
            window_name(run),
            run.creating_for.as_secs_f64(),
            run.in_flight,
            run.deleted,
            run.exit_code,
            run.elapsed.as_secs_f64(),
            run.ideal().as_secs_f64(),
            run.elapsed.as_secs_f64() / run.ideal().as_secs_f64().max(1e-9),
            run.requests(),
            run.stats.throttled,
            run.throttled_share() * 100.0,
            run.shows_per_connection(),
            run.stats.most_shows_of_one_connection,
        );
    }
    out
}

fn window_name(run: &BulkRun) -> &'static str {
    match run.window {
        dli_fake::ThrottleWindow::Bucket => "bucket",
        _ => "fixed",
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use dli_fake::{Stats, ThrottleWindow};

    use super::*;

    /// 1,000 ids at 100/s with no wait: ideal 10 s.
    fn run(elapsed_secs: u64, per_second: Vec<u32>) -> BulkRun {
        BulkRun {
            row: "bulk delete, fixed window".to_owned(),
            ids: 1_000,
            limit: 100,
            window: ThrottleWindow::Fixed,
            creating_for: Duration::ZERO,
            in_flight: 64,
            elapsed: Duration::from_secs(elapsed_secs),
            deleted: 1_000,
            exit_code: 0,
            per_second,
            stats: Stats {
                throttled: 7,
                ..Stats::default()
            },
        }
    }

    #[test]
    fn a_run_that_missed_its_time_says_which_seconds_fell_short() {
        let mut seconds = vec![100; 11];
        seconds[2] = 80;
        seconds[5] = 94;
        seconds[8] = 96;
        let text = bulk_shortfall(&run(11, seconds)).expect("1.10 misses 1.05");
        assert!(
            text.contains("Of its 10 whole seconds, 2 finished fewer than 95% of the limit's 100 deletes (second 3: 80, second 6: 94)"),
            "{text}"
        );
        assert!(text.contains("finished 30 deletes fewer"), "{text}");
        assert!(
            text.contains("7 of its requests were answered 429"),
            "{text}"
        );
    }

    #[test]
    fn a_run_that_met_its_time_needs_no_explanation() {
        assert_eq!(bulk_shortfall(&run(10, vec![100; 10])), None);
    }
}
