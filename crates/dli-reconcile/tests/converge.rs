//! Observe, plan and apply against the fake over loopback: a file covering every field
//! converges, a second plan has no change, and, for random starting points and files,
//! applying the plan and planning again yields no change.

use std::collections::{BTreeMap, BTreeSet};
use std::net::Ipv4Addr;
use std::num::NonZeroUsize;
use std::time::Duration;

use dli_client::{Client, Credentials, Environment, RetryPolicy};
use dli_fake::{FakeConfig, FakeDli};
use dli_reconcile::{
    Action, ApplyOptions, ApplyStop, Desired, DesiredConnection, Header, Observed, Owner,
    PlanOptions, Reach, apply, observe, plan,
};
use proptest::prelude::*;

const PROJECT: &str = "reconcile";

async fn start() -> (FakeDli, Client) {
    let fake = FakeDli::start(
        FakeConfig::default()
            .with_key("AK", "SK")
            .with_queues(["etl_queue", "q1", "q2"])
            .with_pools(["pool_etl", "p1", "p2", "p3"])
            .creating_for(Duration::ZERO),
    )
    .await
    .expect("the fake");
    let client = Client::builder()
        .environment(Environment::from_pairs([]))
        .endpoint(fake.base_url())
        .project_id(PROJECT)
        .credentials(Credentials::ak_sk("AK", "SK"))
        .retry_policy(RetryPolicy::default().base_delay(Duration::from_millis(1)))
        .build()
        .expect("a client");
    (fake, client)
}

fn width(n: usize) -> NonZeroUsize {
    NonZeroUsize::new(n).expect("non-zero")
}

const EVERYTHING: PlanOptions = PlanOptions {
    prune: true,
    allow_replace: true,
    rotate: std::collections::BTreeSet::new(),
};

async fn look(client: &Client, desired: &Desired) -> Observed {
    observe(client, desired, Reach::Stack, width(4))
        .await
        .expect("observed")
}

/// Everything, but no prune of a file that names nothing (it is refused).
fn options(desired: &Desired) -> PlanOptions {
    PlanOptions {
        prune: !desired.connections.is_empty(),
        ..EVERYTHING
    }
}

/// Plans and applies `desired`; the events, each failure spelt out.
async fn converge(client: &Client, desired: &Desired) -> Vec<dli_reconcile::Event> {
    let observed = look(client, desired).await;
    let planned = plan(desired, &observed, &options(desired)).expect("planned");
    let (sender, mut receiver) = tokio::sync::mpsc::unbounded_channel();
    let options = ApplyOptions {
        concurrency: width(4),
        wait: Duration::from_secs(10),
    };
    let report = apply(client, &planned, options, &ApplyStop::default(), sender)
        .await
        .expect("not blocked");
    let mut events = Vec::new();
    while let Ok(event) = receiver.try_recv() {
        events.push(event);
    }
    assert_eq!(report.failed, 0, "{events:#?}");
    events
}

async fn leftover(client: &Client, desired: &Desired) -> Vec<(String, Action)> {
    let observed = look(client, desired).await;
    plan(desired, &observed, &options(desired))
        .expect("planned")
        .connections
        .into_iter()
        .filter(|c| c.action != Action::NoOp)
        .map(|c| (c.name, c.action))
        .collect()
}

#[tokio::test]
async fn a_file_with_every_field_converges_and_then_plans_nothing() {
    let (fake, client) = start().await;
    let desired = dli_reconcile::parse(
        "dli.toml",
        r#"
        stack = "orders"
        [connection.orders]
        vpc = "vpc-0a1b"
        subnet = "subnet-9f8e"
        pools = ["pool_etl"]
        queues = ["etl_queue"]
        routes = { office = "192.168.0.0/24", lab = "10.8.0.0/16" }
        hosts = { db = "192.168.0.21" }
        grants = ["fedcba9876543210fedcba9876543210"]
        tags = { team = "data" }
        "#,
    )
    .expect("valid");
    let events = converge(&client, &desired).await;
    assert!(!events.is_empty());
    assert_eq!(
        leftover(&client, &desired).await,
        [],
        "a second plan has no change"
    );
    let observed = look(&client, &desired).await;
    let orders = &observed.connections[0];
    assert_eq!(orders.pools["pool_etl"].status, "ACTIVE", "waited for");
    assert_eq!(orders.routes.len(), 2);
    assert_eq!(
        orders.owner(),
        Some(Owner::Stack("orders".to_owned())),
        "marked as the stack's"
    );
    assert_eq!(fake.stats().connections.get("ACTIVE"), Some(&1));
}

fn pick<T: Clone + std::fmt::Debug + 'static>(
    items: &'static [T],
) -> impl Strategy<Value = BTreeSet<usize>> {
    proptest::collection::btree_set(0..items.len(), 0..=items.len())
}

fn connection() -> impl Strategy<Value = DesiredConnection> {
    const POOLS: &[&str] = &["p1", "p2", "p3"];
    const QUEUES: &[&str] = &["q1", "q2"];
    const CIDRS: &[&str] = &["10.0.0.0/8", "192.168.0.0/24", "172.16.0.0/12"];
    const PROJECTS: &[&str] = &[
        "0123456789abcdef0123456789abcdef",
        "fedcba9876543210fedcba9876543210",
    ];
    let names = |items: &'static [&'static str]| {
        proptest::option::of(pick(items).prop_map(move |set| {
            set.into_iter()
                .map(|i| items[i].to_owned())
                .collect::<BTreeSet<_>>()
        }))
    };
    let pairs = |keys: &'static [&'static str], values: usize| {
        proptest::option::of(proptest::collection::btree_map(
            proptest::sample::select(keys),
            0..values,
            0..=keys.len(),
        ))
    };
    (
        (
            prop_oneof![Just("vpc1"), Just("vpc2")],
            names(POOLS),
            names(QUEUES),
        ),
        (pairs(&["r1", "r2"], CIDRS.len()), pairs(&["h1", "h2"], 2)),
        (names(PROJECTS), pairs(&["k1", "k2"], 2)),
    )
        .prop_map(|((vpc, pools, queues), (routes, hosts), (grants, tags))| {
            DesiredConnection {
                vpc: Some(vpc.to_owned()),
                subnet: Some("subnet".to_owned()),
                pools,
                queues,
                routes: routes.map(|routes| {
                    routes
                        .into_iter()
                        .map(|(k, v)| (k.to_owned(), CIDRS[v].parse().expect("cidr")))
                        .collect()
                }),
                hosts: hosts.map(|hosts| {
                    hosts
                        .into_iter()
                        .map(|(k, v)| (k.to_owned(), Ipv4Addr::new(10, 0, 0, v as u8 + 1)))
                        .collect()
                }),
                grants,
                tags: tags.map(|tags| {
                    tags.into_iter()
                        .map(|(k, v)| (k.to_owned(), format!("v{v}")))
                        .collect()
                }),
                protect: false,
            }
        })
}

fn desired() -> impl Strategy<Value = Desired> {
    proptest::collection::btree_map(
        proptest::sample::select(&["a", "b", "c"][..]),
        connection(),
        0..=3,
    )
    .prop_map(|connections| Desired {
        stack: Some("s".to_owned()),
        connections: connections
            .into_iter()
            .map(|(name, c)| (name.to_owned(), c))
            .collect::<BTreeMap<_, _>>(),
        auth: BTreeMap::new(),
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// From what a first file made, a second file's plan, once applied, leaves nothing to
    /// change.
    #[test]
    fn applying_the_plan_then_planning_again_yields_no_change(first in desired(), second in desired()) {
        let runtime = tokio::runtime::Runtime::new().expect("a runtime");
        runtime.block_on(async {
            let (_fake, client) = start().await;
            converge(&client, &first).await;
            converge(&client, &second).await;
            let left = leftover(&client, &second).await;
            prop_assert!(left.is_empty(), "left to change: {left:?}");
            Ok(())
        })?;
    }
}

#[tokio::test]
async fn an_export_plans_no_change_right_away() {
    let (fake, client) = start().await;
    // Made elsewhere: by hand in the console, say, with every field.
    let desired = dli_reconcile::parse(
        "made.toml",
        r#"
        stack = "made"
        [connection.console_made]
        vpc = "vpc-0a1b"
        subnet = "subnet-9f8e"
        pools = ["pool_etl"]
        routes = { office = "192.168.0.0/24" }
        hosts = { db = "192.168.0.21" }
        grants = ["fedcba9876543210fedcba9876543210"]
        tags = { team = "data" }
        [connection.other_team]
        vpc = "vpc-2"
        subnet = "subnet-2"
        "#,
    )
    .expect("valid");
    converge(&client, &desired).await;
    let observed = observe(&client, &Desired::default(), Reach::Every, width(4))
        .await
        .expect("observed");
    let header = Header {
        project: "p".to_owned(),
        time: "2026-12-07T00:00:00Z".to_owned(),
    };
    let exported = dli_reconcile::export(&observed, &["console".to_owned()], Some("made"), &header)
        .expect("exported");
    assert!(exported.notes.is_empty(), "{:?}", exported.notes);
    assert!(!exported.text.contains("other_team"), "{}", exported.text);
    assert!(!exported.text.contains("managed-by"), "{}", exported.text);
    let adopted =
        dli_reconcile::parse("exported.toml", &exported.text).expect("the export reads back");
    assert_eq!(adopted.connections.len(), 1);
    assert_eq!(adopted.stack.as_deref(), Some("made"));
    assert!(
        exported.text.starts_with(
            "# dli export of the project p, stack made, at 2026-12-07T00:00:00Z.\nstack = \"made\"\n"
        ),
        "{}",
        exported.text
    );
    assert!(
        exported
            .text
            .contains("routes = { office = \"192.168.0.0/24\" }"),
        "inline tables: {}",
        exported.text
    );
    let planned = plan(
        &adopted,
        &look(&client, &adopted).await,
        &PlanOptions::default(),
    )
    .expect("planned");
    assert!(!planned.has_changes(), "{planned:#?}\n{}", exported.text);
    assert_eq!(fake.stats().connections.get("ACTIVE"), Some(&2));
}
