//! The rest of the enhanced-connection group through the client against the fake: binding
//! with its peering waits, routes, privileges, tags and connectivity tests.

use std::time::Duration;

use dli_client::types::{Host, Tag};
use dli_client::{Error, Peers, TimeoutKind};
use dli_fake::{Fault, FaultAction};
use dli_tests::fixtures::{PROJECT_ID, client, fake_config, new_connection, start_fake};

const WAIT: Duration = Duration::from_secs(10);

#[tokio::test]
async fn binding_waits_for_each_peering_and_unbinding_until_it_is_gone() {
    let fake = start_fake(fake_config().creating_for(Duration::from_millis(300))).await;
    let client = client(&fake.base_url());
    let id = fake
        .store()
        .create(PROJECT_ID, new_connection("bound"))
        .expect("stored");
    tokio::time::sleep(Duration::from_millis(350)).await;

    let shown = client
        .bind_and_wait(id, &Peers::pools(["pool_a", "pool_b"]), WAIT)
        .await
        .expect("bound and active");
    let pools: Vec<_> = shown
        .elastic_resource_pools
        .iter()
        .map(|p| {
            (
                p.name.as_deref().unwrap_or(""),
                p.status.as_deref().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(pools, [("pool_a", "ACTIVE"), ("pool_b", "ACTIVE")]);

    // Binding again keeps the peering; unbinding a name that is not bound is refused.
    client
        .bind(id, &Peers::pools(["pool_a"]))
        .await
        .expect("bound again");
    let refused = client
        .unbind(id, &Peers::queues(["never_bound"]))
        .await
        .expect_err("not bound");
    assert_eq!(refused.error_code(), Some("DLI.0001"), "{refused:?}");

    let shown = client
        .unbind_and_wait(id, &Peers::pools(["pool_a"]), WAIT)
        .await
        .expect("unbound");
    assert_eq!(shown.elastic_resource_pools.len(), 1);

    // While a new peering is created, the wait runs out with a typed timeout.
    let short = client
        .bind_and_wait(id, &Peers::queues(["q_slow"]), Duration::from_millis(100))
        .await;
    assert!(
        matches!(
            short,
            Err(Error::Timeout {
                kind: TimeoutKind::Wait,
                ..
            })
        ),
        "{short:?}"
    );
}

#[tokio::test]
async fn a_failed_peering_is_reported_with_dlis_reason() {
    let fake = start_fake(
        fake_config()
            .creating_for(Duration::from_millis(100))
            .failing_peering("pool_bad", "no free address in subnet"),
    )
    .await;
    let client = client(&fake.base_url());
    let id = fake
        .store()
        .create(PROJECT_ID, new_connection("failing"))
        .expect("stored");
    let error = client
        .bind_and_wait(id, &Peers::pools(["pool_ok", "pool_bad"]), WAIT)
        .await
        .expect_err("a peering fails");
    match error {
        Error::PeeringFailed {
            resource, message, ..
        } => {
            assert_eq!(resource, "pool_bad");
            assert_eq!(message, "no free address in subnet");
        }
        other => panic!("expected PeeringFailed, got {other:?}"),
    }
}

#[tokio::test]
async fn routes_are_added_listed_and_deleted_once() {
    let fake = start_fake(fake_config()).await;
    let client = client(&fake.base_url());
    let id = fake
        .store()
        .create(PROJECT_ID, new_connection("routed"))
        .expect("stored");
    client
        .add_route(id, "net_a", "192.168.0.0/24")
        .await
        .expect("added");
    client
        .add_route(id, "net_b", "10.0.0.0/8")
        .await
        .expect("added");
    let taken = client
        .add_route(id, "net_a", "172.16.0.0/12")
        .await
        .expect_err("name taken");
    assert_eq!(taken.error_code(), Some("DLI.0001"));
    let routes = client.routes(id).await.expect("listed");
    let listed: Vec<_> = routes
        .iter()
        .map(|r| (r.name.as_deref(), r.cidr.as_deref()))
        .collect();
    assert_eq!(
        listed,
        [
            (Some("net_a"), Some("192.168.0.0/24")),
            (Some("net_b"), Some("10.0.0.0/8"))
        ]
    );
    assert!(routes.iter().all(|r| r.create_time.is_some_and(|t| t > 0)));

    // Deleting twice never deletes twice: the second finds nothing and says so.
    client.delete_route(id, "net_b").await.expect("deleted");
    let again = client.delete_route(id, "net_b").await.expect_err("gone");
    assert_eq!(again.error_code(), Some("DLI.0002"));
    assert_eq!(client.routes(id).await.expect("listed").len(), 1);

    let requests = fake.requests();
    let bad = client
        .add_route(id, "net_c", "10.0.0.0/40")
        .await
        .expect_err("bad");
    assert!(matches!(bad, Error::InvalidRequest(_)), "{bad:?}");
    assert_eq!(fake.requests(), requests, "nothing was sent");
}

#[tokio::test]
async fn another_project_is_granted_and_revoked() {
    let fake = start_fake(fake_config()).await;
    let client = client(&fake.base_url());
    let id = fake
        .store()
        .create(PROJECT_ID, new_connection("shared"))
        .expect("stored");
    let grantee = "330e068af1334c9782f4226acc00a2e2";
    // A 503 and the PUT is sent again: granting twice grants once.
    fake.inject(Fault::respond(503, "{}").method("PUT"));
    let granted = client.grant(id, grantee).await.expect("granted");
    assert_eq!(granted.attempts(), 2);
    let shown = client.privileges(id).await.expect("shown");
    assert_eq!(
        shown.connection_id.as_deref(),
        Some(id.to_string().as_str())
    );
    assert_eq!(shown.privileges.len(), 1);
    assert_eq!(
        shown.privileges[0].applicant_project_id.as_deref(),
        Some(grantee)
    );
    assert_eq!(shown.privileges[0].privileges, [dli_client::BIND_QUEUE]);
    assert_eq!(
        shown.privileges[0].object.as_deref(),
        Some(format!("edsconnections.{id}").as_str())
    );
    client.revoke(id, grantee).await.expect("revoked");
    assert!(
        client
            .privileges(id)
            .await
            .expect("shown")
            .privileges
            .is_empty()
    );
    let missing = client
        .privileges(uuid::Uuid::new_v4())
        .await
        .expect_err("no such connection");
    assert!(missing.is_not_found(), "{missing:?}");
}

#[tokio::test]
async fn tags_go_twenty_a_call_and_are_retried() {
    let fake = start_fake(fake_config()).await;
    let client = client(&fake.base_url());
    let id = fake
        .store()
        .create(PROJECT_ID, new_connection("tagged"))
        .expect("stored");
    let tags: Vec<Tag> = (0..45)
        .map(|n| Tag {
            key: format!("k{n:02}"),
            value: format!("v{n}"),
        })
        .collect();
    // Adding tags again changes nothing, so the POST is retried after a lost answer.
    fake.inject(
        Fault::new(FaultAction::Drop)
            .method("POST")
            .path_contains("/tags/create"),
    );
    let answers = client.tag(id, tags).await.expect("tagged");
    assert_eq!(answers.len(), 3, "45 tags in calls of at most 20");
    assert_eq!(answers[0].attempts(), 2);
    assert_eq!(answers[0].status(), 204);
    let read = client.tags(id).await.expect("read");
    assert_eq!(read.len(), 45);

    let removed = client
        .untag(id, ["k00", "k44", "absent"])
        .await
        .expect("untagged");
    assert_eq!(removed.len(), 1);
    let keys: Vec<String> = client
        .tags(id)
        .await
        .expect("read")
        .into_iter()
        .map(|t| t.key)
        .collect();
    assert_eq!(keys.len(), 43);
    assert!(!keys.contains(&"k00".to_owned()) && !keys.contains(&"k44".to_owned()));
}

#[tokio::test]
async fn connectivity_follows_peerings_hosts_and_routes() {
    let fake = start_fake(
        fake_config()
            .creating_for(Duration::from_millis(50))
            .test_takes(Duration::from_millis(300)),
    )
    .await;
    let client = client(&fake.base_url());
    let id = fake
        .store()
        .create(PROJECT_ID, new_connection("reaching"))
        .expect("stored");
    client
        .bind_and_wait(id, &Peers::queues(["etl"]), WAIT)
        .await
        .expect("peered");
    client
        .set_hosts(
            id,
            vec![Host {
                name: "orders-db".into(),
                ip: "192.168.0.21".into(),
            }],
        )
        .await
        .expect("hosts");
    client
        .add_route(id, "net", "10.1.0.0/16")
        .await
        .expect("route");

    for (queue, address, reachable) in [
        ("etl", "orders-db:3306", true),
        ("etl", "10.1.2.3:5432", true),
        ("etl", "10.2.0.1:5432", false),
        ("other_queue", "orders-db:3306", false),
    ] {
        let found = client
            .test_connectivity(queue, address, WAIT)
            .await
            .expect("a result");
        assert_eq!(found.reachable, reachable, "{queue} → {address}: {found:?}");
        assert_eq!(
            found.value,
            if reachable {
                "REACHABLE"
            } else {
                "UNREACHABLE"
            }
        );
        assert!(found.task_id > 0);
    }
    let short = client
        .test_connectivity("etl", "orders-db:3306", Duration::from_millis(50))
        .await;
    assert!(
        matches!(
            short,
            Err(Error::Timeout {
                kind: TimeoutKind::Wait,
                ..
            })
        ),
        "{short:?}"
    );
    let bad = client
        .test_connectivity("etl", "orders-db", WAIT)
        .await
        .expect_err("no port");
    assert!(matches!(bad, Error::InvalidRequest(_)), "{bad:?}");
}

#[tokio::test]
async fn a_peering_failure_is_injected_over_http() {
    let fake = start_fake(fake_config().creating_for(Duration::from_millis(50))).await;
    let client = client(&fake.base_url());
    let id = fake
        .store()
        .create(PROJECT_ID, new_connection("injected"))
        .expect("stored");
    let http = dli_client::reqwest::Client::new();
    let url = format!("{}/_fake/peering-failures", fake.base_url());
    let refused = http.post(&url).body("{}").send().await.expect("answered");
    assert_eq!(refused.status(), 400);
    let accepted = http
        .post(&url)
        .body(r#"{"name": "pool_late", "err_msg": "quota exceeded"}"#)
        .send()
        .await
        .expect("answered");
    assert_eq!(accepted.status(), 201);
    let error = client
        .bind_and_wait(id, &Peers::pools(["pool_late"]), WAIT)
        .await
        .expect_err("fails");
    assert!(
        matches!(&error, Error::PeeringFailed { resource, message, .. }
            if resource == "pool_late" && message == "quota exceeded"),
        "{error:?}"
    );
}
