//! What the adaptive pacer learns, as data: a pure function of the state, one observation
//! and the time, on tokio's clock, so that a paused-clock test drives it.
//!
//! The rule: unlimited until the gateway answers `429`. The first `429` comes back before
//! most of the answers of the calls that were let through with it (the gateway refuses at
//! once; DLI takes its time to do what it was asked), so the pacer then sends nothing for
//! [`MEASURE`] while those answers arrive, and only then reads what got through. From then on
//! the rate the gateway let through in the last second is the ceiling (never above the rate
//! before, nor more than a probe's step above the last ceiling): the pacer drops
//! a little under it and climbs back to it along a cubic curve within [`CLIMB`], as CUBIC
//! does, then probes above it, slowly at first. When nothing got through, it halves (to at
//! most 10 a second). The `429`s of one burst count once. After a `429` it sends nothing
//! until a second has passed since the first call the gateway let through in the last one:
//! a gateway that counts whole seconds has started a new one by then.

use std::time::Duration;

use tokio::time::Instant;

/// Where the adaptive pacer drops to after a `429`, as a share of the ceiling.
pub(crate) const SETTLE: f64 = 0.95;
/// How long the climb from [`SETTLE`] back to the ceiling takes.
pub(crate) const CLIMB: Duration = Duration::from_secs(2);
/// How far above the ceiling the probe is, as a share of it, three seconds after the climb.
pub(crate) const PROBE: f64 = 0.05;
/// The most a pacer that finds nothing let through starts again from, a second.
pub(crate) const FLOOR_START: f64 = 10.0;
/// The least time between two slow-downs: the `429`s of one burst count once.
pub(crate) const SLOW_DOWN_EVERY: Duration = Duration::from_millis(500);
/// How long after the first `429` the pacer waits, sending nothing, for the answers of the
/// calls already under way before it counts what got through.
pub(crate) const MEASURE: Duration = Duration::from_millis(500);
/// The window in which accepted calls are counted.
pub(crate) const WINDOW: Duration = Duration::from_secs(1);

/// What an attempt told the pacer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Observation {
    /// The gateway throttled it (`429`).
    Throttled,
    /// The gateway let it through: a success or a client error from DLI.
    Accepted,
}

/// What the adaptive pacer knows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Learning {
    /// The rate the gateway let through when it last throttled; infinite until the first
    /// `429`.
    ceiling: f64,
    /// The rate the climb starts from.
    start: f64,
    /// When the climb started: the last slow-down.
    since: Instant,
    /// Nothing is sent before this, after a `429`.
    hold: Option<Instant>,
    /// The first `429`, while what got through with it is not known yet: the ceiling is
    /// set [`MEASURE`] after it.
    measuring: Option<Instant>,
    /// Accepted calls in the last second.
    accepted: Window,
}

impl Learning {
    /// Unlimited, as of `now`.
    pub(crate) fn new(now: Instant) -> Self {
        Self {
            ceiling: f64::INFINITY,
            start: f64::INFINITY,
            since: now,
            hold: None,
            measuring: None,
            accepted: Window::new(now),
        }
    }

    /// Whether a `429` has limited the rate.
    pub(crate) fn is_limited(&self) -> bool {
        self.ceiling.is_finite()
    }

    /// Whether a `429` has been seen: the rate is limited, or soon will be.
    pub(crate) fn paces(&self) -> bool {
        self.is_limited() || self.measuring.is_some()
    }

    /// When the ceiling will be known, while the pacer waits for the answers that tell it.
    pub(crate) fn measured_at(&self) -> Option<Instant> {
        self.measuring.map(|first| first + MEASURE)
    }

    /// The requests a second allowed at `now`: infinite until the first `429`, then the
    /// cubic climb back to the ceiling and the probe above it.
    pub(crate) fn rate_at(&self, now: Instant) -> f64 {
        if !self.is_limited() {
            return f64::INFINITY;
        }
        let t = now.duration_since(self.since).as_secs_f64();
        let k = CLIMB.as_secs_f64();
        if t < k {
            let left = 1.0 - t / k;
            self.ceiling - (self.ceiling - self.start) * left * left * left
        } else {
            let beyond = (t - k) / 3.0;
            self.ceiling * (1.0 + PROBE * beyond * beyond * beyond)
        }
    }

    /// Nothing may be sent before this, when a `429` asked for a pause.
    pub(crate) fn hold(&self) -> Option<Instant> {
        self.hold
    }

    /// The state after `seen` at `now`.
    #[must_use]
    pub(crate) fn next(self, seen: Observation, now: Instant) -> Self {
        let state = self.settle(now);
        match seen {
            Observation::Throttled => state.throttled(now),
            Observation::Accepted => Self {
                accepted: state.accepted.add(now),
                ..state
            },
        }
    }

    /// The state at `now`: once [`MEASURE`] has passed since the first `429`, the ceiling is
    /// what got through in the second up to then. Called before anything else is counted,
    /// so the count is that second's.
    #[must_use]
    pub(crate) fn settle(self, now: Instant) -> Self {
        match self.measured_at() {
            Some(at) if now >= at => Self {
                measuring: None,
                ..self
            }
            .slow_down(at),
            _ => self,
        }
    }

    fn throttled(self, now: Instant) -> Self {
        if self.measuring.is_some() {
            return self;
        }
        if !self.is_limited() {
            return Self {
                measuring: Some(now),
                hold: Some(now + MEASURE),
                ..self
            };
        }
        // One slow-down at most every SLOW_DOWN_EVERY: the 429s of the calls already under way
        // when the pacer slowed down, or of a stream of them, are one burst.
        if now.duration_since(self.since) < SLOW_DOWN_EVERY {
            return self;
        }
        self.slow_down(now)
    }

    /// The ceiling from what got through in the second up to `now`.
    fn slow_down(mut self, now: Instant) -> Self {
        // Never faster than before, nor more than a probe's step above the last ceiling:
        // what got through in the last second may include calls a token bucket had saved.
        let before = self.rate_at(now).min(self.ceiling * (1.0 + PROBE));
        let let_through = self.accepted.count(now) as f64;
        if let_through >= 1.0 {
            self.ceiling = let_through.min(before);
            self.start = self.ceiling * SETTLE;
            // The earliest bucket of the last second began less than a second before the
            // tick of `now` began, so the hold always ends after `now`.
            self.hold = self.accepted.earliest(now).map(|first| first + WINDOW);
        } else {
            self.ceiling = (before / 2.0).clamp(1.0, FLOOR_START);
            self.start = self.ceiling;
            self.hold = None;
        }
        self.since = now;
        self
    }
}

/// Accepted calls in the last second, counted in ten buckets of a tenth of a second.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Window {
    origin: Instant,
    /// For each bucket: the tenth of a second it counts, and its count.
    buckets: [(u64, u64); 10],
}

impl Window {
    fn new(origin: Instant) -> Self {
        Self {
            origin,
            buckets: [(0, 0); 10],
        }
    }

    fn tick(&self, now: Instant) -> u64 {
        u64::try_from(now.duration_since(self.origin).as_millis() / 100).unwrap_or(u64::MAX)
    }

    fn add(mut self, now: Instant) -> Self {
        let tick = self.tick(now);
        let (at, count) = &mut self.buckets[(tick % 10) as usize];
        if *at != tick {
            *at = tick;
            *count = 0;
        }
        *count += 1;
        self
    }

    /// When the earliest bucket of the last second that counted a call began.
    fn earliest(&self, now: Instant) -> Option<Instant> {
        let tick = self.tick(now);
        self.buckets
            .iter()
            .filter(|(at, count)| *count > 0 && tick.saturating_sub(*at) < 10)
            .map(|(at, _)| *at)
            .min()
            .map(|at| self.origin + Duration::from_millis(at * 100))
    }

    fn count(&self, now: Instant) -> u64 {
        let tick = self.tick(now);
        self.buckets
            .iter()
            .filter(|(at, _)| tick.saturating_sub(*at) < 10)
            .map(|(_, count)| count)
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MS: fn(u64) -> Duration = Duration::from_millis;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-6
    }

    /// `count` accepted calls spread evenly over `over`, from `from`.
    fn accept(mut state: Learning, from: Instant, count: u32, over: Duration) -> Learning {
        for n in 0..count {
            state = state.next(Observation::Accepted, from + over / count * n);
        }
        state
    }

    #[tokio::test(start_paused = true)]
    async fn unlimited_until_the_first_429() {
        let start = Instant::now();
        let state = accept(Learning::new(start), start, 500, MS(1000));
        assert!(!state.is_limited() && !state.paces());
        assert!(state.rate_at(start + MS(1000)).is_infinite());
        assert_eq!(state.hold(), None);
    }

    /// Limited by a first `429` at `at`, after `count` calls got through in the 400 ms
    /// before it: the state once the ceiling is known, [`MEASURE`] later, and that time.
    fn first_limit(count: u32, at: Instant) -> (Learning, Instant) {
        let from = at - MS(400);
        let state =
            accept(Learning::new(from), from, count, MS(400)).next(Observation::Throttled, at);
        let known = at + MEASURE;
        (state.settle(known), known)
    }

    #[tokio::test(start_paused = true)]
    async fn the_first_429_waits_for_the_answers_under_way_then_drops_under_what_got_through() {
        let start = Instant::now();
        let state = accept(Learning::new(start), start + MS(50), 200, MS(100));
        let at = start + MS(300);
        let state = state.next(Observation::Throttled, at);
        // Not known yet: nothing goes out until MEASURE after the 429.
        assert!(!state.is_limited() && state.paces());
        assert_eq!(state.measured_at(), Some(at + MEASURE));
        assert_eq!(state.hold(), Some(at + MEASURE));
        // The answers of the calls let through with the burst arrive after the 429, and
        // the 429s of the same burst change nothing.
        let state = accept(state, at + MS(10), 100, MS(100));
        let state = (1..20).fold(state, |state, n| {
            state.next(Observation::Throttled, at + MS(10 * n))
        });
        assert_eq!(
            state.settle(at + MEASURE - MS(1)).measured_at(),
            Some(at + MEASURE)
        );
        let known = at + MEASURE;
        let state = state.settle(known);
        assert!(state.is_limited() && state.measured_at().is_none());
        assert!(
            close(state.rate_at(known), 285.0),
            "{}",
            state.rate_at(known)
        );
        // The first call let through was in the bucket starting at 0: a second after it.
        assert_eq!(state.hold(), Some(start + WINDOW));
        // Settling again changes nothing.
        assert_eq!(state.settle(known + MS(5000)), state);
    }

    #[tokio::test(start_paused = true)]
    async fn it_climbs_back_to_the_ceiling_along_a_cubic_then_probes_above_it() {
        let (state, at) = first_limit(200, Instant::now() + MS(900));
        let rate = |after_ms: u64| state.rate_at(at + MS(after_ms));
        assert!(close(rate(0), 190.0));
        // Concave: most of the way back in the first half.
        assert!(close(rate(1000), 200.0 - 10.0 / 8.0), "{}", rate(1000));
        assert!(close(rate(2000), 200.0));
        // Then slowly above it: 5% three seconds later.
        assert!(close(rate(5000), 210.0), "{}", rate(5000));
        assert!(rate(2500) < 200.5, "{}", rate(2500));
        // It reaches 95% of the limit at once, and stays above it.
        assert!((0..=5000).step_by(100).all(|ms| rate(ms) >= 190.0 - 1e-9));
    }

    #[tokio::test(start_paused = true)]
    async fn the_429s_of_one_burst_count_once() {
        let (first, known) = first_limit(200, Instant::now() + MS(900));
        let again = (1..50).fold(first, |state, n| {
            state.next(Observation::Throttled, known + MS(n * 8))
        });
        assert!(close(again.rate_at(known), 190.0));
        assert_eq!(again.hold(), first.hold());
    }

    #[tokio::test(start_paused = true)]
    async fn a_stream_of_429s_slows_down_every_half_second_and_stays_under_the_ceiling() {
        let (mut state, known) = first_limit(200, Instant::now() + MS(900));
        let mut rates = vec![state.rate_at(known)];
        for n in 1..=20 {
            let at = known + MS(n * 100);
            // Some got through, at the limit.
            state = accept(state, at - MS(100), 20, MS(100)).next(Observation::Throttled, at);
            rates.push(state.rate_at(at));
        }
        // A slow-down every fifth 429 (500 ms), each lower than the one before.
        let slow_downs: Vec<f64> = rates.iter().copied().step_by(5).collect();
        assert!(
            slow_downs.windows(2).all(|pair| pair[1] < pair[0]),
            "{rates:?}"
        );
        assert!(rates.iter().all(|rate| *rate < 200.0), "{rates:?}");
    }

    #[tokio::test(start_paused = true)]
    async fn a_later_burst_settles_under_what_got_through_but_never_faster_than_before() {
        let (state, known) = first_limit(100, Instant::now() + MS(900));
        // 300 got through in the next second (a bucket's saved calls), at 95 a second and
        // climbing: the ceiling is the rate then, not 300.
        let later = known + MS(2000);
        let state = accept(state, known + MS(1000), 300, MS(900));
        let before = state.rate_at(later);
        let state = state.next(Observation::Throttled, later);
        assert!(
            close(state.rate_at(later), before * SETTLE),
            "{}",
            state.rate_at(later)
        );
        // Fewer got through: that is the ceiling.
        let latest = later + MS(2000);
        let state =
            accept(state, later + MS(1100), 50, MS(800)).next(Observation::Throttled, latest);
        assert!(close(state.rate_at(latest), 50.0 * SETTLE));
    }

    #[tokio::test(start_paused = true)]
    async fn with_nothing_let_through_it_halves_to_at_most_10_and_never_under_1() {
        let start = Instant::now();
        let state = Learning::new(start).next(Observation::Throttled, start);
        assert_eq!(state.hold(), Some(start + MEASURE));
        let mut at = start + MEASURE;
        let mut state = state.settle(at);
        let mut rates = vec![state.rate_at(at)];
        assert_eq!(state.hold(), None);
        for _ in 1..6 {
            at += MS(600);
            state = state.next(Observation::Throttled, at);
            rates.push(state.rate_at(at));
            assert_eq!(state.hold(), None);
        }
        let expected = [10.0, 5.0, 2.5, 1.25, 1.0, 1.0];
        assert!(
            rates
                .iter()
                .zip(expected)
                .all(|(rate, want)| close(*rate, want)),
            "{rates:?}"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn sending_all_along_a_later_429_holds_nothing_back_for_long() {
        let (state, known) = first_limit(200, Instant::now() + MS(900));
        let state = accept(state, known, 400, MS(2000));
        let at = known + MS(2000);
        let state = state.next(Observation::Throttled, at);
        let hold = state.hold().expect("a hold");
        assert!(hold <= at + MS(100), "held {:?}", hold - at);
    }

    #[tokio::test(start_paused = true)]
    async fn a_burst_long_after_the_climb_caps_the_ceiling_a_probe_step_above_the_last() {
        let (state, known) = first_limit(100, Instant::now() + MS(900));
        // 20 s later the probe is far above the ceiling of 100, and 1,000 got through.
        let later = known + MS(20_000);
        assert!(state.rate_at(later) > 1000.0);
        let state =
            accept(state, later - MS(900), 1000, MS(900)).next(Observation::Throttled, later);
        assert!(
            close(state.rate_at(later), 100.0 * (1.0 + PROBE) * SETTLE),
            "{}",
            state.rate_at(later)
        );
    }

    #[tokio::test(start_paused = true)]
    async fn the_earliest_call_skips_buckets_that_counted_none() {
        let start = Instant::now();
        // In the first second every bucket is as new, counting nothing.
        let window = Window::new(start).add(start + MS(550));
        assert_eq!(window.earliest(start + MS(600)), Some(start + MS(500)));
        assert_eq!(Window::new(start).earliest(start + MS(600)), None);
    }

    #[tokio::test(start_paused = true)]
    async fn only_the_last_second_counts() {
        let start = Instant::now();
        let window = (0..100).fold(Window::new(start), |window, _| window.add(start));
        assert_eq!(window.count(start), 100);
        assert_eq!(window.count(start + MS(999)), 100);
        assert_eq!(window.count(start + MS(1000)), 0);
        assert_eq!(window.earliest(start + MS(999)), Some(start));
        assert_eq!(window.earliest(start + MS(1000)), None);
        let later = window.add(start + MS(550));
        assert_eq!(later.count(start + MS(1000)), 1);
        assert_eq!(later.earliest(start + MS(1000)), Some(start + MS(500)));
        // A bucket is reused ten ticks later, not added to.
        let reused = later.add(start + MS(1000));
        assert_eq!(reused.count(start + MS(1000)), 2);
        assert_eq!(reused.count(start + MS(1500)), 1);
    }
}
