//! The `dli-fake` binary as a user runs it.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start(args: &[&str]) -> (Running, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dli-fake"))
        .args(args)
        .env_remove("HUAWEICLOUD_SDK_AK")
        .env_remove("HUAWEICLOUD_SDK_SK")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start dli-fake");
    let stdout = child.stdout.take().expect("stdout");
    let mut first = String::new();
    BufReader::new(stdout)
        .read_line(&mut first)
        .expect("read the first line");
    (Running(child), first)
}

#[tokio::test]
async fn prints_where_it_listens_and_serves_there() {
    let (_running, first) = start(&["--token", "bin-token", "--creating-for", "0s"]);
    let url = first
        .trim_end()
        .strip_prefix("listening on http://127.0.0.1:")
        .map(|port| format!("http://127.0.0.1:{port}"))
        .unwrap_or_else(|| panic!("unexpected first line {first:?}"));
    let response = reqwest::Client::new()
        .post(format!("{url}/v2.0/p1/datasource/enhanced-connections"))
        .header("X-Auth-Token", "bin-token")
        .header("Content-Type", "application/json")
        .body(r#"{"name": "bin", "dest_vpc_id": "v", "dest_network_id": "n"}"#)
        .send()
        .await
        .expect("answer");
    assert_eq!(response.status(), 201);
    let body: serde_json::Value = response.json().await.expect("JSON");
    let id = body["connection_id"].as_str().expect("an id");
    let response = reqwest::Client::new()
        .delete(format!(
            "{url}/v2.0/p1/datasource/enhanced-connections/{id}"
        ))
        .header("X-Auth-Token", "bin-token")
        .send()
        .await
        .expect("answer");
    assert_eq!(response.status(), 200, "zero creating time deletes at once");
}

#[test]
fn bad_arguments_are_refused_with_a_message() {
    for (args, fragment) in [
        (
            vec!["--token", "t", "--creating-for", "soon"],
            "creating-for",
        ),
        (vec!["--ak", "only-ak"], "--sk"),
        (vec![], "nothing would be accepted"),
        (vec!["--token", "t", "--listen", "not-an-address"], "listen"),
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_dli-fake"))
            .args(&args)
            .env_remove("HUAWEICLOUD_SDK_AK")
            .env_remove("HUAWEICLOUD_SDK_SK")
            .output()
            .expect("run dli-fake");
        assert!(!output.status.success(), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(fragment), "{args:?}: {stderr}");
    }
}
