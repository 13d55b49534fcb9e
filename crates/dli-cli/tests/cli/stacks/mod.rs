//! Desired state an operator can trust with production, through `dli` against the fake:
//! each defect of the earlier `plan`/`apply` has a test named for the behaviour that
//! replaced it, grouped by what it is about.

use std::time::Duration;

use dli_fake::{FakeConfig, FakeDli};

use crate::support::{AK, PROJECT, Run, SK};

mod applying;
mod credentials;
mod listing;
mod ownership;
mod plans;

/// A fake with `pool_etl`, and `pool_bad` whose peerings fail.
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

/// Asserts that `run` exited with `code` and said `says` on stdout or stderr.
#[track_caller]
fn ended(run: &Run, code: i32, says: &str) {
    assert_eq!(run.code, code, "{}", run.shown());
    assert!(
        run.stdout.contains(says) || run.stderr.contains(says),
        "{says:?} not said:\n{}",
        run.shown()
    );
}
