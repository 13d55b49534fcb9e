//! Every command that takes a connection id, found by walking clap's command tree (so a new
//! command is covered without editing this test), refuses a malformed id: exit 2, no
//! request sent, no panic.

use crate::support::{dli, fake};

/// The malformed ids every command is given where its id goes.
const MALFORMED: [&str; 4] = ["-", "", "../x", "not-a-uuid"];

/// The arguments that make a valid call of `command` but for its id, which is `id`:
/// each other required argument gets a value its parser accepts.
fn call_with(path: &[String], command: &clap::Command, id: &str) -> Vec<String> {
    let mut args: Vec<String> = path.to_vec();
    args.push(id.to_owned());
    let mut options = Vec::new();
    for argument in command.get_arguments() {
        let name = argument.get_id().as_str();
        if name == "id" || name == "ids" || !argument.is_required_set() {
            continue;
        }
        let value_name = argument
            .get_value_names()
            .and_then(|names| names.first())
            .map(|name| name.as_str().to_owned())
            .unwrap_or_default();
        let value = match (argument.get_long(), value_name.as_str()) {
            (Some("cidr"), _) => "10.0.0.0/8".to_owned(),
            (_, "NAME=IP") => "db=10.0.0.1".to_owned(),
            (_, "NAME=CIDR") => "office=10.0.0.0/8".to_owned(),
            (_, name) if name.contains('=') => "key=value".to_owned(),
            _ => "x".to_owned(),
        };
        match argument.get_long() {
            Some(long) => options.extend([format!("--{long}"), value]),
            None => args.push(value),
        }
    }
    args.extend(options);
    args
}

/// Every command (as its path of names) that takes a connection id, with the command.
fn commands_with_an_id(
    command: &clap::Command,
    path: Vec<String>,
    found: &mut Vec<(Vec<String>, clap::Command)>,
) {
    let takes_an_id = command
        .get_arguments()
        .any(|argument| matches!(argument.get_id().as_str(), "id" | "ids"));
    if takes_an_id {
        found.push((path.clone(), command.clone()));
    }
    for sub in command.get_subcommands() {
        let mut below = path.clone();
        below.push(sub.get_name().to_owned());
        commands_with_an_id(sub, below, found);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_command_refuses_a_malformed_id_before_sending() {
    let fake = fake(std::time::Duration::ZERO).await;
    let mut found = Vec::new();
    commands_with_an_id(&dli_cli::command(), Vec::new(), &mut found);
    let names: Vec<String> = found.iter().map(|(path, _)| path.join(" ")).collect();
    // The walk finds the commands it must: a few by name, and many in all.
    for expected in [
        "connection show",
        "connection delete",
        "connection hosts set",
        "connection route add",
        "connection untag",
    ] {
        assert!(
            names.iter().any(|name| name == expected),
            "{expected} not in {names:?}"
        );
    }
    assert!(found.len() >= 18, "only {names:?}");
    for (path, command) in &found {
        for id in MALFORMED {
            let args = call_with(path, command, id);
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            // For `-`, stdin holds a malformed id too.
            let run = dli(&fake.base_url(), &args, "not-a-uuid\n").await;
            assert_eq!(run.code, 2, "dli {args:?}\n{}", run.shown());
            assert!(
                !run.stderr.contains("panicked") && !run.stdout.contains("panicked"),
                "dli {args:?}\n{}",
                run.shown()
            );
            assert!(!run.stderr.is_empty(), "dli {args:?} says nothing");
        }
    }
    assert_eq!(fake.requests(), 0, "a malformed id sent a request");
}
