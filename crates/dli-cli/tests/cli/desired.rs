//! `dli plan`, `dli apply`, `dli export` and `dli schema` against the fake: a file covering
//! every field converges, a second plan exits 0 with --detailed-exitcode, a FAILED peering
//! exits 1 with DLI's message, a stale saved plan is refused, an export plans nothing, an
//! apply stopped by Ctrl-C converges when run again, and each command calls exactly the
//! operations the operation table lists for it.

use std::time::Duration;

use dli_fake::{FakeConfig, FakeDli};

use crate::support::{AK, SK, dli, dli_with_env, tempdir, write};

const FILE: &str = r#"
[connection.orders]
vpc = "vpc-0a1b"
subnet = "subnet-9f8e"
pools = ["pool_etl"]
routes = { office = "192.168.0.0/24" }
hosts = { db = "192.168.0.21" }
grants = ["fedcba9876543210fedcba9876543210"]
tags = { team = "data" }
"#;

async fn fake() -> FakeDli {
    FakeDli::start(
        FakeConfig::default()
            .with_key(AK, SK)
            .with_pools(["pool_etl", "pool_bad"])
            .failing_peering("pool_bad", "no route to the VPC")
            .creating_for(Duration::from_millis(50)),
    )
    .await
    .expect("start the fake")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_is_planned_applied_and_then_has_no_change() {
    let fake = fake().await;
    let url = fake.base_url();
    let dir = tempdir();
    let file = write(&dir, "dli.toml", FILE);

    let planned = dli(&url, &["plan", "-f", &file, "--detailed-exitcode"], "").await;
    assert_eq!(planned.code, 2, "{}", planned.shown());
    assert!(
        planned.stdout.starts_with("+ orders\n"),
        "{}",
        planned.stdout
    );
    assert!(
        planned
            .stdout
            .contains("Plan: 1 to create, 0 to update, 0 to replace, 0 to delete."),
        "{}",
        planned.stdout
    );

    let refused = dli(&url, &["apply", "-f", &file], "").await;
    assert_eq!(
        refused.code,
        2,
        "no terminal, no --yes: {}",
        refused.shown()
    );
    assert!(refused.stderr.contains("--yes"), "{}", refused.shown());

    // A dry run shows the plan, sends only reads, and needs no --yes.
    let reads_before = fake.stats().requests;
    let dry = dli(&url, &["apply", "-f", &file, "--dry-run"], "").await;
    assert_eq!(dry.code, 0, "{}", dry.shown());
    assert!(dry.stdout.starts_with("+ orders\n"), "{}", dry.stdout);
    assert!(
        dry.stdout.contains("Dry run: nothing applied"),
        "{}",
        dry.stdout
    );
    let dry_json = dli(&url, &["apply", "-f", &file, "--dry-run", "-o", "json"], "").await;
    assert_eq!(dry_json.code, 0, "{}", dry_json.shown());
    let summary: serde_json::Value = serde_json::from_str(dry_json.stdout.trim()).expect("JSON");
    assert_eq!(summary["dry_run"], true, "{summary}");
    assert!(
        summary["not_started"].as_u64().is_some_and(|n| n >= 3),
        "{summary}"
    );
    let sent: Vec<String> = fake
        .stats()
        .requests
        .into_iter()
        .filter(|(id, count)| reads_before.get(id) != Some(count))
        .map(|(id, _)| id)
        .collect();
    assert!(
        sent.iter()
            .all(|id| id.starts_with("List") || id.starts_with("Show")),
        "a dry run sent {sent:?}"
    );
    assert!(!sent.is_empty(), "a dry run reads what exists");
    assert_eq!(fake.stats().connections.values().sum::<u64>(), 0);

    let applied = dli(&url, &["apply", "-f", &file, "--yes", "-o", "json"], "").await;
    assert_eq!(applied.code, 0, "{}", applied.shown());
    let last: serde_json::Value =
        serde_json::from_str(applied.stdout.lines().last().expect("a summary")).expect("JSON");
    assert_eq!(last["event"], "summary");
    assert_eq!(last["failed"], 0);
    assert!(
        last["done"].as_u64().is_some_and(|done| done >= 3),
        "{last}"
    );

    let again = dli(&url, &["plan", "-f", &file, "--detailed-exitcode"], "").await;
    assert_eq!(again.code, 0, "{}", again.shown());
    assert!(again.stdout.contains("No changes"), "{}", again.stdout);

    // Export, then plan the export: no change.
    let exported = dir.join("exported.toml").display().to_string();
    let export = dli(&url, &["export", "--name", "ord", "-o", &exported], "").await;
    assert_eq!(export.code, 0, "{}", export.shown());
    // An existing file is kept without --force; a prefix that matches nothing is exit 1.
    let kept = dli(&url, &["export", "--name", "ord", "-o", &exported], "").await;
    assert_eq!(kept.code, 2, "{}", kept.shown());
    assert!(kept.stderr.contains("--force"), "{}", kept.shown());
    let forced = dli(
        &url,
        &["export", "--name", "ord", "-o", &exported, "--force"],
        "",
    )
    .await;
    assert_eq!(forced.code, 0, "{}", forced.shown());
    let nothing = dli(&url, &["export", "--name", "zzz"], "").await;
    assert_eq!(nothing.code, 1, "{}", nothing.shown());
    assert!(nothing.stdout.is_empty(), "{}", nothing.shown());
    let adopted = dli(&url, &["plan", "-f", &exported, "--detailed-exitcode"], "").await;
    assert_eq!(adopted.code, 0, "{}", adopted.shown());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_peering_exits_1_with_dlis_message() {
    let fake = fake().await;
    let url = fake.base_url();
    let dir = tempdir();
    let file = write(&dir, "dli.toml", &FILE.replace("pool_etl", "pool_bad"));
    let applied = dli(&url, &["apply", "-f", &file, "--yes", "--wait", "5s"], "").await;
    assert_eq!(applied.code, 1, "{}", applied.shown());
    assert!(
        applied.stderr.contains("no route to the VPC"),
        "{}",
        applied.shown()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_saved_plan_is_refused_once_stale_and_bad_files_name_the_place() {
    let fake = fake().await;
    let url = fake.base_url();
    let dir = tempdir();
    let file = write(&dir, "dli.toml", FILE);
    let saved = dir.join("plan.json").display().to_string();
    let planned = dli(&url, &["plan", "-f", &file, "--out", &saved], "").await;
    assert_eq!(planned.code, 0, "{}", planned.shown());
    // Someone else makes the connection meanwhile.
    let other = dli(&url, &["apply", "-f", &file, "--yes"], "").await;
    assert_eq!(other.code, 0, "{}", other.shown());
    let stale = dli(&url, &["apply", &saved, "--yes"], "").await;
    assert_eq!(stale.code, 1, "{}", stale.shown());
    assert!(
        stale.stderr.contains("stale: orders changed"),
        "{}",
        stale.shown()
    );
    assert_eq!(
        fake.stats().connections.get("ACTIVE"),
        Some(&1),
        "no duplicate"
    );

    let bad = write(
        &dir,
        "bad.toml",
        "[connection.a]\nroutes = { office = \"10.0.0.1/8\" }\n",
    );
    let refused = dli(&url, &["plan", "-f", &bad], "").await;
    assert_eq!(refused.code, 2, "{}", refused.shown());
    assert!(
        refused
            .stderr
            .contains(&format!("{bad}:2:21: routes.office")),
        "{}",
        refused.shown()
    );
    // The stale apply read again what its saved file needs, pools included.
    assert_eq!(
        fake.stats().requests.values().sum::<u64>(),
        13,
        "{:?}",
        fake.stats().requests
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ctrl_c_starts_no_new_change_and_running_again_converges() {
    use tokio::io::AsyncBufReadExt;

    let fake = FakeDli::start(
        FakeConfig::default()
            .with_key(AK, SK)
            .with_pools(["pool_etl"])
            .creating_for(Duration::from_millis(300)),
    )
    .await
    .expect("start the fake");
    let url = fake.base_url();
    let dir = tempdir();
    let text: String = (0..6)
        .map(|n| FILE.replace("connection.orders", &format!("connection.orders_{n}")))
        .collect();
    let file = write(&dir, "dli.toml", &text);
    let mut child = crate::support::command(
        &[
            "apply",
            "--endpoint",
            &url,
            "-f",
            &file,
            "--yes",
            "-o",
            "json",
            "--concurrency",
            "1",
        ],
        &crate::support::CREDENTIALS,
    )
    .spawn()
    .expect("run dli");
    let mut lines = tokio::io::BufReader::new(child.stdout.take().expect("stdout")).lines();
    let mut seen = Vec::new();
    // Ctrl-C once the first connection is made, while the second is under way.
    while let Some(line) = lines.next_line().await.expect("read") {
        let done = line.contains(r#""event":"done""#);
        seen.push(line);
        if done {
            break;
        }
    }
    let pid = child.id().expect("running").to_string();
    let signalled = std::process::Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .expect("run kill");
    assert!(signalled.success());
    while let Some(line) = lines.next_line().await.expect("read") {
        seen.push(line);
    }
    let status = tokio::time::timeout(Duration::from_secs(30), child.wait())
        .await
        .expect("dli stops")
        .expect("dli ran");
    assert_eq!(status.code(), Some(130), "{seen:?}");
    let summary: serde_json::Value =
        serde_json::from_str(seen.last().expect("a summary")).expect("JSON");
    assert_eq!(summary["event"], "summary", "{summary}");
    assert_eq!(summary["stopped"], true, "{summary}");
    assert!(
        summary["not_started"].as_u64().is_some_and(|left| left > 0),
        "{summary}"
    );
    let made = fake.stats().connections.values().sum::<u64>();
    assert!(
        (1..6).contains(&made),
        "{made} connections made before the stop"
    );

    let again = dli(&url, &["apply", "-f", &file, "--yes"], "").await;
    assert_eq!(again.code, 0, "{}", again.shown());
    let planned = dli(&url, &["plan", "-f", &file, "--detailed-exitcode"], "").await;
    assert_eq!(planned.code, 0, "{}", planned.shown());
    let (listed, _) = fake
        .store()
        .list(crate::support::PROJECT, &Default::default(), 0, None);
    let mut names: Vec<String> = listed.iter().map(|c| c.spec.name.clone()).collect();
    names.sort();
    let wanted: Vec<String> = (0..6).map(|n| format!("orders_{n}")).collect();
    assert_eq!(names, wanted, "each once, none more");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_connection_seen_through_another_projects_grant_is_refused_by_name_and_id() {
    let fake = fake().await;
    let url = fake.base_url();
    let shared = fake
        .store()
        .create(
            "owner_project",
            dli_fake::NewConnection {
                name: "orders".to_owned(),
                dest_vpc_id: "vpc-0a1b".to_owned(),
                dest_network_id: "subnet-9f8e".to_owned(),
                ..Default::default()
            },
        )
        .expect("created");
    let bind = ["BIND_QUEUE".to_owned()];
    assert!(fake.store().authorize(
        "owner_project",
        shared,
        crate::support::PROJECT,
        Some(true),
        &bind
    ));
    let dir = tempdir();
    let file = write(&dir, "dli.toml", FILE);
    let planned = dli(&url, &["plan", "-f", &file], "").await;
    assert_eq!(planned.code, 1, "{}", planned.shown());
    assert!(
        planned.stderr.contains(&shared.to_string())
            && planned.stderr.contains("orders")
            && planned.stderr.contains("another project's"),
        "{}",
        planned.shown()
    );
    let applied = dli(&url, &["apply", "-f", &file, "--yes"], "").await;
    assert_eq!(applied.code, 1, "{}", applied.shown());
    let (own, _) = fake
        .store()
        .list("owner_project", &Default::default(), 0, None);
    assert_eq!(own.len(), 1, "nothing made, nothing changed");
    assert_eq!(
        fake.stats().requests_of("CreateEnhancedConnection"),
        0,
        "{:?}",
        fake.stats().requests
    );
}

#[tokio::test]
async fn the_schema_is_printed() {
    let schema = dli_with_env(&["schema"], "", &[]).await;
    assert_eq!(schema.code, 0, "{}", schema.shown());
    let parsed: serde_json::Value = serde_json::from_str(&schema.stdout).expect("JSON");
    assert_eq!(parsed["title"], "dli desired state");
}

/// The operations each desired-state command called on the fake are exactly the ones the
/// operation table (`x-dli-commands` in the document) lists for it: what an operator grants
/// in IAM for `dli apply` is read from `dli --help`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plan_apply_and_export_call_what_the_operation_table_says() {
    use std::collections::{BTreeMap, BTreeSet};

    let fake = FakeDli::start(
        FakeConfig::default()
            .with_key(AK, SK)
            .with_pools(["pool_etl", "pool_ml"])
            .with_queues(["etl_queue"])
            .creating_for(Duration::from_millis(50)),
    )
    .await
    .expect("start the fake");
    let url = fake.base_url();
    let dir = tempdir();
    // Credentials too: created by the first file, one updated and one deleted by the second.
    write(&dir, "db.pw", "a-password\n");
    let credentials =
        "[auth.orders_db]\ntype = \"passwd\"\nuser = \"etl\"\npassword = { file = \"db.pw\" }\n";
    let first = write(
        &dir,
        "first.toml",
        &format!(
            "stack = \"team\"\n{FILE}queues = [\"etl_queue\"]\n{credentials}\n[auth.old_db]\ntype = \"passwd\"\nuser = \"u\"\npassword = {{ file = \"db.pw\" }}\n"
        ),
    );
    // Every field changed: a pool swapped, the queue dropped, a route's CIDR changed, hosts,
    // grants replaced, a tag removed and another added.
    let second = write(
        &dir,
        "second.toml",
        r#"
stack = "team"
[connection.orders]
vpc = "vpc-0a1b"
subnet = "subnet-9f8e"
pools = ["pool_ml"]
queues = []
routes = { office = "192.168.1.0/24" }
hosts = { db = "192.168.0.22" }
grants = ["0123456789abcdef0123456789abcdef"]
tags = { owner = "ml" }

[auth.orders_db]
type = "passwd"
user = "etl_writer"
password = { file = "db.pw" }

[auth.old_db]
ensure = "absent"
"#,
    );
    // Another connection only: with --prune, orders is deleted.
    let third = write(
        &dir,
        "third.toml",
        "stack = \"team\"\n[connection.other]\nvpc = \"vpc-1\"\nsubnet = \"subnet-1\"\n",
    );
    let exported = dir.join("exported.toml").display().to_string();

    let mut called: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for (command, args) in [
        ("plan", vec!["plan", "-f", &first]),
        ("apply", vec!["apply", "-f", &first, "--yes"]),
        ("export", vec!["export", "--stack", "team", "-o", &exported]),
        ("plan", vec!["plan", "-f", &second]),
        ("apply", vec!["apply", "-f", &second, "--yes"]),
        ("apply", vec!["apply", "-f", &third, "--yes", "--prune"]),
    ] {
        let before = fake.stats().requests;
        let run = dli(&url, &args, "").await;
        assert_eq!(run.code, 0, "{args:?}: {}", run.shown());
        let after = fake.stats().requests;
        called.entry(command).or_default().extend(
            after
                .into_iter()
                .filter(|(id, count)| before.get(id) != Some(count))
                .map(|(id, _)| id),
        );
    }
    assert_eq!(
        fake.stats().connections.get("DELETED"),
        Some(&1),
        "the prune deleted orders"
    );
    for (command, operations) in called {
        let listed: BTreeSet<String> = dli_client::catalog::OPERATIONS
            .iter()
            .filter(|operation| operation.commands.contains(&command))
            .map(|operation| operation.id.to_owned())
            .collect();
        assert_eq!(operations, listed, "dli {command}");
    }
}
