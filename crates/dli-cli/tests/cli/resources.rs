//! `dli queue list` and `dli pool list` against a fake that knows its queues and pools, and a
//! bind of a name the project does not have.

use dli_fake::{FakeConfig, FakeDli};

use crate::support::{AK, PROJECT, SK, dli, stored};

async fn fake_with_resources(pools: usize) -> FakeDli {
    FakeDli::start(
        FakeConfig::default()
            .with_key(AK, SK)
            .with_queues(["etl_queue", "adhoc"])
            .with_pools((0..pools).map(|n| format!("pool_{n:03}"))),
    )
    .await
    .expect("start the fake")
}

#[tokio::test]
async fn queues_and_every_page_of_pools_are_listed() {
    // More pools than one page holds: the listing reads every page.
    let fake = fake_with_resources(230).await;
    let url = fake.base_url();
    let queues = dli(&url, &["queue", "list", "-o", "names"], "").await;
    assert_eq!(queues.code, 0, "{}", queues.shown());
    assert_eq!(queues.stdout, "adhoc\netl_queue\n");
    let table = dli(&url, &["queue", "list"], "").await;
    assert!(
        table.stdout.starts_with("NAME") && table.stdout.contains("etl_queue  sql"),
        "{}",
        table.stdout
    );

    let pools = dli(&url, &["pool", "list", "-o", "names"], "").await;
    assert_eq!(pools.code, 0, "{}", pools.shown());
    let names: Vec<&str> = pools.stdout.lines().collect();
    assert_eq!(names.len(), 230);
    assert_eq!((names[0], names[229]), ("pool_000", "pool_229"));
    assert_eq!(
        fake.stats().requests_of("ListElasticResourcePools"),
        3,
        "three pages of 100"
    );
    let json = dli(&url, &["pool", "list", "-o", "json"], "").await;
    let parsed: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    assert_eq!(parsed[7]["elastic_resource_pool_name"], "pool_007");
    assert_eq!(parsed[7]["status"], "AVAILABLE");
}

#[tokio::test]
async fn binding_a_name_the_project_lacks_is_dlis_unknown_object() {
    let fake = fake_with_resources(1).await;
    let url = fake.base_url();
    let id = stored(&fake, "bound").to_string();
    let refused = dli(
        &url,
        &["connection", "bind", &id, "--pool", "pool_none"],
        "",
    )
    .await;
    assert_eq!(refused.code, 1, "{}", refused.shown());
    // A bulk run's failure is its line on stdout.
    assert!(
        refused.stdout.contains(&format!(
            "{id}  failed  HTTP 400 DLI.0002: There is no elastic resource pool named pool_none"
        )),
        "{}",
        refused.shown()
    );
    let held = fake
        .store()
        .get(PROJECT, id.parse().expect("uuid"))
        .expect("stored")
        .to_json(std::time::Instant::now());
    assert_eq!(
        held["elastic_resource_pools"],
        serde_json::json!([]),
        "nothing bound"
    );
    let bound = dli(
        &url,
        &[
            "connection",
            "bind",
            &id,
            "--pool",
            "pool_000",
            "--queue",
            "adhoc",
        ],
        "",
    )
    .await;
    assert_eq!(bound.code, 0, "{}", bound.shown());
}
