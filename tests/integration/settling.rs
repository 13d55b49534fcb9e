//! Changes whose answer was lost after DLI carried them out (the fake's `HandleThenDrop`),
//! or that failed before they were carried out (a `500` answered without handling): each is
//! settled by reading, sent again only when it did not land, and never reported as a
//! failure when it did.

use std::time::Duration;

use dli_client::{Client, Peers, Settled};
use dli_fake::{FakeDli, Fault, FaultAction};
use dli_tests::fixtures::{PROJECT_ID, client, fake_config, new_connection, start_fake};

/// A fake with one stored connection whose peerings are ready at once, and a client of it.
async fn setup(name: &str) -> (FakeDli, Client, uuid::Uuid) {
    let fake = start_fake(fake_config().creating_for(Duration::ZERO)).await;
    let client = client(&fake.base_url());
    let id = fake
        .store()
        .create(PROJECT_ID, new_connection(name))
        .expect("stored");
    (fake, client, id)
}

/// A fault on the first request of this method whose path contains `path`.
fn once(action: FaultAction, method: &str, path: &str) -> Fault {
    Fault::new(action).method(method).path_contains(path)
}

/// The pools the connection is shown bound to.
async fn pools(client: &Client, id: uuid::Uuid) -> Vec<String> {
    let shown = client.connection(id).await.expect("shown").into_inner();
    shown
        .elastic_resource_pools
        .iter()
        .filter_map(|pool| pool.name.clone())
        .collect()
}

#[tokio::test]
async fn a_bind_whose_answer_was_lost_is_shown_bound_and_not_sent_again() {
    let (fake, client, id) = setup("bind_lost").await;
    fake.inject(once(FaultAction::HandleThenDrop, "POST", "associate-queue"));
    let bound = client
        .bind(id, &Peers::pools(["pool_a"]))
        .await
        .expect("the bind landed, so it succeeds");
    assert_eq!(bound.settled(), Settled::ShownByRead);
    let stats = fake.stats();
    assert_eq!(stats.requests_of("AssociateQueueToEnhancedConnection"), 1);
    assert_eq!(stats.requests_of("ShowEnhancedConnection"), 1);
    assert_eq!(pools(&client, id).await, ["pool_a"]);
}

#[tokio::test]
async fn a_bind_that_failed_before_landing_is_sent_again() {
    let (fake, client, id) = setup("bind_failed").await;
    fake.inject(once(
        FaultAction::Respond {
            status: 500,
            body: r#"{"error_code": "DLI.0999", "error_msg": "internal"}"#.to_owned(),
            retry_after: None,
        },
        "POST",
        "associate-queue",
    ));
    let bound = client
        .bind(id, &Peers::pools(["pool_b"]))
        .await
        .expect("bound by the second send");
    assert_eq!(bound.settled(), Settled::Answered);
    assert_eq!(bound.attempts(), 2);
    let stats = fake.stats();
    assert_eq!(stats.requests_of("AssociateQueueToEnhancedConnection"), 2);
    assert_eq!(stats.requests_of("ShowEnhancedConnection"), 1);
    assert_eq!(pools(&client, id).await, ["pool_b"]);
}

#[tokio::test]
async fn an_unbind_whose_answer_was_lost_is_shown_gone() {
    let (fake, client, id) = setup("unbind_lost").await;
    client
        .bind(id, &Peers::pools(["pool_c"]))
        .await
        .expect("bound");
    fake.inject(once(
        FaultAction::HandleThenDrop,
        "POST",
        "disassociate-queue",
    ));
    let unbound = client
        .unbind(id, &Peers::pools(["pool_c"]))
        .await
        .expect("the unbind landed, so it succeeds");
    assert_eq!(unbound.settled(), Settled::ShownByRead);
    assert_eq!(
        fake.stats()
            .requests_of("DisassociateQueueFromEnhancedConnection"),
        1
    );
    assert!(pools(&client, id).await.is_empty());
}

#[tokio::test]
async fn a_route_add_whose_answer_was_lost_is_shown_added() {
    let (fake, client, id) = setup("route_lost").await;
    fake.inject(once(FaultAction::HandleThenDrop, "POST", "/routes"));
    let added = client
        .add_route(id, "office", "192.168.0.0/24")
        .await
        .expect("the add landed, so it succeeds");
    assert_eq!(added.settled(), Settled::ShownByRead);
    assert_eq!(
        fake.stats().requests_of("CreateRouteToEnhancedConnection"),
        1
    );
    let routes = client.routes(id).await.expect("routes");
    assert_eq!(routes.len(), 1);
    assert_eq!(routes[0].cidr.as_deref(), Some("192.168.0.0/24"));
}

#[tokio::test]
async fn a_route_delete_whose_answer_was_lost_finds_it_gone_on_retry() {
    let (fake, client, id) = setup("route_gone").await;
    client
        .add_route(id, "office", "192.168.0.0/24")
        .await
        .expect("added");
    fake.inject(once(FaultAction::HandleThenDrop, "DELETE", "/routes/"));
    let deleted = client
        .delete_route(id, "office")
        .await
        .expect("the delete landed, so it succeeds");
    assert_eq!(deleted.settled(), Settled::GoneOnRetry);
    assert_eq!(deleted.attempts(), 2);
    assert!(client.routes(id).await.expect("routes").is_empty());
    // With no earlier attempt that may have landed, "not exist" stays an error.
    let missing = client
        .delete_route(id, "office")
        .await
        .expect_err("never there");
    assert!(missing.is_not_found(), "{missing:?}");
}

#[tokio::test]
async fn a_delete_whose_answer_was_lost_is_deleted_and_a_plain_missing_one_is_not() {
    let (fake, client, id) = setup("delete_lost").await;
    fake.inject(once(
        FaultAction::HandleThenDrop,
        "DELETE",
        "enhanced-connections/",
    ));
    let deleted = client.delete_connection(id).await.expect("deleted");
    assert_eq!(deleted.settled(), Settled::GoneOnRetry);
    assert!(deleted.is_recovered());
    assert_eq!(deleted.message.as_deref(), Some("Deleted"));
    let again = client.delete_connection(id).await.expect_err("gone");
    assert!(again.is_not_found(), "{again:?}");
}
