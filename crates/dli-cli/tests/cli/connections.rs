//! `dli connection list | show | create`, the configuration errors, completions and the fake.

use std::time::Duration;

use crate::support::{AK, Listener, PROJECT, SK, dli, dli_with_env, fake, redactions, stored};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_in_every_output() {
    let fake = fake(Duration::ZERO).await;
    let first = stored(&fake, "orders");
    stored(&fake, "payments");
    let url = fake.base_url();

    let table = dli(&url, &["connection", "list"], "").await;
    let json = dli(&url, &["connection", "list", "--output", "json"], "").await;
    let ids = dli(
        &url,
        &["connection", "list", "--output", "ids", "--name", "ord"],
        "",
    )
    .await;
    for run in [&table, &json, &ids] {
        assert_eq!(run.code, 0, "{}", run.shown());
    }
    assert_eq!(ids.stdout, format!("{first}\n"));
    let parsed: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    assert_eq!(parsed.as_array().map(Vec::len), Some(2));
    assert_eq!(parsed[0]["isPrivis"], serde_json::json!(true));
    redactions().bind(|| {
        insta::assert_snapshot!("list_table", table.shown());
        insta::assert_snapshot!("list_json", json.shown());
    });
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn show_in_every_output_and_a_missing_id() {
    let fake = fake(Duration::ZERO).await;
    let id = stored(&fake, "orders").to_string();
    let url = fake.base_url();
    let table = dli(&url, &["connection", "show", &id], "").await;
    let json = dli(&url, &["connection", "show", &id, "-o", "json"], "").await;
    let missing = dli(
        &url,
        &["connection", "show", "8d5ad1a5-3d5e-4a4c-8a4b-0d6c5e1f2a3b"],
        "",
    )
    .await;
    assert_eq!((table.code, json.code, missing.code), (0, 0, 1));
    assert!(missing.stderr.contains("DLI.0001") && missing.stderr.contains("is not exist"));
    redactions().bind(|| {
        insta::assert_snapshot!("show_table", table.shown());
        insta::assert_snapshot!("show_json", json.shown());
        insta::assert_snapshot!("show_missing", missing.shown());
    });
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn create_prints_the_id_or_the_answer_and_can_wait() {
    let fake = fake(Duration::from_secs(1)).await;
    let url = fake.base_url();
    let args = [
        "connection",
        "create",
        "--name",
        "orders",
        "--vpc",
        "vpc-1",
        "--subnet",
        "subnet-1",
        "--queue",
        "q1",
        "--pool",
        "p1",
        "--host",
        "db=10.0.0.1",
        "--tag",
        "team=data",
    ];
    let created = dli(&url, &args, "").await;
    assert_eq!(created.code, 0, "{}", created.shown());
    let id: uuid::Uuid = created.stdout.trim().parse().expect("the new id alone");
    let stored = fake.store().get(PROJECT, id).expect("created in the fake");
    assert_eq!(stored.spec.hosts[0].ip, "10.0.0.1");
    assert_eq!(stored.spec.tags, [("team".to_owned(), "data".to_owned())]);
    assert_eq!(stored.spec.elastic_resource_pools, ["p1"]);

    let started = std::time::Instant::now();
    let waited = dli(
        &url,
        &[
            "connection",
            "create",
            "--name",
            "waited",
            "--vpc",
            "v",
            "--subnet",
            "s",
            "--wait",
            "-o",
            "json",
        ],
        "",
    )
    .await;
    assert_eq!(waited.code, 0, "{}", waited.shown());
    assert!(
        started.elapsed() >= Duration::from_millis(900),
        "--wait did not wait"
    );
    let bad_name = dli(
        &url,
        &[
            "connection",
            "create",
            "--name",
            "has-hyphen",
            "--vpc",
            "v",
            "--subnet",
            "s",
        ],
        "",
    )
    .await;
    assert_eq!(bad_name.code, 2, "{}", bad_name.shown());
    redactions().bind(|| {
        insta::assert_snapshot!("create_json_waited", waited.shown());
        insta::assert_snapshot!("create_bad_name", bad_name.shown());
    });
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn create_prints_the_new_id_even_when_a_later_step_fails() {
    let fake = dli_fake::FakeDli::start(
        dli_fake::FakeConfig::default()
            .with_key(AK, SK)
            .creating_for(Duration::ZERO)
            .failing_peering("p_broken", "the subnet has no free address"),
    )
    .await
    .expect("start the fake");
    let url = fake.base_url();
    // A route DLI refuses: the connection exists, its id is printed, the step is named.
    fake.inject(
        dli_fake::Fault::respond(
            400,
            r#"{"error_code": "DLI.0001", "error_msg": "route table is full"}"#,
        )
        .method("POST")
        .path_contains("/routes"),
    );
    let routed = dli(
        &url,
        &[
            "connection",
            "create",
            "--name",
            "routed",
            "--vpc",
            "v",
            "--subnet",
            "s",
            "--route",
            "office=192.168.0.0/24",
            "-o",
            "json",
        ],
        "",
    )
    .await;
    assert_eq!(routed.code, 1, "{}", routed.shown());
    let answer: serde_json::Value = serde_json::from_str(routed.stdout.trim()).expect("json");
    let id: uuid::Uuid = answer["connection_id"]
        .as_str()
        .expect("the id")
        .parse()
        .expect("a uuid");
    assert!(fake.store().get(PROJECT, id).is_some(), "it exists");
    assert!(
        routed
            .stderr
            .contains(&format!("connection {id} was created and exists"))
            && routed
                .stderr
                .contains("adding route office (192.168.0.0/24) failed")
            && routed.stderr.contains("route table is full"),
        "{}",
        routed.shown()
    );

    // A peering that fails during --wait: the id is out first, the failure named after.
    let waited = dli(
        &url,
        &[
            "connection",
            "create",
            "--name",
            "peered",
            "--vpc",
            "v",
            "--subnet",
            "s",
            "--pool",
            "p_broken",
            "--wait",
            "10s",
        ],
        "",
    )
    .await;
    assert_eq!(waited.code, 1, "{}", waited.shown());
    let id: uuid::Uuid = waited.stdout.trim().parse().expect("the new id alone");
    assert!(fake.store().get(PROJECT, id).is_some(), "it exists");
    assert!(
        waited
            .stderr
            .contains("its peering with p_broken FAILED: the subnet has no free address"),
        "{}",
        waited.shown()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn configuration_errors_exit_2_and_send_nothing() {
    let listener = Listener::start().await;
    let url = listener.url.clone();
    let no_credentials = dli_with_env(
        &["connection", "--endpoint", &url, "list"],
        "",
        &[("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT)],
    )
    .await;
    assert_eq!(no_credentials.code, 2, "{}", no_credentials.shown());
    assert!(
        no_credentials.stderr.contains("HUAWEICLOUD_SDK_AK"),
        "{}",
        no_credentials.stderr
    );

    let no_endpoint = dli_with_env(
        &["connection", "list"],
        "",
        &[
            ("HUAWEICLOUD_SDK_AK", AK),
            ("HUAWEICLOUD_SDK_SK", SK),
            ("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT),
        ],
    )
    .await;
    assert_eq!(no_endpoint.code, 2);
    assert!(
        no_endpoint.stderr.contains("--region"),
        "{}",
        no_endpoint.stderr
    );

    let usage = dli(&url, &["connection", "list", "--output", "yaml"], "").await;
    assert_eq!(usage.code, 2);
    assert_eq!(listener.connections(), 0, "nothing may be sent");
    redactions().bind(|| insta::assert_snapshot!("no_credentials", no_credentials.shown()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn help_completions_and_the_fake() {
    let help = dli_with_env(&["--help"], "", &[]).await;
    assert_eq!(help.code, 0);
    for text in [
        "130",
        "DeleteEnhancedConnection",
        "dli connection delete",
        "HUAWEICLOUD_SDK_AK",
    ] {
        assert!(
            help.stdout.contains(text),
            "--help lacks {text}: {}",
            help.stdout
        );
    }
    let completions = dli_with_env(&["completions", "bash"], "", &[]).await;
    assert_eq!(completions.code, 0);
    assert!(
        completions.stdout.contains("_dli()"),
        "{}",
        completions.stdout
    );
    // `dli auth` completes, with its password options and none that takes a password.
    for word in [
        "dli__subcmd__auth__subcmd__create",
        "--password-stdin",
        "--password-env",
        "--rotate",
    ] {
        assert!(
            completions.stdout.contains(word),
            "{word} does not complete"
        );
    }
    assert!(
        !completions.stdout.contains("--password "),
        "{}",
        completions.stdout
    );

    // `dli fake serve` takes the fake's own options, not the service-wide ones.
    let serve_help = dli_with_env(&["fake", "serve", "--help"], "", &[]).await;
    assert_eq!(serve_help.code, 0, "{}", serve_help.shown());
    for option in ["--listen", "--throttle", "--creating-for", "--token"] {
        assert!(serve_help.stdout.contains(option), "{}", serve_help.stdout);
    }
    for option in ["--region", "--endpoint", "--project-id", "--verbose"] {
        assert!(!serve_help.stdout.contains(option), "{}", serve_help.stdout);
    }
    let misplaced = dli_with_env(&["fake", "serve", "--region", "cn-north-4"], "", &[]).await;
    assert_eq!(misplaced.code, 2, "{}", misplaced.shown());
    let accepts_nothing = dli_with_env(&["fake", "serve"], "", &[]).await;
    assert_eq!(accepts_nothing.code, 2, "{}", accepts_nothing.shown());
    assert!(
        accepts_nothing
            .stderr
            .contains("give --ak and --sk, or --token"),
        "{}",
        accepts_nothing.shown()
    );

    // `dli fake serve` prints where it listens first, and serves there.
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_dli"))
        .args([
            "fake",
            "serve",
            "--ak",
            AK,
            "--sk",
            SK,
            "--creating-for",
            "0s",
            "--throttle",
            "100/s",
        ])
        .env_clear()
        .stdout(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("run dli fake serve");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = tokio::io::AsyncBufReadExt::lines(tokio::io::BufReader::new(stdout));
    let first = lines
        .next_line()
        .await
        .expect("read")
        .expect("a first line");
    let url = first
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("unexpected first line {first:?}"))
        .to_owned();
    let listed = dli(&url, &["connection", "list", "-o", "json"], "").await;
    assert_eq!(
        (listed.code, listed.stdout.trim()),
        (0, "[]"),
        "{}",
        listed.shown()
    );
    child.kill().await.expect("stop the fake");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verbose_logs_go_to_stderr_without_secrets() {
    let fake = fake(Duration::ZERO).await;
    let id = stored(&fake, "logged").to_string();
    let run = dli(&fake.base_url(), &["connection", "-vv", "delete", &id], "").await;
    assert_eq!(run.code, 0, "{}", run.shown());
    assert!(run.stderr.contains("call succeeded"), "{}", run.stderr);
    assert!(
        run.stderr.contains("DeleteEnhancedConnection"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains(SK) && !run.stdout.contains(SK));
    assert!(
        !run.stderr.contains('\u{1b}'),
        "no colour codes off a terminal: {}",
        run.stderr
    );
    assert_eq!(run.stdout.lines().count(), 1, "logs stay off stdout");
    let quiet = dli(&fake.base_url(), &["connection", "list"], "").await;
    assert!(!quiet.stderr.contains("call succeeded"), "{}", quiet.stderr);
    // Every command that calls DLI takes -v, not only `connection`.
    for (args, operation) in [
        (&["queue", "list", "-vv"][..], "ListQueues"),
        (&["pool", "list", "-vv"][..], "ListElasticResourcePools"),
        (&["export", "-vv"][..], "ListEnhancedConnections"),
    ] {
        let run = dli(&fake.base_url(), args, "").await;
        assert_eq!(run.code, 0, "{args:?}: {}", run.shown());
        assert!(
            run.stderr.contains("call succeeded") && run.stderr.contains(operation),
            "{args:?}: {}",
            run.stderr
        );
        assert!(!run.stderr.contains(SK), "{args:?}");
    }
}
