//! The newcomer's path of `docs/cli.md` ("From a fresh clone to an applied file"), run as
//! written: its shell block is read from the guide and each step carried out, with this
//! build's `dli` in place of the installed one and a free port in place of the guide's.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use crate::support::{Run, command, dli_with_env, tempdir};

/// The guide's shell block under the heading `title`, by line.
fn steps(title: &str) -> Vec<String> {
    let guide = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/cli.md");
    let text = std::fs::read_to_string(guide).expect("docs/cli.md");
    let after = text.split_once(title).expect("the section").1;
    let block = after.split_once("```sh\n").expect("a shell block").1;
    let block = block.split_once("\n```").expect("its end").0;
    block.lines().map(str::to_owned).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_path_from_a_fresh_clone_to_an_applied_file_works_as_written() {
    let lines = steps("## From a fresh clone to an applied file");
    let free = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let port = free.local_addr().expect("an address").port().to_string();
    drop(free);
    let dir = tempdir();
    let mut env: BTreeMap<String, String> = BTreeMap::new();
    let mut server = None;
    let mut ran: Vec<Run> = Vec::new();
    let mut lines = lines.into_iter().map(|line| line.replace("8181", &port));
    assert_eq!(
        lines.next().as_deref(),
        Some("cargo install --path crates/dli-cli")
    );
    while let Some(line) = lines.next() {
        let code = line
            .split("   #")
            .next()
            .unwrap_or_default()
            .trim()
            .to_owned();
        if let Some(assignments) = code.strip_prefix("export ") {
            for pair in assignments.split_whitespace() {
                let (key, value) = pair.split_once('=').expect("NAME=VALUE");
                env.insert(key.to_owned(), value.to_owned());
            }
        } else if let Some(rest) = code.strip_prefix("cat > ") {
            let (file, end) = rest.split_once(" <<").expect("a here-document");
            let end = end.trim_matches('\'');
            let body: Vec<String> = lines.by_ref().take_while(|l| l != end).collect();
            std::fs::write(dir.join(file), body.join("\n") + "\n").expect("write the file");
        } else if let Some(background) = code.strip_suffix('&') {
            let words: Vec<&str> = background.split_whitespace().skip(1).collect();
            let mut child = command(&words, &[]).spawn().expect("start dli fake serve");
            let stdout = child.stdout.take().expect("its output");
            let mut first = tokio::io::AsyncBufReadExt::lines(tokio::io::BufReader::new(stdout));
            let said = tokio::time::timeout(Duration::from_secs(20), first.next_line())
                .await
                .expect("it starts")
                .expect("it says")
                .unwrap_or_default();
            assert!(said.contains(&port), "{said}");
            server = Some(child);
        } else {
            let words: Vec<String> = code
                .split_whitespace()
                .skip(1)
                .map(|w| match w {
                    "two.toml" => dir.join(w).display().to_string(),
                    _ => w.to_owned(),
                })
                .collect();
            assert_eq!(code.split_whitespace().next(), Some("dli"), "{code}");
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            let pairs: Vec<(&str, &str)> =
                env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            let run = dli_with_env(&words, "", &pairs).await;
            assert_eq!(run.code, 0, "{code}: {}", run.shown());
            ran.push(run);
        }
    }
    assert!(server.is_some(), "the fake was started");
    assert_eq!(ran.len(), 3, "plan, apply, plan");
    assert!(
        ran[0].stdout.contains("Plan: 2 to create"),
        "{}",
        ran[0].shown()
    );
    assert!(ran[1].stdout.contains("Applied:"), "{}", ran[1].shown());
    assert!(ran[2].stdout.contains("No changes"), "{}", ran[2].shown());
}
