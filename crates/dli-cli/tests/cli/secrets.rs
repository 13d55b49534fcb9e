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
