//! Building a client from code, the environment and the profile file.

use std::io::Write;

use dli_client::{Client, ClientBuilder, ConfigError, Credentials, Environment};

const PROJECT_ID: &str = "48cc2c48765d4f5a9a3a8d2b4d6e7f01";

fn env(pairs: &[(&str, &str)]) -> Environment {
    Environment::from_pairs(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())))
}

fn load(pairs: &[(&str, &str)]) -> Result<ClientBuilder, ConfigError> {
    Client::builder().environment(env(pairs)).load_environment()
}

fn profile(text: &str) -> tempfile::NamedTempFile {
    let mut file = tempfile::NamedTempFile::new().expect("temp file");
    file.write_all(text.as_bytes()).expect("write");
    file
}

#[test]
fn the_environment_supplies_credentials_and_project() {
    let client = load(&[
        ("HUAWEICLOUD_SDK_AK", "AKENV"),
        ("HUAWEICLOUD_SDK_SK", "sk-env-secret"),
        ("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT_ID),
    ])
    .expect("complete")
    .region("cn-north-4")
    .build()
    .expect("valid");
    assert_eq!(client.project_id(), PROJECT_ID);
    assert_eq!(
        client.endpoint(),
        "https://dli.cn-north-4.myhuaweicloud.com"
    );
}

#[test]
fn partial_environment_names_the_missing_variable() {
    let error = load(&[("HUAWEICLOUD_SDK_AK", "AKENV")]).expect_err("no SK");
    assert!(
        error.to_string().contains("set HUAWEICLOUD_SDK_SK"),
        "{error}"
    );
    let error = load(&[("HUAWEICLOUD_SDK_SK", "sk-env-secret")]).expect_err("no AK");
    assert!(
        error.to_string().contains("set HUAWEICLOUD_SDK_AK"),
        "{error}"
    );
    assert!(!error.to_string().contains("sk-env-secret"), "{error}");
    let error = load(&[("HUAWEICLOUD_SDK_SECURITY_TOKEN", "t")]).expect_err("token alone");
    assert!(
        error
            .to_string()
            .contains("HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK"),
        "{error}"
    );
}

#[test]
fn nothing_configured_names_every_way_to_configure() {
    let error = load(&[])
        .expect("nothing to load")
        .region("cn-north-4")
        .build();
    let error = error.expect_err("no credentials").to_string();
    assert!(
        error.contains("HUAWEICLOUD_SDK_AK") && error.contains("[basic]"),
        "{error}"
    );

    let error = load(&[("HUAWEICLOUD_SDK_AK", "A"), ("HUAWEICLOUD_SDK_SK", "S")])
        .expect("credentials")
        .region("cn-north-4")
        .build()
        .expect_err("no project")
        .to_string();
    assert!(
        error.contains("HUAWEICLOUD_SDK_PROJECT_ID") && error.contains("project_id"),
        "{error}"
    );
}

/// Deletes a connection through a fake that accepts only `config`'s credentials, in the
/// client's project: it succeeds only when the client signed with them.
async fn accepted_by(config: dli_fake::FakeConfig, builder: ClientBuilder) {
    let fake = dli_fake::FakeDli::start(config.creating_for(std::time::Duration::ZERO))
        .await
        .expect("the fake");
    let client = builder.endpoint(fake.base_url()).build().expect("valid");
    let id = fake
        .store()
        .create(
            client.project_id(),
            dli_fake::NewConnection {
                name: "profiled".to_owned(),
                dest_vpc_id: "vpc".to_owned(),
                dest_network_id: "subnet".to_owned(),
                ..dli_fake::NewConnection::default()
            },
        )
        .expect("stored");
    client
        .delete_connection(id)
        .await
        .expect("signed with the credentials the fake accepts, in its project");
}

#[tokio::test]
async fn the_profile_file_fills_what_the_environment_lacks() {
    let file = profile(&format!(
        "[basic]\nak = AKFILE\nsk = sk-file-secret\nproject_id = {PROJECT_ID}\n"
    ));
    let path = file.path().to_string_lossy().into_owned();
    let builder = load(&[("HUAWEICLOUD_SDK_CREDENTIALS_FILE", &path)]).expect("complete");
    let client = builder
        .clone()
        .endpoint("http://127.0.0.1:1")
        .build()
        .expect("valid");
    assert_eq!(client.project_id(), PROJECT_ID);
    assert!(!format!("{client:?}").contains("sk-file-secret"));
    accepted_by(
        dli_fake::FakeConfig::default().with_key("AKFILE", "sk-file-secret"),
        builder,
    )
    .await;
}

#[tokio::test]
async fn the_default_profile_lives_under_home() {
    let home = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(home.path().join(".huaweicloud")).expect("mkdir");
    std::fs::write(
        home.path().join(".huaweicloud/credentials"),
        format!("[basic]\nak=AKHOME\nsk=sk-home\nsecurity_token=tok\nproject_id={PROJECT_ID}\n"),
    )
    .expect("write");
    let home_path = home.path().to_string_lossy().into_owned();
    let builder = load(&[("HOME", &home_path)]).expect("complete");
    let client = builder
        .clone()
        .region("eu-west-101")
        .build()
        .expect("valid");
    assert_eq!(client.project_id(), PROJECT_ID);
    // The key is temporary: the fake accepts it only with its security token.
    accepted_by(
        dli_fake::FakeConfig::default().with_temporary_key("AKHOME", "sk-home", "tok"),
        builder,
    )
    .await;
    // A missing default profile is not an error.
    let empty = tempfile::tempdir().expect("temp dir");
    let empty_path = empty.path().to_string_lossy().into_owned();
    load(&[("HOME", &empty_path)]).expect("nothing to load is fine");
}

#[test]
fn a_partial_profile_names_the_missing_key_and_file() {
    let file = profile("[basic]\nak = AKFILE\n");
    let path = file.path().to_string_lossy().into_owned();
    let error = load(&[("HUAWEICLOUD_SDK_CREDENTIALS_FILE", &path)])
        .expect_err("no sk")
        .to_string();
    assert!(error.contains("`sk`") && error.contains(&path), "{error}");
}

#[test]
fn an_explicit_profile_that_does_not_exist_is_an_error() {
    let error = load(&[(
        "HUAWEICLOUD_SDK_CREDENTIALS_FILE",
        "/nonexistent/credentials",
    )])
    .expect_err("missing file")
    .to_string();
    assert!(error.contains("/nonexistent/credentials"), "{error}");
}

#[test]
fn the_environment_wins_over_the_profile_and_code_wins_over_both() {
    let file = profile("[basic]\nak = AKFILE\nsk = skfile\nproject_id = fromfile\n");
    let path = file.path().to_string_lossy().into_owned();
    let client = load(&[
        ("HUAWEICLOUD_SDK_CREDENTIALS_FILE", &path),
        ("HUAWEICLOUD_SDK_PROJECT_ID", "fromenv"),
    ])
    .expect("complete")
    .endpoint("http://127.0.0.1:1")
    .build()
    .expect("valid");
    assert_eq!(client.project_id(), "fromenv");

    let client = Client::builder()
        .environment(env(&[("HUAWEICLOUD_SDK_PROJECT_ID", "fromenv")]))
        .project_id("fromcode")
        .credentials(Credentials::iam_token("t"))
        .load_environment()
        .expect("complete")
        .endpoint("http://127.0.0.1:1")
        .build()
        .expect("valid");
    assert_eq!(client.project_id(), "fromcode");
}

fn minimal() -> ClientBuilder {
    Client::builder()
        .environment(env(&[]))
        .credentials(Credentials::ak_sk("AK", "SK"))
        .project_id(PROJECT_ID)
}

#[test]
fn endpoints_come_from_the_region_its_override_or_an_explicit_url() {
    let client = minimal().region("eu-west-101").build().expect("valid");
    assert_eq!(
        client.endpoint(),
        "https://dli.eu-west-101.myhuaweicloud.eu"
    );

    let client = minimal()
        .environment(env(&[(
            "HUAWEICLOUD_SDK_REGION_DLI_CN_NORTH_4",
            "http://127.0.0.1:8080/",
        )]))
        .region("cn-north-4")
        .build()
        .expect("valid");
    assert_eq!(client.endpoint(), "http://127.0.0.1:8080");

    let client = minimal()
        .region("cn-north-4")
        .endpoint("dli.internal.example")
        .build()
        .expect("valid");
    assert_eq!(client.endpoint(), "https://dli.internal.example");
}

#[test]
fn the_regions_file_overrides_the_table() {
    let file = profile("DLI:\n  - id: cn-north-4\n    endpoint: 'https://dli.from-file.example'\n");
    let path = file.path().to_string_lossy().into_owned();
    let client = minimal()
        .environment(env(&[("HUAWEICLOUD_SDK_REGIONS_FILE", &path)]))
        .region("cn-north-4")
        .build()
        .expect("valid");
    assert_eq!(client.endpoint(), "https://dli.from-file.example");
}

#[test]
fn bad_settings_are_refused_with_what_to_fix() {
    let error = minimal().build().expect_err("no endpoint").to_string();
    assert!(error.contains("ClientBuilder::region"), "{error}");

    let error = minimal()
        .region("mars-1")
        .build()
        .expect_err("unknown")
        .to_string();
    assert!(
        error.contains("mars-1") && error.contains("cn-north-4"),
        "{error}"
    );

    for bad in ["", "a/b", "a?b", "a#b", "a%b", "a\nb"] {
        let error = minimal()
            .project_id(bad)
            .region("cn-north-4")
            .build()
            .expect_err("invalid project id");
        assert!(
            matches!(error, ConfigError::InvalidProjectId(_)),
            "{bad:?}: {error}"
        );
    }

    let error = minimal()
        .credentials(Credentials::ak_sk("AK", ""))
        .region("cn-north-4")
        .build()
        .expect_err("empty SK");
    assert!(
        matches!(error, ConfigError::InvalidCredentials { .. }),
        "{error}"
    );

    let error = minimal()
        .credentials(Credentials::temporary("AK", "SK", "bad\ntoken-secret"))
        .region("cn-north-4")
        .build()
        .expect_err("token with a newline");
    assert!(!error.to_string().contains("token-secret"), "{error}");

    let error = minimal()
        .endpoint("ftp://x")
        .build()
        .expect_err("bad scheme");
    assert!(
        matches!(error, ConfigError::InvalidEndpoint { .. }),
        "{error}"
    );

    let error = minimal()
        .region("cn-north-4")
        .proxy("http://user:proxy-secret@[bad")
        .build()
        .expect_err("bad proxy");
    assert!(!error.to_string().contains("proxy-secret"), "{error}");

    let error = minimal()
        .region("cn-north-4")
        .root_certificates_pem("-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----\n")
        .build()
        .expect_err("malformed PEM");
    assert!(matches!(error, ConfigError::Network { .. }), "{error}");
}

#[test]
fn debug_output_of_a_builder_and_a_client_hides_secrets() {
    let builder = minimal()
        .credentials(Credentials::temporary(
            "AKSHOWN",
            "sk-hidden-1",
            "token-hidden-2",
        ))
        .proxy("http://user:proxy-hidden-3@127.0.0.1:3128")
        .region("cn-north-4");
    let shown = format!("{builder:?}");
    let client = builder.build().expect("valid");
    let shown = format!("{shown} {client:?}");
    for secret in ["sk-hidden-1", "token-hidden-2", "proxy-hidden-3"] {
        assert!(!shown.contains(secret), "{secret} leaked: {shown}");
    }
    assert!(shown.contains("AKSHOWN"));
}
