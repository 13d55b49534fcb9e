//! Datasource authentications in the desired-state file: a connection and its credentials
//! converge and then plan no change; `--rotate` sends a password again; a saved plan holds no
//! password and reads it again when applied; a password that cannot be read sends nothing;
//! an export writes placeholders; only `ensure = "absent"` deletes.

use super::{changes_since, ended, fake};
use crate::support::{CREDENTIALS, PROJECT, dli, dli_with_env, tempdir, write};

/// A connection and the credentials of its database, and a Kerberos entry.
const FILE: &str = r#"stack = "orders"

[connection.orders]
vpc = "vpc-1"
subnet = "subnet-1"
pools = ["pool_etl"]

[auth.orders_db]
type = "passwd"
user = "etl_reader"
password = { file = "orders_db.pw" }

[auth.orders_mrs]
type = "KRB"
user = "krb"
krb5_conf = "obs://creds/krb5.conf"
keytab = "obs://creds/user.keytab"
"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_connection_and_its_credentials_converge_then_plan_no_change_and_rotate_sends_again() {
    let fake = fake().await;
    let url = fake.base_url();
    let dir = tempdir();
    write(&dir, "orders_db.pw", "first-password\n");
    let path = write(&dir, "dli.toml", FILE);
    let applied = dli(&url, &["apply", "-f", &path, "--yes"], "").await;
    ended(&applied, 0, "auth orders_db: create (passwd)");
    assert!(
        applied.stdout.contains("password = (write-only)"),
        "{}",
        applied.shown()
    );
    assert!(
        fake.store()
            .auth_secret_is(PROJECT, "orders_db", "password", "first-password")
    );
    assert_eq!(fake.store().auth_infos(PROJECT, None).len(), 2);

    let planned = dli(&url, &["plan", "-f", &path, "--detailed-exitcode"], "").await;
    ended(
        &planned,
        0,
        "No changes: the connections and datasource authentications match the file.",
    );
    assert!(
        planned.stdout.contains(
            "password: write-only, not compared (dli apply --rotate orders_db sends it again)"
        ),
        "{}",
        planned.shown()
    );

    // The password changes where the file points; only --rotate sends it.
    write(&dir, "orders_db.pw", "second-password\n");
    let before = fake.stats().requests;
    let again = dli(&url, &["apply", "-f", &path, "--yes"], "").await;
    ended(&again, 0, "No changes");
    assert_eq!(changes_since(&fake, &before), 0);
    let rotated = dli(
        &url,
        &["apply", "-f", &path, "--yes", "--rotate", "orders_db"],
        "",
    )
    .await;
    ended(
        &rotated,
        0,
        "auth orders_db: update: password = (write-only) done",
    );
    assert!(
        fake.store()
            .auth_secret_is(PROJECT, "orders_db", "password", "second-password")
    );
    assert_eq!(changes_since(&fake, &before), 1, "one update, nothing else");

    let unknown = dli(&url, &["plan", "-f", &path, "--rotate", "nope"], "").await;
    ended(
        &unknown,
        2,
        "--rotate nope: the file has no [auth.NAME] table of that name",
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_saved_plan_holds_no_password_and_reads_it_again_when_applied() {
    let fake = fake().await;
    let url = fake.base_url();
    let dir = tempdir();
    let path = write(
        &dir,
        "dli.toml",
        "stack = \"orders\"\n[auth.orders_db]\ntype = \"passwd\"\nuser = \"u\"\npassword = { env = \"ORDERS_DB_PASSWORD\" }\n",
    );
    let saved = dir.join("plan.json").display().to_string();
    let env = |password: &'static str| {
        let mut env = CREDENTIALS.to_vec();
        env.push(("ORDERS_DB_PASSWORD", password));
        env
    };
    let planned = dli_with_env(
        &["plan", "--endpoint", &url, "-f", &path, "--out", &saved],
        "",
        &env("planned-with-this"),
    )
    .await;
    ended(&planned, 0, "+ auth orders_db");
    let text = std::fs::read_to_string(&saved).expect("the saved plan");
    assert!(
        text.contains("ORDERS_DB_PASSWORD") && !text.contains("planned-with-this"),
        "{text}"
    );

    let unset = dli(&url, &["apply", &saved, "--yes"], "").await;
    ended(
        &unset,
        2,
        "the environment variable ORDERS_DB_PASSWORD is not set",
    );
    assert_eq!(
        fake.stats().requests_of("CreateJobAuthInfo"),
        0,
        "nothing was sent"
    );
    let applied = dli_with_env(
        &["apply", "--endpoint", &url, &saved, "--yes"],
        "",
        &env("applied-with-this"),
    )
    .await;
    ended(&applied, 0, "done");
    assert!(
        fake.store()
            .auth_secret_is(PROJECT, "orders_db", "password", "applied-with-this")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_password_that_cannot_be_read_is_refused_before_anything_is_sent() {
    let fake = fake().await;
    let url = fake.base_url();
    let dir = tempdir();
    let path = write(
        &dir,
        "dli.toml",
        "[auth.orders_db]\ntype = \"passwd\"\nuser = \"u\"\npassword = { file = \"missing.pw\" }\n",
    );
    let planned = dli(&url, &["plan", "-f", &path], "").await;
    ended(&planned, 2, "missing.pw");
    let applied = dli(&url, &["apply", "-f", &path, "--yes"], "").await;
    ended(&applied, 2, "nothing applied");
    assert_eq!(fake.stats().requests_of("CreateJobAuthInfo"), 0);
    let literal = write(
        &dir,
        "literal.toml",
        "[auth.db]\ntype = \"passwd\"\nuser = \"u\"\npassword = \"Sup3r-literal\"\n",
    );
    let refused = dli(&url, &["plan", "-f", &literal], "").await;
    ended(
        &refused,
        2,
        "literal.toml:4:12: password: a password is never written in the file",
    );
    assert!(
        !refused.shown().contains("Sup3r-literal"),
        "{}",
        refused.shown()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_export_writes_placeholders_and_plans_no_change_and_only_absent_deletes() {
    let fake = fake().await;
    let url = fake.base_url();
    let created = crate::support::dli_with_env(
        &[
            "auth",
            "--endpoint",
            &url,
            "create",
            "orders_db",
            "--type",
            "passwd",
            "--user",
            "etl",
            "--password-stdin",
        ],
        "pw-1\n",
        &CREDENTIALS,
    )
    .await;
    ended(&created, 0, "created");
    let dir = tempdir();
    let exported = dir.join("exported.toml").display().to_string();
    let export = dli(&url, &["export", "--stack", "orders", "-o", &exported], "").await;
    ended(&export, 0, "set DLI_AUTH_ORDERS_DB_PASSWORD");
    let text = std::fs::read_to_string(&exported).expect("exported");
    assert!(text.contains("[auth.orders_db]\ntype = \"passwd\"\nuser = \"etl\"\npassword = { env = \"DLI_AUTH_ORDERS_DB_PASSWORD\" }\n"), "{text}");
    let planned = dli(&url, &["plan", "-f", &exported, "--detailed-exitcode"], "").await;
    ended(&planned, 0, "No changes");

    let absent = write(
        &dir,
        "absent.toml",
        "stack = \"orders\"\n[auth.orders_db]\nensure = \"absent\"\n",
    );
    let pruned = write(
        &dir,
        "pruned.toml",
        "stack = \"orders\"\n[connection.x]\nvpc = \"v\"\nsubnet = \"s\"\n",
    );
    let kept = dli(&url, &["apply", "-f", &pruned, "--yes", "--prune"], "").await;
    ended(&kept, 0, "done");
    assert_eq!(
        fake.store().auth_infos(PROJECT, None).len(),
        1,
        "--prune never deletes credentials"
    );
    let deleted = dli(&url, &["apply", "-f", &absent, "--yes"], "").await;
    ended(&deleted, 0, "auth orders_db: delete done");
    assert!(fake.store().auth_infos(PROJECT, None).is_empty());
}
