//! The connection's lifecycle through `dli-client` and the fake: create, the refusal while
//! creating, the waiter (ready, failed peering, timeout), listing across pages, and which
//! failures a create may be retried after.

use std::time::Duration;

use dli_client::{Error, TimeoutKind, types};
use dli_fake::{FakeDli, Fault, FaultAction};
use dli_tests::fixtures::{PROJECT_ID, builder, fake_config, new_connection, start_fake};

fn client(fake: &FakeDli) -> dli_client::Client {
    builder(&fake.base_url())
        .build()
        .expect("valid configuration")
}

fn new_request(name: &str) -> types::builder::CreateEnhancedConnectionRequest {
    types::CreateEnhancedConnectionRequest::builder()
        .name(name)
        .dest_vpc_id("vpc-1")
        .dest_network_id("subnet-1")
        .queues(vec!["etl_queue".to_owned()])
}

/// How many times a fault queued with `times` has yet to fire.
fn unused(fake: &FakeDli) -> u32 {
    fake.faults()
        .pending()
        .iter()
        .map(|fault| fault.times)
        .sum()
}

#[tokio::test]
async fn a_connection_being_created_is_refused_then_deleted_when_ready() {
    let fake = start_fake(fake_config().creating_for(Duration::from_millis(600))).await;
    let client = client(&fake);
    let created = client
        .create_connection(new_request("orders"))
        .await
        .expect("created")
        .into_inner();
    let id = created.connection_id.expect("an id");

    let refused = client
        .delete_connection(id)
        .await
        .expect_err("still creating");
    assert_eq!(refused.status().map(|s| s.as_u16()), Some(400));
    assert!(refused.to_string().contains("being created"), "{refused}");
    assert!(!refused.is_not_found());

    let started = std::time::Instant::now();
    let deleted = client
        .delete_connection_when_ready(id, Duration::from_secs(10))
        .await
        .expect("deleted once ready")
        .into_inner();
    assert!(deleted.is_success);
    assert_eq!(deleted.message.as_deref(), Some("Deleted"));
    assert!(
        started.elapsed() >= Duration::from_millis(300),
        "the waiter returned before the connection was ready"
    );
    let shown = client
        .connection(id)
        .await
        .expect("still shown")
        .into_inner();
    assert_eq!(shown.status.as_deref(), Some("DELETED"));
}

#[tokio::test]
async fn a_failed_peering_does_not_stop_the_cleanup() {
    let fake = start_fake(fake_config().creating_for(Duration::ZERO)).await;
    let client = client(&fake);
    let id = client
        .create_connection(new_request("failing"))
        .await
        .expect("created")
        .into_inner()
        .connection_id
        .expect("an id");
    assert!(fake.store().fail_peering(
        PROJECT_ID,
        id,
        "etl_queue",
        "The subnet has no free address"
    ));
    // The wait ends at once: nothing is creating any more, and the failure is shown.
    let shown = client
        .wait_until_deletable(id, Duration::from_secs(10))
        .await
        .expect("a failed peering is no reason to wait");
    assert_eq!(
        dli_client::failed_peerings(&shown),
        vec![(
            "etl_queue".to_owned(),
            "The subnet has no free address".to_owned()
        )]
    );
    let deleted = client
        .delete_connection_when_ready(id, Duration::from_secs(10))
        .await
        .expect("the broken connection is deleted");
    assert_eq!(deleted.message.as_deref(), Some("Deleted"));
    let shown = client.connection(id).await.expect("shown").into_inner();
    assert_eq!(shown.status.as_deref(), Some("DELETED"));
}

#[tokio::test]
async fn waiting_too_long_is_a_timeout_of_its_own_kind() {
    let fake = start_fake(fake_config().creating_for(Duration::from_secs(60))).await;
    let client = client(&fake);
    let id = client
        .create_connection(new_request("slow"))
        .await
        .expect("created")
        .into_inner()
        .connection_id
        .expect("an id");
    let started = std::time::Instant::now();
    let error = client
        .wait_until_deletable(id, Duration::from_millis(400))
        .await
        .expect_err("still creating");
    assert!(started.elapsed() < Duration::from_secs(5));
    let Error::Timeout { kind, attempts, .. } = error else {
        panic!("expected a timeout, got {error:?}");
    };
    assert_eq!(kind, TimeoutKind::Wait);
    assert!(attempts >= 2, "looked {attempts} times");
    // A missing connection is not waited for.
    let missing = client
        .wait_until_deletable(uuid::Uuid::new_v4(), Duration::from_secs(10))
        .await
        .expect_err("missing");
    assert!(missing.is_not_found(), "{missing}");
}

#[tokio::test]
async fn listing_fetches_every_page_and_filters() {
    let fake = start_fake(fake_config()).await;
    for n in 0..7 {
        fake.store()
            .create(PROJECT_ID, new_connection(&format!("conn_{n}")))
            .expect("stored");
    }
    let gone = fake
        .store()
        .create(PROJECT_ID, new_connection("gone"))
        .expect("stored");
    let client = client(&fake);
    client.delete_connection(gone).await.expect("deleted");

    let all = client
        .connections()
        .page_size(3)
        .collect()
        .await
        .expect("listed");
    let names: Vec<String> = all.into_iter().filter_map(|c| c.name).collect();
    let expected: Vec<String> = (0..7).map(|n| format!("conn_{n}")).collect();
    assert_eq!(names, expected);

    let deleted = client
        .connections()
        .status("deleted")
        .collect()
        .await
        .expect("listed");
    assert_eq!(deleted.len(), 1);
    assert_eq!(deleted[0].id, Some(gone));
    let by_name = client
        .connections()
        .name("conn_3")
        .collect()
        .await
        .expect("listed");
    assert_eq!(by_name.len(), 1);
}

/// The live connections of this name on the fake.
fn named(fake: &FakeDli, name: &str) -> usize {
    fake.store()
        .list(PROJECT_ID, &dli_fake::ListFilter::default(), 0, None)
        .0
        .iter()
        .filter(|connection| connection.spec.name == name)
        .count()
}

#[tokio::test]
async fn a_create_committed_whose_answer_is_lost_is_found_by_its_name() {
    let fake = start_fake(fake_config()).await;
    let client = client(&fake);
    fake.inject(Fault::new(FaultAction::HandleThenDrop).method("POST"));
    let created = client
        .create_connection(new_request("committed"))
        .await
        .expect("recovered");
    assert!(created.is_recovered());
    assert_eq!(created.attempts(), 1);
    assert_eq!(created.request_id(), None);
    let id = created.into_inner().connection_id.expect("an id");
    assert_eq!(named(&fake, "committed"), 1, "made once, not twice");
    assert_eq!(
        fake.store().get(PROJECT_ID, id).map(|c| c.spec.name),
        Some("committed".to_owned())
    );
    let stats = fake.stats();
    assert_eq!(stats.requests_of("CreateEnhancedConnection"), 1);
    assert_eq!(stats.requests_of("ListEnhancedConnections"), 1);
}

#[tokio::test]
async fn a_create_lost_before_dli_made_anything_is_sent_again_after_the_lookup() {
    let fake = start_fake(fake_config()).await;
    let client = client(&fake);
    fake.inject(Fault::new(FaultAction::Drop).method("POST"));
    let created = client
        .create_connection(new_request("resent"))
        .await
        .expect("created on the second send");
    assert!(!created.is_recovered());
    assert_eq!(created.attempts(), 2);
    assert!(created.request_id().is_some());
    assert_eq!(named(&fake, "resent"), 1);
    let stats = fake.stats();
    assert_eq!(stats.requests_of("CreateEnhancedConnection"), 2);
    assert_eq!(stats.requests_of("ListEnhancedConnections"), 1);
}

#[tokio::test]
async fn a_create_whose_answer_is_always_lost_stops_at_the_attempt_limit() {
    let fake = start_fake(fake_config()).await;
    let client = client(&fake);
    fake.inject(Fault::new(FaultAction::Drop).method("POST").times(3));
    let error = client
        .create_connection(new_request("lost"))
        .await
        .expect_err("the answer was lost every time");
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
    assert!(error.is_outcome_unknown());
    assert_eq!(unused(&fake), 0, "three sends, one per attempt");
    assert_eq!(fake.stats().requests_of("ListEnhancedConnections"), 3);
    assert_eq!(named(&fake, "lost"), 0);
}

#[tokio::test]
async fn a_create_whose_lookup_fails_returns_its_own_error_and_is_not_sent_again() {
    let fake = start_fake(fake_config()).await;
    let client = client(&fake);
    fake.inject(Fault::new(FaultAction::HandleThenDrop).method("POST"));
    fake.inject(
        Fault::respond(403, r#"{"error_code": "DLI.0013", "error_msg": "no"}"#).method("GET"),
    );
    let error = client
        .create_connection(new_request("unsure"))
        .await
        .expect_err("neither the answer nor the lookup came");
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
    assert_eq!(fake.stats().requests_of("CreateEnhancedConnection"), 1);
    assert_eq!(named(&fake, "unsure"), 1);
}

#[tokio::test]
async fn a_create_refused_by_dli_is_not_looked_up() {
    let fake = start_fake(fake_config()).await;
    let client = client(&fake);
    client
        .create_connection(new_request("taken"))
        .await
        .expect("created");
    let error = client
        .create_connection(new_request("taken"))
        .await
        .expect_err("the name is taken");
    assert_eq!(error.error_code(), Some("DLI.0006"), "{error}");
    assert!(!error.is_outcome_unknown());
    assert_eq!(fake.stats().requests_of("ListEnhancedConnections"), 0);
}

#[tokio::test]
async fn a_lost_delete_is_retried() {
    let fake = start_fake(fake_config()).await;
    let client = client(&fake);
    // A delete, being idempotent, is retried after the same failure.
    let id = fake
        .store()
        .create(PROJECT_ID, new_connection("kept"))
        .expect("stored");
    fake.inject(Fault::new(FaultAction::Drop).method("DELETE").times(2));
    client
        .delete_connection(id)
        .await
        .expect("deleted on the third attempt");
    assert_eq!(unused(&fake), 0);
}

#[tokio::test]
async fn a_create_is_retried_after_throttling_but_not_after_a_5xx() {
    let fake = start_fake(fake_config()).await;
    let client = client(&fake);
    fake.inject(
        Fault::respond(
            429,
            r#"{"error_code": "APIGW.0308", "error_msg": "The throttling threshold has been reached"}"#,
        )
        .method("POST"),
    );
    client
        .create_connection(new_request("throttled"))
        .await
        .expect("created on the second attempt");
    assert_eq!(unused(&fake), 0);

    fake.inject(
        Fault::respond(503, r#"{"error_code": "APIGW.0203", "error_msg": "busy"}"#)
            .method("POST")
            .times(3),
    );
    // A 503 carried nothing out: the create is sent again, until the attempts are spent.
    let error = client
        .create_connection(new_request("unavailable"))
        .await
        .expect_err("three 503s");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(error.attempts(), Some(3));
    assert_eq!(unused(&fake), 0, "three sends");
    let (listed, _) = fake.store().list(PROJECT_ID, &Default::default(), 0, None);
    assert_eq!(
        listed.len(),
        1,
        "only the throttled create made a connection"
    );
}

#[tokio::test]
async fn a_create_that_cannot_connect_is_retried() {
    // A port that was just free: nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port")
        .port();
    let client = builder(&format!("http://127.0.0.1:{port}"))
        .build()
        .expect("valid configuration");
    let error = client
        .create_connection(new_request("nowhere"))
        .await
        .expect_err("nothing listens");
    let Error::Connect { attempts, .. } = error else {
        panic!("expected a connect error, got {error:?}");
    };
    assert_eq!(attempts, 3, "nothing reached DLI, so every attempt is made");
}
