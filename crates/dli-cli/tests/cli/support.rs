//! Running `dli` against a fake, and what the tests compare its output with.

use std::process::Output;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use dli_fake::{FakeConfig, FakeDli, NewConnection};
use tokio::io::AsyncWriteExt;
use tokio::net::TcpListener;

pub const AK: &str = "CLITESTACCESSKEY";
pub const SK: &str = "cli-test-secret-key-never-printed";
pub const PROJECT: &str = "cli_project";

/// A fake DLI that accepts the test key.
pub async fn fake(creating_for: Duration) -> FakeDli {
    FakeDli::start(
        FakeConfig::default()
            .with_key(AK, SK)
            .creating_for(creating_for),
    )
    .await
    .expect("start the fake")
}

/// Stores a connection in the fake directly.
pub fn stored(fake: &FakeDli, name: &str) -> uuid::Uuid {
    fake.store()
        .create(
            PROJECT,
            NewConnection {
                name: name.to_owned(),
                dest_vpc_id: "vpc-1".to_owned(),
                dest_network_id: "subnet-1".to_owned(),
                queues: vec!["etl_queue".to_owned()],
                ..NewConnection::default()
            },
        )
        .expect("stored")
}

/// Stores `count` connections named `PREFIX_N` in the fake; their ids, as text.
pub fn stored_many(fake: &FakeDli, prefix: &str, count: usize) -> Vec<String> {
    (0..count)
        .map(|n| stored(fake, &format!("{prefix}_{n}")).to_string())
        .collect()
}

/// What a run of `dli` printed, and how it ended.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// stdout and stderr together, for a snapshot.
    pub fn shown(&self) -> String {
        format!(
            "exit {}\n--- stdout\n{}--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

/// Runs `dli` with the test credentials for `endpoint`, and `stdin`.
pub async fn dli(endpoint: &str, args: &[&str], stdin: &str) -> Run {
    // The service-wide options belong to `dli connection`.
    let (command, rest) = args.split_first().expect("a command");
    dli_with_env(
        &[&[*command, "--endpoint", endpoint], rest].concat(),
        stdin,
        &CREDENTIALS,
    )
    .await
}

/// Runs `dli` with only these variables set (and no readable home), feeding it `stdin`.
pub async fn dli_with_env(args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Run {
    let mut child = command(args, env).spawn().expect("run dli");
    let mut input = child.stdin.take().expect("stdin");
    let text = stdin.to_owned();
    let writer = tokio::spawn(async move {
        let _ = input.write_all(text.as_bytes()).await;
    });
    let output: Output = tokio::time::timeout(Duration::from_secs(120), child.wait_with_output())
        .await
        .expect("dli finishes")
        .expect("dli runs");
    let _ = writer.await;
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// `dli` with these arguments and only these variables set (and no readable home), its
/// stdin, stdout and stderr piped, killed when dropped.
pub fn command(args: &[&str], env: &[(&str, &str)]) -> tokio::process::Command {
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_dli"));
    command
        .args(args)
        .env_clear()
        .env("HOME", "/nonexistent-dli-test-home")
        .envs(env.iter().copied())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true);
    command
}

/// The test credentials, as `dli` reads them from the environment.
pub const CREDENTIALS: [(&str, &str); 3] = [
    ("HUAWEICLOUD_SDK_AK", AK),
    ("HUAWEICLOUD_SDK_SK", SK),
    ("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT),
];

/// A loopback listener that counts the connections made to it and answers none.
pub struct Listener {
    pub url: String,
    count: Arc<AtomicUsize>,
}

impl Listener {
    pub async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("address"));
        let count = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&count);
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                counter.fetch_add(1, Ordering::SeqCst);
                drop(socket);
            }
        });
        Self { url, count }
    }

    pub fn connections(&self) -> usize {
        self.count.load(Ordering::SeqCst)
    }
}

/// A new folder of its own under the system's temporary folder.
pub fn tempdir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("dli-cli-test-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).expect("a folder");
    dir
}

/// Writes `text` to `dir/name`; the path, as text.
pub fn write(dir: &std::path::Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path.display().to_string()
}

/// Snapshot settings that hide what changes from run to run.
pub fn redactions() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.add_filter(
        r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        "[id]",
    );
    settings.add_filter(r"\b[0-9a-f]{32}\b", "[request-id]");
    settings.add_filter(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", "[time]");
    settings.add_filter(r"127\.0\.0\.1:\d+", "127.0.0.1:[port]");
    settings.add_filter(r"in \d+\.\d s", "in [t] s");
    settings.add_filter(r#""elapsed_ms":[\d.]+"#, r#""elapsed_ms":[ms]"#);
    settings.add_filter(r"\d{8}T\d{6}Z", "[sdk-date]");
    settings.add_filter(r#""(create_time|update_time)":\d+"#, r#""$1":[ms]"#);
    settings.add_filter(r"dli-client/\d+\.\d+\.\d+", "dli-client/[version]");
    settings
}
