//! Host entries through the client against the fake: set (retried like a delete), read,
//! add and remove by read–modify–write, and bad entries refused before sending.

use dli_client::Error;
use dli_client::types::Host;
use dli_fake::Fault;
use dli_tests::fixtures::{PROJECT_ID, client, fake_config, new_connection, start_fake};

fn host(name: &str, ip: &str) -> Host {
    Host {
        name: name.to_owned(),
        ip: ip.to_owned(),
    }
}

fn names(hosts: &[Host]) -> Vec<&str> {
    hosts.iter().map(|host| host.name.as_str()).collect()
}

#[tokio::test]
async fn host_entries_are_set_read_added_and_removed() {
    let fake = start_fake(fake_config()).await;
    let client = client(&fake.base_url());
    let id = fake
        .store()
        .create(PROJECT_ID, new_connection("hosted"))
        .expect("stored");

    // A lost answer and a 503: the PUT is sent again, and the entries are set once.
    fake.inject(Fault::new(dli_fake::FaultAction::Drop).method("PUT"));
    fake.inject(
        Fault::respond(503, r#"{"error_code": "APIGW.0203", "error_msg": "busy"}"#).method("PUT"),
    );
    let set = client
        .set_hosts(id, vec![host("db", "10.0.0.1"), host("cache", "10.0.0.2")])
        .await
        .expect("set after retries");
    assert_eq!(set.attempts(), 3);
    assert_eq!(
        names(&client.hosts(id).await.expect("read")),
        ["db", "cache"]
    );

    client
        .add_hosts(id, vec![host("db", "10.0.0.9"), host("web", "10.0.0.3")])
        .await
        .expect("added");
    let hosts = client.hosts(id).await.expect("read");
    assert_eq!(names(&hosts), ["cache", "db", "web"]);
    assert_eq!(
        hosts[1].ip, "10.0.0.9",
        "an entry of the same name is replaced"
    );

    client
        .remove_hosts(id, ["cache", "absent"])
        .await
        .expect("removed");
    assert_eq!(names(&client.hosts(id).await.expect("read")), ["db", "web"]);

    client.set_hosts(id, Vec::new()).await.expect("cleared");
    assert!(client.hosts(id).await.expect("read").is_empty());
}

#[tokio::test]
async fn bad_entries_and_unknown_connections_are_refused() {
    let fake = start_fake(fake_config()).await;
    let client = client(&fake.base_url());
    let id = fake
        .store()
        .create(PROJECT_ID, new_connection("guarded"))
        .expect("stored");
    for bad in [host("1db", "10.0.0.1"), host("db", "not an address")] {
        let error = client.set_hosts(id, vec![bad]).await.expect_err("refused");
        assert!(matches!(error, Error::InvalidRequest(_)), "{error:?}");
    }
    assert_eq!(fake.requests(), 0, "nothing was sent");
    let missing = client
        .set_hosts(uuid::Uuid::new_v4(), vec![host("db", "10.0.0.1")])
        .await
        .expect_err("no such connection");
    assert!(missing.is_not_found(), "{missing:?}");
}
