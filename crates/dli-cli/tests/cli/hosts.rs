//! `dli connection hosts`: show, set (from flags and from /etc/hosts lines), add and remove.

use std::time::Duration;

use crate::support::{PROJECT, dli, fake, stored};

fn entries(fake: &dli_fake::FakeDli, id: uuid::Uuid) -> Vec<(String, String)> {
    fake.store()
        .get(PROJECT, id)
        .expect("stored")
        .spec
        .hosts
        .into_iter()
        .map(|host| (host.name, host.ip))
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(name, ip)| ((*name).to_owned(), (*ip).to_owned()))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn host_entries_are_set_added_removed_and_shown() {
    let fake = fake(Duration::ZERO).await;
    let id = stored(&fake, "hosted");
    let text = id.to_string();

    let set = dli(
        &fake.base_url(),
        &[
            "connection",
            "hosts",
            "set",
            &text,
            "--host",
            "db=10.0.0.1",
            "-",
        ],
        "# from /etc/hosts\n10.0.0.2 cache cache-alias\n",
    )
    .await;
    assert_eq!(set.code, 0, "{}", set.shown());
    assert!(
        set.stdout.starts_with(&format!("{id}  hosts updated")),
        "{}",
        set.stdout
    );
    assert_eq!(
        entries(&fake, id),
        pairs(&[
            ("db", "10.0.0.1"),
            ("cache", "10.0.0.2"),
            ("cache-alias", "10.0.0.2")
        ])
    );

    let added = dli(
        &fake.base_url(),
        &[
            "connection",
            "hosts",
            "add",
            &text,
            "--host",
            "db=10.0.0.9",
            "--host",
            "web=10.0.0.3",
        ],
        "",
    )
    .await;
    assert_eq!(added.code, 0, "{}", added.shown());
    let removed = dli(
        &fake.base_url(),
        &[
            "connection",
            "hosts",
            "remove",
            &text,
            "cache-alias",
            "not-there",
        ],
        "",
    )
    .await;
    assert_eq!(removed.code, 0, "{}", removed.shown());
    assert_eq!(
        entries(&fake, id),
        pairs(&[
            ("cache", "10.0.0.2"),
            ("db", "10.0.0.9"),
            ("web", "10.0.0.3")
        ])
    );

    let shown = dli(&fake.base_url(), &["connection", "hosts", &text], "").await;
    assert_eq!(shown.code, 0, "{}", shown.shown());
    let lines: Vec<&str> = shown.stdout.lines().collect();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["NAME", "IP"]
    );
    assert_eq!(
        lines[1].split_whitespace().collect::<Vec<_>>(),
        ["cache", "10.0.0.2"]
    );
    let json = dli(
        &fake.base_url(),
        &["connection", "hosts", &text, "-o", "json"],
        "",
    )
    .await;
    let value: serde_json::Value = serde_json::from_str(&json.stdout).expect("json");
    assert_eq!(
        value[2],
        serde_json::json!({"name": "web", "ip": "10.0.0.3"})
    );

    // An empty set would wipe every entry: refused, nothing sent, the entries kept.
    let before = entries(&fake, id);
    let sent = fake.requests();
    for stdin in ["", "\n# nothing here\n"] {
        let empty = dli(
            &fake.base_url(),
            &["connection", "hosts", "set", &text, "-"],
            stdin,
        )
        .await;
        assert_eq!(empty.code, 2, "{}", empty.shown());
        assert!(empty.stderr.contains("hosts clear"), "{}", empty.shown());
    }
    assert_eq!(fake.requests(), sent, "a refused set sent nothing");
    assert_eq!(entries(&fake, id), before);
    assert_eq!(before.len(), 3);

    let cleared = dli(
        &fake.base_url(),
        &["connection", "hosts", "clear", &text],
        "",
    )
    .await;
    assert_eq!(cleared.code, 0, "{}", cleared.shown());
    assert!(entries(&fake, id).is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_host_entries_are_refused_before_anything_is_sent() {
    let fake = fake(Duration::ZERO).await;
    let id = stored(&fake, "guarded").to_string();
    let cases: [(&[&str], &str, &str); 4] = [
        (&["--host", "1db=10.0.0.1"], "", "start with a letter"),
        (&["--host", "db=10.0.0.300"], "", "not an IPv4 address"),
        (&["-"], "10.0.0.1\n", "has no host name"),
        (
            &["--host", "db=10.0.0.1", "--host", "db=10.0.0.2"],
            "",
            "given twice",
        ),
    ];
    for (extra, stdin, fragment) in cases {
        let args = [&["connection", "hosts", "set", id.as_str()][..], extra].concat();
        let run = dli(&fake.base_url(), &args, stdin).await;
        assert_eq!(run.code, 2, "{extra:?}: {}", run.shown());
        assert!(run.stderr.contains(fragment), "{extra:?}: {}", run.shown());
    }
    assert_eq!(fake.requests(), 0, "nothing was sent");
    let missing = dli(
        &fake.base_url(),
        &[
            "connection",
            "hosts",
            "set",
            &uuid::Uuid::new_v4().to_string(),
            "--host",
            "db=10.0.0.1",
        ],
        "",
    )
    .await;
    assert_eq!(missing.code, 1, "{}", missing.shown());
    assert!(
        missing.stderr.contains("is not exist"),
        "{}",
        missing.shown()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dry_run_of_add_reads_and_shows_the_change_it_would_send() {
    let fake = fake(Duration::ZERO).await;
    let id = stored(&fake, "previewed");
    let text = id.to_string();
    let url = fake.base_url();
    let set = dli(
        &url,
        &["connection", "hosts", "set", &text, "--host", "db=10.0.0.1"],
        "",
    )
    .await;
    assert_eq!(set.code, 0, "{}", set.shown());
    let stats = fake.stats();
    let (shows, updates) = (
        stats.requests_of("ShowEnhancedConnection"),
        stats.requests_of("UpdateEnhancedConnection"),
    );
    let dry = dli(
        &url,
        &[
            "connection",
            "hosts",
            "add",
            &text,
            "--host",
            "web=10.0.0.2",
            "--dry-run",
        ],
        "",
    )
    .await;
    assert_eq!(dry.code, 0, "{}", dry.shown());
    // The read was made; the change was shown, with the entry there and the new one, and
    // not sent.
    let stats = fake.stats();
    assert_eq!(stats.requests_of("ShowEnhancedConnection"), shows + 1);
    assert_eq!(stats.requests_of("UpdateEnhancedConnection"), updates);
    assert!(
        dry.stdout.contains(&format!(
            "PUT {url}/v2.0/{PROJECT}/datasource/enhanced-connections/{text}"
        )),
        "{}",
        dry.shown()
    );
    let body = dry.stdout.split("\n\n").nth(1).unwrap_or_default();
    let body: serde_json::Value = serde_json::from_str(body.trim()).expect("the body, as JSON");
    assert_eq!(
        body,
        serde_json::json!({"hosts": [
            {"name": "db", "ip": "10.0.0.1"},
            {"name": "web", "ip": "10.0.0.2"},
        ]})
    );
    assert_eq!(
        entries(&fake, id),
        [("db".to_owned(), "10.0.0.1".to_owned())]
    );
}
