//! The pacer on a paused clock: its schedule, and its learning against a simulated gateway.

use std::sync::Arc;
use std::sync::atomic::AtomicU64;

use reqwest::StatusCode;

use super::*;

/// A lane of the operation table (any: each API has its own).
const API: usize = 4;

fn answered(status: u16) -> AttemptOutcome {
    let status = StatusCode::from_u16(status).expect("valid");
    if crate::retry::is_throttled(status, None) {
        AttemptOutcome::Throttled { retry_after: None }
    } else {
        AttemptOutcome::Answered {
            status,
            retry_after: None,
        }
    }
}

#[tokio::test(start_paused = true)]
async fn attempts_go_out_one_period_apart_even_when_the_rate_changes() {
    let pacer = Pacer::new(RateLimit::Adaptive);
    let started = Instant::now();
    // Unlimited: nothing waits.
    for _ in 0..1000 {
        pacer.ready(API).await;
    }
    assert_eq!(started.elapsed(), Duration::ZERO);
    // A first 429: nothing goes out for 500 ms, while the answers of the calls under way
    // come in. None came, so nothing got through: 10 a second, so one every 100 ms.
    pacer.record(API, &answered(429));
    for _ in 0..5 {
        pacer.ready(API).await;
    }
    assert_eq!(started.elapsed(), Duration::from_millis(500 + 400));
    // A 429 of a later burst, with nothing let through, halves it: the slot already handed
    // out stays, the next one is 200 ms after it.
    tokio::time::advance(Duration::from_millis(600)).await;
    pacer.record(API, &answered(429));
    assert!((pacer.rate() - 5.0).abs() < 1e-9, "{}", pacer.rate());
    let before = Instant::now();
    pacer.ready(API).await;
    pacer.ready(API).await;
    assert_eq!(before.elapsed(), Duration::from_millis(200));
}

#[tokio::test(start_paused = true)]
async fn a_fixed_rate_paces_from_the_start_and_none_never_does() {
    let fixed = Pacer::new(RateLimit::Fixed(NonZeroU32::new(50).expect("non-zero")));
    let started = Instant::now();
    for _ in 0..11 {
        fixed.ready(API).await;
    }
    assert_eq!(started.elapsed(), Duration::from_millis(200));
    fixed.record(API, &answered(429));
    assert!((fixed.rate() - 50.0).abs() < 1e-9);
    assert!(fixed.paces());
    let none = Pacer::new(RateLimit::None);
    none.record(API, &answered(429));
    for _ in 0..1000 {
        none.ready(API).await;
    }
    assert!(none.rate().is_infinite());
    assert!(!none.paces());
    assert_eq!(started.elapsed(), Duration::from_millis(200));
}

/// A gateway that lets `limit` calls through in each whole second, as DLI's reads
/// ("limit:200, time:1 second"), and answers the rest `429`.
struct Gateway {
    origin: Instant,
    limit: u64,
    /// The second counted, and the calls let through in it.
    window: Mutex<(u64, u64)>,
    throttled: AtomicU64,
}

impl Gateway {
    fn answer(&self) -> u16 {
        let second = Instant::now().duration_since(self.origin).as_secs();
        let mut window = self.window.lock().expect("not poisoned");
        if window.0 != second {
            *window = (second, 0);
        }
        if window.1 < self.limit {
            window.1 += 1;
            200
        } else {
            self.throttled.fetch_add(1, Ordering::Relaxed);
            429
        }
    }
}

/// Many workers share one adaptive pacer against a gateway's limit, as a bulk delete does:
/// all calls get through, within 5% of the ideal time, with at most 2% of the requests
/// answered `429`, and from the fourth second on at least 95% of the limit each second.
#[tokio::test(start_paused = true)]
async fn the_adaptive_pacer_keeps_bulk_work_to_the_gateways_limit() {
    const LIMIT: u64 = 200;
    const CALLS: u64 = 5000;
    const IN_FLIGHT: usize = 64;
    let pacer = Arc::new(Pacer::new(RateLimit::Adaptive));
    let gateway = Arc::new(Gateway {
        origin: Instant::now(),
        limit: LIMIT,
        window: Mutex::new((0, 0)),
        throttled: AtomicU64::new(0),
    });
    let done = Arc::new(AtomicU64::new(0));
    let per_second = Arc::new(Mutex::new(vec![0u64; 64]));
    let started = Instant::now();
    let workers: Vec<_> = (0..IN_FLIGHT)
        .map(|_| {
            let (pacer, gateway, done, per_second) = (
                pacer.clone(),
                gateway.clone(),
                done.clone(),
                per_second.clone(),
            );
            tokio::spawn(async move {
                while done.load(Ordering::SeqCst) < CALLS {
                    pacer.ready(API).await;
                    let status = gateway.answer();
                    // The answer takes a little while, as over loopback.
                    tokio::time::sleep(Duration::from_millis(2)).await;
                    pacer.record(API, &answered(status));
                    if status == 200 {
                        done.fetch_add(1, Ordering::SeqCst);
                        let second = started.elapsed().as_secs() as usize;
                        if let Some(count) =
                            per_second.lock().expect("not poisoned").get_mut(second)
                        {
                            *count += 1;
                        }
                    }
                }
            })
        })
        .collect();
    for worker in workers {
        worker.await.expect("the worker finished");
    }
    let took = started.elapsed();
    let throttled = gateway.throttled.load(Ordering::Relaxed);
    let ideal = Duration::from_secs(CALLS / LIMIT);
    assert!(done.load(Ordering::SeqCst) >= CALLS);
    let share = throttled as f64 / (CALLS + throttled) as f64;
    assert!(
        share <= 0.02,
        "{throttled} calls were throttled in {took:?}"
    );
    assert!(
        took <= ideal.mul_f64(1.05),
        "took {took:?} for an ideal {ideal:?}, {throttled} throttled"
    );
    let per_second = per_second.lock().expect("not poisoned").clone();
    let last_full = took.as_secs() as usize;
    for (second, count) in per_second.iter().enumerate().take(last_full).skip(4) {
        assert!(
            *count as f64 >= LIMIT as f64 * 0.95,
            "second {second}: {count} calls ({per_second:?})"
        );
    }
}
