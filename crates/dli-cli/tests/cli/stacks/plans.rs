//! Plans that can be trusted: none from a failed read, saved plans planned again and
//! refused when edited, refusals before anything is sent, `--target` and standard input.

use dli_fake::Fault;

use super::{changes_since, ended, fake, file, live};
use crate::support::{PROJECT, dli, tempdir, write};

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
    ended(&run, 2, "this project itself");
    let unknown = write(
        &dir,
        "unknown.toml",
        &format!("{}pools = [\"pool_none\"]\n", file("s", &["a"])),
    );
    let run = dli(&url, &["apply", "-f", &unknown, "--yes"], "").await;
    ended(&run, 2, "dli pool list");
    assert_eq!(changes_since(&fake, &before), 0);
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
    ended(&unknown, 2, "fourth");
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
async fn the_file_may_come_from_standard_input() {
    let fake = fake().await;
    let url = fake.base_url();
    let run = dli(&url, &["plan", "-f", "-"], &file("s", &["from_stdin"])).await;
    assert_eq!(run.code, 0, "{}", run.shown());
    assert!(run.stdout.starts_with("+ from_stdin"), "{}", run.stdout);
    let bad = dli(&url, &["plan", "-f", "-"], "stack = 1\n").await;
    ended(&bad, 2, "-:1:9");
}
