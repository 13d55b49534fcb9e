//! Connectivity tests from a queue to an address, decided by a documented rule.

use std::collections::HashMap;
use std::net::Ipv4Addr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::{Connection, Store};

/// What a test found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reachability {
    /// Still running.
    Checking,
    /// The queue reaches the address.
    Reachable,
    /// It does not.
    Unreachable,
}

impl Reachability {
    /// The value DLI's `connectivity` field carries.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Checking => "CHECKING",
            Self::Reachable => "REACHABLE",
            Self::Unreachable => "UNREACHABLE",
        }
    }
}

#[derive(Debug)]
struct Test {
    queue: String,
    started: Instant,
    reachable: bool,
}

/// The last id given, and every test by project and id.
type Numbered = (u64, HashMap<(String, u64), Test>);

/// Every test, by project and id.
#[derive(Debug, Default)]
pub(super) struct Tests {
    next: Mutex<Numbered>,
}

/// Whether a connection lets `queue` reach `host`: it has an `ACTIVE` peering with the
/// queue, and `host` is one of its host entries (by name or address) or an IPv4 address in
/// one of its routes.
fn reaches(connection: &Connection, queue: &str, host: &str, now: Instant) -> bool {
    if !connection.is_peered_with(queue, now) {
        return false;
    }
    if connection
        .hosts()
        .iter()
        .any(|entry| entry.name.eq_ignore_ascii_case(host) || entry.ip == host)
    {
        return true;
    }
    let Ok(address) = host.parse::<Ipv4Addr>() else {
        return false;
    };
    connection
        .routes()
        .iter()
        .any(|route| in_cidr(address, &route.cidr))
}

/// Whether an address is in an `a.b.c.d/n` network.
pub fn in_cidr(address: Ipv4Addr, cidr: &str) -> bool {
    let Some((network, bits)) = parse_cidr(cidr) else {
        return false;
    };
    let mask = if bits == 0 {
        0
    } else {
        u32::MAX << (32 - bits)
    };
    u32::from(address) & mask == u32::from(network) & mask
}

/// An `a.b.c.d/n` network, `n` at most 32.
pub fn parse_cidr(cidr: &str) -> Option<(Ipv4Addr, u32)> {
    let (network, bits) = cidr.split_once('/')?;
    let bits: u32 = bits.parse().ok().filter(|bits| *bits <= 32)?;
    Some((network.parse().ok()?, bits))
}

impl Store {
    /// Starts a test from `queue` to `host`, decided now by the fake's rule (see its README) over
    /// the project's live connections; its id.
    pub fn start_test(&self, project: &str, queue: &str, host: &str) -> u64 {
        let now = Instant::now();
        let reachable = self.projects().get(project).is_some_and(|connections| {
            connections
                .values()
                .filter(|c| c.status(now) != super::Status::Deleted)
                .any(|c| reaches(c, queue, host, now))
        });
        let mut tests = self
            .tests
            .next
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        tests.0 += 1;
        let id = tests.0;
        tests.1.insert(
            (project.to_owned(), id),
            Test {
                queue: queue.to_owned(),
                started: now,
                reachable,
            },
        );
        id
    }

    /// A test's state: `CHECKING` for `takes`, then its result; `None` when the project has
    /// no such test from this queue.
    pub fn test(
        &self,
        project: &str,
        queue: &str,
        id: u64,
        takes: Duration,
    ) -> Option<Reachability> {
        let tests = self
            .tests
            .next
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let test = tests
            .1
            .get(&(project.to_owned(), id))
            .filter(|t| t.queue == queue)?;
        Some(if test.started.elapsed() < takes {
            Reachability::Checking
        } else if test.reachable {
            Reachability::Reachable
        } else {
            Reachability::Unreachable
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_fall_in_networks() {
        let ip = |text: &str| text.parse::<Ipv4Addr>().expect("an address");
        assert!(in_cidr(ip("192.168.0.7"), "192.168.0.0/24"));
        assert!(!in_cidr(ip("192.168.1.7"), "192.168.0.0/24"));
        assert!(in_cidr(ip("10.1.2.3"), "0.0.0.0/0"));
        assert!(in_cidr(ip("10.1.2.3"), "10.1.2.3/32"));
        assert!(!in_cidr(ip("10.1.2.4"), "10.1.2.3/32"));
        assert!(!in_cidr(ip("10.1.2.3"), "10.1.2.0/33"));
        assert!(parse_cidr("10.0.0.0").is_none());
    }
}
