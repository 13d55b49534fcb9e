//! How fast a client sends: as fast as it is called, at a fixed rate, or adapted to the API
//! gateway's throttle. One pacer is shared by every call of a client, so a bulk job of many
//! concurrent calls is paced as a whole.
//!
//! The adaptive pacer is unlimited until the gateway answers `429`. It then paces at a little
//! under the rate the gateway let through in the last second, and probes upward by 2% for
//! each second without a `429`. DLI's gateway allows a fixed number of calls a second per
//! API, so a few `429`s find the limit and later ones are rare. What it learns is the pure
//! rule of [`rule`]; this module keeps the rule's state behind a lock and hands out send
//! times.
//!
//! Pacing hands out send times one period apart, from a single schedule whose period can
//! change while calls wait; rate-limiter crates fix the rate when a limiter is made, and
//! swapping limiters would let the calls waiting on the old one run alongside the new.

mod rule;

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
    /// As fast as the API gateway allows, learnt from its `429`s: unlimited until the first,
    /// then a little under the rate it let through, probing upward. For bulk work.
    Adaptive,
}

/// Paces the attempts of one client.
#[derive(Debug)]
pub(crate) struct Pacer {
    mode: RateLimit,
    state: Mutex<State>,
    /// Whether the adaptive pacer has been throttled, so paces: read without the lock by
    /// every attempt while it is not.
    limited: AtomicBool,
}

#[derive(Debug)]
struct State {
    /// What the adaptive pacer learnt; unused by the others.
    learning: Learning,
    /// When the next attempt may go out.
    next_slot: Option<Instant>,
}

impl Pacer {
    pub(crate) fn new(mode: RateLimit) -> Self {
        Self {
            mode,
            state: Mutex::new(State {
                learning: Learning::new(Instant::now()),
                next_slot: None,
            }),
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

    /// The requests a second now allowed; infinite while unlimited.
    pub(crate) fn rate(&self) -> f64 {
        match self.mode {
            RateLimit::None => f64::INFINITY,
            RateLimit::Fixed(rate) => f64::from(rate.get()),
            RateLimit::Adaptive => self.state().learning.rate,
        }
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
            let rate = match self.mode {
                RateLimit::Fixed(rate) => f64::from(rate.get()),
                RateLimit::None | RateLimit::Adaptive => state.learning.rate,
            };
            if rate.is_infinite() {
                return;
            }
            let now = Instant::now();
            let slot = state.next_slot.map_or(now, |next| next.max(now));
            state.next_slot = Some(slot + Duration::from_secs_f64(1.0 / rate.max(1.0)));
            slot
        };
        tokio::time::sleep_until(slot).await;
    }

    /// Learns from an attempt's outcome (the adaptive pacer only).
    pub(crate) fn record(&self, outcome: &AttemptOutcome) {
        if self.mode != RateLimit::Adaptive {
            return;
        }
        let seen = match outcome {
            AttemptOutcome::Answered { status, .. } if status.as_u16() == 429 => {
                Observation::Throttled
            }
            AttemptOutcome::Answered { status, .. }
                if status.is_success() || status.is_client_error() =>
            {
                Observation::Accepted
            }
            _ => return,
        };
        let mut state = self.state();
        let before = state.learning.rate;
        state.learning = state.learning.next(seen, Instant::now());
        if state.learning.rate != before {
            tracing::debug!(rate = state.learning.rate, "pacing");
        }
        self.limited
            .store(state.learning.is_limited(), Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests;
