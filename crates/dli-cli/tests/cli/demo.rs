//! `dli demo`, the quick start, runs the whole story.

use crate::support::{dli_with_env, redactions};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_tells_the_whole_story() {
    let run = dli_with_env(&["demo"], "", &[]).await;
    assert_eq!(run.code, 0, "{}", run.shown());
    // Each text comes from what the fake answered, not from a line the demo always prints.
    for text in [
        "is being created and cannot be deleted",
        r#"{"is_success": true, "message": "Deleted"}"#,
        "is not exist",
        "error code DLI.0001, request id ",
        "$ dli connection list --status DELETED",
        "pool  pool_etl  ACTIVE",
        "pool_etl → orders-db:3306  REACHABLE",
        "BIND_QUEUE",
        "team=data",
        "route orders_net  192.168.0.0/24",
        "host orders-db  192.168.0.21",
        "pools bound now: none",
        "hosts = { orders-db = \"192.168.0.21\" }",
        "stack = \"demo\"",
        "<= demo_orders",
        "adopted into the stack demo",
        "grants = [\"330e068af1334c9782f4226acc00a2e2\"]",
        "+ routes     add route replica_net 192.168.1.0/24",
        "done    demo_orders  bind pool_etl and wait for the peerings",
        "4 changes made, 0 failed, 0 not started",
        "No changes: the connections match the file.",
        "$ dli auth create orders_db_auth --type passwd --user etl_reader --password-env ORDERS_DB_PASSWORD && dli auth list",
        "orders_db_auth  passwd  etl_reader",
    ] {
        assert!(
            run.stdout.contains(text),
            "the demo lacks {text:?}:\n{}",
            run.stdout
        );
    }
    redactions().bind(|| insta::assert_snapshot!("demo", run.shown()));
}
