//! The API gateway's lockout: after a number of failed authentications in a row (five at
//! DLI's gateway), an access key is refused for a while (five minutes), even with a good
//! signature.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

/// Failed authentications, per access key.
#[derive(Debug)]
pub(crate) struct Lockout {
    after: u32,
    duration: Duration,
    keys: Mutex<HashMap<String, KeyState>>,
}

#[derive(Debug, Default)]
struct KeyState {
    in_a_row: u32,
    total: u64,
    locked_until: Option<Instant>,
}

impl Lockout {
    pub(crate) fn new(after: u32, duration: Duration) -> Self {
        Self {
            after,
            duration,
            keys: Mutex::new(HashMap::new()),
        }
    }

    fn keys(&self) -> std::sync::MutexGuard<'_, HashMap<String, KeyState>> {
        self.keys.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Whether the key is locked now.
    pub(crate) fn is_locked(&self, access_key: &str) -> bool {
        self.keys()
            .get(access_key)
            .and_then(|state| state.locked_until)
            .is_some_and(|until| Instant::now() < until)
    }

    /// Counts a failed authentication; the one that completes the run locks the key.
    pub(crate) fn failed(&self, access_key: &str) {
        let mut keys = self.keys();
        // Bounded: keys that never authenticated are forgotten when there are too many.
        if keys.len() >= 10_000 && !keys.contains_key(access_key) {
            keys.retain(|_, state| state.locked_until.is_some());
        }
        let state = keys.entry(access_key.to_owned()).or_default();
        state.in_a_row += 1;
        state.total += 1;
        if self.after > 0 && state.in_a_row >= self.after {
            state.locked_until = Some(Instant::now() + self.duration);
            state.in_a_row = 0;
        }
    }

    /// A good authentication ends the run of failures.
    pub(crate) fn succeeded(&self, access_key: &str) {
        if let Some(state) = self.keys().get_mut(access_key) {
            state.in_a_row = 0;
        }
    }

    /// Failed authentications of the key so far.
    pub(crate) fn failures(&self, access_key: &str) -> u64 {
        self.keys().get(access_key).map_or(0, |state| state.total)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_failures_in_a_row_lock_the_key() {
        let lockout = Lockout::new(5, Duration::from_secs(300));
        for _ in 0..4 {
            lockout.failed("AK");
        }
        lockout.succeeded("AK");
        for _ in 0..4 {
            lockout.failed("AK");
        }
        assert!(!lockout.is_locked("AK"), "a success resets the run");
        lockout.failed("AK");
        assert!(lockout.is_locked("AK"));
        assert!(!lockout.is_locked("OTHER"));
        assert_eq!(lockout.failures("AK"), 9);
        let brief = Lockout::new(1, Duration::ZERO);
        brief.failed("AK");
        assert!(!brief.is_locked("AK"), "the lock runs out");
    }
}
