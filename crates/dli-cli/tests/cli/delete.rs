//! `dli connection delete`: outputs, stdin, missing ids, waiting, dry runs, bad input and
//! a thousand ids at once.

use std::time::Duration;

use crate::support::{Listener, PROJECT, SK, dli, fake, redactions, stored, stored_many};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn text_and_json_results_with_exit_codes() {
    let fake = fake(Duration::ZERO).await;
    let url = fake.base_url();
    let a = stored(&fake, "a").to_string();
    let b = stored(&fake, "b").to_string();
    let deleted = dli(&url, &["connection", "delete", &a], "").await;
    assert_eq!(deleted.code, 0, "{}", deleted.shown());
    // b is deleted, a is gone already: one failure makes the exit code 1.
    let mixed = dli(&url, &["connection", "delete", "-o", "json", &b, &a], "").await;
    assert_eq!(mixed.code, 1, "{}", mixed.shown());
    let lines: Vec<serde_json::Value> = mixed
        .stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("one JSON object a line"))
        .collect();
    assert_eq!(lines.len(), 2);
    for line in &lines {
        for key in [
            "id",
            "outcome",
            "status",
            "error_code",
            "error_msg",
            "request_id",
            "attempts",
            "elapsed_ms",
        ] {
            assert!(line.get(key).is_some(), "{key} missing from {line}");
        }
    }
    let failed = lines
        .iter()
        .find(|line| line["id"] == a.as_str())
        .expect("a's line");
    assert_eq!(failed["outcome"], "failed");
    assert_eq!(failed["error_code"], "DLI.0001");
    assert!(
        mixed.stderr.contains("deleted 1, missing 0, failed 1 in"),
        "{}",
        mixed.stderr
    );
    // Sorted, as results arrive in any order.
    let mut sorted: Vec<&str> = mixed.stdout.lines().collect();
    sorted.sort_by_key(|line| !line.contains(&b));
    let mixed_sorted = format!(
        "exit {}\n--- stdout\n{}\n--- stderr\n{}",
        mixed.code,
        sorted.join("\n"),
        mixed.stderr
    );
    redactions().bind(|| {
        insta::assert_snapshot!("delete_text", deleted.shown());
        insta::assert_snapshot!("delete_json_mixed", mixed_sorted);
    });
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ids_from_stdin_with_comments_and_missing_ones_ignored() {
    let fake = fake(Duration::ZERO).await;
    let url = fake.base_url();
    let a = stored(&fake, "a");
    let b = stored(&fake, "b");
    let gone = uuid::Uuid::new_v4();
    let stdin = format!("# cleanup list\n\n{a}\n   {b}   # the old one\n\n{gone}\n");
    let run = dli(
        &url,
        &["connection", "delete", "--ignore-missing", "-"],
        &stdin,
    )
    .await;
    assert_eq!(run.code, 0, "{}", run.shown());
    assert_eq!(run.stdout.lines().count(), 3);
    assert!(
        run.stdout.contains(&format!("{gone}  missing")),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr.contains("deleted 2, missing 1, failed 0"),
        "{}",
        run.stderr
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_and_dry_runs_send_nothing() {
    let listener = Listener::start().await;
    let url = listener.url.clone();
    let malformed = dli(
        &url,
        &["connection", "delete", "-"],
        "2a620c33-5609-40c9-affd-2b6453071b0f\nnot-a-uuid\n",
    )
    .await;
    assert_eq!(malformed.code, 2, "{}", malformed.shown());
    assert!(
        malformed.stderr.contains("line 2 of stdin"),
        "{}",
        malformed.stderr
    );

    let dry = dli(
        &url,
        &[
            "connection",
            "delete",
            "--dry-run",
            "2a620c33-5609-40c9-affd-2b6453071b0f",
        ],
        "",
    )
    .await;
    assert_eq!(dry.code, 0, "{}", dry.shown());
    assert!(
        dry.stdout.contains("DELETE http://127.0.0.1:"),
        "{}",
        dry.stdout
    );
    assert!(
        dry.stdout.contains("Signature=<redacted>"),
        "{}",
        dry.stdout
    );
    assert!(!dry.stdout.contains(SK) && !dry.stderr.contains(SK));
    assert_eq!(listener.connections(), 0, "nothing may be sent");
    redactions().bind(|| {
        insta::assert_snapshot!("delete_malformed", malformed.shown());
        insta::assert_snapshot!("delete_dry_run", dry.shown());
    });
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_ids_at_concurrency_32() {
    let fake = fake(Duration::ZERO).await;
    let ids = stored_many(&fake, "bulk", 1000);
    let run = dli(
        &fake.base_url(),
        &[
            "connection",
            "delete",
            "--concurrency",
            "32",
            "-o",
            "json",
            "-",
        ],
        &ids.join("\n"),
    )
    .await;
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout.lines().count(), 1000);
    assert!(
        run.stdout
            .lines()
            .all(|line| line.contains(r#""outcome":"deleted""#))
    );
    assert!(
        run.stderr.contains("deleted 1000, missing 0, failed 0"),
        "{}",
        run.stderr
    );
    let (left, _) = fake.store().list(PROJECT, &Default::default(), 0, None);
    assert!(left.is_empty(), "{} connections left", left.len());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_ids_pipe_into_delete() {
    let fake = fake(Duration::ZERO).await;
    let url = fake.base_url();
    for n in 0..5 {
        stored(&fake, &format!("piped_{n}"));
    }
    let listed = dli(&url, &["connection", "list", "-o", "ids"], "").await;
    assert_eq!(listed.stdout.lines().count(), 5);
    let deleted = dli(&url, &["connection", "delete", "-"], &listed.stdout).await;
    assert_eq!(deleted.code, 0, "{}", deleted.shown());
    let after = dli(&url, &["connection", "list", "-o", "ids"], "").await;
    assert_eq!(after.stdout, "");
    let gone = dli(
        &url,
        &["connection", "list", "-o", "ids", "--status", "DELETED"],
        "",
    )
    .await;
    assert_eq!(gone.stdout.lines().count(), 5);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_throttled_bulk_delete_retries_until_every_id_is_deleted() {
    let fake = dli_fake::FakeDli::start(
        dli_fake::FakeConfig::default()
            .with_key(crate::support::AK, SK)
            .creating_for(Duration::ZERO)
            .throttle(std::num::NonZeroU32::new(100).expect("non-zero")),
    )
    .await
    .expect("start the fake");
    let ids = stored_many(&fake, "paced", 400);
    let run = dli(
        &fake.base_url(),
        &[
            "connection",
            "delete",
            "--concurrency",
            "64",
            "-o",
            "json",
            "-",
        ],
        &ids.join("\n"),
    )
    .await;
    let failures: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| !l.contains(r#""outcome":"deleted""#))
        .collect();
    assert_eq!(run.code, 0, "{}\n{failures:#?}", run.stderr);
    assert_eq!(run.stdout.lines().count(), 400);
    assert!(
        run.stderr.contains("deleted 400, missing 0, failed 0"),
        "{}",
        run.stderr
    );
    let (left, _) = fake.store().list(PROJECT, &Default::default(), 0, None);
    assert!(left.is_empty(), "{} left", left.len());
    // How fast the pacer finds the limit is the library's paused-clock test and the
    // benchmark's row; here it is enough that the gateway did push back.
    assert!(fake.throttled() > 0, "the throttle never answered 429");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_explicit_rate_paces_the_deletes() {
    let fake = fake(Duration::ZERO).await;
    let ids = stored_many(&fake, "rated", 60);
    let started = std::time::Instant::now();
    let run = dli(
        &fake.base_url(),
        &[
            "connection",
            "delete",
            "--rate",
            "50/s",
            "--concurrency",
            "16",
            "-",
        ],
        &ids.join("\n"),
    )
    .await;
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("deleted 60,"), "{}", run.stderr);
    // 60 requests one every 20 ms: the last leaves after 1.18 s.
    assert!(
        started.elapsed() >= Duration::from_millis(1150),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_progress_bar_is_drawn_only_on_a_terminal() {
    let fake = fake(Duration::ZERO).await;
    let ids = stored_many(&fake, "shown", 300);
    let list = std::env::temp_dir().join(format!("dli-progress-{}", uuid::Uuid::new_v4()));
    std::fs::write(&list, ids.join("\n")).expect("write the ids");
    // `script` (util-linux) runs the command on a pseudo-terminal and copies what it shows.
    let command = format!(
        "{} connection --endpoint {} delete --rate 1000/s - < {} > /dev/null",
        env!("CARGO_BIN_EXE_dli"),
        fake.base_url(),
        list.display()
    );
    let shown = tokio::process::Command::new("script")
        .args(["-q", "-e", "-c", &command, "/dev/null"])
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("TERM", "xterm")
        .env("HOME", "/nonexistent-dli-test-home")
        .env("HUAWEICLOUD_SDK_AK", crate::support::AK)
        .env("HUAWEICLOUD_SDK_SK", SK)
        .env("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT)
        .output()
        .await
        .expect("run script");
    let _ = std::fs::remove_file(&list);
    let terminal = String::from_utf8_lossy(&shown.stdout);
    assert!(shown.status.success(), "{terminal}");
    assert!(
        terminal.contains("/300"),
        "no progress bar on a terminal: {terminal:?}"
    );
    assert!(
        terminal.contains("deleted 300, missing 0, failed 0"),
        "{terminal:?}"
    );
    // Without a terminal, stderr has the summary and nothing else.
    let ids = stored_many(&fake, "quiet", 3);
    let quiet = dli(
        &fake.base_url(),
        &["connection", "delete", "-"],
        &ids.join("\n"),
    )
    .await;
    assert_eq!(quiet.stderr.lines().count(), 1, "{}", quiet.stderr);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_key_stops_a_bulk_delete_after_one_failed_authentication() {
    let fake = fake(Duration::ZERO).await;
    let ids = stored_many(&fake, "guarded", 50);
    let run = crate::support::dli_with_env(
        &[
            "connection",
            "--endpoint",
            &fake.base_url(),
            "delete",
            "--concurrency",
            "8",
            "-",
        ],
        &ids.join("\n"),
        &[
            ("HUAWEICLOUD_SDK_AK", crate::support::AK),
            ("HUAWEICLOUD_SDK_SK", "not-the-secret"),
            ("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT),
        ],
    )
    .await;
    assert_eq!(run.code, 1, "{}", run.shown());
    assert_eq!(fake.auth_failures(crate::support::AK), 1, "{}", run.shown());
    assert!(!fake.is_locked(crate::support::AK));
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
    assert!(run.stdout.contains("APIGW.0301"), "{}", run.stdout);
    assert!(
        run.stderr
            .contains("stopped after an authentication failure")
            && run.stderr.contains("49 not started"),
        "{}",
        run.stderr
    );
}
