//! `dli auth` against the fake: every type created, listed, shown, updated and deleted; what
//! is refused before anything is sent; and no password anywhere in what `dli` prints, logs or
//! shows of itself.

use std::time::Duration;

use dli_fake::FakeDli;

use crate::support::{CREDENTIALS, PROJECT, Run, dli_with_env, fake};

/// The password every route in carries: distinctive, so that a search finds any trace of it.
const SECRET: &str = "Qx7-auth-PASSWORD-never-printed";

/// `dli auth ARGS…` against `fake`, with the test credentials, `env` added and `stdin`.
async fn auth(fake: &FakeDli, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Run {
    let url = fake.base_url();
    let all = [&["auth", "--endpoint", url.as_str()], args].concat();
    let env: Vec<(&str, &str)> = CREDENTIALS
        .iter()
        .copied()
        .chain(env.iter().copied())
        .collect();
    dli_with_env(&all, stdin, &env).await
}

fn ok(run: &Run) {
    assert_eq!(run.code, 0, "{}", run.shown());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_type_is_created_listed_shown_updated_and_deleted() {
    let fake = fake(Duration::ZERO).await;
    let env = [
        ("DB_PASSWORD", SECRET),
        ("TRUST_PASSWORD", "trust-pw"),
        ("KEY_PASSWORD", "key-pw"),
    ];
    let passwd = auth(
        &fake,
        &[
            "create",
            "rds_auth",
            "--type",
            "passwd",
            "--user",
            "etl",
            "--password-stdin",
        ],
        &format!("{SECRET}\n"),
        &[],
    )
    .await;
    ok(&passwd);
    assert_eq!(passwd.stdout, "rds_auth  created\n");
    ok(&auth(
        &fake,
        &[
            "create",
            "css_auth",
            "--type",
            "CSS",
            "--user",
            "admin",
            "--password-env",
            "DB_PASSWORD",
            "--certificate",
            "obs://creds/css.cer",
        ],
        "",
        &env,
    )
    .await);
    ok(&auth(
        &fake,
        &[
            "create",
            "mrs_auth",
            "--type",
            "KRB",
            "--user",
            "krb",
            "--krb5-conf",
            "obs://creds/krb5.conf",
            "--keytab",
            "obs://creds/user.keytab",
        ],
        "",
        &[],
    )
    .await);
    let kafka = [
        "create",
        "kafka_auth",
        "--type",
        "Kafka_SSL",
        "--truststore",
        "obs://creds/trust.jks",
        "--truststore-password-env",
        "TRUST_PASSWORD",
        "--keystore",
        "obs://creds/key.jks",
        "--keystore-password-stdin",
        "--key-password-env",
        "KEY_PASSWORD",
    ];
    ok(&auth(&fake, &kafka, "store-pw\n", &env).await);
    let store = fake.store();
    assert!(store.auth_secret_is(PROJECT, "rds_auth", "password", SECRET));
    assert!(store.auth_secret_is(PROJECT, "css_auth", "password", SECRET));
    assert!(store.auth_secret_is(PROJECT, "kafka_auth", "truststore_password", "trust-pw"));
    assert!(store.auth_secret_is(PROJECT, "kafka_auth", "keystore_password", "store-pw"));
    assert!(store.auth_secret_is(PROJECT, "kafka_auth", "key_password", "key-pw"));

    let names = auth(&fake, &["list", "-o", "names"], "", &[]).await;
    assert_eq!(names.stdout, "rds_auth\ncss_auth\nmrs_auth\nkafka_auth\n");
    let table = auth(&fake, &["list"], "", &[]).await;
    ok(&table);
    for expected in [
        "NAME",
        "TYPE",
        "Kafka_SSL",
        "obs://creds/user.keytab",
        "krb",
    ] {
        assert!(
            table.stdout.contains(expected),
            "{expected}: {}",
            table.stdout
        );
    }
    let json = auth(&fake, &["list", "-o", "json"], "", &[]).await;
    let listed: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    assert_eq!(listed.as_array().map(Vec::len), Some(4));
    assert!(!json.stdout.contains("password"), "{}", json.stdout);
    let shown = auth(&fake, &["show", "mrs_auth"], "", &[]).await;
    ok(&shown);
    assert!(
        shown.stdout.contains("type:  KRB")
            && shown.stdout.contains("krb5_conf:  obs://creds/krb5.conf"),
        "{}",
        shown.stdout
    );
    let missing = auth(&fake, &["show", "nothing_here"], "", &[]).await;
    assert_eq!(missing.code, 1, "{}", missing.shown());

    ok(&auth(
        &fake,
        &[
            "update",
            "rds_auth",
            "--user",
            "etl_writer",
            "--password-env",
            "NEW_PASSWORD",
        ],
        "",
        &[("NEW_PASSWORD", "rotated-pw")],
    )
    .await);
    assert!(store.auth_secret_is(PROJECT, "rds_auth", "password", "rotated-pw"));
    let shown = auth(&fake, &["show", "rds_auth", "-o", "json"], "", &[]).await;
    assert!(
        shown.stdout.contains(r#""user_name":"etl_writer""#),
        "{}",
        shown.stdout
    );

    let deleted = auth(&fake, &["delete", "rds_auth", "css_auth"], "", &[]).await;
    ok(&deleted);
    assert!(
        deleted.stdout.contains("rds_auth  deleted")
            && deleted.stdout.contains("css_auth  deleted"),
        "{}",
        deleted.stdout
    );
    let from_stdin = auth(
        &fake,
        &["delete", "-o", "json", "-"],
        "mrs_auth\n# a comment\nkafka_auth\n",
        &[],
    )
    .await;
    ok(&from_stdin);
    assert_eq!(
        from_stdin.stdout.matches(r#""outcome":"done""#).count(),
        2,
        "{}",
        from_stdin.stdout
    );
    assert_eq!(
        auth(&fake, &["list", "-o", "names"], "", &[]).await.stdout,
        ""
    );
    let gone = auth(&fake, &["delete", "rds_auth"], "", &[]).await;
    assert_eq!(gone.code, 1, "{}", gone.shown());
    assert!(gone.stdout.contains("does not exist"), "{}", gone.shown());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_is_refused_before_anything_is_sent() {
    let fake = fake(Duration::ZERO).await;
    for (args, stdin, fragment) in [
        (
            vec!["create", "a1", "--type", "passwd", "--user", "u"],
            "",
            "no terminal to ask on: give --password-stdin or --password-env VAR",
        ),
        (
            vec![
                "create",
                "a1",
                "--type",
                "KRB",
                "--user",
                "u",
                "--krb5-conf",
                "obs://b/k",
            ],
            "",
            "a1: type KRB needs --keytab",
        ),
        (
            vec![
                "create",
                "a1",
                "--type",
                "passwd",
                "--user",
                "u",
                "--keytab",
                "obs://b/k",
                "--password-stdin",
            ],
            "pw\n",
            "a1: type passwd takes no --keytab",
        ),
        (
            vec!["create", "a1", "--type", "KRB", "--keytab", "s3://b/k"],
            "",
            "not an OBS path: write obs://bucket/key",
        ),
        (
            vec!["create", "a1", "--type", "LDAP"],
            "",
            "not a type: use passwd, CSS, KRB or Kafka_SSL",
        ),
        (
            vec![
                "create",
                "a1",
                "--type",
                "passwd",
                "--user",
                "u",
                "--password",
                "pw",
            ],
            "",
            "unexpected argument '--password'",
        ),
        (
            vec![
                "create",
                "_a1",
                "--type",
                "passwd",
                "--user",
                "u",
                "--password-stdin",
            ],
            "pw\n",
            "1 to 128 letters",
        ),
        (
            vec![
                "create",
                "a1",
                "--type",
                "passwd",
                "--user",
                "u",
                "--password-env",
                "UNSET_VAR",
            ],
            "",
            "UNSET_VAR is not set",
        ),
        (
            vec![
                "create",
                "a1",
                "--type",
                "passwd",
                "--user",
                "u",
                "--password-stdin",
            ],
            "\n",
            "password is empty",
        ),
        (vec!["update", "a1"], "", "nothing to update"),
        (
            vec!["update", "a1", "--certificate", "obs://b/c.cer"],
            "",
            "cannot be changed",
        ),
        (vec!["delete", "-"], "ok_name\n123\n", "line 2 of stdin"),
    ] {
        let run = auth(&fake, &args, stdin, &[]).await;
        assert_eq!(run.code, 2, "{args:?}: {}", run.shown());
        assert!(run.stderr.contains(fragment), "{args:?}: {}", run.shown());
    }
    assert_eq!(fake.requests(), 0, "nothing was sent");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn delete_stops_after_an_authentication_failure() {
    let fake = fake(Duration::ZERO).await;
    let url = fake.base_url();
    let names: Vec<String> = (0..5).map(|n| format!("a{n}")).collect();
    let mut args = vec!["auth", "--endpoint", url.as_str(), "delete"];
    args.extend(names.iter().map(String::as_str));
    let env = [
        ("HUAWEICLOUD_SDK_AK", crate::support::AK),
        ("HUAWEICLOUD_SDK_SK", "the-wrong-secret-key"),
        ("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT),
    ];
    let run = dli_with_env(&args, "", &env).await;
    assert_eq!(run.code, 1, "{}", run.shown());
    assert!(
        run.stderr
            .contains("stopped after an authentication failure"),
        "{}",
        run.shown()
    );
    assert_eq!(
        fake.auth_failures(crate::support::AK),
        1,
        "the first call alone, then a stop"
    );
}
