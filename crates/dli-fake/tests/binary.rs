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
        .env_remove("HUAWEICLOUD_SDK_SECURITY_TOKEN")
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
        (vec!["--token", "t", "--throttle", "0/s"], "200/s"),
        (vec!["--token", "t", "--throttle", "fast"], "200/s"),
        (vec!["--security-token", "st"], "--ak and --sk"),
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_dli-fake"))
            .args(&args)
            .env_remove("HUAWEICLOUD_SDK_AK")
            .env_remove("HUAWEICLOUD_SDK_SK")
            .env_remove("HUAWEICLOUD_SDK_SECURITY_TOKEN")
            .output()
            .expect("run dli-fake");
        assert!(!output.status.success(), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(fragment), "{args:?}: {stderr}");
    }
}

fn url_of(first: &str) -> String {
    let port = first
        .trim_end()
        .strip_prefix("listening on http://127.0.0.1:")
        .unwrap_or_else(|| panic!("unexpected first line {first:?}"));
    format!("http://127.0.0.1:{port}")
}

#[tokio::test]
async fn the_throttle_answers_429_without_retry_after() {
    let (_running, first) = start(&["--token", "t", "--throttle", "2/s"]);
    let url = format!("{}/v2.0/p1/datasource/enhanced-connections", url_of(&first));
    let mut statuses = Vec::new();
    let mut throttled = None;
    for _ in 0..4 {
        let response = reqwest::Client::new()
            .get(&url)
            .header("X-Auth-Token", "t")
            .send()
            .await
            .expect("answer");
        statuses.push(response.status().as_u16());
        if response.status() == 429 {
            assert!(response.headers().get("retry-after").is_none());
            throttled = Some(response.text().await.expect("body"));
        }
    }
    assert_eq!(&statuses[..2], [200, 200], "{statuses:?}");
    assert!(statuses[2..].contains(&429), "{statuses:?}");
    let body = throttled.expect("a throttled answer");
    assert!(
        body.contains("APIGW.0308") && body.contains("limit:2,time:1 second"),
        "{body}"
    );
}

#[tokio::test]
async fn temporary_credentials_are_accepted_only_with_their_token() {
    let (_running, first) = start(&[
        "--ak",
        "TEMPAK",
        "--sk",
        "temp-sk",
        "--security-token",
        "temp-token",
    ]);
    let client = |credentials| {
        dli_client::Client::builder()
            .environment(dli_client::Environment::from_pairs([]))
            .endpoint(url_of(&first))
            .project_id("p1")
            .credentials(credentials)
            .build()
            .expect("valid configuration")
    };
    let with_token = client(dli_client::Credentials::temporary(
        "TEMPAK",
        "temp-sk",
        "temp-token",
    ));
    let listed = with_token.connections().collect().await;
    assert!(listed.is_ok(), "{listed:?}");
    let without = client(dli_client::Credentials::ak_sk("TEMPAK", "temp-sk"));
    let error = without
        .connections()
        .collect()
        .await
        .expect_err("the token is required");
    assert!(error.is_auth(), "{error}");
}
