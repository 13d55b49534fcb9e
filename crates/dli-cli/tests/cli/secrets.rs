//! A session of the command line at trace level never shows the secret key or the security
//! token: successes, a retry, failures, a dry run and a refused key.

use std::time::Duration;

use dli_fake::{FakeConfig, FakeDli, Fault};

use crate::support::{AK, PROJECT, dli_with_env};

const SK: &str = "cli-session-secret-NEVER-SHOWN";
const TOKEN: &str = "cli-session-token-NEVER-SHOWN";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_secret_is_ever_shown() {
    let fake = FakeDli::start(
        FakeConfig::default()
            .with_temporary_key(AK, SK, TOKEN)
            .creating_for(Duration::ZERO),
    )
    .await
    .expect("start the fake");
    let url = fake.base_url();
    let env = [
        ("HUAWEICLOUD_SDK_AK", AK),
        ("HUAWEICLOUD_SDK_SK", SK),
        ("HUAWEICLOUD_SDK_SECURITY_TOKEN", TOKEN),
        ("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT),
        ("RUST_LOG", "trace"),
    ];
    let run = |args: Vec<String>, stdin: String| {
        let url = url.clone();
        async move {
            // `connection --endpoint URL` then the rest.
            let mut all = args;
            all.splice(1..1, ["--endpoint".to_owned(), url]);
            let all: Vec<&str> = all.iter().map(String::as_str).collect();
            dli_with_env(&all, &stdin, &env).await
        }
    };
    let words = |text: &str| {
        text.split_whitespace()
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    let mut shown = Vec::new();
    let created = run(
        words("connection create --name s --vpc v --subnet n --queue q"),
        String::new(),
    )
    .await;
    assert_eq!(created.code, 0, "{}", created.shown());
    let id = created.stdout.trim().to_owned();
    shown.push(created.shown());
    shown.push(
        run(words(&format!("connection show {id}")), String::new())
            .await
            .shown(),
    );
    shown.push(
        run(words("connection list -o json"), String::new())
            .await
            .shown(),
    );
    fake.inject(Fault::respond(
        503,
        r#"{"error_code": "APIGW.0203", "error_msg": "busy"}"#,
    ));
    shown.push(
        run(words("-vvv connection delete -o json -"), format!("{id}\n"))
            .await
            .shown(),
    );
    shown.push(
        run(words(&format!("connection delete {id}")), String::new())
            .await
            .shown(),
    );
    shown.push(
        run(
            words(&format!("connection delete --dry-run {id}")),
            String::new(),
        )
        .await
        .shown(),
    );
    let refused = dli_with_env(
        &["connection", "--endpoint", &fake.base_url(), "list"],
        "",
        &[
            ("HUAWEICLOUD_SDK_AK", AK),
            ("HUAWEICLOUD_SDK_SK", "wrong-NEVER-SHOWN"),
            ("HUAWEICLOUD_SDK_SECURITY_TOKEN", TOKEN),
            ("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT),
            ("RUST_LOG", "trace"),
        ],
    )
    .await;
    assert_eq!(refused.code, 1);
    shown.push(refused.shown());
    let everything = shown.join("\n");
    assert!(everything.contains("dli.call"), "nothing was traced");
    assert!(
        everything.contains("x-security-token: <redacted>"),
        "no dry run was shown"
    );
    for secret in [SK, TOKEN, "NEVER-SHOWN"] {
        assert!(
            !everything.contains(secret),
            "{secret:?} was shown:\n{everything}"
        );
    }
}

/// A datasource password given through every route in (standard input, an environment
/// variable, the desired-state file's `{ env }` and `{ file }`) is found nowhere: not in what
/// `dli` prints at trace level and `-vvv`, its dry runs, its errors, a saved plan, nor its
/// command line while it runs.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_datasource_password_is_ever_shown() {
    const PASSWORD: &str = "Zx9-DATASOURCE-PASSWORD-never-shown";
    const ROTATED: &str = "Zx9-ROTATED-PASSWORD-never-shown";
    let fake = FakeDli::start(
        FakeConfig::default()
            .with_key(AK, crate::support::SK)
            .creating_for(Duration::ZERO),
    )
    .await
    .expect("start the fake");
    let url = fake.base_url();
    let dir = crate::support::tempdir();
    let password_file = crate::support::write(&dir, "db.pw", &format!("{PASSWORD}\n"));
    let file = crate::support::write(
        &dir,
        "dli.toml",
        &format!(
            "stack = \"s\"\n[auth.from_env]\ntype = \"passwd\"\nuser = \"u\"\npassword = {{ env = \"DB_PASSWORD\" }}\n\
             [auth.from_file]\ntype = \"CSS\"\nuser = \"u\"\npassword = {{ file = \"{password_file}\" }}\ncertificate = \"obs://b/c.cer\"\n"
        ),
    );
    let saved = dir.join("plan.json").display().to_string();
    let env = [
        ("HUAWEICLOUD_SDK_AK", AK),
        ("HUAWEICLOUD_SDK_SK", crate::support::SK),
        ("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT),
        ("RUST_LOG", "trace"),
        ("DB_PASSWORD", PASSWORD),
        ("NEW_PASSWORD", ROTATED),
    ];
    let run = |args: &[&str], stdin: &str| {
        let mut all = vec![args[0], "--endpoint", url.as_str()];
        all.extend(&args[1..]);
        let all: Vec<String> = all.into_iter().map(str::to_owned).collect();
        let stdin = stdin.to_owned();
        async move {
            let all: Vec<&str> = all.iter().map(String::as_str).collect();
            dli_with_env(&all, &stdin, &env).await
        }
    };
    let stdin_line = format!("{PASSWORD}\n");
    let mut shown = Vec::new();
    for (args, stdin, code) in [
        (
            vec![
                "auth",
                "-vvv",
                "create",
                "by_stdin",
                "--type",
                "passwd",
                "--user",
                "u",
                "--password-stdin",
            ],
            stdin_line.as_str(),
            0,
        ),
        (
            vec![
                "auth",
                "create",
                "by_env",
                "--type",
                "passwd",
                "--user",
                "u",
                "--password-env",
                "DB_PASSWORD",
            ],
            "",
            0,
        ),
        (
            vec![
                "auth",
                "create",
                "by_env",
                "--type",
                "passwd",
                "--user",
                "u",
                "--password-env",
                "DB_PASSWORD",
            ],
            "",
            1,
        ),
        (
            vec![
                "auth",
                "--dry-run",
                "create",
                "dry",
                "--type",
                "passwd",
                "--user",
                "u",
                "--password-stdin",
            ],
            stdin_line.as_str(),
            0,
        ),
        (
            vec![
                "auth",
                "-vvv",
                "update",
                "by_env",
                "--password-env",
                "NEW_PASSWORD",
            ],
            "",
            0,
        ),
        (
            vec!["auth", "update", "never_made", "--password-stdin"],
            stdin_line.as_str(),
            1,
        ),
        (vec!["auth", "list", "-o", "json"], "", 0),
        (
            vec!["plan", "-vvv", "-f", &file, "--out", &saved, "-o", "json"],
            "",
            0,
        ),
        (vec!["apply", "--dry-run", "-f", &file, "--yes"], "", 0),
        (vec!["apply", "-vvv", &saved, "--yes", "-o", "json"], "", 0),
        (
            vec![
                "apply",
                "-f",
                &file,
                "--yes",
                "--rotate",
                "from_env",
                "--rotate",
                "from_file",
            ],
            "",
            0,
        ),
        (vec!["export"], "", 0),
    ] {
        let ran = run(&args, stdin).await;
        assert_eq!(ran.code, code, "{args:?}: {}", ran.shown());
        shown.push(ran.shown());
    }
    assert!(
        fake.store()
            .auth_secret_is(PROJECT, "by_stdin", "password", PASSWORD),
        "the password arrived"
    );
    assert!(
        fake.store()
            .auth_secret_is(PROJECT, "by_env", "password", ROTATED)
    );
    assert!(
        fake.store()
            .auth_secret_is(PROJECT, "from_file", "password", PASSWORD)
    );
    shown.push(std::fs::read_to_string(&saved).expect("the saved plan"));

    // The command line of a running `dli`: it waits on standard input for the password.
    let url = fake.base_url();
    let mut child = crate::support::command(
        &[
            "auth",
            "--endpoint",
            &url,
            "create",
            "waiting",
            "--type",
            "passwd",
            "--user",
            "u",
            "--password-stdin",
        ],
        &env,
    )
    .spawn()
    .expect("run dli");
    let pid = child.id().expect("a pid");
    tokio::time::sleep(Duration::from_millis(200)).await;
    let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).expect("its command line");
    let cmdline = String::from_utf8_lossy(&cmdline).replace('\0', " ");
    assert!(cmdline.contains("--password-stdin"), "{cmdline}");
    shown.push(cmdline);
    use tokio::io::AsyncWriteExt;
    let mut input = child.stdin.take().expect("stdin");
    input.write_all(stdin_line.as_bytes()).await.expect("write");
    drop(input);
    let output = child.wait_with_output().await.expect("dli ends");
    assert!(output.status.success(), "{output:?}");
    shown.push(String::from_utf8_lossy(&output.stdout).into_owned());
    shown.push(String::from_utf8_lossy(&output.stderr).into_owned());

    let everything = shown.join("\n");
    assert!(everything.contains("dli.call"), "nothing was traced");
    assert!(
        everything.contains(r#""password":"<redacted>""#),
        "no dry run body was shown:\n{everything}"
    );
    assert!(everything.contains("DLI.0006"), "no error was shown");
    for secret in [PASSWORD, ROTATED, "never-shown"] {
        assert!(
            !everything.contains(secret),
            "{secret:?} was shown:\n{everything}"
        );
    }
}
