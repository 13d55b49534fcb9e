//! Every answer is read with a limit: a body over it fails with an error that names the
//! limit, after reading no more than it; a body that never ends or never arrives cannot hold
//! a call past its time limits.

use std::time::{Duration, Instant};

use dli_client::{Error, RetryPolicy, TimeoutKind};
use dli_fake::{Fault, FaultAction};
use dli_tests::fixtures::{
    PROJECT_ID, builder, connection_id, fake_config, new_connection, start_fake,
};
use dli_tests::{RecordingServer, Reply};

fn huge_deleted(bytes: usize) -> String {
    format!(
        r#"{{"is_success": true, "message": "{}"}}"#,
        "x".repeat(bytes)
    )
}

#[tokio::test]
async fn a_success_body_over_the_limit_is_refused_and_a_higher_limit_takes_it() {
    let server = RecordingServer::start([Reply::json(200, huge_deleted(32 << 20))])
        .await
        .expect("start");
    let error = builder(&server.base_url())
        .build()
        .expect("valid configuration")
        .delete_connection(connection_id())
        .await
        .expect_err("32 MiB is over the 1 MiB default");
    let Error::ResponseTooLarge { limit, status, .. } = &error else {
        panic!("expected ResponseTooLarge, got {error:?}");
    };
    assert_eq!((*limit, status.as_u16()), (1 << 20, 200));
    assert!(error.to_string().contains("1048576 bytes"), "{error}");
    assert_eq!(
        server.requests().len(),
        1,
        "a body too large is not retried"
    );

    let taken = builder(&server.base_url())
        .body_limit(64 << 20)
        .build()
        .expect("valid configuration")
        .delete_connection(connection_id())
        .await
        .expect("under a 64 MiB limit");
    assert_eq!(taken.message.as_deref().map(str::len), Some(32 << 20));
}

#[tokio::test]
async fn an_endless_body_stops_at_the_limit() {
    let fake = start_fake(fake_config()).await;
    let id = fake
        .store()
        .create(PROJECT_ID, new_connection("endless"))
        .expect("stored");
    fake.inject(Fault::new(FaultAction::Endless));
    let started = Instant::now();
    let error = builder(&fake.base_url())
        .body_limit(256 << 10)
        .build()
        .expect("valid configuration")
        .connection(id)
        .await
        .expect_err("the body never ends");
    assert!(
        matches!(error, Error::ResponseTooLarge { limit, .. } if limit == 256 << 10),
        "{error:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[tokio::test]
async fn a_declared_length_over_the_limit_is_not_waited_for() {
    let fake = start_fake(fake_config()).await;
    fake.inject(Fault::new(FaultAction::Stall { length: 1 << 40 }));
    let started = Instant::now();
    let error = builder(&fake.base_url())
        .build()
        .expect("valid configuration")
        .delete_connection(connection_id())
        .await
        .expect_err("a terabyte is declared");
    assert!(matches!(error, Error::ResponseTooLarge { .. }), "{error:?}");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_body_that_stalls_or_drips_runs_into_the_attempt_timeout() {
    let fake = start_fake(fake_config()).await;
    let client = builder(&fake.base_url())
        .attempt_timeout(Duration::from_millis(300))
        .retry_policy(
            RetryPolicy::default()
                .max_attempts(2)
                .base_delay(Duration::from_millis(1)),
        )
        .build()
        .expect("valid configuration");
    for action in [
        FaultAction::Stall { length: 100 },
        FaultAction::Drip { millis: 100 },
    ] {
        fake.inject(Fault::new(action.clone()).times(2));
        let started = Instant::now();
        let error = client
            .delete_connection(connection_id())
            .await
            .expect_err("the body does not arrive in time");
        let Error::Timeout { kind, attempts, .. } = error else {
            panic!("{action:?}: expected a timeout, got {error:?}");
        };
        assert_eq!((kind, attempts), (TimeoutKind::Attempt, 2), "{action:?}");
        assert!(started.elapsed() < Duration::from_secs(3), "{action:?}");
    }
}

#[tokio::test]
async fn list_pages_have_a_limit_of_their_own() {
    let fake = start_fake(fake_config()).await;
    for n in 0..20 {
        fake.store()
            .create(PROJECT_ID, new_connection(&format!("page_{n}")))
            .expect("stored");
    }
    // A page over the limit is asked for again in smaller pages.
    let small_pages = builder(&fake.base_url())
        .page_body_limit(1024)
        .build()
        .expect("valid configuration");
    let before = fake.stats().requests_of("ListEnhancedConnections");
    let listed = small_pages.connections().collect().await.expect("listed");
    assert_eq!(listed.len(), 20);
    assert!(
        fake.stats().requests_of("ListEnhancedConnections") - before > 3,
        "smaller pages"
    );
    // One connection over the limit still fails, naming it.
    let tiny_pages = builder(&fake.base_url())
        .page_body_limit(64)
        .build()
        .expect("valid configuration");
    let error = tiny_pages
        .connections()
        .collect()
        .await
        .expect_err("one connection is over 64 bytes");
    assert!(
        matches!(error, Error::ResponseTooLarge { limit: 64, .. }),
        "{error:?}"
    );
    // The object limit does not apply to pages.
    let small_objects = builder(&fake.base_url())
        .body_limit(64)
        .build()
        .expect("valid configuration");
    assert_eq!(
        small_objects
            .connections()
            .collect()
            .await
            .expect("listed")
            .len(),
        20
    );
}
