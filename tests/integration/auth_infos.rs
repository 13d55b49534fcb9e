//! Datasource authentications through `dli-client` against `dli-fake`: every type created,
//! listed over pages, updated and deleted; what DLI refuses; a lost answer settled; and no
//! password in any answer.

use dli_client::types::{AuthInfoType, CreateJobAuthInfoRequest, UpdateJobAuthInfoRequest};
use dli_client::{Error, Password, Settled};
use dli_fake::{FakeDli, Fault, FaultAction};
use dli_tests::fixtures::{IAM_TOKEN, PROJECT_ID, client, fake_config, start_fake};

const SECRET: &str = "Zq-auth-secret-7781";

fn passwd(name: &str) -> dli_client::types::builder::CreateJobAuthInfoRequest {
    CreateJobAuthInfoRequest::builder()
        .auth_info_name(name)
        .datasource_type(AuthInfoType::Passwd)
        .user_name(Some("etl_reader".parse().expect("a user")))
        .password(Some(Password::new(SECRET)))
}

fn obs(key: &str) -> Option<dli_client::types::ObsPath> {
    Some(format!("obs://creds/{key}").parse().expect("an OBS path"))
}

async fn started() -> (FakeDli, dli_client::Client) {
    let fake = start_fake(fake_config()).await;
    let client = client(&fake.base_url());
    (fake, client)
}

#[tokio::test]
async fn every_type_is_created_listed_updated_and_deleted() {
    let (fake, client) = started().await;
    let secret = || Some(Password::new(SECRET));
    let requests = [
        passwd("rds_auth"),
        CreateJobAuthInfoRequest::builder()
            .auth_info_name("css_auth")
            .datasource_type(AuthInfoType::Css)
            .user_name(Some("admin".parse().expect("user")))
            .password(secret())
            .certificate_location(obs("css/CloudSearchService.cer")),
        CreateJobAuthInfoRequest::builder()
            .auth_info_name("mrs_auth")
            .datasource_type(AuthInfoType::Krb)
            .user_name(Some("krb_user".parse().expect("user")))
            .krb5_conf(obs("mrs/krb5.conf"))
            .keytab(obs("mrs/user.keytab")),
        CreateJobAuthInfoRequest::builder()
            .auth_info_name("kafka_auth")
            .datasource_type(AuthInfoType::KafkaSsl)
            .truststore_location(obs("kafka/truststore.jks"))
            .truststore_password(secret())
            .keystore_location(obs("kafka/keystore.jks"))
            .keystore_password(secret())
            .key_password(secret()),
    ];
    for request in requests {
        client.create_auth_info(request).await.expect("created");
    }
    let listed = client.auth_infos().await.expect("listed");
    let types: Vec<(&str, &str)> = listed
        .iter()
        .map(|entry| {
            (
                entry.auth_info_name.as_deref().unwrap_or_default(),
                entry.datasource_type.as_deref().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        types,
        [
            ("rds_auth", "passwd"),
            ("css_auth", "CSS"),
            ("mrs_auth", "KRB"),
            ("kafka_auth", "Kafka_SSL")
        ]
    );
    let kafka = &listed[3];
    assert_eq!(
        kafka.keystore_location.as_deref(),
        Some("obs://creds/kafka/keystore.jks")
    );
    assert_eq!(kafka.owner.as_deref(), Some("fake"));
    assert!(kafka.create_time.is_some_and(|at| at > 0));
    assert!(
        fake.store()
            .auth_secret_is(PROJECT_ID, "kafka_auth", "key_password", SECRET)
    );

    client
        .update_auth_info(
            UpdateJobAuthInfoRequest::builder()
                .auth_info_name("rds_auth")
                .user_name(Some("etl_writer".parse().expect("user")))
                .password(Some(Password::new("rotated-value"))),
        )
        .await
        .expect("updated");
    let updated = client
        .auth_info("rds_auth")
        .await
        .expect("read")
        .expect("there");
    assert_eq!(updated.user_name.as_deref(), Some("etl_writer"));
    assert!(
        fake.store()
            .auth_secret_is(PROJECT_ID, "rds_auth", "password", "rotated-value")
    );

    for name in ["rds_auth", "css_auth", "mrs_auth", "kafka_auth"] {
        client.delete_auth_info(name).await.expect("deleted");
    }
    assert!(client.auth_infos().await.expect("listed").is_empty());
}

#[tokio::test]
async fn no_answer_carries_a_password() {
    let (fake, _client) = started().await;
    let client = client(&fake.base_url());
    client
        .create_auth_info(passwd("rds_auth"))
        .await
        .expect("created");
    let body = reqwest::get(format!("{}/_fake/stats", fake.base_url()))
        .await
        .expect("stats")
        .text()
        .await
        .expect("text");
    assert!(!body.contains(SECRET));
    let listed = client.auth_infos().await.expect("listed");
    let json = serde_json::to_string(&listed).expect("json");
    assert!(
        !json.contains(SECRET) && !json.contains("password"),
        "{json}"
    );
    let request: CreateJobAuthInfoRequest = passwd("other").try_into().expect("a request");
    let debug = format!("{request:?}");
    assert!(
        debug.contains("Password(..)") && !debug.contains(SECRET),
        "{debug}"
    );
}

#[tokio::test]
async fn listing_reads_every_page_and_by_name() {
    let (fake, client) = started().await;
    for n in 0..230 {
        client
            .create_auth_info(passwd(&format!("auth_{n}")))
            .await
            .expect("created");
    }
    let before = fake.stats().requests_of("ListJobAuthInfos");
    assert_eq!(client.auth_infos().await.expect("listed").len(), 230);
    assert_eq!(fake.stats().requests_of("ListJobAuthInfos") - before, 3);
    let one = client
        .auth_info("auth_17")
        .await
        .expect("read")
        .expect("found");
    assert_eq!(one.auth_info_name.as_deref(), Some("auth_17"));
    assert!(client.auth_info("auth_1700").await.expect("read").is_none());
}

#[tokio::test]
async fn what_dli_refuses_is_refused() {
    let (fake, client) = started().await;
    client
        .create_auth_info(passwd("rds_auth"))
        .await
        .expect("created");
    let taken = client
        .create_auth_info(passwd("rds_auth"))
        .await
        .expect_err("taken");
    assert!(
        matches!(&taken, Error::Api(api) if api.code == "DLI.0006"),
        "{taken}"
    );

    let missing = client
        .delete_auth_info("never_made")
        .await
        .expect_err("missing");
    assert!(missing.is_not_found(), "{missing}");
    let update_missing = client
        .update_auth_info(UpdateJobAuthInfoRequest::builder().auth_info_name("never_made"))
        .await
        .expect_err("missing");
    assert!(update_missing.is_not_found(), "{update_missing}");

    // Refused by the client before sending: a type without its fields, a foreign field, a
    // bad name, an empty password.
    let sent_before = fake.requests();
    let without = CreateJobAuthInfoRequest::builder()
        .auth_info_name("krb_auth")
        .datasource_type(AuthInfoType::Krb)
        .user_name(Some("u".parse().expect("user")));
    let error = client
        .create_auth_info(without)
        .await
        .expect_err("refused")
        .to_string();
    assert!(
        error.contains("type KRB needs krb5_conf, keytab"),
        "{error}"
    );
    let foreign = passwd("x_auth").keytab(obs("k"));
    let error = client
        .create_auth_info(foreign)
        .await
        .expect_err("refused")
        .to_string();
    assert!(error.contains("takes no keytab"), "{error}");
    let error = client
        .delete_auth_info("_bad")
        .await
        .expect_err("refused")
        .to_string();
    assert!(error.contains("1 to 128 letters"), "{error}");
    let empty = passwd("e_auth").password(Some(Password::new("")));
    let error = client
        .create_auth_info(empty)
        .await
        .expect_err("refused")
        .to_string();
    assert!(error.contains("password is empty"), "{error}");
    assert!(
        "s3://bucket/key"
            .parse::<dli_client::types::ObsPath>()
            .is_err()
    );
    assert_eq!(fake.requests(), sent_before, "nothing was sent");

    // Refused by the fake, as DLI: an unknown type and a type without its fields.
    let raw = reqwest::Client::new();
    let url = format!("{}/v3/{PROJECT_ID}/datasource/auth-infos", fake.base_url());
    for (body, fragment) in [
        (
            serde_json::json!({"auth_info_name": "a1", "datasource_type": "LDAP"}),
            "not supported",
        ),
        (
            serde_json::json!({"auth_info_name": "a1", "datasource_type": "CSS", "user_name": "u", "password": "p"}),
            "requires certificate_location",
        ),
        (
            serde_json::json!({"auth_info_name": "a1", "datasource_type": "KRB", "user_name": "u", "krb5_conf": "/etc/krb5.conf", "keytab": "obs://b/k"}),
            "OBS path",
        ),
    ] {
        let answer = raw
            .post(&url)
            .header("X-Auth-Token", IAM_TOKEN)
            .json(&body)
            .send()
            .await
            .expect("answered");
        assert_eq!(answer.status(), 400);
        let text = answer.text().await.expect("text");
        assert!(
            text.contains("DLI.0001") && text.contains(fragment),
            "{text}"
        );
    }
}

#[tokio::test]
async fn a_lost_create_or_delete_answer_is_settled_by_reading() {
    let (fake, client) = started().await;
    fake.inject(
        Fault::new(FaultAction::HandleThenDrop)
            .method("POST")
            .path_contains("auth-infos")
            .times(1),
    );
    let created = client
        .create_auth_info(passwd("rds_auth"))
        .await
        .expect("settled");
    assert_eq!(created.settled(), Settled::ShownByRead);
    assert_eq!(
        fake.stats().requests_of("CreateJobAuthInfo"),
        1,
        "never sent twice"
    );

    fake.inject(
        Fault::new(FaultAction::HandleThenDrop)
            .method("DELETE")
            .path_contains("auth-infos")
            .times(1),
    );
    let deleted = client.delete_auth_info("rds_auth").await.expect("settled");
    assert_eq!(deleted.settled(), Settled::GoneOnRetry);
    assert!(client.auth_info("rds_auth").await.expect("read").is_none());

    // A 502 may have landed: the name is listed, found missing, and the create sent again.
    let before = fake.stats().requests_of("CreateJobAuthInfo");
    fake.inject(
        Fault::respond(502, "{}")
            .method("POST")
            .path_contains("auth-infos")
            .times(1),
    );
    let created = client.create_auth_info(passwd("other_auth")).await;
    assert!(
        created.is_ok(),
        "sent again after a 502 found nothing: {created:?}"
    );
    assert_eq!(fake.stats().requests_of("CreateJobAuthInfo") - before, 2);
}
