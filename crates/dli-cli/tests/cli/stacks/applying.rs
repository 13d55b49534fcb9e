//! Applying: a failed peering stops nothing else, two applies at once converge, and a
//! second Ctrl-C leaves at once.

use std::time::Duration;

use dli_fake::{FakeConfig, FakeDli};

use super::{fake, file, live};
use crate::support::{AK, PROJECT, SK, dli, tempdir, write};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_peering_does_not_stop_the_connections_other_changes() {
    let fake = fake().await;
    let url = fake.base_url();
    let dir = tempdir();
    let text = format!(
        "{}pools = [\"pool_bad\"]\nroutes = {{ office = \"192.168.0.0/24\" }}\ntags = {{ team = \"data\" }}\n",
        file("s", &["orders"])
    );
    let path = write(&dir, "dli.toml", &text);
    crate::support::stored(&fake, "orders");
    // Adopt it first, so that the bind, the route and the tag are separate changes.
    let run = dli(
        &url,
        &["apply", "-f", &path, "--yes", "--wait", "5s", "-o", "json"],
        "",
    )
    .await;
    assert_eq!(run.code, 1, "{}", run.shown());
    let summary: serde_json::Value =
        serde_json::from_str(run.stdout.lines().last().expect("a summary")).expect("JSON");
    assert_eq!(summary["failed"], 1, "{}", run.stdout);
    assert_eq!(summary["not_started"], 0, "{}", run.stdout);
    let listed = fake.store().list(PROJECT, &Default::default(), 0, None).0;
    let id = listed[0].id;
    assert_eq!(listed[0].routes().len(), 1, "the route was added");
    assert!(
        fake.store()
            .tags(PROJECT, id)
            .expect("tags")
            .contains(&("team".to_owned(), "data".to_owned()))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_applies_of_one_file_at_once_both_converge() {
    let fake = fake().await;
    let url = fake.base_url();
    let dir = tempdir();
    let names: Vec<String> = (0..6).map(|n| format!("orders_{n}")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let text = file("orders", &refs).replace(
        "subnet = \"subnet-1\"\n",
        "subnet = \"subnet-1\"\npools = [\"pool_etl\"]\nroutes = { office = \"192.168.0.0/24\" }\n",
    );
    let path = write(&dir, "dli.toml", &text);
    let args = ["apply", "-f", &path, "--yes"];
    let (one, two) = tokio::join!(dli(&url, &args, ""), dli(&url, &args, ""));
    assert_eq!(one.code, 0, "{}", one.shown());
    assert_eq!(two.code, 0, "{}", two.shown());
    assert_eq!(live(&fake), names, "each once");
    let planned = dli(&url, &["plan", "-f", &path, "--detailed-exitcode"], "").await;
    assert_eq!(planned.code, 0, "{}", planned.shown());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_applies_that_remove_and_prune_at_once_both_converge() {
    let fake = fake().await;
    let url = fake.base_url();
    let dir = tempdir();
    let first = write(
        &dir,
        "first.toml",
        &format!(
            "{}pools = [\"pool_etl\"]\nroutes = {{ r1 = \"10.1.0.0/24\", r2 = \"10.2.0.0/24\" }}\n",
            file("s", &["b", "a"])
        ),
    );
    let run = dli(&url, &["apply", "-f", &first, "--yes"], "").await;
    assert_eq!(run.code, 0, "{}", run.shown());
    // Both remove the pool and a route of a, and prune b, at the same moment.
    let second = write(
        &dir,
        "second.toml",
        &format!(
            "{}pools = []\nroutes = {{ r1 = \"10.1.0.0/24\" }}\n",
            file("s", &["a"])
        ),
    );
    let args = ["apply", "-f", &second, "--yes", "--prune"];
    let (one, two) = tokio::join!(dli(&url, &args, ""), dli(&url, &args, ""));
    assert_eq!(one.code, 0, "{}", one.shown());
    assert_eq!(two.code, 0, "{}", two.shown());
    assert_eq!(live(&fake), ["a"]);
    let planned = dli(
        &url,
        &["plan", "-f", &second, "--prune", "--detailed-exitcode"],
        "",
    )
    .await;
    assert_eq!(planned.code, 0, "{}", planned.shown());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_ctrl_c_leaves_at_once() {
    use tokio::io::AsyncBufReadExt;

    // A peering that takes a minute: the apply waits for it, with the default --wait 10m.
    let fake = FakeDli::start(
        FakeConfig::default()
            .with_key(AK, SK)
            .with_pools(["pool_etl"])
            .creating_for(Duration::from_secs(60)),
    )
    .await
    .expect("start the fake");
    let url = fake.base_url();
    let dir = tempdir();
    let path = write(
        &dir,
        "dli.toml",
        &format!("{}pools = [\"pool_etl\"]\n", file("s", &["slow"])),
    );
    let mut child = crate::support::command(
        &[
            "apply",
            "--endpoint",
            &url,
            "-f",
            &path,
            "--yes",
            "-o",
            "json",
        ],
        &crate::support::CREDENTIALS,
    )
    .spawn()
    .expect("run dli");
    let mut lines = tokio::io::BufReader::new(child.stdout.take().expect("stdout")).lines();
    // Wait until the create is under way.
    while let Some(line) = lines.next_line().await.expect("read") {
        if line.contains(r#""event":"started""#) {
            break;
        }
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let pid = child.id().expect("running").to_string();
    let interrupt = || {
        std::process::Command::new("kill")
            .args(["-INT", &pid])
            .status()
            .expect("run kill")
            .success()
    };
    assert!(interrupt());
    // The first lets what is under way finish: still running a moment later.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(
        child.try_wait().expect("status").is_none(),
        "the first Ctrl-C waits"
    );
    let started = std::time::Instant::now();
    assert!(interrupt());
    let status = tokio::time::timeout(Duration::from_secs(10), child.wait())
        .await
        .expect("the second Ctrl-C leaves")
        .expect("dli ran");
    assert_eq!(status.code(), Some(130));
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}
