//! What the adaptive pacer learns, as data: a pure function of the state, one observation
//! and the time, on tokio's clock, so that a paused-clock test drives it.
//!
//! The rule: unlimited until the gateway answers `429`. Then settle a little under the rate
//! the gateway let through in the last second (never faster than before), or, when nothing
//! got through, halve (to at most 10 a second). The `429`s of one burst count once. Each
//! second without a `429` probes upward by 2%.

use std::time::Duration;

use tokio::time::Instant;

/// What the adaptive pacer settles at, as a share of the rate the gateway let through.
pub(crate) const SETTLE: f64 = 0.95;
/// How much faster the adaptive pacer tries after each second without throttling.
pub(crate) const PROBE: f64 = 1.02;
/// The most a pacer that finds nothing let through starts again from, a second.
pub(crate) const FLOOR_START: f64 = 10.0;
/// The least time between two slow-downs: the `429`s of one burst count once.
pub(crate) const SLOW_DOWN_EVERY: Duration = Duration::from_millis(500);
/// The window in which accepted calls are counted, and the calm needed to probe.
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
    /// Requests a second allowed; infinite until the first `429`.
    pub(crate) rate: f64,
    /// When the rate last changed.
    last_change: Instant,
    /// When the last `429` came.
    last_throttled: Option<Instant>,
    /// Accepted calls in the last second.
    accepted: Window,
}

impl Learning {
    /// Unlimited, as of `now`.
    pub(crate) fn new(now: Instant) -> Self {
        Self {
            rate: f64::INFINITY,
            last_change: now,
            last_throttled: None,
            accepted: Window::new(now),
        }
    }

    /// Whether a `429` has limited the rate.
    pub(crate) fn is_limited(&self) -> bool {
        self.rate.is_finite()
    }

    /// The state after `seen` at `now`.
    #[must_use]
    pub(crate) fn next(self, seen: Observation, now: Instant) -> Self {
        match seen {
            Observation::Throttled => self.throttled(now),
            Observation::Accepted => self.accepted(now),
        }
    }

    fn throttled(mut self, now: Instant) -> Self {
        let same_burst = self
            .last_throttled
            .is_some_and(|at| now.duration_since(at) < SLOW_DOWN_EVERY);
        self.last_throttled = Some(now);
        if same_burst {
            return self;
        }
        // Never faster than before: what got through in the last second may include a burst
        // the gateway allowed once.
        let let_through = self.accepted.count(now) as f64;
        let rate = if let_through >= 1.0 {
            (let_through * SETTLE).min(self.rate)
        } else {
            (self.rate / 2.0).min(FLOOR_START)
        };
        self.change(rate.max(1.0), now)
    }

    fn accepted(mut self, now: Instant) -> Self {
        self.accepted = self.accepted.add(now);
        if !self.is_limited() {
            return self;
        }
        let calm = self
            .last_throttled
            .is_none_or(|at| now.duration_since(at) >= WINDOW);
        if calm && now.duration_since(self.last_change) >= WINDOW {
            let rate = self.rate * PROBE;
            return self.change(rate, now);
        }
        self
    }

    fn change(mut self, rate: f64, now: Instant) -> Self {
        self.rate = rate;
        self.last_change = now;
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

    /// An event of a table: this many observations, spread evenly over the time given,
    /// starting where the last event ended.
    #[derive(Clone, Copy)]
    struct Event {
        seen: Observation,
        count: u32,
        over: Duration,
    }

    fn accepted(count: u32, over_ms: u64) -> Event {
        Event {
            seen: Observation::Accepted,
            count,
            over: MS(over_ms),
        }
    }

    fn throttled(count: u32, over_ms: u64) -> Event {
        Event {
            seen: Observation::Throttled,
            count,
            over: MS(over_ms),
        }
    }

    fn wait(ms: u64) -> Event {
        accepted(0, ms)
    }

    /// Runs the events through the rule on the paused clock; the rate after each.
    async fn run(events: &[Event]) -> Vec<f64> {
        let mut state = Learning::new(Instant::now());
        let mut rates = Vec::new();
        for event in events {
            let step = event.over / event.count.max(1);
            for _ in 0..event.count {
                state = state.next(event.seen, Instant::now());
                tokio::time::advance(step).await;
            }
            if event.count == 0 {
                tokio::time::advance(event.over).await;
            }
            rates.push(state.rate);
        }
        rates
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-6 || (a.is_infinite() && b.is_infinite())
    }

    #[tokio::test(start_paused = true)]
    async fn the_learning_table() {
        let inf = f64::INFINITY;
        #[rustfmt::skip]
        let table: &[(&str, Vec<Event>, Vec<f64>)] = &[
            ("unlimited until the first 429",
             vec![accepted(500, 1000)],
             vec![inf]),
            ("settles at 95% of what got through in the last second",
             vec![accepted(200, 900), throttled(1, 0)],
             vec![inf, 190.0]),
            ("the 429s of one burst count once",
             vec![accepted(200, 900), throttled(1, 0), throttled(50, 400)],
             vec![inf, 190.0, 190.0]),
            ("a later burst settles again, but never faster than before",
             vec![accepted(100, 900), throttled(1, 0), wait(600), accepted(300, 900), throttled(1, 0)],
             vec![inf, 95.0, 95.0, 95.0 * PROBE, 95.0 * PROBE]),
            ("a later burst settles lower when less got through",
             vec![accepted(100, 900), throttled(1, 0), wait(1100), accepted(50, 900), throttled(1, 0)],
             vec![inf, 95.0, 95.0, 95.0 * PROBE, 47.5]),
            ("halves, to at most 10 a second, when nothing got through",
             vec![throttled(1, 0)],
             vec![10.0]),
            ("halves again after the burst",
             vec![throttled(1, 0), wait(2000), throttled(1, 0), wait(600), throttled(1, 0)],
             vec![10.0, 10.0, 5.0, 5.0, 2.5]),
            ("never under one a second",
             vec![throttled(1, 600), throttled(1, 600), throttled(1, 600), throttled(1, 600), throttled(1, 600)],
             vec![10.0, 5.0, 2.5, 1.25, 1.0]),
            ("probes up 2% for each calm second, not more often",
             vec![accepted(100, 900), throttled(1, 0), accepted(100, 1000), accepted(1, 1), accepted(100, 1000), accepted(1, 1)],
             vec![inf, 95.0, 95.0, 95.0 * PROBE, 95.0 * PROBE, 95.0 * PROBE * PROBE]),
            ("no probing within a second of a 429",
             vec![accepted(100, 900), throttled(1, 0), wait(1100), throttled(1, 0), accepted(50, 900)],
             vec![inf, 95.0, 95.0, 10.0, 10.0]),
        ];
        for (name, events, expected) in table {
            let rates = run(events).await;
            assert_eq!(rates.len(), expected.len(), "{name}");
            for (step, (rate, want)) in rates.iter().zip(expected).enumerate() {
                assert!(
                    close(*rate, *want),
                    "{name}, step {step}: {rate} ≠ {want} ({rates:?})"
                );
            }
        }
    }

    #[tokio::test(start_paused = true)]
    async fn only_the_last_second_counts() {
        let start = Instant::now();
        let window = (0..100).fold(Window::new(start), |window, _| window.add(start));
        assert_eq!(window.count(start), 100);
        assert_eq!(window.count(start + MS(999)), 100);
        assert_eq!(window.count(start + MS(1000)), 0);
        let later = window.add(start + MS(500));
        assert_eq!(later.count(start + MS(1000)), 1);
        // A bucket is reused ten ticks later, not added to.
        let reused = later.add(start + MS(1000));
        assert_eq!(reused.count(start + MS(1000)), 2);
        assert_eq!(reused.count(start + MS(1500)), 1);
    }
}
