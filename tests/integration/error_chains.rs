//! Every error tells its own part in `Display` and hands its cause on through `source()`,
//! so that printing the chain tells each part once; configuration errors keep their causes.

use std::error::Error as StdError;
use std::time::Duration;

use dli_client::{Client, ConfigError, Environment, Error, SigningError};
use dli_fake::{Fault, FaultAction};
use dli_tests::fixtures::{builder, connection_id, fake_config, start_fake};

/// One of this workspace's errors (what others' errors print is theirs to decide).
fn ours(error: &(dyn StdError + 'static)) -> bool {
    error.is::<Error>() || error.is::<ConfigError>() || error.is::<SigningError>()
}

/// Fails when one of our errors' `Display` repeats what its source says; returns the
/// chain's length.
fn told_once(error: &(dyn StdError + 'static)) -> usize {
    let mut depth = 1;
    let mut outer = error;
    while let Some(source) = outer.source() {
        let (text, cause) = (outer.to_string(), source.to_string());
        assert!(
            !ours(outer) || cause.trim().is_empty() || !text.contains(cause.trim()),
            "{text:?} repeats its source {cause:?}"
        );
        outer = source;
        depth += 1;
    }
    depth
}

#[test]
fn configuration_errors_keep_their_causes_and_tell_them_once() {
    let missing = Client::builder()
        .environment(Environment::from_pairs([(
            "HUAWEICLOUD_SDK_CREDENTIALS_FILE".to_owned(),
            "/nonexistent/credentials".to_owned(),
        )]))
        .load_environment()
        .expect_err("the file does not exist");
    assert!(matches!(missing, ConfigError::File { .. }), "{missing:?}");
    let io = missing
        .source()
        .and_then(|source| source.downcast_ref::<std::io::Error>())
        .expect("the io error is the source");
    assert_eq!(io.kind(), std::io::ErrorKind::NotFound);
    told_once(&missing);

    let proxy = builder("http://127.0.0.1:1")
        .proxy("http://[not a host")
        .build()
        .expect_err("not a proxy URL");
    assert!(matches!(proxy, ConfigError::Network { .. }), "{proxy:?}");
    assert!(proxy.source().is_some(), "{proxy:?}");
    told_once(&proxy);
}

#[tokio::test]
async fn call_errors_tell_each_cause_once() {
    // Nothing listens on a port just closed.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = closed.local_addr().expect("address").port();
    drop(closed);
    let refused = builder(&format!("http://127.0.0.1:{port}"))
        .deadline(Duration::from_secs(2))
        .build()
        .expect("valid configuration")
        .delete_connection(connection_id())
        .await
        .expect_err("nothing listens");
    assert!(matches!(refused, Error::Connect { .. }), "{refused:?}");
    assert!(told_once(&refused) > 1, "the cause is kept: {refused:?}");

    let fake = start_fake(fake_config()).await;
    let client = builder(&fake.base_url())
        .attempt_timeout(Duration::from_millis(300))
        .deadline(Duration::from_secs(2))
        .build()
        .expect("valid configuration");
    let faults = [
        Fault::new(FaultAction::Drop).times(10),
        Fault::new(FaultAction::Malformed { status: 200 }),
        Fault::new(FaultAction::Truncate {
            status: 200,
            body: r#"{"is_success": true, "message": "Deleted"}"#.to_owned(),
        })
        .times(10),
        Fault::new(FaultAction::Stall { length: 1000 }).times(10),
        Fault::respond(400, r#"{"error_code": "DLI.0001", "error_msg": "bad"}"#),
    ];
    let mut labels = Vec::new();
    for fault in faults {
        fake.faults().clear();
        fake.inject(fault);
        let error = client
            .delete_connection(connection_id())
            .await
            .expect_err("the fault fails the call");
        told_once(&error);
        labels.push(error.label());
    }
    assert_eq!(
        labels,
        [
            "connection lost",
            "unreadable answer",
            "connection lost",
            "timeout (per-attempt timeout)",
            "API error 400"
        ],
        "each fault ends as its kind"
    );
}
