//! The pacer on a paused clock: its schedule, and its learning against a simulated gateway.

use std::sync::Arc;
use std::sync::atomic::AtomicU64;

use reqwest::StatusCode;

use super::*;

const API: &str = "delete_enhanced_connection";

fn answered(status: u16) -> AttemptOutcome {
    AttemptOutcome::Answered {
        status: StatusCode::from_u16(status).expect("valid"),
        retry_after: None,
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
    // A 429 with nothing let through: 10 a second, so one every 100 ms.
    pacer.record(API, &answered(429));
    for _ in 0..5 {
        pacer.ready(API).await;
    }
    assert_eq!(started.elapsed(), Duration::from_millis(400));
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
/// all calls get through, close to the ideal time, with few `429`s.
#[tokio::test(start_paused = true)]
async fn the_adaptive_pacer_keeps_bulk_work_to_the_gateways_limit() {
    const LIMIT: u64 = 100;
    const CALLS: u64 = 2000;
    const IN_FLIGHT: usize = 64;
    let pacer = Arc::new(Pacer::new(RateLimit::Adaptive));
    let gateway = Arc::new(Gateway {
        origin: Instant::now(),
        limit: LIMIT,
        window: Mutex::new((0, 0)),
        throttled: AtomicU64::new(0),
    });
    let done = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    let workers: Vec<_> = (0..IN_FLIGHT)
        .map(|_| {
            let (pacer, gateway, done) = (pacer.clone(), gateway.clone(), done.clone());
            tokio::spawn(async move {
                while done.load(Ordering::SeqCst) < CALLS {
                    pacer.ready(API).await;
                    let status = gateway.answer();
                    // The answer takes a little while, as over loopback.
                    tokio::time::sleep(Duration::from_millis(2)).await;
                    pacer.record(API, &answered(status));
                    if status == 200 {
                        done.fetch_add(1, Ordering::SeqCst);
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
    // The first burst finds the limit (at most one 429 a call in flight), later ones are
    // rare: the figures to meet are measured by `cargo xtask bench`.
    assert!(
        throttled <= IN_FLIGHT as u64 + CALLS * 5 / 100,
        "{throttled} calls were throttled in {took:?}"
    );
    assert!(
        took <= ideal.mul_f64(1.25),
        "took {took:?} for an ideal {ideal:?}, {throttled} throttled"
    );
    eprintln!(
        "{CALLS} calls at {LIMIT}/s: {took:?}, {throttled} throttled, learnt {:.1}/s",
        pacer.rate()
    );
    // And it learnt a rate close to the limit, not far under it.
    let rate = pacer.rate();
    assert!(
        (LIMIT as f64 * 0.8..=LIMIT as f64 * 1.1).contains(&rate),
        "learnt {rate} a second for a limit of {LIMIT}"
    );
}

#[tokio::test(start_paused = true)]
async fn each_api_is_paced_on_its_own() {
    let pacer = Pacer::new(RateLimit::Adaptive);
    // Deletes are throttled with nothing let through: 10 a second.
    pacer.record(API, &answered(429));
    assert!((pacer.rate() - 10.0).abs() < 1e-9);
    let started = Instant::now();
    // Shows are not held back by the deletes' limit.
    for _ in 0..100 {
        pacer.ready("show_enhanced_connection").await;
    }
    assert_eq!(started.elapsed(), Duration::ZERO);
    for _ in 0..3 {
        pacer.ready(API).await;
    }
    assert_eq!(started.elapsed(), Duration::from_millis(200));
}
