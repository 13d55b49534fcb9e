//! The bulk runner against the fake over loopback: bounded concurrency with the first call
//! alone, nothing new after an authentication failure or a stop, outcomes in the order they
//! finish, and panics that are not hidden.

use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use dli_fake::{FakeConfig, FakeDli, Fault, ListFilter, NewConnection};
use futures_util::StreamExt;
use uuid::Uuid;

use crate::{BulkOutcome, Client, ClientBuilder, Credentials, Environment, RetryPolicy, Stopped};

const PROJECT_ID: &str = "bulk";
const AK: &str = "AK";

async fn start_fake() -> FakeDli {
    FakeDli::start(
        FakeConfig::default()
            .with_key(AK, "SK")
            .creating_for(Duration::ZERO),
    )
    .await
    .expect("the fake")
}

fn builder(fake: &FakeDli) -> ClientBuilder {
    Client::builder()
        .environment(Environment::from_pairs([]))
        .endpoint(fake.base_url())
        .project_id(PROJECT_ID)
        .credentials(Credentials::ak_sk(AK, "SK"))
        .retry_policy(RetryPolicy::default().base_delay(Duration::from_millis(1)))
}

fn new_connection(name: &str) -> NewConnection {
    NewConnection {
        name: name.to_owned(),
        dest_vpc_id: "vpc".to_owned(),
        dest_network_id: "subnet".to_owned(),
        ..NewConnection::default()
    }
}

fn stored(fake: &FakeDli, count: usize) -> Vec<Uuid> {
    (0..count)
        .map(|n| {
            fake.store()
                .create(PROJECT_ID, new_connection(&format!("bulk_{n}")))
                .expect("stored")
        })
        .collect()
}

fn width(n: usize) -> NonZeroUsize {
    NonZeroUsize::new(n).expect("non-zero")
}

/// Calls under way, and the most seen at once.
#[derive(Default)]
struct InFlight {
    now: AtomicUsize,
    most: AtomicUsize,
    /// Each call's start and end, in order: `(true, n)` for the start of the n-th started.
    events: Mutex<Vec<(bool, usize)>>,
    started: AtomicUsize,
}

impl InFlight {
    fn start(&self) -> usize {
        let n = self.started.fetch_add(1, Ordering::SeqCst);
        let now = self.now.fetch_add(1, Ordering::SeqCst) + 1;
        self.most.fetch_max(now, Ordering::SeqCst);
        self.events.lock().expect("not poisoned").push((true, n));
        n
    }

    fn end(&self, n: usize) {
        self.now.fetch_sub(1, Ordering::SeqCst);
        self.events.lock().expect("not poisoned").push((false, n));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_item_once_at_most_n_at_a_time_the_first_alone() {
    let fake = start_fake().await;
    let client = builder(&fake).build().expect("valid");
    let ids = stored(&fake, 200);
    // Every call is held a little, so that the workers overlap.
    fake.inject(
        Fault::delay(Duration::from_millis(5))
            .method("DELETE")
            .times(u32::MAX),
    );
    let flight = Arc::new(InFlight::default());
    let mut run = client.bulk(ids.clone(), width(8), {
        let flight = Arc::clone(&flight);
        move |client, id: Uuid| {
            let flight = Arc::clone(&flight);
            async move {
                let n = flight.start();
                let result = client.delete_connection(id).await;
                flight.end(n);
                result
            }
        }
    });
    assert_eq!(run.total(), 200);
    let mut seen = Vec::new();
    while let Some(done) = run.next().await {
        let BulkOutcome {
            item,
            result,
            elapsed,
            ..
        } = done;
        let response = result.expect("deleted");
        assert_eq!(response.attempts(), 1);
        assert!(elapsed >= Duration::from_millis(5), "{elapsed:?}");
        seen.push(item);
    }
    assert_eq!(run.not_started(), 0);
    assert_eq!(run.stopped(), None);
    seen.sort();
    let mut expected = ids.clone();
    expected.sort();
    assert_eq!(seen, expected, "every id exactly once");
    for id in &ids {
        assert_eq!(
            fake.store()
                .get(PROJECT_ID, *id)
                .map(|c| c.status(std::time::Instant::now()).as_str()),
            Some("DELETED")
        );
    }
    let most = flight.most.load(Ordering::SeqCst);
    assert!(
        (2..=8).contains(&most),
        "at most 8 at once, and more than one: {most}"
    );
    let events = flight.events.lock().expect("not poisoned").clone();
    assert_eq!(
        &events[..2],
        &[(true, 0), (false, 0)],
        "the first call ends before any other starts"
    );
}

#[tokio::test]
async fn nothing_new_starts_after_an_authentication_failure() {
    let fake = start_fake().await;
    let client = builder(&fake)
        .credentials(Credentials::ak_sk(AK, "a-wrong-secret"))
        .build()
        .expect("valid");
    let ids = stored(&fake, 50);
    let mut run = client.bulk(ids, width(16), |client, id| async move {
        client.delete_connection(id).await
    });
    let outcomes: Vec<_> = (&mut run).collect().await;
    assert_eq!(outcomes.len(), 1, "only the first call was made");
    let error = outcomes[0].result.as_ref().expect_err("refused");
    assert!(error.is_auth(), "{error}");
    assert_eq!(outcomes[0].attempts(), Some(1));
    assert_eq!(run.stopped(), Some(Stopped::AuthFailed));
    assert_eq!(run.not_started(), 49);
    assert_eq!(fake.auth_failures(AK), 1, "the gateway counted one failure");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stop_lets_the_calls_under_way_finish_and_starts_nothing_new() {
    let fake = start_fake().await;
    let client = builder(&fake).build().expect("valid");
    let ids = stored(&fake, 300);
    fake.inject(
        Fault::delay(Duration::from_millis(20))
            .method("DELETE")
            .times(u32::MAX),
    );
    let mut run = client.bulk(ids, width(4), |client, id| async move {
        client.delete_connection(id).await
    });
    let stopper = run.stopper();
    let mut finished = 0;
    while let Some(done) = run.next().await {
        done.result.expect("every started call finishes");
        finished += 1;
        if finished == 10 {
            stopper.stop();
        }
    }
    assert_eq!(run.stopped(), Some(Stopped::ByRequest));
    // After the stop, what is still read: outcomes already sent but not yet read (the channel
    // holds as many as the width, 4) and the calls under way (one per worker, 4).
    assert!((10..=18).contains(&finished), "{finished} finished");
    assert_eq!(finished + run.not_started(), 300, "started calls all end");
    let (live, _) = fake
        .store()
        .list(PROJECT_ID, &ListFilter::default(), 0, None);
    assert_eq!(
        live.len(),
        300 - finished,
        "only the finished calls deleted"
    );
}

#[tokio::test]
async fn any_operation_runs_in_bulk_and_its_failures_are_its_own() {
    let fake = start_fake().await;
    let client = builder(&fake).build().expect("valid");
    let mut ids = stored(&fake, 5);
    let missing = Uuid::new_v4();
    ids.push(missing);
    let mut run = client.bulk(ids, width(3), |client, id| async move {
        client.connection(id).await
    });
    let mut names = Vec::new();
    let mut failed = Vec::new();
    while let Some(done) = run.next().await {
        match done.result {
            Ok(shown) => names.push(shown.into_inner().name.unwrap_or_default()),
            Err(error) => {
                assert!(error.is_not_found(), "{error}");
                failed.push(done.item);
            }
        }
    }
    names.sort();
    assert_eq!(names, ["bulk_0", "bulk_1", "bulk_2", "bulk_3", "bulk_4"]);
    assert_eq!(
        failed,
        [missing],
        "a failure that is not authentication stops nothing"
    );
}

#[tokio::test]
async fn a_panic_in_the_operation_reaches_the_reader() {
    let fake = start_fake().await;
    let client = builder(&fake).build().expect("valid");
    let ids = stored(&fake, 3);
    let poisoned = ids[1];
    let mut run = client.bulk(ids, width(1), move |client, id| async move {
        assert_ne!(id, poisoned, "the operation panics on the second id");
        client.connection(id).await
    });
    let first = run.next().await.expect("the first outcome");
    first.result.expect("shown");
    let second =
        futures_util::FutureExt::catch_unwind(std::panic::AssertUnwindSafe(run.next())).await;
    assert!(second.is_err(), "the panic was hidden");
}

#[tokio::test]
async fn an_outcome_counts_the_attempts_of_its_call() {
    let fake = start_fake().await;
    let client = builder(&fake).build().expect("valid");
    let ids = stored(&fake, 3);
    let mut run = client.bulk(ids, width(1), |client, id| async move {
        client.delete_connection(id).await
    });
    assert_eq!(
        format!("{run:?}"),
        "Bulk { total: 3, started: 0, stopped: None, .. }",
        "nothing started before the stream is polled"
    );
    fake.inject(
        Fault::respond(503, r#"{"error_code": "APIGW.0203", "error_msg": "busy"}"#)
            .method("DELETE"),
    );
    let mut attempts = Vec::new();
    while let Some(done) = run.next().await {
        attempts.push(done.attempts());
    }
    attempts.sort();
    assert_eq!(
        attempts,
        [Some(1), Some(1), Some(2)],
        "one delete was sent again"
    );
    assert_eq!(
        format!("{run:?}"),
        "Bulk { total: 3, started: 3, stopped: None, .. }"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dropping_the_stream_starts_nothing_new() {
    let fake = start_fake().await;
    let client = builder(&fake).build().expect("valid");
    let ids = stored(&fake, 100);
    fake.inject(
        Fault::delay(Duration::from_millis(20))
            .method("DELETE")
            .times(u32::MAX),
    );
    let mut run = client.bulk(ids, width(2), |client, id| async move {
        client.delete_connection(id).await
    });
    run.next()
        .await
        .expect("the first outcome")
        .result
        .expect("deleted");
    drop(run);
    // The calls under way finish (two, and two more whose outcomes were waiting to be read);
    // at 20 ms a call, two workers that went on would send about 50 in half a second.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let sent = fake.stats().requests_of("DeleteEnhancedConnection");
    assert!(
        sent <= 6,
        "{sent} deletes sent: the run went on after the drop"
    );
}
