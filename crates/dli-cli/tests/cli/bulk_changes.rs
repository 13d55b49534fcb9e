//! Changes over many connections (grant, bind) run as one paced bulk run: stopped by an
//! authentication failure with what was not started listed, and waiting for many at once.

use std::time::Duration;

use crate::support::{PROJECT, dli, fake};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn grants_over_many_ids_are_one_run_that_stops_after_an_authentication_failure() {
    let fake = fake(Duration::ZERO).await;
    let ids = crate::support::stored_many(&fake, "shared", 3);
    let stdin = ids.join("\n") + "\n";
    let wrong = [
        ("HUAWEICLOUD_SDK_AK", crate::support::AK),
        ("HUAWEICLOUD_SDK_SK", "not-the-secret-key"),
        ("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT),
    ];
    let url = fake.base_url();
    let refused = crate::support::dli_with_env(
        &[
            "connection",
            "--endpoint",
            &url,
            "grant",
            "-",
            "--project",
            "p_one",
            "--project",
            "p_two",
        ],
        &stdin,
        &wrong,
    )
    .await;
    assert_eq!(refused.code, 1, "{}", refused.shown());
    // One failed authentication reached the gateway; the five other grants never started,
    // and the summary names each.
    assert_eq!(fake.auth_failures(crate::support::AK), 1);
    assert!(
        refused
            .stderr
            .contains("done 0, failed 1; stopped after an authentication failure"),
        "{}",
        refused.shown()
    );
    assert!(
        refused.stderr.contains("5 not started"),
        "{}",
        refused.shown()
    );
    let listed =
        refused.stderr.matches(" p_one").count() + refused.stderr.matches(" p_two").count();
    assert_eq!(listed, 5, "{}", refused.shown());

    // With the right key, every pair is granted in the one run.
    let granted = dli(
        &url,
        &[
            "connection",
            "grant",
            "-",
            "--project",
            "p_one",
            "--project",
            "p_two",
        ],
        &stdin,
    )
    .await;
    assert_eq!(granted.code, 0, "{}", granted.shown());
    assert!(
        granted.stderr.contains("done 6, failed 0"),
        "{}",
        granted.shown()
    );
    for id in &ids {
        let shown = dli(&url, &["connection", "privileges", id, "-o", "json"], "").await;
        let body: serde_json::Value = serde_json::from_str(&shown.stdout).expect("JSON");
        let mut projects: Vec<&str> = body["privileges"]
            .as_array()
            .expect("privileges")
            .iter()
            .filter_map(|p| p["applicant_project_id"].as_str())
            .collect();
        projects.sort_unstable();
        assert_eq!(projects, ["p_one", "p_two"], "{id}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn binds_over_many_ids_wait_at_once() {
    // Each peering takes 1 s, which the wait sees at its look 1.5 s in (looks at 0, 0.5 and
    // 1.5 s). Four waited one after the other take at least 6 s; at once, after the bulk
    // runner's first call alone, about 3 s.
    let fake = fake(Duration::from_secs(1)).await;
    let ids = crate::support::stored_many(&fake, "waiting", 4);
    let stdin = ids.join("\n") + "\n";
    let started = std::time::Instant::now();
    let bound = dli(
        &fake.base_url(),
        &[
            "connection",
            "bind",
            "-",
            "--pool",
            "pool_etl",
            "--wait",
            "30s",
        ],
        &stdin,
    )
    .await;
    let took = started.elapsed();
    assert_eq!(bound.code, 0, "{}", bound.shown());
    assert!(
        bound.stderr.contains("done 4, failed 0"),
        "{}",
        bound.shown()
    );
    assert!(
        took < Duration::from_millis(4500),
        "waited one after another: {took:?}"
    );
    for id in &ids {
        let shown = fake
            .store()
            .get(PROJECT, id.parse().expect("uuid"))
            .expect("stored")
            .to_json(std::time::Instant::now());
        assert_eq!(
            shown["elastic_resource_pools"][0]["status"], "ACTIVE",
            "{id}"
        );
    }
}
