//! The state every handler shares: the configuration, the store, the fault queue, the
//! throttle, the lockout and a request count.

use std::sync::Arc;
use std::sync::atomic::AtomicU64;

use crate::config::FakeConfig;
use crate::faults::Faults;
use crate::lockout::Lockout;
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
}

impl App {
    pub(crate) fn new(config: FakeConfig) -> Arc<Self> {
        Arc::new(Self {
            store: Store::new(config.creating_for).with_failing(config.failing_peerings.clone()),
            faults: Faults::default(),
            throttle: config.throttle.map(|rate| Arc::new(Throttle::new(rate))),
            lockout: Lockout::new(config.lockout_after, config.lockout_for),
            requests: AtomicU64::new(0),
            config,
        })
    }
}
