//! Throttling as DLI's API gateway does it: beyond a number of calls a second per API, the
//! answer is `429 APIGW.0308` with no `Retry-After`.

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use axum::extract::{MatchedPath, Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::Response;
use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};

use crate::reply::{RequestId, gateway_error};

/// One rate limiter per API (method and path template), made when the API is first called.
#[derive(Debug)]
pub(crate) struct Throttle {
    per_second: NonZeroU32,
    apis: Mutex<HashMap<String, Arc<DefaultDirectRateLimiter>>>,
    refused: AtomicU64,
}

impl Throttle {
    pub(crate) fn new(per_second: NonZeroU32) -> Self {
        Self {
            per_second,
            apis: Mutex::new(HashMap::new()),
            refused: AtomicU64::new(0),
        }
    }

    /// Whether one more call of this API fits in its rate.
    fn admit(&self, api: String) -> bool {
        let limiter =
            {
                let mut apis = self.apis.lock().unwrap_or_else(PoisonError::into_inner);
                let per_second = self.per_second;
                Arc::clone(apis.entry(api).or_insert_with(|| {
                    Arc::new(RateLimiter::direct(Quota::per_second(per_second)))
                }))
            };
        let admitted = limiter.check().is_ok();
        if !admitted {
            self.refused.fetch_add(1, Ordering::Relaxed);
        }
        admitted
    }

    /// How many calls were refused with `429` so far.
    pub(crate) fn refused(&self) -> u64 {
        self.refused.load(Ordering::Relaxed)
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
    let path = request.extensions().get::<MatchedPath>().map_or_else(
        || request.uri().path().to_owned(),
        |p| p.as_str().to_owned(),
    );
    if throttle.admit(format!("{} {path}", request.method())) {
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
