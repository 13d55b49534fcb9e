//! Desired state an operator can trust with production, through `dli` against the fake:
//! each defect of the earlier `plan`/`apply` has a test named for the behaviour that
//! replaced it: ownership by stack, prune within the stack, adoption, replacement that keeps
//! what the file leaves out, protect, no plan from a failed read, saved plans planned again,
//! refusals before anything is sent, exit codes, independent changes, two applies at once,
//! and standard input as the file.

use std::time::Duration;

use dli_fake::{FakeConfig, FakeDli, Fault};

use crate::support::{AK, PROJECT, SK, dli};

async fn fake() -> FakeDli {
    FakeDli::start(
        FakeConfig::default()
            .with_key(AK, SK)
            .with_pools(["pool_etl", "pool_bad"])
            .failing_peering("pool_bad", "no route to the VPC")
            .creating_for(Duration::from_millis(20)),
    )
    .await
    .expect("start the fake")
}

fn tempdir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("dli-stacks-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).expect("a folder");
    dir
}

fn write(dir: &std::path::Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path.display().to_string()
}

/// A file of `stack` naming these connections, each in vpc-1/subnet-1.
fn file(stack: &str, names: &[&str]) -> String {
    let mut text = format!("stack = \"{stack}\"\n");
    for name in names {
        text.push_str(&format!(
            "\n[connection.{name}]\nvpc = \"vpc-1\"\nsubnet = \"subnet-1\"\n"
        ));
    }
    text
}

/// The names of the project's connections that are not deleted, sorted.
fn live(fake: &FakeDli) -> Vec<String> {
    let (listed, _) = fake.store().list(PROJECT, &Default::default(), 0, None);
    let mut names: Vec<String> = listed.iter().map(|c| c.spec.name.clone()).collect();
    names.sort();
    names
}

/// How many calls of each operation that changes something were made since `before`.
fn changes_since(fake: &FakeDli, before: &std::collections::BTreeMap<String, u64>) -> u64 {
    fake.stats()
        .requests
        .iter()
        .filter(|(id, _)| !id.starts_with("List") && !id.starts_with("Show"))
        .map(|(id, count)| count - before.get(id).copied().unwrap_or(0))
        .sum()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn prune_with_two_stacks_never_deletes_the_other_stacks_connections() {
    let fake = fake().await;
    let url = fake.base_url();
    let dir = tempdir();
    let orders = write(
        &dir,
        "orders.toml",
        &file("orders", &["orders_a", "orders_b"]),
    );
    let billing = write(&dir, "billing.toml", &file("billing", &["billing_a"]));
    for path in [&orders, &billing] {
        let run = dli(&url, &["apply", "-f", path, "--yes"], "").await;
        assert_eq!(run.code, 0, "{}", run.shown());
    }
    let by_hand = crate::support::stored(&fake, "by_hand");
    assert_eq!(live(&fake).len(), 4);

    // orders drops orders_b: only orders_b goes, after the plan lists it.
    let smaller = write(&dir, "orders2.toml", &file("orders", &["orders_a"]));
    let planned = dli(&url, &["plan", "-f", &smaller, "--prune"], "").await;
    assert_eq!(planned.code, 0, "{}", planned.shown());
    assert!(planned.stdout.contains("- orders_b"), "{}", planned.stdout);
    assert!(!planned.stdout.contains("billing"), "{}", planned.stdout);
    let pruned = dli(&url, &["apply", "-f", &smaller, "--prune", "--yes"], "").await;
    assert_eq!(pruned.code, 0, "{}", pruned.shown());
    assert_eq!(live(&fake), ["billing_a", "by_hand", "orders_a"]);

    // billing prunes with a file naming a new connection: orders_a and by_hand stay.
    let moved = write(&dir, "billing2.toml", &file("billing", &["billing_c"]));
    let run = dli(&url, &["apply", "-f", &moved, "--prune", "--yes"], "").await;
    assert_eq!(run.code, 0, "{}", run.shown());
    assert_eq!(live(&fake), ["billing_c", "by_hand", "orders_a"]);
    assert!(fake.store().tags(PROJECT, by_hand).is_some());

    // A file that names no connection, or no stack, is refused with --prune before any call.
    let before = fake.stats().requests;
    let empty = write(&dir, "empty.toml", "stack = \"orders\"\n");
    let nameless = write(&dir, "nameless.toml", "[connection.orders_a]\n");
    for path in [&empty, &nameless] {
        let run = dli(&url, &["plan", "-f", path, "--prune"], "").await;
        assert_eq!(run.code, 2, "{}", run.shown());
    }
    assert_eq!(fake.stats().requests, before, "nothing was sent");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_connection_made_by_hand_is_adopted_and_another_stacks_is_refused() {
    let fake = fake().await;
    let url = fake.base_url();
    let dir = tempdir();
    let id = crate::support::stored(&fake, "shared");
    let orders = write(&dir, "orders.toml", &file("orders", &["shared"]));
    let planned = dli(&url, &["plan", "-f", &orders, "--detailed-exitcode"], "").await;
    assert_eq!(planned.code, 2, "{}", planned.shown());
    assert!(
        planned.stdout.starts_with("<= shared"),
        "{}",
        planned.stdout
    );
    assert!(
        planned.stdout.contains("no stack owns it"),
        "{}",
        planned.stdout
    );
    assert!(planned.stdout.contains("1 to adopt"), "{}", planned.stdout);
    let applied = dli(&url, &["apply", "-f", &orders, "--yes"], "").await;
    assert_eq!(applied.code, 0, "{}", applied.shown());
    let tags = fake.store().tags(PROJECT, id).expect("tags");
    assert!(
        tags.contains(&("managed-by".to_owned(), "dli:orders".to_owned())),
        "{tags:?}"
    );

    // Marked by an earlier dli that knew no stacks: shown by a prune, never deleted; a file
    // that names it adopts it.
    let legacy = crate::support::stored(&fake, "legacy");
    assert!(fake.store().change_tags(
        PROJECT,
        legacy,
        &[("managed-by".to_owned(), "dli".to_owned())],
        true
    ));
    let pruning = dli(&url, &["apply", "-f", &orders, "--prune", "--yes"], "").await;
    assert_eq!(pruning.code, 0, "{}", pruning.shown());
    assert!(
        pruning.stdout.contains("legacy") && pruning.stdout.contains("an earlier dli"),
        "{}",
        pruning.stdout
    );
    assert!(fake.store().tags(PROJECT, legacy).is_some(), "not pruned");
    let both = write(&dir, "both.toml", &file("orders", &["shared", "legacy"]));
    let adopted = dli(&url, &["plan", "-f", &both], "").await;
    assert!(
        adopted.stdout.contains("<= legacy")
            && adopted.stdout.contains("an earlier dli, with no stack"),
        "{}",
        adopted.shown()
    );

    let billing = write(&dir, "billing.toml", &file("billing", &["shared"]));
    let refused = dli(&url, &["plan", "-f", &billing], "").await;
    assert_eq!(refused.code, 1, "{}", refused.shown());
    assert!(
        refused.stderr.contains("the stack \"orders\"") && refused.stderr.contains("untag"),
        "{}",
        refused.shown()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replacement_keeps_what_the_file_does_not_manage_and_protect_refuses_it() {
    let fake = fake().await;
    let url = fake.base_url();
    let dir = tempdir();
    // Made by hand, with routes, hosts and tags the file will never mention.
    let old = crate::support::stored(&fake, "orders");
    assert!(
        fake.store()
            .add_route(PROJECT, old, "office", "192.168.0.0/24")
            .is_ok()
    );
    assert!(fake.store().set_hosts(
        PROJECT,
        old,
        vec![dli_fake::Host {
            name: "db".to_owned(),
            ip: "192.168.0.21".to_owned()
        }]
    ));
    assert!(fake.store().change_tags(
        PROJECT,
        old,
        &[("team".to_owned(), "data".to_owned())],
        true
    ));
    let moved = write(
        &dir,
        "moved.toml",
        "stack = \"orders\"\n[connection.orders]\nvpc = \"vpc-2\"\nsubnet = \"subnet-1\"\n",
    );

    // Blocked without --allow-replace: exit 1, naming the flag.
    let blocked = dli(&url, &["plan", "-f", &moved], "").await;
    assert_eq!(blocked.code, 1, "{}", blocked.shown());
    assert!(
        blocked.stderr.contains("--allow-replace"),
        "{}",
        blocked.shown()
    );
    assert!(
        blocked.stdout.contains("(vpc vpc-1 → vpc-2)") && !blocked.stdout.contains("subnet-1 →"),
        "{}",
        blocked.stdout
    );
    // A plan saved without the flag is not applied with it: plan again.
    let saved = dir.join("plan.json").display().to_string();
    let _ = dli(&url, &["plan", "-f", &moved, "--out", &saved], "").await;
    let again = dli(&url, &["apply", &saved, "--allow-replace", "--yes"], "").await;
    assert_eq!(again.code, 2, "{}", again.shown());
    assert!(
        again.stderr.contains("plan again with it"),
        "{}",
        again.shown()
    );

    let planned = dli(&url, &["plan", "-f", &moved, "--allow-replace"], "").await;
    assert_eq!(planned.code, 0, "{}", planned.shown());
    assert!(
        planned
            .stdout
            .contains("carried over from the connection it replaces (the file leaves them out): queues, hosts, routes, tags"),
        "{}",
        planned.stdout
    );
    let replaced = dli(
        &url,
        &["apply", "-f", &moved, "--allow-replace", "--yes"],
        "",
    )
    .await;
    assert_eq!(replaced.code, 0, "{}", replaced.shown());
    let (listed, _) = fake.store().list(PROJECT, &Default::default(), 0, None);
    let new = listed
        .iter()
        .find(|c| c.spec.name == "orders" && c.id != old)
        .expect("the new connection");
    assert_eq!(new.spec.dest_vpc_id, "vpc-2");
    assert_eq!(new.spec.queues, ["etl_queue"]);
    assert_eq!(new.hosts().len(), 1);
    let tags = fake.store().tags(PROJECT, new.id).expect("tags");
    assert!(
        tags.contains(&("team".to_owned(), "data".to_owned())),
        "{tags:?}"
    );
    assert!(
        tags.contains(&("managed-by".to_owned(), "dli:orders".to_owned())),
        "{tags:?}"
    );
    assert_eq!(new.routes().len(), 1, "the route carried over");

    // Protected: the replacement back is refused even with --allow-replace.
    let protected = write(
        &dir,
        "protected.toml",
        "stack = \"orders\"\n[connection.orders]\nvpc = \"vpc-1\"\nsubnet = \"subnet-1\"\nprotect = true\n",
    );
    let refused = dli(
        &url,
        &["apply", "-f", &protected, "--allow-replace", "--yes"],
        "",
    )
    .await;
    assert_eq!(refused.code, 1, "{}", refused.shown());
    assert!(
        refused.stderr.contains("protect = false"),
        "{}",
        refused.shown()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_read_makes_no_plan_and_apply_changes_nothing() {
    let fake = fake().await;
    let url = fake.base_url();
    let dir = tempdir();
    let orders = write(&dir, "orders.toml", &file("orders", &["orders_a"]));
    let run = dli(&url, &["apply", "-f", &orders, "--yes"], "").await;
    assert_eq!(run.code, 0, "{}", run.shown());
    let tagged = write(
        &dir,
        "tagged.toml",
        &format!(
            "{}tags = {{ team = \"data\" }}\n",
            file("orders", &["orders_a"])
        ),
    );
    let before = fake.stats().requests;
    fake.inject(
        Fault::respond(
            503,
            r#"{"error_code":"DLI.0999","error_msg":"unavailable"}"#,
        )
        .path_contains("/tags")
        .method("GET")
        .times(1000),
    );
    let planned = dli(&url, &["plan", "-f", &tagged, "--detailed-exitcode"], "").await;
    assert_eq!(planned.code, 1, "{}", planned.shown());
    assert!(
        planned.stderr.contains("cannot read the tags of orders_a")
            && !planned.stdout.contains("No changes"),
        "{}",
        planned.shown()
    );
    let applied = dli(&url, &["apply", "-f", &tagged, "--yes"], "").await;
    assert_eq!(applied.code, 1, "{}", applied.shown());
    assert_eq!(changes_since(&fake, &before), 0, "nothing changed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_edited_saved_plan_is_refused_and_changes_nothing() {
    let fake = fake().await;
    let url = fake.base_url();
    let dir = tempdir();
    let orders = write(
        &dir,
        "orders.toml",
        &file("orders", &["orders_a", "orders_b"]),
    );
    let run = dli(&url, &["apply", "-f", &orders, "--yes"], "").await;
    assert_eq!(run.code, 0, "{}", run.shown());
    let tagged = write(
        &dir,
        "tagged.toml",
        &format!(
            "{}tags = {{ team = \"data\" }}\n",
            file("orders", &["orders_a"])
        ),
    );
    let saved = dir.join("plan.json").display().to_string();
    let planned = dli(&url, &["plan", "-f", &tagged, "--out", &saved], "").await;
    assert_eq!(planned.code, 0, "{}", planned.shown());
    let text = std::fs::read_to_string(&saved).expect("saved");
    let before = fake.stats().requests;
    for (what, edited) in [
        ("a tag value", text.replacen("\"data\"", "\"finance\"", 1)),
        (
            "a delete step",
            text.replacen(
                "\"changes\": [",
                "\"changes\": [{\"field\": \"connection\", \"step\": \"delete\", \"reason\": \"x\"},",
                1,
            ),
        ),
    ] {
        assert_ne!(edited, text, "{what}");
        let path = write(&dir, "edited.json", &edited);
        let run = dli(&url, &["apply", &path, "--yes"], "").await;
        assert_eq!(run.code, 1, "{what}: {}", run.shown());
        assert!(run.stderr.contains("edited"), "{what}: {}", run.shown());
    }
    assert_eq!(changes_since(&fake, &before), 0, "nothing changed");

    // A change to a connection the plan does not touch leaves it valid; `dli show` prints it.
    let other = fake
        .store()
        .list(PROJECT, &Default::default(), 0, None)
        .0
        .into_iter()
        .find(|c| c.spec.name == "orders_b")
        .expect("orders_b")
        .id;
    assert!(
        fake.store()
            .change_tags(PROJECT, other, &[("k".to_owned(), "v".to_owned())], true)
    );
    let shown = crate::support::dli_with_env(&["show", &saved], "", &[]).await;
    assert_eq!(shown.code, 0, "{}", shown.shown());
    assert!(
        shown.stdout.contains("tag: + team = data"),
        "{}",
        shown.stdout
    );
    let applied = dli(&url, &["apply", &saved, "--yes"], "").await;
    assert_eq!(applied.code, 0, "{}", applied.shown());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn what_apply_would_refuse_is_refused_at_plan_time_before_anything_is_sent() {
    let fake = fake().await;
    let url = fake.base_url();
    let dir = tempdir();
    let before = fake.stats().requests;
    let own = "0123456789abcdef0123456789abcdef";
    for (text, says) in [
        (
            format!("{}hosts = {{ 1bad = \"10.0.0.1\" }}\n", file("s", &["a"])),
            "start with a letter",
        ),
        (
            format!("{}grants = [\"not-a-project\"]\n", file("s", &["a"])),
            "32 hex digits",
        ),
        (
            format!("{}tags = {{ \"a=b\" = \"v\" }}\n", file("s", &["a"])),
            "tag key",
        ),
    ] {
        let path = write(&dir, "bad.toml", &text);
        let run = dli(&url, &["plan", "-f", &path], "").await;
        assert_eq!(run.code, 2, "{}", run.shown());
        assert!(run.stderr.contains(says), "{}", run.shown());
    }
    assert_eq!(fake.stats().requests, before, "nothing was sent");
    let itself = write(
        &dir,
        "itself.toml",
        &format!("{}grants = [\"{own}\"]\n", file("s", &["a"])),
    );
    let run = crate::support::dli_with_env(
        &[
            "plan",
            "--endpoint",
            &url,
            "-f",
            &itself,
            "--project-id",
            own,
        ],
        "",
        &crate::support::CREDENTIALS,
    )
    .await;
    assert_eq!(run.code, 2, "{}", run.shown());
    assert!(
        run.stderr.contains("this project itself"),
        "{}",
        run.shown()
    );
    let unknown = write(
        &dir,
        "unknown.toml",
        &format!("{}pools = [\"pool_none\"]\n", file("s", &["a"])),
    );
    let run = dli(&url, &["apply", "-f", &unknown, "--yes"], "").await;
    assert_eq!(run.code, 2, "{}", run.shown());
    assert!(run.stderr.contains("dli pool list"), "{}", run.shown());
    assert_eq!(changes_since(&fake, &before), 0);
}

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
async fn the_file_may_come_from_standard_input() {
    let fake = fake().await;
    let url = fake.base_url();
    let run = dli(&url, &["plan", "-f", "-"], &file("s", &["from_stdin"])).await;
    assert_eq!(run.code, 0, "{}", run.shown());
    assert!(run.stdout.starts_with("+ from_stdin"), "{}", run.stdout);
    let bad = dli(&url, &["plan", "-f", "-"], "stack = 1\n").await;
    assert_eq!(bad.code, 2, "{}", bad.shown());
    assert!(bad.stderr.contains("-:1:9"), "{}", bad.shown());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connections_with_the_most_host_entries_list_plan_and_export() {
    let fake = fake().await;
    let url = fake.base_url();
    let dir = tempdir();
    // 25 connections with DLI's maximum of 20,000 host entries: one page of them is over the
    // 16 MiB a page may take.
    let hosts: Vec<dli_fake::Host> = (0..20_000)
        .map(|n| dli_fake::Host {
            name: format!("host-{n:05}.example"),
            ip: format!("10.{}.{}.{}", n / 65_536, (n / 256) % 256, n % 256),
        })
        .collect();
    let names: Vec<String> = (0..25).map(|n| format!("big_{n:02}")).collect();
    for name in &names {
        let id = crate::support::stored(&fake, name);
        assert!(fake.store().set_hosts(PROJECT, id, hosts.clone()));
    }
    // `dli connection list` walks the same listing (`ConnectionList::stream`, tested with a
    // small page limit in tests/integration/bounded.rs).
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let path = write(&dir, "dli.toml", &file("big", &refs));
    let planned = dli(&url, &["plan", "-f", &path], "").await;
    assert_eq!(planned.code, 0, "{}", planned.stderr);
    assert!(planned.stdout.contains("25 to adopt"), "{}", planned.stdout);
    let exported = dli(&url, &["export", "--stack", "big"], "").await;
    assert_eq!(exported.code, 0, "{}", exported.stderr);
    assert_eq!(exported.stdout.matches("[connection.").count(), 25);
    assert!(
        exported
            .stdout
            .contains("\"host-19999.example\" = \"10.0.78.31\"")
    );
    // Each page over the limit was asked for again, smaller: 100, 50 and 25 were too large.
    assert!(
        fake.stats().requests_of("ListEnhancedConnections") >= 8,
        "{:?}",
        fake.stats().requests
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn target_plans_and_applies_only_the_connections_it_names() {
    let fake = fake().await;
    let url = fake.base_url();
    let dir = tempdir();
    let path = write(&dir, "dli.toml", &file("s", &["first", "second", "third"]));
    let planned = dli(&url, &["plan", "-f", &path, "--target", "second"], "").await;
    assert_eq!(planned.code, 0, "{}", planned.shown());
    assert!(
        planned.stdout.starts_with("+ second") && !planned.stdout.contains("first"),
        "{}",
        planned.stdout
    );
    let unknown = dli(&url, &["plan", "-f", &path, "--target", "fourth"], "").await;
    assert_eq!(unknown.code, 2, "{}", unknown.shown());
    assert!(unknown.stderr.contains("fourth"), "{}", unknown.shown());
    let applied = dli(
        &url,
        &["apply", "-f", &path, "--target", "first", "--yes"],
        "",
    )
    .await;
    assert_eq!(applied.code, 0, "{}", applied.shown());
    assert_eq!(live(&fake), ["first"]);
    // A saved plan keeps its targets.
    let saved = dir.join("plan.json").display().to_string();
    let run = dli(
        &url,
        &["plan", "-f", &path, "--target", "third", "--out", &saved],
        "",
    )
    .await;
    assert_eq!(run.code, 0, "{}", run.shown());
    let run = dli(&url, &["apply", &saved, "--yes"], "").await;
    assert_eq!(run.code, 0, "{}", run.shown());
    assert_eq!(live(&fake), ["first", "third"]);
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn export_leaves_out_a_name_shared_with_another_projects_connection_and_keeps_the_rest() {
    let fake = fake().await;
    let url = fake.base_url();
    crate::support::stored(&fake, "orders");
    crate::support::stored(&fake, "billing");
    let theirs = fake
        .store()
        .create(
            "owner_project",
            dli_fake::NewConnection {
                name: "orders".to_owned(),
                dest_vpc_id: "vpc-9".to_owned(),
                dest_network_id: "subnet-9".to_owned(),
                ..Default::default()
            },
        )
        .expect("created");
    assert!(fake.store().authorize(
        "owner_project",
        theirs,
        PROJECT,
        Some(true),
        &["BIND_QUEUE".to_owned()]
    ));
    let exported = dli(&url, &["export", "--stack", "s"], "").await;
    assert_eq!(exported.code, 0, "{}", exported.shown());
    assert!(
        exported.stdout.contains("[connection.billing]"),
        "{}",
        exported.stdout
    );
    assert!(
        !exported.stdout.contains("[connection.orders]"),
        "{}",
        exported.stdout
    );
    assert!(
        exported.stdout.starts_with(&format!(
            "# dli export of the project {PROJECT}, stack s, at "
        )),
        "{}",
        exported.stdout
    );
    assert!(
        exported.stderr.contains(&theirs.to_string()) && exported.stderr.contains("same name"),
        "{}",
        exported.shown()
    );
}
