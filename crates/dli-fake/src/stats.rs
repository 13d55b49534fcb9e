//! What the fake served, counted as requests arrive (faulted ones too), for `GET /_fake/stats` and [`crate::FakeDli::stats`]: requests by
//! the operation id of the document (from [`crate::paths`]), how many the throttle answered `429`, and connections
//! by status.

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError};

use crate::paths::{self, APIS, Matched};
use serde::{Deserialize, Serialize};

/// Requests received by operation, counted before faults, authentication and the throttle.
#[derive(Debug, Default)]
pub(crate) struct Counts {
    by_operation: [AtomicU64; paths::API_COUNT],
    /// `ShowEnhancedConnection` requests by the connection id in their path: how often a
    /// waiting client polled one connection.
    shows: Mutex<HashMap<String, u64>>,
}

/// The place of `ShowEnhancedConnection` in [`APIS`], known without a search on every
/// request (a test checks it).
const SHOW: usize = 2;

/// The most connection ids whose Show requests are counted apiece.
const SHOWS_COUNTED: usize = 100_000;

impl Counts {
    /// Counts a request under its operation.
    pub(crate) fn add(&self, matched: &Matched) {
        self.by_operation[matched.index].fetch_add(1, Ordering::Relaxed);
        if matched.index == SHOW {
            let id = matched.params.get("connection_id");
            let mut shows = self.shows.lock().unwrap_or_else(PoisonError::into_inner);
            // The ids are the caller's: a path of a new id past a bound is not counted,
            // so that the map cannot grow without bound.
            if shows.len() < SHOWS_COUNTED || shows.contains_key(id) {
                *shows.entry(id.to_owned()).or_default() += 1;
            }
        }
    }

    /// The most `ShowEnhancedConnection` requests any one connection id got.
    pub(crate) fn most_shows(&self) -> u64 {
        let shows = self.shows.lock().unwrap_or_else(PoisonError::into_inner);
        shows.values().copied().max().unwrap_or(0)
    }

    /// The operations called at least once, with their counts.
    pub(crate) fn snapshot(&self) -> BTreeMap<String, u64> {
        APIS.iter()
            .zip(&self.by_operation)
            .map(|(api, count)| (api.operation.to_owned(), count.load(Ordering::Relaxed)))
            .filter(|(_, count)| *count > 0)
            .collect()
    }
}

/// What the fake served so far.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stats {
    /// Requests received by operation id (those called at least once), whatever their
    /// answer: refused, throttled and faulted ones included.
    pub requests: BTreeMap<String, u64>,
    /// Requests the throttle answered `429`.
    pub throttled: u64,
    /// Of those, the requests of each operation id (those refused at least once).
    #[serde(default)]
    pub throttled_by_operation: BTreeMap<String, u64>,
    /// The most `ShowEnhancedConnection` requests any one connection id got (counted for
    /// the first 100,000 ids).
    #[serde(default)]
    pub most_shows_of_one_connection: u64,
    /// Connections of every project by status (`CREATING`, `ACTIVE`, `DELETED`).
    pub connections: BTreeMap<String, u64>,
}

impl Stats {
    /// Requests of this operation id.
    pub fn requests_of(&self, operation_id: &str) -> u64 {
        self.requests.get(operation_id).copied().unwrap_or(0)
    }

    /// All requests to the document's operations.
    pub fn total_requests(&self) -> u64 {
        self.requests.values().sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::Method;

    #[test]
    fn show_is_where_the_table_has_it() {
        assert_eq!(APIS[SHOW].operation, "ShowEnhancedConnection");
    }

    #[test]
    fn requests_are_counted_under_their_operation_id() {
        let counts = Counts::default();
        // Counted as the server counts them: the requests that match an API.
        let add = |method: &Method, path: &str| {
            let uri: axum::http::Uri = path.parse().expect("a uri");
            if let Some(matched) = Matched::of(method, &uri) {
                counts.add(&matched);
            }
        };
        let connection =
            "/v2.0/p1/datasource/enhanced-connections/2a620c33-5609-40c9-affd-2b6453071b0f";
        add(&Method::DELETE, connection);
        add(&Method::GET, &format!("{connection}/privileges"));
        add(
            &Method::POST,
            "/v3/p1/dli_enhanced_datasource/x/tags/create",
        );
        add(
            &Method::DELETE,
            "/v3/p1/datasource/enhanced-connections/x/routes/r1",
        );
        // Not operations: another method, a missing or an extra segment, an empty one.
        add(&Method::PATCH, "/v1.0/p1/authorization");
        add(&Method::GET, "/v2.0/p1/datasource/enhanced-connections/x/y");
        add(&Method::GET, "/v2.0/p1/datasource");
        add(&Method::GET, "/v2.0//datasource/enhanced-connections");
        for _ in 0..3 {
            add(&Method::GET, connection);
        }
        add(
            &Method::GET,
            "/v2.0/p1/datasource/enhanced-connections/another",
        );
        assert_eq!(counts.most_shows(), 3);
        let snapshot = counts.snapshot();
        let expected: BTreeMap<String, u64> = [
            ("DeleteEnhancedConnection", 1),
            ("ShowEnhancedConnectionPrivilege", 1),
            ("BatchCreateResourceTags", 1),
            ("DeleteRouteFromEnhancedConnection", 1),
            ("ShowEnhancedConnection", 4),
        ]
        .into_iter()
        .map(|(id, count)| (id.to_owned(), count))
        .collect();
        assert_eq!(snapshot, expected);
    }
}
