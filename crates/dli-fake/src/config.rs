//! What a fake accepts and how it behaves.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::time::Duration;

use crate::throttle::ThrottleWindow;

/// An access key the fake accepts, with its secret key and, for temporary credentials, the
/// security token that must come with it.
#[derive(Clone)]
pub struct KeyPair {
    /// The access key (AK).
    pub access_key: String,
    /// The secret key (SK).
    pub secret_key: String,
    /// The security token required with this key, for temporary credentials.
    pub security_token: Option<String>,
}

impl fmt::Debug for KeyPair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeyPair")
            .field("access_key", &self.access_key)
            .field("secret_key", &"<redacted>")
            .field(
                "security_token",
                &self.security_token.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

/// The fake's settings.
#[derive(Clone)]
pub struct FakeConfig {
    /// Where to listen; port 0 picks a free one. Default `127.0.0.1:0`.
    pub listen: SocketAddr,
    /// The AK/SK pairs accepted.
    pub keys: Vec<KeyPair>,
    /// The IAM tokens accepted in `X-Auth-Token`.
    pub tokens: Vec<String>,
    /// How long a new connection stays `CREATING`. Default 1 s.
    pub creating_for: Duration,
    /// The largest request body accepted; larger ones get `413`. Default 1 MiB.
    pub body_limit: usize,
    /// How far `X-Sdk-Date` may be from the fake's clock. Default 15 minutes, as DLI.
    pub max_clock_skew: Duration,
    /// Queue or pool names whose peerings fail once created, with the reason shown in
    /// `err_msg`. Default: none.
    pub failing_peerings: BTreeMap<String, String>,
    /// How long a connectivity test answers `CHECKING` before its result. Default 200 ms.
    pub test_takes: Duration,
    /// The project's queues, listed by `ListQueues`. A bind, a create or a connectivity test
    /// that names another queue is refused (`400 DLI.0002`). Default `None`: no queue is
    /// listed and any name is accepted.
    pub queues: Option<BTreeSet<String>>,
    /// The project's elastic resource pools, listed by `ListElasticResourcePools`, and
    /// checked as [`queues`](Self::queues) are. Default `None`: none listed, any accepted.
    pub pools: Option<BTreeSet<String>>,
    /// How long a client may take to send a request's headers, and then its body, before
    /// the fake gives up on it. Default 30 s.
    pub read_timeout: Duration,
    /// The most calls a second each API answers; beyond it, `429 APIGW.0308` without
    /// `Retry-After`, as DLI's gateway does. Default: no limit.
    pub throttle: Option<NonZeroU32>,
    /// How the throttle counts a second's calls. Default: a token bucket.
    pub throttle_window: ThrottleWindow,
    /// After this many failed authentications in a row an access key is locked; 0 never
    /// locks. Default 5, as DLI's gateway.
    pub lockout_after: u32,
    /// How long a locked access key is refused. Default 5 minutes, as DLI's gateway.
    pub lockout_for: Duration,
}

impl Default for FakeConfig {
    fn default() -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            keys: Vec::new(),
            tokens: Vec::new(),
            creating_for: Duration::from_secs(1),
            body_limit: 1 << 20,
            max_clock_skew: Duration::from_secs(15 * 60),
            read_timeout: Duration::from_secs(30),
            failing_peerings: BTreeMap::new(),
            test_takes: Duration::from_millis(200),
            queues: None,
            pools: None,
            throttle: None,
            throttle_window: ThrottleWindow::Bucket,
            lockout_after: 5,
            lockout_for: Duration::from_secs(5 * 60),
        }
    }
}

impl fmt::Debug for FakeConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FakeConfig")
            .field("listen", &self.listen)
            .field("keys", &self.keys)
            .field("tokens", &format!("{} token(s)", self.tokens.len()))
            .field("creating_for", &self.creating_for)
            .field("body_limit", &self.body_limit)
            .field("max_clock_skew", &self.max_clock_skew)
            .field("read_timeout", &self.read_timeout)
            .field("failing_peerings", &self.failing_peerings)
            .field("test_takes", &self.test_takes)
            .field("queues", &self.queues)
            .field("pools", &self.pools)
            .field("throttle", &self.throttle)
            .field("throttle_window", &self.throttle_window)
            .field("lockout_after", &self.lockout_after)
            .field("lockout_for", &self.lockout_for)
            .finish()
    }
}

impl FakeConfig {
    /// Adds these names to the project's queues (see [`FakeConfig::queues`]).
    #[must_use]
    pub fn with_queues(mut self, names: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.queues
            .get_or_insert_with(BTreeSet::new)
            .extend(names.into_iter().map(Into::into));
        self
    }

    /// Adds these names to the project's elastic resource pools (see [`FakeConfig::pools`]).
    #[must_use]
    pub fn with_pools(mut self, names: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.pools
            .get_or_insert_with(BTreeSet::new)
            .extend(names.into_iter().map(Into::into));
        self
    }

    /// Accepts this permanent AK/SK pair.
    #[must_use]
    pub fn with_key(
        mut self,
        access_key: impl Into<String>,
        secret_key: impl Into<String>,
    ) -> Self {
        self.keys.push(KeyPair {
            access_key: access_key.into(),
            secret_key: secret_key.into(),
            security_token: None,
        });
        self
    }

    /// Accepts this temporary AK/SK pair, only together with its security token.
    #[must_use]
    pub fn with_temporary_key(
        mut self,
        access_key: impl Into<String>,
        secret_key: impl Into<String>,
        security_token: impl Into<String>,
    ) -> Self {
        self.keys.push(KeyPair {
            access_key: access_key.into(),
            secret_key: secret_key.into(),
            security_token: Some(security_token.into()),
        });
        self
    }

    /// Accepts this IAM token.
    #[must_use]
    pub fn with_token(mut self, token: impl Into<String>) -> Self {
        self.tokens.push(token.into());
        self
    }

    /// New connections stay `CREATING` this long (zero allowed).
    #[must_use]
    pub fn creating_for(mut self, duration: Duration) -> Self {
        self.creating_for = duration;
        self
    }

    /// Peerings with a queue or pool of this name fail once created, with this reason in
    /// `err_msg`.
    #[must_use]
    pub fn failing_peering(mut self, name: impl Into<String>, reason: impl Into<String>) -> Self {
        self.failing_peerings.insert(name.into(), reason.into());
        self
    }

    /// Connectivity tests answer `CHECKING` this long before their result.
    #[must_use]
    pub fn test_takes(mut self, duration: Duration) -> Self {
        self.test_takes = duration;
        self
    }

    /// Listens here.
    #[must_use]
    pub fn listen(mut self, address: SocketAddr) -> Self {
        self.listen = address;
        self
    }

    /// Gives up on clients that take longer than this to send headers, then the body.
    #[must_use]
    pub fn read_timeout(mut self, timeout: Duration) -> Self {
        self.read_timeout = timeout;
        self
    }

    /// Answers at most this many calls a second per API; more get `429 APIGW.0308`.
    #[must_use]
    pub fn throttle(mut self, per_second: NonZeroU32) -> Self {
        self.throttle = Some(per_second);
        self
    }

    /// Counts the throttle's calls this way: whole seconds, or a token bucket.
    #[must_use]
    pub fn throttle_window(mut self, window: ThrottleWindow) -> Self {
        self.throttle_window = window;
        self
    }

    /// Locks an access key for `duration` after `after` failed authentications in a row
    /// (0 never locks).
    #[must_use]
    pub fn lockout(mut self, after: u32, duration: Duration) -> Self {
        self.lockout_after = after;
        self.lockout_for = duration;
        self
    }

    /// Refuses bodies larger than this with `413`.
    #[must_use]
    pub fn body_limit(mut self, bytes: usize) -> Self {
        self.body_limit = bytes;
        self
    }
}
