//! The `delete_connection` example of `dli-client`, run as a user runs it.

use std::path::PathBuf;
use std::process::{Command, Output};

use dli_tests::{RecordingServer, Reply};

const CONNECTION_ID: &str = "2a620c33-5609-40c9-affd-2b6453071b0f";

/// `cargo test --workspace` builds the examples next to the test binaries.
fn example() -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary's path");
    let dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("target/<profile>/deps");
    let path = dir
        .join("examples")
        .join(format!("delete_connection{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.exists(),
        "{} is missing: run `cargo test --workspace`, which builds the examples",
        path.display()
    );
    path
}

async fn run(server: &RecordingServer) -> Output {
    let mut command = Command::new(example());
    command
        .env_clear()
        .env("HUAWEICLOUD_SDK_AK", "HPUAXHHSRJXBVZUUZEHW")
        .env("HUAWEICLOUD_SDK_SK", "example-secret")
        .env("HUAWEICLOUD_SDK_CREDENTIALS_FILE", "/dev/null")
        .args([
            "--endpoint",
            &server.base_url(),
            "--project-id",
            "48cc2c48765d4f5a9a3a8d2b4d6e7f01",
            CONNECTION_ID,
        ]);
    tokio::task::spawn_blocking(move || command.output())
        .await
        .expect("join")
        .expect("run the example")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_example_prints_the_response_and_exits_zero() {
    let server = RecordingServer::start([Reply::json(
        200,
        r#"{"is_success": true, "message": "Deleted"}"#,
    )])
    .await
    .expect("start the server");
    let output = run(&server).await;
    assert!(output.status.success(), "{output:?}");
    let printed: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("stdout is JSON");
    assert_eq!(
        printed,
        serde_json::json!({"is_success": true, "message": "Deleted"})
    );
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    assert!(requests[0].header("authorization").is_some());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_example_prints_the_error_and_exits_non_zero() {
    let server = RecordingServer::start([Reply::json(
        400,
        format!(r#"{{"error_code": "DLI.0001", "error_msg": "Connection {CONNECTION_ID} is not exist"}}"#),
    )
    .header("x-request-id", "rid-example")])
    .await
    .expect("start the server");
    let output = run(&server).await;
    assert!(!output.status.success());
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("DLI.0001")
            && stderr.contains("is not exist")
            && stderr.contains("rid-example"),
        "{stderr}"
    );
    assert!(!stderr.contains("example-secret"));
}
