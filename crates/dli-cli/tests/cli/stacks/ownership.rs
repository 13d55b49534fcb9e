//! Ownership by stack: prune within the stack, adoption of what no stack owns, refusal of
//! another stack's, and replacements that keep what the file leaves out, unless protected.

use super::{ended, fake, file, live};
use crate::support::{PROJECT, dli, tempdir, write};

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
    ended(&blocked, 1, "--allow-replace");
    assert!(
        blocked.stdout.contains("(vpc vpc-1 → vpc-2)") && !blocked.stdout.contains("subnet-1 →"),
        "{}",
        blocked.stdout
    );
    // A plan saved without the flag is not applied with it: plan again.
    let saved = dir.join("plan.json").display().to_string();
    let _ = dli(&url, &["plan", "-f", &moved, "--out", &saved], "").await;
    let again = dli(&url, &["apply", &saved, "--allow-replace", "--yes"], "").await;
    ended(&again, 2, "plan again with it");

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
    ended(&refused, 1, "protect = false");
}
