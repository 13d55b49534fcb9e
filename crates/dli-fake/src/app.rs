//! The state every handler shares: the configuration, the store, the fault queue, the
//! throttle, the lockout and a request count.

use std::sync::Arc;
use std::sync::atomic::AtomicU64;

use crate::config::FakeConfig;
use crate::faults::Faults;
use crate::lockout::Lockout;
use crate::stats::{Counts, Stats};
use crate::store::Store;
use crate::throttle::Throttle;

/// The state handlers share.
#[derive(Debug)]
pub(crate) struct App {
    pub(crate) config: FakeConfig,
    pub(crate) store: Store,
    pub(crate) faults: Faults,
    pub(crate) throttle: Option<Arc<Throttle>>,
    pub(crate) lockout: Lockout,
    /// Requests received, faulted ones included.
    pub(crate) requests: AtomicU64,
    /// Requests received by operation.
    pub(crate) counts: Counts,
}

impl App {
    pub(crate) fn new(config: FakeConfig) -> Arc<Self> {
        Arc::new(Self {
            store: Store::new(config.creating_for).with_failing(config.failing_peerings.clone()),
            faults: Faults::default(),
            throttle: config
                .throttle
                .map(|rate| Arc::new(Throttle::new(rate, config.throttle_window))),
            lockout: Lockout::new(config.lockout_after, config.lockout_for),
            requests: AtomicU64::new(0),
            counts: Counts::default(),
            config,
        })
    }
}

impl App {
    /// What the fake served so far.
    pub(crate) fn stats(&self) -> Stats {
        Stats {
            requests: self.counts.snapshot(),
            most_shows_of_one_connection: self.counts.most_shows(),
            throttled: self
                .throttle
                .as_ref()
                .map_or(0, |throttle| throttle.refused()),
            throttled_by_operation: self
                .throttle
                .as_ref()
                .map(|throttle| throttle.refused_by_operation())
                .unwrap_or_default(),
            connections: self
                .store
                .count_by_status()
                .into_iter()
                .map(|(status, count)| (status.to_owned(), count))
                .collect(),
        }
    }
}
