//! The rest of the group from the command line: bind and unbind with waits, routes,
//! privileges, tags and connectivity tests, against the fake.

use std::time::Duration;

use crate::support::{PROJECT, dli, fake, stored};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_connection_is_bound_routed_shared_tagged_and_tested() {
    let fake = fake(Duration::from_millis(100)).await;
    let url = fake.base_url();
    let id = stored(&fake, "grouped");
    let id_text = id.to_string();
    let id = id_text.as_str();

    let bound = dli(
        &url,
        &[
            "connection",
            "bind",
            id,
            "--pool",
            "pool_etl",
            "--wait",
            "10s",
        ],
        "",
    )
    .await;
    assert_eq!(bound.code, 0, "{}", bound.shown());
    // What the fake holds, not what the command prints: the peering exists and is ACTIVE.
    let shown = fake
        .store()
        .get(PROJECT, id.parse().expect("uuid"))
        .expect("stored")
        .to_json(std::time::Instant::now());
    assert_eq!(shown["elastic_resource_pools"][0]["name"], "pool_etl");
    assert_eq!(shown["elastic_resource_pools"][0]["status"], "ACTIVE");
    assert!(
        bound.stdout.starts_with(&format!("{id}  bound pool_etl")),
        "{}",
        bound.stdout
    );

    let added = dli(
        &url,
        &[
            "connection",
            "route",
            "add",
            id,
            "--name",
            "net",
            "--cidr",
            "10.1.0.0/16",
        ],
        "",
    )
    .await;
    assert_eq!(added.code, 0, "{}", added.shown());
    let listed = dli(&url, &["connection", "route", "list", id], "").await;
    insta::assert_snapshot!("route_list", listed.shown());
    let listed_json = dli(&url, &["connection", "route", "list", id, "-o", "json"], "").await;
    let routes: serde_json::Value = serde_json::from_str(&listed_json.stdout).expect("JSON");
    assert_eq!(routes[0]["cidr"], "10.1.0.0/16");

    let reachable = dli(
        &url,
        &["queue", "test-connection", "pool_etl", "10.1.2.3:5432"],
        "",
    )
    .await;
    assert_eq!(reachable.code, 0, "{}", reachable.shown());
    // A word of its own: `UNREACHABLE` contains `REACHABLE`.
    assert!(
        reachable
            .stdout
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|word| word == "REACHABLE")
            && !reachable.stdout.contains("UNREACHABLE"),
        "{}",
        reachable.stdout
    );
    let unreachable = dli(
        &url,
        &[
            "queue",
            "test-connection",
            "pool_etl",
            "10.9.0.1:5432",
            "-o",
            "json",
        ],
        "",
    )
    .await;
    assert_eq!(unreachable.code, 1, "{}", unreachable.shown());
    let found: serde_json::Value = serde_json::from_str(&unreachable.stdout).expect("JSON");
    assert_eq!(found["connectivity"], "UNREACHABLE");
    assert_eq!(found["reachable"], false);

    let deleted = dli(&url, &["connection", "route", "delete", id, "net"], "").await;
    assert_eq!(deleted.code, 0, "{}", deleted.shown());
    let again = dli(&url, &["connection", "route", "delete", id, "net"], "").await;
    assert_eq!(again.code, 1, "{}", again.shown());
    assert!(
        again.stdout.contains(&format!("{id}  failed  ")) && again.stdout.contains("DLI.0002"),
        "{}",
        again.shown()
    );

    let granted = dli(
        &url,
        &[
            "connection",
            "grant",
            id,
            "--project",
            "p_other",
            "--project",
            "p_third",
        ],
        "",
    )
    .await;
    assert_eq!(granted.code, 0, "{}", granted.shown());
    let shown = dli(&url, &["connection", "privileges", id], "").await;
    insta::assert_snapshot!("privileges_table", shown.shown());
    let revoked = dli(
        &url,
        &["connection", "revoke", id, "--project", "p_third"],
        "",
    )
    .await;
    assert_eq!(revoked.code, 0, "{}", revoked.shown());
    let shown = dli(&url, &["connection", "privileges", id, "-o", "json"], "").await;
    let body: serde_json::Value = serde_json::from_str(&shown.stdout).expect("JSON");
    assert_eq!(body["privileges"].as_array().map(Vec::len), Some(1));

    let tagged = dli(
        &url,
        &["connection", "tag", id, "team=data", "env=prod"],
        "",
    )
    .await;
    assert_eq!(tagged.code, 0, "{}", tagged.shown());
    let untagged = dli(&url, &["connection", "untag", id, "env"], "").await;
    assert_eq!(untagged.code, 0, "{}", untagged.shown());
    let tags = dli(&url, &["connection", "tags", id], "").await;
    insta::assert_snapshot!("tags_table", tags.shown());
    // Keys and values, as the fake holds them: `env` removed, `team` kept with its value.
    let held = fake
        .store()
        .get(PROJECT, id.parse().expect("uuid"))
        .expect("stored")
        .spec
        .tags;
    assert_eq!(held, [("team".to_owned(), "data".to_owned())]);

    let unbound = dli(
        &url,
        &["connection", "unbind", id, "--pool", "pool_etl", "--wait"],
        "",
    )
    .await;
    assert_eq!(unbound.code, 0, "{}", unbound.shown());
    let stored = fake
        .store()
        .get(PROJECT, id.parse().expect("uuid"))
        .expect("stored");
    assert!(
        stored.to_json(std::time::Instant::now())["elastic_resource_pools"]
            .as_array()
            .is_some_and(Vec::is_empty)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_peering_fails_the_bind_with_dlis_reason() {
    let config = dli_fake::FakeConfig::default()
        .with_key(crate::support::AK, crate::support::SK)
        .creating_for(Duration::from_millis(50))
        .failing_peering("pool_bad", "subnet has no free address");
    let fake = dli_fake::FakeDli::start(config).await.expect("fake");
    let id = stored(&fake, "failing").to_string();
    let bound = dli(
        &fake.base_url(),
        &[
            "connection",
            "bind",
            &id,
            "--pool",
            "pool_bad",
            "--wait",
            "10s",
        ],
        "",
    )
    .await;
    assert_eq!(bound.code, 1, "{}", bound.shown());
    assert!(
        bound.stdout.contains(&format!("{id}  failed  ")),
        "{}",
        bound.shown()
    );
    assert!(
        bound.stdout.contains("subnet has no free address"),
        "{}",
        bound.shown()
    );
    assert!(bound.stdout.contains("pool_bad"), "{}", bound.shown());

    // Many ids from stdin, and a dry run that sends nothing.
    let other = stored(&fake, "another").to_string();
    let before = fake.requests();
    let url = fake.base_url();
    let dry = dli(
        &url,
        &["connection", "tag", "-", "team=data", "--dry-run"],
        &format!("{id}\n{other}\n"),
    )
    .await;
    assert_eq!(dry.code, 0, "{}", dry.shown());
    assert_eq!(dry.stdout.matches("dry-run").count(), 2, "{}", dry.stdout);
    assert!(dry.stdout.contains("/tags/create"), "{}", dry.stdout);
    assert!(!dry.stdout.contains(crate::support::SK), "{}", dry.stdout);
    let connection = format!("/v2.0/{PROJECT}/datasource/enhanced-connections/{id}");
    let connections = format!("/v2.0/{PROJECT}/datasource/enhanced-connections");
    let cases: Vec<(Vec<&str>, String)> = vec![
        (
            vec!["connection", "route", "list", &id, "--dry-run"],
            format!("GET {url}{connection}"),
        ),
        (
            vec![
                "connection",
                "hosts",
                "set",
                &id,
                "--host",
                "db=10.0.0.1",
                "--dry-run",
            ],
            format!("PUT {url}{connection}"),
        ),
        (
            vec![
                "connection",
                "bind",
                &id,
                "--pool",
                "p",
                "--wait",
                "--dry-run",
            ],
            format!("POST {url}{connection}/associate-queue"),
        ),
        (
            vec!["queue", "test-connection", "etl", "db:3306", "--dry-run"],
            format!("POST {url}/v1.0/{PROJECT}/queues/etl/connection-test"),
        ),
        (
            vec!["connection", "show", &id, "--dry-run"],
            format!("GET {url}{connection}"),
        ),
        (
            vec!["connection", "list", "--dry-run"],
            format!("GET {url}{connections}?"),
        ),
        (
            vec!["connection", "hosts", &id, "--dry-run"],
            format!("GET {url}{connection}"),
        ),
        (
            vec![
                "connection",
                "create",
                "--name",
                "n",
                "--vpc",
                "v",
                "--subnet",
                "s",
                "--dry-run",
            ],
            format!("POST {url}{connections}"),
        ),
    ];
    for (args, request_line) in cases {
        let dry = dli(&url, &args, "").await;
        assert_eq!(dry.code, 0, "{args:?}: {}", dry.shown());
        assert!(dry.stdout.contains("dry-run"), "{args:?}: {}", dry.stdout);
        // The method and the path of the request it would send.
        let shown_line = dry
            .stdout
            .lines()
            .find(|line| line.starts_with("GET ") || line.starts_with("P"))
            .unwrap_or_default();
        assert!(
            shown_line.starts_with(&request_line),
            "{args:?}: {shown_line:?} is not {request_line:?}"
        );
    }
    assert_eq!(fake.requests(), before, "a dry run sends nothing");
    let tagged = dli(
        &fake.base_url(),
        &["connection", "tag", "-", "team=data"],
        &format!("{id}\n{other}\n"),
    )
    .await;
    assert_eq!(tagged.code, 0, "{}", tagged.shown());
    assert_eq!(
        tagged.stdout.matches("1 tag(s) added").count(),
        2,
        "{}",
        tagged.stdout
    );
    let granted = dli(
        &fake.base_url(),
        &["connection", "grant", "-", "--project", "p_x", "-o", "json"],
        &format!("{id}\n{other}\n"),
    )
    .await;
    assert_eq!(granted.code, 0, "{}", granted.shown());
    assert_eq!(
        granted.stdout.matches(r#""outcome":"done""#).count(),
        2,
        "{}",
        granted.stdout
    );

    let nothing = dli(&fake.base_url(), &["connection", "bind", &id], "").await;
    assert_eq!(nothing.code, 2, "{}", nothing.shown());
    let bad_route = dli(
        &fake.base_url(),
        &[
            "connection",
            "route",
            "add",
            &id,
            "--name",
            "n",
            "--cidr",
            "10.0.0.0/99",
        ],
        "",
    )
    .await;
    assert_eq!(bad_route.code, 2, "{}", bad_route.shown());
}
