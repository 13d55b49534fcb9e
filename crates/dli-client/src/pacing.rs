//! How fast a client sends: as fast as it is called, at a fixed rate, or adapted to the API
//! gateway's throttle. One pacer is shared by every call of a client, so a bulk job of many
//! concurrent calls is paced as a whole.
//!
//! The adaptive pacer is unlimited until the gateway answers `429`. It then paces at a little
//! under the rate the gateway let through in the last second, and probes upward by 2% for
//! each second without a `429`. DLI's gateway allows a fixed number of calls a second per
//! API, so a few `429`s find the limit and later ones are rare.
//!
//! Pacing hands out send times one period apart, from a single schedule whose period can
//! change while calls wait; rate-limiter crates fix the rate when a limiter is made, and
//! swapping limiters would let the calls waiting on the old one run alongside the new.

use std::num::NonZeroU32;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use crate::retry::AttemptOutcome;

/// How fast a client sends requests, all its calls together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum RateLimit {
    /// As fast as calls are made (the default).
    #[default]
    None,
    /// At most this many requests a second.
    Fixed(NonZeroU32),
    /// As fast as the API gateway allows, learnt from its `429`s: unlimited until the first,
    /// then a little under the rate it let through, probing upward. For bulk work.
    Adaptive,
}

/// What the adaptive pacer settles at, as a share of the rate the gateway let through.
const SETTLE: f64 = 0.95;
/// How much faster the adaptive pacer tries after each second without throttling.
const PROBE: f64 = 1.02;
/// The least time between two slow-downs: the `429`s of one burst count once.
const SLOW_DOWN_EVERY: Duration = Duration::from_millis(500);
/// The window in which accepted calls are counted.
const WINDOW: Duration = Duration::from_secs(1);

/// Paces the attempts of one client.
#[derive(Debug)]
pub(crate) struct Pacer {
    mode: RateLimit,
    state: Mutex<State>,
    /// Whether the adaptive pacer has been throttled, so paces.
    limited: AtomicBool,
    accepted: Window,
}

#[derive(Debug)]
struct State {
    /// Requests a second allowed; infinite while unlimited.
    rate: f64,
    /// When the next attempt may go out.
    next_slot: Option<tokio::time::Instant>,
    last_change: Instant,
    last_throttled: Option<Instant>,
}

impl Pacer {
    pub(crate) fn new(mode: RateLimit) -> Self {
        let rate = match mode {
            RateLimit::Fixed(rate) => f64::from(rate.get()),
            RateLimit::None | RateLimit::Adaptive => f64::INFINITY,
        };
        Self {
            mode,
            state: Mutex::new(State {
                rate,
                next_slot: None,
                last_change: Instant::now(),
                last_throttled: None,
            }),
            limited: AtomicBool::new(false),
            accepted: Window::new(),
        }
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Whether attempts are paced, so that a `429` needs no wait of its own before the
    /// retry: the pacer holds it back.
    pub(crate) fn paces(&self) -> bool {
        self.mode != RateLimit::None
    }

    /// The requests a second now allowed; infinite while unlimited.
    pub(crate) fn rate(&self) -> f64 {
        self.state().rate
    }

    /// Waits until the next attempt may be sent: takes the next free send time of the
    /// schedule, one period after the one before.
    pub(crate) async fn ready(&self) {
        let unlimited = match self.mode {
            RateLimit::None => true,
            RateLimit::Adaptive => !self.limited.load(Ordering::Relaxed),
            RateLimit::Fixed(_) => false,
        };
        if unlimited {
            return;
        }
        let slot = {
            let mut state = self.state();
            if state.rate.is_infinite() {
                return;
            }
            let now = tokio::time::Instant::now();
            let slot = state.next_slot.map_or(now, |next| next.max(now));
            state.next_slot = Some(slot + Duration::from_secs_f64(1.0 / state.rate.max(1.0)));
            slot
        };
        tokio::time::sleep_until(slot).await;
    }

    /// Learns from an attempt's outcome. While unlimited, an accepted call costs two atomic
    /// additions; the lock is taken only once the gateway has throttled.
    pub(crate) fn record(&self, outcome: &AttemptOutcome) {
        if self.mode != RateLimit::Adaptive {
            return;
        }
        let now = Instant::now();
        match outcome {
            AttemptOutcome::Answered { status, .. } if status.as_u16() == 429 => {
                let mut state = self.state();
                let recent = state
                    .last_throttled
                    .is_some_and(|at| now.duration_since(at) < SLOW_DOWN_EVERY);
                state.last_throttled = Some(now);
                if recent {
                    return;
                }
                // Never faster than before: what got through in the last second may include
                // a burst the gateway allowed once.
                let let_through = self.accepted.count(now) as f64;
                let rate = if let_through >= 1.0 {
                    (let_through * SETTLE).min(state.rate)
                } else {
                    (state.rate / 2.0).min(10.0)
                };
                state.set_rate(rate.max(1.0), now);
                self.limited.store(true, Ordering::Relaxed);
            }
            AttemptOutcome::Answered { status, .. }
                if status.is_success() || status.is_client_error() =>
            {
                self.accepted.add(now);
                if !self.limited.load(Ordering::Relaxed) {
                    return;
                }
                let mut state = self.state();
                let calm = state
                    .last_throttled
                    .is_none_or(|at| now.duration_since(at) >= WINDOW);
                if calm && now.duration_since(state.last_change) >= WINDOW {
                    let rate = state.rate * PROBE;
                    state.set_rate(rate, now);
                }
            }
            _ => {}
        }
    }
}

/// Accepted calls in the last second, counted in ten buckets of a tenth of a second.
#[derive(Debug)]
struct Window {
    origin: Instant,
    /// For each bucket: the tenth of a second it counts, and its count.
    buckets: [(AtomicU64, AtomicU64); 10],
}

impl Window {
    fn new() -> Self {
        Self {
            origin: Instant::now(),
            buckets: std::array::from_fn(|_| (AtomicU64::new(0), AtomicU64::new(0))),
        }
    }

    fn tick(&self, now: Instant) -> u64 {
        u64::try_from(now.duration_since(self.origin).as_millis() / 100).unwrap_or(u64::MAX)
    }

    fn add(&self, now: Instant) {
        let tick = self.tick(now);
        let (at, count) = &self.buckets[(tick % 10) as usize];
        // Two calls that reset the same bucket at once lose a count: an estimate is enough.
        if at.swap(tick, Ordering::Relaxed) != tick {
            count.store(0, Ordering::Relaxed);
        }
        count.fetch_add(1, Ordering::Relaxed);
    }

    fn count(&self, now: Instant) -> u64 {
        let tick = self.tick(now);
        self.buckets
            .iter()
            .filter(|(at, _)| tick.saturating_sub(at.load(Ordering::Relaxed)) < 10)
            .map(|(_, count)| count.load(Ordering::Relaxed))
            .sum()
    }
}

impl State {
    fn set_rate(&mut self, rate: f64, now: Instant) {
        self.rate = rate;
        self.last_change = now;
        tracing::debug!(rate, "pacing");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::StatusCode;

    fn answered(status: u16) -> AttemptOutcome {
        AttemptOutcome::Answered {
            status: StatusCode::from_u16(status).expect("valid"),
            retry_after: None,
        }
    }

    #[test]
    fn adaptive_is_unlimited_until_throttled_then_settles_under_what_got_through() {
        let pacer = Pacer::new(RateLimit::Adaptive);
        assert!(pacer.rate().is_infinite());
        for _ in 0..200 {
            pacer.record(&answered(200));
        }
        assert!(pacer.rate().is_infinite(), "no 429 yet");
        pacer.record(&answered(429));
        assert!((pacer.rate() - 190.0).abs() < 1e-9, "{}", pacer.rate());
        // The rest of the same burst of 429s counts once.
        for _ in 0..50 {
            pacer.record(&answered(429));
        }
        assert!((pacer.rate() - 190.0).abs() < 1e-9, "{}", pacer.rate());
    }

    #[test]
    fn throttling_never_speeds_the_pacer_up() {
        let pacer = Pacer::new(RateLimit::Adaptive);
        for _ in 0..100 {
            pacer.record(&answered(200));
        }
        pacer.record(&answered(429));
        assert!((pacer.rate() - 95.0).abs() < 1e-9, "{}", pacer.rate());
        for _ in 0..300 {
            pacer.record(&answered(200));
        }
        pacer.state().last_throttled = Some(Instant::now() - Duration::from_secs(1));
        assert!(pacer.accepted.count(Instant::now()) >= 400);
        pacer.record(&answered(429));
        assert!((pacer.rate() - 95.0).abs() < 1e-9, "{}", pacer.rate());
    }

    #[test]
    fn throttled_with_nothing_let_through_halves() {
        let pacer = Pacer::new(RateLimit::Adaptive);
        pacer.record(&answered(429));
        assert!((pacer.rate() - 10.0).abs() < 1e-9, "{}", pacer.rate());
    }

    #[tokio::test(start_paused = true)]
    async fn attempts_go_out_one_period_apart_even_when_the_rate_changes() {
        let pacer = Pacer::new(RateLimit::Fixed(NonZeroU32::new(10).expect("non-zero")));
        let started = tokio::time::Instant::now();
        for _ in 0..5 {
            pacer.ready().await;
        }
        // The first goes at once, then one every 100 ms.
        assert_eq!(started.elapsed(), Duration::from_millis(400));
        pacer.state().rate = 100.0;
        pacer.ready().await;
        pacer.ready().await;
        assert_eq!(started.elapsed(), Duration::from_millis(510));
        let unlimited = Pacer::new(RateLimit::None);
        for _ in 0..1000 {
            unlimited.ready().await;
        }
        assert_eq!(started.elapsed(), Duration::from_millis(510));
    }

    #[test]
    fn fixed_and_none_do_not_learn() {
        let fixed = Pacer::new(RateLimit::Fixed(NonZeroU32::new(50).expect("non-zero")));
        fixed.record(&answered(429));
        assert!((fixed.rate() - 50.0).abs() < 1e-9);
        assert!(fixed.paces());
        let none = Pacer::new(RateLimit::None);
        none.record(&answered(429));
        assert!(none.rate().is_infinite());
        assert!(!none.paces());
    }
}
