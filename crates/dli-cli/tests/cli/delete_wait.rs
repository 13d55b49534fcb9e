//! `dli connection delete --wait`: it waits while something is being created, and a
//! `FAILED` peering does not stop the cleanup.

use std::time::Duration;

use crate::support::{PROJECT, dli, fake, stored};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wait_deletes_a_connection_being_created() {
    let fake = fake(Duration::from_secs(1)).await;
    let url = fake.base_url();
    let id = stored(&fake, "young").to_string();
    let refused = dli(&url, &["connection", "delete", &id], "").await;
    assert_eq!(refused.code, 1);
    assert!(
        refused.stdout.contains("being created"),
        "{}",
        refused.stdout
    );
    let waited = dli(&url, &["connection", "delete", "--wait", "30s", &id], "").await;
    assert_eq!(waited.code, 0, "{}", waited.shown());
    assert!(waited.stdout.contains(&format!("{id}  deleted")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wait_deletes_a_connection_whose_peering_failed_and_names_it() {
    let fake = fake(Duration::ZERO).await;
    let url = fake.base_url();
    let id = stored(&fake, "broken");
    assert!(
        fake.store()
            .fail_peering(PROJECT, id, "etl_queue", "the subnet has no free address")
    );
    let text = id.to_string();
    let deleted = dli(&url, &["connection", "delete", "--wait", "30s", &text], "").await;
    assert_eq!(deleted.code, 0, "{}", deleted.shown());
    assert!(
        deleted.stdout.contains(&format!("{text}  deleted")),
        "{}",
        deleted.shown()
    );
    assert!(
        deleted
            .stderr
            .contains("etl_queue FAILED (the subnet has no free address)"),
        "{}",
        deleted.shown()
    );
    let stored = fake.store().get(PROJECT, id).expect("kept, soft-deleted");
    assert_eq!(
        stored.status(std::time::Instant::now()).as_str(),
        "DELETED",
        "the fake holds it as deleted"
    );
}
