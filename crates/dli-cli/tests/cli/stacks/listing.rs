//! Lists of any size, and export beside another project's connection of the same name.

use super::{fake, file};
use crate::support::{PROJECT, dli, tempdir, write};

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
