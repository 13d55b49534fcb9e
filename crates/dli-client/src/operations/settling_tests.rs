//! Settling against the fake over loopback: the real client, real signing, faults injected
//! where the operation's own request goes, and the fake's counts of what reached it.

use std::time::Duration;

use dli_fake::{FakeConfig, FakeDli, Fault, FaultAction, NewConnection};

use crate::{Client, Credentials, Environment, Error, Peers, RetryPolicy, Settled};

const PROJECT: &str = "settling";

async fn setup() -> (FakeDli, Client, uuid::Uuid) {
    let fake = FakeDli::start(
        FakeConfig::default()
            .with_key("AK", "SK")
            .creating_for(Duration::ZERO),
    )
    .await
    .expect("the fake");
    let client = Client::builder()
        .environment(Environment::from_pairs([]))
        .endpoint(fake.base_url())
        .project_id(PROJECT)
        .credentials(Credentials::ak_sk("AK", "SK"))
        .retry_policy(RetryPolicy::default().base_delay(Duration::from_millis(1)))
        .build()
        .expect("a client");
    let id = fake
        .store()
        .create(
            PROJECT,
            NewConnection {
                name: "held".to_owned(),
                dest_vpc_id: "vpc".to_owned(),
                dest_network_id: "subnet".to_owned(),
                ..NewConnection::default()
            },
        )
        .expect("stored");
    (fake, client, id)
}

fn internal_error() -> Fault {
    Fault::respond(
        500,
        r#"{"error_code": "DLI.0999", "error_msg": "internal"}"#,
    )
}

fn requests(fake: &FakeDli, operation: &str) -> u64 {
    fake.stats().requests_of(operation)
}

#[tokio::test]
async fn a_delete_whose_answer_was_lost_is_gone_on_retry_and_only_then() {
    let (fake, client, id) = setup().await;
    fake.inject(Fault::new(FaultAction::HandleThenDrop).method("DELETE"));
    let deleted = client.delete_connection(id).await.expect("deleted");
    assert_eq!(deleted.settled(), Settled::GoneOnRetry);
    assert_eq!(deleted.attempts(), 2);
    assert!(deleted.is_success);
    // A retry after a 503, which carried nothing out, that finds the id missing: not found.
    fake.inject(
        Fault::respond(503, r#"{"error_code": "APIGW.0203", "error_msg": "busy"}"#)
            .method("DELETE"),
    );
    let missing = client.delete_connection(id).await.expect_err("missing");
    assert!(missing.is_not_found(), "{missing:?}");
    assert_eq!(missing.attempts(), Some(2));
    // A 500 may have carried the delete out: the retry's "not exist" is success.
    let (fake, client, id) = setup().await;
    fake.store()
        .delete(PROJECT, id)
        .expect("deleted behind the client's back");
    fake.inject(internal_error().method("DELETE"));
    let gone = client.delete_connection(id).await.expect("gone on retry");
    assert_eq!(gone.settled(), Settled::GoneOnRetry);
}

#[tokio::test]
async fn a_bind_is_sent_again_only_when_a_read_shows_it_did_not_land() {
    // Lost after it landed: shown bound, sent once.
    let (fake, client, id) = setup().await;
    fake.inject(Fault::new(FaultAction::HandleThenDrop).path_contains("associate-queue"));
    let bound = client.bind(id, &Peers::pools(["p1"])).await.expect("bound");
    assert_eq!(bound.settled(), Settled::ShownByRead);
    assert_eq!(requests(&fake, "AssociateQueueToEnhancedConnection"), 1);
    assert_eq!(requests(&fake, "ShowEnhancedConnection"), 1);

    // A 500 before it landed: a read shows it did not, and the second send binds.
    let (fake, client, id) = setup().await;
    fake.inject(internal_error().path_contains("associate-queue"));
    let bound = client.bind(id, &Peers::pools(["p1"])).await.expect("bound");
    assert_eq!(bound.settled(), Settled::Answered);
    assert_eq!(bound.attempts(), 2);
    assert_eq!(requests(&fake, "AssociateQueueToEnhancedConnection"), 2);
    assert_eq!(requests(&fake, "ShowEnhancedConnection"), 1);

    // A second send refused after an unknown first one: the refusal may be the first
    // send's doing, so a read decides; it did not land, so the refusal is DLI's answer.
    let (fake, client, id) = setup().await;
    fake.inject(internal_error().path_contains("associate-queue"));
    fake.inject(
        Fault::respond(
            400,
            r#"{"error_code": "DLI.0001", "error_msg": "busy binding"}"#,
        )
        .path_contains("associate-queue"),
    );
    let refused = client
        .bind(id, &Peers::pools(["p1"]))
        .await
        .expect_err("refused");
    assert_eq!(refused.error_code(), Some("DLI.0001"));
    assert_eq!(refused.attempts(), Some(2));
    assert_eq!(requests(&fake, "ShowEnhancedConnection"), 2);

    // Every send fails before landing: three sends, the last error, every attempt counted.
    let (fake, client, id) = setup().await;
    fake.inject(internal_error().path_contains("associate-queue").times(5));
    let failed = client
        .bind(id, &Peers::pools(["p1"]))
        .await
        .expect_err("never bound");
    assert_eq!(failed.status().map(|status| status.as_u16()), Some(500));
    assert_eq!(failed.attempts(), Some(3));
    assert_eq!(requests(&fake, "AssociateQueueToEnhancedConnection"), 3);

    // A refusal with nothing unknown before it is DLI's answer: no read.
    let (fake, client, id) = setup().await;
    fake.inject(
        Fault::respond(
            400,
            r#"{"error_code": "DLI.0001", "error_msg": "no such pool"}"#,
        )
        .path_contains("associate-queue"),
    );
    let refused = client
        .bind(id, &Peers::pools(["p1"]))
        .await
        .expect_err("refused");
    assert_eq!(refused.error_code(), Some("DLI.0001"));
    assert_eq!(requests(&fake, "ShowEnhancedConnection"), 0);
}

#[tokio::test]
async fn unbinds_and_routes_are_settled_by_what_show_says() {
    let (fake, client, id) = setup().await;
    client.bind(id, &Peers::pools(["p1"])).await.expect("bound");
    fake.inject(Fault::new(FaultAction::HandleThenDrop).path_contains("disassociate-queue"));
    let unbound = client
        .unbind(id, &Peers::pools(["p1"]))
        .await
        .expect("unbound");
    assert_eq!(unbound.settled(), Settled::ShownByRead);

    fake.inject(
        Fault::new(FaultAction::HandleThenDrop)
            .method("POST")
            .path_contains("/routes"),
    );
    let added = client
        .add_route(id, "office", "192.168.0.0/24")
        .await
        .expect("added");
    assert_eq!(added.settled(), Settled::ShownByRead);
    // A route of the name with another CIDR is not this add landing.
    fake.store()
        .add_route(PROJECT, id, "lab", "10.1.0.0/16")
        .expect("a route");
    fake.inject(internal_error().method("POST").path_contains("/routes"));
    let refused = client
        .add_route(id, "lab", "10.2.0.0/16")
        .await
        .expect_err("the name is taken by another network");
    // The 500 is settled by a read (no route of that name and CIDR), the second send is
    // refused for the name, and the read after it shows the other network still there.
    assert_eq!(refused.error_code(), Some("DLI.0001"), "{refused:?}");
    assert!(
        refused.to_string().contains("lab already exists"),
        "{refused}"
    );
    assert_eq!(requests(&fake, "CreateRouteToEnhancedConnection"), 3);
    let routes = client.routes(id).await.expect("routes");
    let lab = routes
        .iter()
        .find(|route| route.name.as_deref() == Some("lab"));
    assert_eq!(
        lab.and_then(|route| route.cidr.as_deref()),
        Some("10.1.0.0/16")
    );

    fake.inject(
        Fault::new(FaultAction::HandleThenDrop)
            .method("DELETE")
            .path_contains("/routes/"),
    );
    let deleted = client.delete_route(id, "office").await.expect("deleted");
    assert_eq!(deleted.settled(), Settled::GoneOnRetry);
}

#[tokio::test]
async fn a_create_whose_answer_was_lost_is_found_by_name_within_one_deadline() {
    let (fake, client, _) = setup().await;
    fake.inject(Fault::new(FaultAction::HandleThenDrop).method("POST"));
    let request = crate::types::CreateEnhancedConnectionRequest::builder()
        .name("lost_answer")
        .dest_vpc_id("vpc")
        .dest_network_id("subnet");
    let created = client.create_connection(request).await.expect("found");
    assert_eq!(created.settled(), Settled::FoundByName);
    assert_eq!(requests(&fake, "CreateEnhancedConnection"), 1);

    // Every send and every lookup stalls: the whole call ends by its one deadline.
    let (fake, _, _) = setup().await;
    let client = Client::builder()
        .environment(Environment::from_pairs([]))
        .endpoint(fake.base_url())
        .project_id(PROJECT)
        .credentials(Credentials::ak_sk("AK", "SK"))
        .attempt_timeout(Duration::from_millis(200))
        .deadline(Duration::from_millis(700))
        .retry_policy(RetryPolicy::default().base_delay(Duration::from_millis(1)))
        .build()
        .expect("a client");
    fake.inject(Fault::delay(Duration::from_secs(5)).times(100));
    let started = std::time::Instant::now();
    let request = crate::types::CreateEnhancedConnectionRequest::builder()
        .name("stalled")
        .dest_vpc_id("vpc")
        .dest_network_id("subnet");
    let error = client
        .create_connection(request)
        .await
        .expect_err("stalled");
    assert!(error.is_outcome_unknown(), "{error:?}");
    let took = started.elapsed();
    assert!(
        took < Duration::from_millis(1200),
        "past the deadline: {took:?}"
    );
    assert!(matches!(error, Error::Timeout { .. }), "{error:?}");
}

fn request(name: &str) -> crate::types::builder::CreateEnhancedConnectionRequest {
    crate::types::CreateEnhancedConnectionRequest::builder()
        .name(name)
        .dest_vpc_id("vpc")
        .dest_network_id("subnet")
}

#[tokio::test]
async fn a_create_is_sent_again_only_after_a_lookup_finds_nothing_and_counts_every_send() {
    // A 500 before it landed: the lookup finds nothing, the second send creates it.
    let (fake, client, _) = setup().await;
    fake.inject(internal_error().method("POST"));
    let created = client
        .create_connection(request("second_send"))
        .await
        .expect("created");
    assert_eq!(created.settled(), Settled::Answered);
    assert_eq!(created.attempts(), 2);
    assert_eq!(requests(&fake, "CreateEnhancedConnection"), 2);
    assert_eq!(requests(&fake, "ListEnhancedConnections"), 1);

    // Every send fails before landing: as many sends as the policy's attempts, each counted.
    let (fake, client, _) = setup().await;
    fake.inject(internal_error().method("POST").times(10));
    let failed = client
        .create_connection(request("never"))
        .await
        .expect_err("never created");
    assert_eq!(failed.attempts(), Some(3));
    assert_eq!(requests(&fake, "CreateEnhancedConnection"), 3);

    // A second send refused for another reason than the name: DLI's answer, no lookup.
    let (fake, client, _) = setup().await;
    fake.inject(internal_error().method("POST"));
    fake.inject(
        Fault::respond(400, r#"{"error_code": "DLI.0001", "error_msg": "quota"}"#).method("POST"),
    );
    let refused = client
        .create_connection(request("refused"))
        .await
        .expect_err("refused");
    assert_eq!(refused.error_code(), Some("DLI.0001"));
    assert_eq!(refused.attempts(), Some(2));
    assert_eq!(requests(&fake, "ListEnhancedConnections"), 1);
}

#[tokio::test]
async fn a_second_send_that_finds_its_name_taken_looks_again() {
    // The first send lands and its answer is lost; the first lookup is answered with an
    // empty page, so the create is sent again and finds its name taken: the earlier send
    // made it, and a second lookup finds it.
    let (fake, client, _) = setup().await;
    fake.inject(Fault::new(FaultAction::HandleThenDrop).method("POST"));
    fake.inject(
        Fault::respond(
            200,
            r#"{"is_success": true, "message": "", "connections": [], "count": 0}"#,
        )
        .method("GET"),
    );
    let created = client
        .create_connection(request("taken_late"))
        .await
        .expect("found");
    assert_eq!(created.settled(), Settled::FoundByName);
    assert_eq!(requests(&fake, "CreateEnhancedConnection"), 2);
    assert_eq!(requests(&fake, "ListEnhancedConnections"), 2);

    // A name taken on the first send is another connection's: refused, no lookup.
    let (fake, client, _) = setup().await;
    let taken = client
        .create_connection(request("held"))
        .await
        .expect_err("the name of the stored connection");
    assert_eq!(taken.error_code(), Some("DLI.0006"));
    assert_eq!(requests(&fake, "ListEnhancedConnections"), 0);
}
