//! A whole session of the library at trace level — success, retries, every error kind, a dry
//! run, and the `Debug` and `Display` of every public type — never shows a secret key, a
//! security token or an IAM token.

use std::time::Duration;

use dli_client::{
    Client, ClientBuilder, ConfigError, Credentials, Environment, Error, RateLimit, RetryPolicy,
    Secret, SecretKey, Timeouts, types,
};
use dli_fake::{FakeConfig, Fault, FaultAction};
use dli_tests::fixtures::{PROJECT_ID, new_connection, start_fake};
use dli_tests::{RecordingServer, Reply};

const AK: &str = "SESSIONACCESSKEY";
const SK: &str = "session-secret-key-NEVER-SHOWN";
const SECURITY_TOKEN: &str = "session-security-token-NEVER-SHOWN";
const IAM_TOKEN: &str = "session-iam-token-NEVER-SHOWN";
const PASSWORD: &str = "datasource-password-NEVER-SHOWN";
const SECRETS: [&str; 4] = [SK, SECURITY_TOKEN, IAM_TOKEN, PASSWORD];

fn builder(endpoint: &str) -> ClientBuilder {
    Client::builder()
        .environment(Environment::from_pairs([]))
        .endpoint(endpoint)
        .project_id(PROJECT_ID)
        .credentials(Credentials::temporary(AK, SK, SECURITY_TOKEN))
        .retry_policy(RetryPolicy::default().base_delay(Duration::from_millis(1)))
}

/// Every way a call can end, as text: `Display` and `Debug`.
async fn session(shown: &mut Vec<String>) {
    let fake = start_fake(
        FakeConfig::default()
            .with_temporary_key(AK, SK, SECURITY_TOKEN)
            .with_token(IAM_TOKEN)
            .creating_for(Duration::from_secs(60)),
    )
    .await;
    let url = fake.base_url();
    let client = builder(&url).build().expect("valid configuration");
    let mut show = |what: String| shown.push(what);

    // Success, through every operation, and a retry.
    let created = client
        .create_connection(
            types::CreateEnhancedConnectionRequest::builder()
                .name("secrets")
                .dest_vpc_id("vpc")
                .dest_network_id("subnet")
                .queues(vec!["q1".to_owned()]),
        )
        .await
        .expect("created");
    show(format!("{created:?}"));
    let id = created.into_inner().connection_id.expect("an id");
    fake.inject(Fault::respond(
        503,
        r#"{"error_code": "APIGW.0203", "error_msg": "busy"}"#,
    ));
    show(format!(
        "{:?}",
        client.connection(id).await.expect("shown after a retry")
    ));
    show(format!(
        "{:?}",
        client.connections().collect().await.expect("listed")
    ));
    let token_client = builder(&url)
        .credentials(Credentials::iam_token(IAM_TOKEN))
        .build()
        .expect("valid configuration");
    show(format!(
        "{:?}",
        token_client.connections().collect().await.expect("listed")
    ));

    // Every error kind a session can meet.
    let mut errors: Vec<Error> = Vec::new();
    errors.push(
        client
            .delete_connection(id)
            .await
            .expect_err("being created"),
    );
    errors.push(
        client
            .delete_connection(uuid::Uuid::new_v4())
            .await
            .expect_err("missing"),
    );
    errors.push(
        client
            .add_route(id, "", "10.0.0.0/8")
            .await
            .expect_err("invalid"),
    );
    fake.store().fail_peering(PROJECT_ID, id, "q1", "failed");
    errors.push(
        client
            .wait_for_peerings(
                id,
                &dli_client::Peers::queues(["q1"]),
                Duration::from_secs(5),
            )
            .await
            .expect_err("peering"),
    );
    let stored = fake
        .store()
        .create(PROJECT_ID, new_connection("waited"))
        .expect("stored");
    errors.push(
        client
            .wait_until_deletable(stored, Duration::from_millis(50))
            .await
            .expect_err("wait"),
    );
    fake.inject(Fault::new(FaultAction::Drop).method("POST").times(3));
    let request = types::CreateEnhancedConnectionRequest::builder()
        .name("dropped")
        .dest_vpc_id("vpc")
        .dest_network_id("subnet");
    errors.push(client.create_connection(request).await.expect_err("lost"));
    fake.inject(Fault::new(FaultAction::Endless));
    errors.push(client.connection(id).await.expect_err("too large"));
    let slow = builder(&url)
        .attempt_timeout(Duration::from_millis(100))
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("valid configuration");
    fake.inject(Fault::delay(Duration::from_millis(400)));
    errors.push(slow.connection(id).await.expect_err("timeout"));
    let wrong = builder(&url)
        .credentials(Credentials::temporary(AK, "wrong-secret", SECURITY_TOKEN))
        .build()
        .expect("valid configuration");
    errors.push(wrong.connection(id).await.expect_err("bad signature"));
    let dry = builder(&url)
        .dry_run(true)
        .build()
        .expect("valid configuration");
    errors.push(dry.delete_connection(id).await.expect_err("dry run"));
    let odd = RecordingServer::start([
        Reply::json(200, r#"{"is_success": false, "message": "no"}"#),
        Reply::json(200, r#"{"is_success": "#),
    ])
    .await
    .expect("start");
    let odd_client = builder(&odd.base_url())
        .build()
        .expect("valid configuration");
    errors.push(
        odd_client
            .delete_connection(id)
            .await
            .expect_err("not successful"),
    );
    errors.push(
        odd_client
            .delete_connection(id)
            .await
            .expect_err("unreadable"),
    );
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port")
        .port();
    let refused = builder(&format!("http://127.0.0.1:{port}"))
        .build()
        .expect("valid configuration");
    errors.push(refused.delete_connection(id).await.expect_err("refused"));
    // A datasource password: created, sent again after a 503, refused as a duplicate, shown
    // in a dry run, and the request itself in `Debug`.
    let auth = || {
        types::CreateJobAuthInfoRequest::builder()
            .auth_info_name("secrets_auth")
            .datasource_type(types::AuthInfoType::Passwd)
            .user_name(Some("u".parse().expect("a user")))
            .password(Some(dli_client::Password::new(PASSWORD)))
    };
    fake.inject(Fault::respond(
        503,
        r#"{"error_code": "APIGW.0203", "error_msg": "busy"}"#,
    ));
    show(format!(
        "{:?}",
        client.create_auth_info(auth()).await.expect("created")
    ));
    errors.push(
        client
            .create_auth_info(auth())
            .await
            .expect_err("a duplicate"),
    );
    errors.push(dry.create_auth_info(auth()).await.expect_err("dry run"));
    let request: types::CreateJobAuthInfoRequest = auth().try_into().expect("a request");
    show(format!(
        "{request:?} {:?}",
        dli_client::Password::new(PASSWORD)
    ));
    for error in &errors {
        show(format!("{error} {error:?} {:?}", error.api_error()));
    }

    // Configuration errors and every public type.
    let configs: Vec<ConfigError> = vec![
        builder(&url)
            .credentials(Credentials::ak_sk(AK, ""))
            .build()
            .expect_err("empty SK"),
        builder(&url)
            .credentials(Credentials::iam_token("bad\ntoken NEVER-SHOWN"))
            .build()
            .expect_err("bad token"),
        builder(&url)
            .proxy(format!("http://u:{SK}@"))
            .build()
            .expect_err("bad proxy"),
    ];
    for config in &configs {
        show(format!("{config} {config:?}"));
    }
    show(format!(
        "{:?} {:?} {:?} {:?} {:?}",
        builder(&url),
        client,
        Credentials::iam_token(IAM_TOKEN),
        Secret::new(SECURITY_TOKEN),
        SecretKey::new(SK),
    ));
    show(format!(
        "{:?} {:?} {:?} {:?} {:?}",
        Environment::from_pairs([("HUAWEICLOUD_SDK_SK".to_owned(), SK.to_owned())]),
        RetryPolicy::default(),
        Timeouts::default(),
        RateLimit::Adaptive,
        client.connections(),
    ));
    assert_eq!(errors.len(), 15);
}

#[tokio::test]
async fn no_secret_is_ever_shown() {
    let (captured, _guard) = dli_tests::traces::capture();

    let mut shown = Vec::new();
    session(&mut shown).await;
    let logs = captured.text();
    assert!(logs.contains("dli.call"), "the session was not traced");
    assert!(logs.lines().count() > 50, "too little was traced: {logs}");
    let everything = format!("{logs}\n{}", shown.join("\n"));
    for secret in SECRETS.iter().copied().chain(["NEVER-SHOWN"]) {
        assert!(
            !everything.contains(secret),
            "{secret:?} was shown:\n{}",
            everything
                .lines()
                .filter(|line| line.contains(secret))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}
