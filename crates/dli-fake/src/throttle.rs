//! Throttling as DLI's API gateway does it: beyond a number of calls a second per API, the
//! answer is `429 APIGW.0308` with no `Retry-After`.
//!
//! Two ways of counting "a second", chosen by [`ThrottleWindow`]: whole seconds of the
//! fake's clock (`fixed`, as "limit:200, time:1 second" reads), or a token bucket that holds
//! one second's calls and refills at the limit (`bucket`).

use std::collections::BTreeMap;
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::time::Instant;

use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::Response;
use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};

use crate::paths::{self, Matched};
use crate::reply::{RequestId, gateway_error};

/// How the throttle counts the calls of a second.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
#[non_exhaustive]
pub enum ThrottleWindow {
    /// A token bucket holding one second's calls, refilled at the limit: a client that ran
    /// below the limit for a while may then run above it until the saved calls are spent.
    #[default]
    Bucket,
    /// Whole seconds of the fake's clock: at most the limit in each, the count starting
    /// again at every second.
    Fixed,
}

/// The count of one API.
#[derive(Debug)]
enum Limiter {
    Bucket(DefaultDirectRateLimiter),
    /// The second (since the throttle was made) being counted, and its calls so far.
    Fixed(Mutex<(u64, u32)>),
}

/// One limiter per API of [`paths::APIS`], made when the API is first called.
#[derive(Debug)]
pub(crate) struct Throttle {
    per_second: NonZeroU32,
    window: ThrottleWindow,
    origin: Instant,
    apis: [OnceLock<Limiter>; paths::API_COUNT],
    refused: AtomicU64,
    /// Refusals by the place of their operation in [`paths::APIS`].
    refused_by_operation: [AtomicU64; paths::API_COUNT],
}

impl Throttle {
    pub(crate) fn new(per_second: NonZeroU32, window: ThrottleWindow) -> Self {
        Self {
            per_second,
            window,
            origin: Instant::now(),
            apis: Default::default(),
            refused: AtomicU64::new(0),
            refused_by_operation: Default::default(),
        }
    }

    /// Whether one more call of the API at `index` of [`paths::APIS`] fits in its rate; a
    /// refusal is counted under it.
    fn admit(&self, index: usize) -> bool {
        let Some(limiter) = self.apis.get(index) else {
            return true;
        };
        let limiter = limiter.get_or_init(|| match self.window {
            ThrottleWindow::Bucket => {
                Limiter::Bucket(RateLimiter::direct(Quota::per_second(self.per_second)))
            }
            ThrottleWindow::Fixed => Limiter::Fixed(Mutex::new((0, 0))),
        });
        let admitted = match limiter {
            Limiter::Bucket(bucket) => bucket.check().is_ok(),
            Limiter::Fixed(count) => {
                let second = self.origin.elapsed().as_secs();
                let mut count = count.lock().unwrap_or_else(PoisonError::into_inner);
                if count.0 != second {
                    *count = (second, 0);
                }
                let fits = count.1 < self.per_second.get();
                if fits {
                    count.1 += 1;
                }
                fits
            }
        };
        if !admitted {
            self.refused.fetch_add(1, Ordering::Relaxed);
            if let Some(counter) = self.refused_by_operation.get(index) {
                counter.fetch_add(1, Ordering::Relaxed);
            }
        }
        admitted
    }

    /// How many calls were refused with `429` so far.
    pub(crate) fn refused(&self) -> u64 {
        self.refused.load(Ordering::Relaxed)
    }

    /// The refusals by operation id, of the operations refused at least once.
    pub(crate) fn refused_by_operation(&self) -> BTreeMap<String, u64> {
        paths::APIS
            .iter()
            .zip(&self.refused_by_operation)
            .map(|(api, count)| (api.operation.to_owned(), count.load(Ordering::Relaxed)))
            .filter(|(_, count)| *count > 0)
            .collect()
    }
}

/// Answers `429` to calls beyond the configured rate of their API.
pub(crate) async fn gateway(
    State(throttle): State<Option<Arc<Throttle>>>,
    request: Request,
    next: Next,
) -> Response {
    let Some(throttle) = throttle else {
        return next.run(request).await;
    };
    // Only a matched request comes here: the gateway throttles each API on its own.
    let Some(matched) = request.extensions().get::<Matched>() else {
        return next.run(request).await;
    };
    if throttle.admit(matched.index) {
        return next.run(request).await;
    }
    let request_id = RequestId::of(&request);
    gateway_error(
        StatusCode::TOO_MANY_REQUESTS,
        "APIGW.0308",
        format!(
            "The throttling threshold has been reached: policy user over ratelimit,limit:{},time:1 second",
            throttle.per_second
        ),
        &request_id,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_window_admits_the_limit_in_a_second_and_no_more() {
        let throttle = Throttle::new(NonZeroU32::new(5).expect("non-zero"), ThrottleWindow::Fixed);
        let admitted = (0..8).filter(|_| throttle.admit(3)).count();
        assert_eq!(admitted, 5);
        assert_eq!(throttle.refused(), 3);
        let operation = paths::APIS[3].operation.to_owned();
        assert_eq!(
            throttle.refused_by_operation(),
            BTreeMap::from([(operation, 3)])
        );
        // Each API is counted apart.
        assert!(throttle.admit(4));
    }

    #[test]
    fn a_fixed_window_starts_again_at_the_next_second() {
        let mut throttle =
            Throttle::new(NonZeroU32::new(2).expect("non-zero"), ThrottleWindow::Fixed);
        assert!(throttle.admit(3));
        assert!(throttle.admit(3));
        assert!(!throttle.admit(3));
        // The next second: move the origin back rather than sleep.
        throttle.origin -= std::time::Duration::from_secs(1);
        assert!(throttle.admit(3));
    }

    #[test]
    fn a_bucket_admits_a_second_of_calls_at_once() {
        let throttle = Throttle::new(
            NonZeroU32::new(5).expect("non-zero"),
            ThrottleWindow::Bucket,
        );
        let admitted = (0..8).filter(|_| throttle.admit(3)).count();
        assert_eq!(admitted, 5);
    }
}
