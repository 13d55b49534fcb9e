//! How fast a client sends: as fast as it is called, at a fixed rate, or adapted to the API
//! gateway's throttle. One pacer is shared by every call of a client, so a bulk job of many
//! concurrent calls is paced as a whole.
//!
//! The adaptive pacer keeps one lane per API, as DLI's gateway throttles each API on its
//! own: a bulk delete that shows and deletes is held to each API's limit, not to one of them
//! for both. A lane is unlimited until the gateway answers `429`. It then sends nothing for
//! half a second, while the answers of the calls already let through arrive, drops a little
//! under the rate the gateway let through in the second up to then, climbs back to it within
//! two seconds along a cubic curve, and probes slowly above it. DLI's gateway allows a fixed number of calls a second per
//! API, so a few `429`s find the limit and later ones are rare. What it learns is the pure
//! rule of [`rule`]; this module keeps the rule's state behind a lock and hands out send
//! times.
//!
//! Pacing hands out send times one period apart, from a single schedule whose period can
//! change while calls wait; rate-limiter crates fix the rate when a limiter is made, and
//! swapping limiters would let the calls waiting on the old one run alongside the new.

mod rule;

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use tokio::time::Instant;

use crate::retry::AttemptOutcome;
use rule::{Learning, Observation};

/// How fast a client sends requests, all its calls together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum RateLimit {
    /// As fast as calls are made (the default).
    #[default]
    None,
    /// At most this many requests a second.
    Fixed(NonZeroU32),
    /// As fast as the API gateway allows, learnt from its `429`s for each API on its own:
    /// unlimited until the first, then a little under the rate it let through, probing
    /// upward. For bulk work.
    Adaptive,
}

/// A rate as people write it: `150/s` or `150` (a whole number above 0) is
/// [`RateLimit::Fixed`], `adaptive` is [`RateLimit::Adaptive`]; the error says what to write.
///
/// ```
/// use dli_client::RateLimit;
///
/// assert_eq!("150/s".parse(), Ok(RateLimit::Fixed(150.try_into().unwrap())));
/// assert_eq!("adaptive".parse(), Ok(RateLimit::Adaptive));
/// assert!("0/s".parse::<RateLimit>().is_err());
/// ```
impl std::str::FromStr for RateLimit {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("adaptive") {
            return Ok(Self::Adaptive);
        }
        text.strip_suffix("/s")
            .unwrap_or(text)
            .parse::<NonZeroU32>()
            .map(Self::Fixed)
            .map_err(|_| format!("{text:?} is not a rate such as 200/s (a whole number above 0)"))
    }
}

/// Paces the attempts of one client.
#[derive(Debug)]
pub(crate) struct Pacer {
    mode: RateLimit,
    state: Mutex<State>,
    /// Whether the adaptive pacer has been throttled on any API, so paces: read without the
    /// lock by every attempt while it is not.
    limited: AtomicBool,
}

#[derive(Debug, Default)]
struct State {
    /// The fixed rate's schedule: when the next attempt may go out.
    next_slot: Option<Instant>,
    /// What the adaptive pacer learnt, one lane per API: DLI's gateway throttles each
    /// API (operation) on its own.
    lanes: HashMap<usize, Lane>,
}

/// The adaptive pacer's knowledge of one API, and its schedule.
#[derive(Debug)]
struct Lane {
    learning: Learning,
    next_slot: Option<Instant>,
}

/// Takes the next free send time of a schedule, one period after the one before, and not
/// before `earliest`.
fn take_slot(next_slot: &mut Option<Instant>, rate: f64, earliest: Instant) -> Instant {
    let slot = next_slot.map_or(earliest, |next| next.max(earliest));
    *next_slot = Some(slot + Duration::from_secs_f64(1.0 / rate.max(1.0)));
    slot
}

impl Pacer {
    pub(crate) fn new(mode: RateLimit) -> Self {
        Self {
            mode,
            state: Mutex::new(State::default()),
            limited: AtomicBool::new(false),
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

    /// The requests a second now allowed: the fixed rate, or the lowest the adaptive pacer
    /// learnt for any API; infinite while unlimited.
    pub(crate) fn rate(&self) -> f64 {
        match self.mode {
            RateLimit::None => f64::INFINITY,
            RateLimit::Fixed(rate) => f64::from(rate.get()),
            RateLimit::Adaptive => self
                .state()
                .lanes
                .values()
                .map(|lane| lane.learning.rate_at(Instant::now()))
                .fold(f64::INFINITY, f64::min),
        }
    }

    /// Waits until the next attempt on lane `api` (its operation's, from the operation
    /// table) may be sent: takes the next free send time of
    /// its schedule (the client's, at a fixed rate; the API's, when adaptive).
    pub(crate) async fn ready(&self, api: usize) {
        let slot = match self.mode {
            RateLimit::None => return,
            RateLimit::Fixed(rate) => take_slot(
                &mut self.state().next_slot,
                f64::from(rate.get()),
                Instant::now(),
            ),
            RateLimit::Adaptive => loop {
                if !self.limited.load(Ordering::Relaxed) {
                    return;
                }
                let now = Instant::now();
                let measured_at = {
                    let mut state = self.state();
                    let Some(lane) = state.lanes.get_mut(&api) else {
                        return;
                    };
                    let settled = lane.learning.settle(now);
                    if settled != lane.learning {
                        tracing::debug!(api, rate = settled.rate_at(now), "pacing: measured");
                    }
                    lane.learning = settled;
                    match lane.learning.measured_at() {
                        Some(at) => at,
                        None if !lane.learning.is_limited() => return,
                        None => {
                            let earliest = lane.learning.hold().map_or(now, |hold| hold.max(now));
                            break take_slot(
                                &mut lane.next_slot,
                                lane.learning.rate_at(now),
                                earliest,
                            );
                        }
                    }
                };
                // The ceiling is not known yet: wait for it, then take a slot at it.
                tokio::time::sleep_until(measured_at).await;
            },
        };
        tokio::time::sleep_until(slot).await;
    }

    /// Learns from an attempt's outcome on `api` (the adaptive pacer only).
    pub(crate) fn record(&self, api: usize, outcome: &AttemptOutcome) {
        if self.mode != RateLimit::Adaptive {
            return;
        }
        let seen = match outcome {
            AttemptOutcome::Throttled { .. } => Observation::Throttled,
            AttemptOutcome::Answered { status, .. }
                if status.is_success() || status.is_client_error() =>
            {
                Observation::Accepted
            }
            _ => return,
        };
        let now = Instant::now();
        let mut state = self.state();
        let lane = state.lanes.entry(api).or_insert_with(|| Lane {
            learning: Learning::new(now),
            next_slot: None,
        });
        let after = lane.learning.next(seen, now);
        if seen == Observation::Throttled && after != lane.learning {
            tracing::debug!(api, rate = after.rate_at(now), "pacing");
        }
        lane.learning = after;
        if lane.learning.paces() {
            self.limited.store(true, Ordering::Relaxed);
        }
    }
}

#[cfg(test)]
mod tests;
