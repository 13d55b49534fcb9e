//! `dli connection delete` interrupted: the first Ctrl-C starts nothing new and lets the
//! deletes under way finish, the second leaves at once.

use std::process::Output;
use std::time::Duration;

use dli_fake::FakeDli;

use crate::support::{PROJECT, fake, stored_many};

/// A fake holding `count` connections whose every delete takes `delay`, and
/// `dli connection delete --concurrency 2 -` deleting them, started 800 ms ago.
async fn deleting(count: usize, delay: Duration) -> (FakeDli, tokio::process::Child) {
    let fake = fake(Duration::ZERO).await;
    let ids = stored_many(&fake, "slow", count);
    fake.inject(dli_fake::Fault::delay(delay).times(1000));
    let url = fake.base_url();
    let mut child = crate::support::command(
        &[
            "connection",
            "--endpoint",
            &url,
            "delete",
            "--concurrency",
            "2",
            "-",
        ],
        &crate::support::CREDENTIALS,
    )
    .spawn()
    .expect("run dli");
    let mut stdin = child.stdin.take().expect("stdin");
    tokio::io::AsyncWriteExt::write_all(&mut stdin, ids.join("\n").as_bytes())
        .await
        .expect("write the ids");
    drop(stdin);
    tokio::time::sleep(Duration::from_millis(800)).await;
    (fake, child)
}

/// Ctrl-C, as a terminal sends it.
fn interrupt(child: &tokio::process::Child) {
    let pid = child.id().expect("running").to_string();
    let signalled = std::process::Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .expect("run kill");
    assert!(signalled.success());
}

/// What `dli` printed, once it ended within `limit`.
async fn ended(child: tokio::process::Child, limit: Duration) -> Output {
    tokio::time::timeout(limit, child.wait_with_output())
        .await
        .expect("dli ends in time")
        .expect("dli ran")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ctrl_c_stops_new_deletes_and_prints_the_summary() {
    let (fake, child) = deleting(200, Duration::from_millis(200)).await;
    interrupt(&child);
    let output = ended(child, Duration::from_secs(30)).await;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(130), "{stderr}");
    let finished = stdout.lines().count();
    assert!(finished > 0 && finished < 200, "{finished} finished");
    assert!(
        stdout.lines().all(|line| line.contains("  deleted")),
        "requests under way finish: {stdout}"
    );
    assert!(
        stderr.contains("interrupted: nothing new starts"),
        "the first Ctrl-C says what it does: {stderr}"
    );
    assert!(
        stderr.contains(&format!("deleted {finished}, ")),
        "{stderr}"
    );
    let (left, _) = fake.store().list(PROJECT, &Default::default(), 0, None);
    assert_eq!(
        left.len(),
        200 - finished,
        "every finished line is a delete, nothing more"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_ctrl_c_leaves_without_waiting_for_the_deletes_under_way() {
    // Every delete takes 20 s: only leaving at once ends the command within 10 s.
    let (_fake, child) = deleting(20, Duration::from_secs(20)).await;
    interrupt(&child);
    tokio::time::sleep(Duration::from_millis(300)).await;
    interrupt(&child);
    let output = ended(child, Duration::from_secs(10)).await;
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(130), "{stderr}");
    assert!(
        stderr.contains("interrupted again: leaving now; a delete under way may have landed"),
        "{stderr}"
    );
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "",
        "nothing finished"
    );
}
