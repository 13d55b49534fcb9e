//! The fault matrix: every operation against every fault DLI's gateway or network can throw
//! at it, with the outcome, the exact number of attempts, and the call back within its
//! deadline and [`SLACK`]. The table in `docs/reliability.md` is this matrix; the test fails when the two
//! differ (`DLI_UPDATE_DOCS=1 cargo test` rewrites the table).

use std::time::{Duration, Instant};

use dli_client::{Client, Error, RetryPolicy, Settled};
use dli_fake::{FakeDli, Fault, FaultAction};
use dli_tests::fixtures::{PROJECT_ID, builder, fake_config, new_connection, start_fake};

const DEADLINE: Duration = Duration::from_secs(2);
const ATTEMPT: Duration = Duration::from_millis(300);
/// How long past [`DEADLINE`] a call may take: the time for the runtime to cut off the
/// attempt under way, and for a create whose outcome is unknown to look its name up.
const SLACK: Duration = Duration::from_millis(500);

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Operation {
    Delete,
    Show,
    List,
    Create,
}

impl Operation {
    const ALL: [Self; 4] = [Self::Delete, Self::Show, Self::List, Self::Create];

    /// Its operation id in the document, as the fake counts its requests.
    fn operation_id(self) -> &'static str {
        match self {
            Self::Delete => "DeleteEnhancedConnection",
            Self::Show => "ShowEnhancedConnection",
            Self::List => "ListEnhancedConnections",
            Self::Create => "CreateEnhancedConnection",
        }
    }

    fn name(self) -> &'static str {
        match self {
            Self::Delete => "delete",
            Self::Show => "show",
            Self::List => "list",
            Self::Create => "create",
        }
    }
}

/// A fault, as the fake or the network produces it.
#[derive(Clone)]
enum Trouble {
    Faults(Vec<Fault>),
    RefusedConnection,
    UnresolvableHost,
}

struct Case {
    name: &'static str,
    trouble: Trouble,
    /// The attempt timeout, when not [`ATTEMPT`].
    attempt_timeout: Option<Duration>,
}

fn json(status: u16, code: &str) -> Fault {
    Fault::respond(
        status,
        format!(r#"{{"error_code": "{code}", "error_msg": "injected"}}"#),
    )
}

fn cases() -> Vec<Case> {
    let faults = |name, faults: Vec<Fault>| Case {
        name,
        trouble: Trouble::Faults(faults),
        attempt_timeout: None,
    };
    vec![
        faults("500 twice", vec![json(500, "DLI.0999").times(2)]),
        faults("502 twice", vec![json(502, "APIGW.0202").times(2)]),
        faults("503 twice", vec![json(503, "APIGW.0203").times(2)]),
        faults("504 twice", vec![json(504, "APIGW.0204").times(2)]),
        faults("503 three times (the attempt limit)", vec![json(503, "APIGW.0203").times(3)]),
        faults("429 with Retry-After: 1", vec![Fault::throttle(1)]),
        faults("429 without Retry-After", vec![json(429, "APIGW.0308")]),
        faults(
            "429 with Retry-After far past the deadline",
            vec![Fault::throttle(3600)],
        ),
        faults("connection reset before the answer", vec![Fault::new(FaultAction::Drop)]),
        faults(
            "carried out, then the connection reset before the answer",
            vec![Fault::new(FaultAction::HandleThenDrop)],
        ),
        faults(
            "connection reset mid-body",
            vec![Fault::new(FaultAction::Truncate {
                status: 200,
                body: r#"{"is_success": true, "message": "Deleted", "connection_id": "2a620c33-5609-40c9-affd-2b6453071b0f"}"#.to_owned(),
            })],
        ),
        faults(
            "a stall past the attempt timeout",
            vec![Fault::delay(ATTEMPT + Duration::from_millis(200))],
        ),
        faults(
            "stalls past the attempt timeout, every attempt",
            vec![Fault::delay(ATTEMPT + Duration::from_millis(200)).times(3)],
        ),
        Case {
            name: "a stall past the deadline (attempt timeout 5 s)",
            trouble: Trouble::Faults(vec![Fault::delay(DEADLINE + Duration::from_secs(1))]),
            attempt_timeout: Some(Duration::from_secs(5)),
        },
        faults("truncated JSON (200)", vec![Fault::new(FaultAction::Malformed { status: 200 })]),
        faults(
            "an HTML 502, three times",
            vec![Fault::respond(502, "<html><body>Bad Gateway</body></html>").times(3)],
        ),
        faults(
            "200 with is_success false",
            vec![Fault::respond(200, r#"{"is_success": false, "message": "refused"}"#)],
        ),
        faults(
            "200 with an unknown extra field",
            vec![Fault::respond(200, r#"{"is_success": true, "message": "ok", "connection_id": "2a620c33-5609-40c9-affd-2b6453071b0f", "surprise": [1]}"#)],
        ),
        faults(
            "200 with a field of the wrong type",
            vec![Fault::respond(200, r#"{"is_success": "yes", "connections": 3, "connection_id": 7}"#)],
        ),
        faults("an endless body", vec![Fault::new(FaultAction::Endless)]),
        Case {
            name: "connection refused",
            trouble: Trouble::RefusedConnection,
            attempt_timeout: None,
        },
        Case {
            name: "an unresolvable host",
            trouble: Trouble::UnresolvableHost,
            attempt_timeout: None,
        },
    ]
}

fn client(endpoint: &str, attempt_timeout: Duration) -> Client {
    builder(endpoint)
        .attempt_timeout(attempt_timeout)
        .deadline(DEADLINE)
        .body_limit(64 << 10)
        .page_body_limit(64 << 10)
        .retry_policy(
            RetryPolicy::default()
                .base_delay(Duration::from_millis(1))
                .throttle_delay(Duration::from_millis(5)),
        )
        .build()
        .expect("valid configuration")
}

/// How a call ended, in a word or two, and its attempts.
fn outcome(result: Result<(u32, Settled), Error>) -> (String, u32) {
    match result {
        Ok((attempts, Settled::FoundByName)) => ("found by name".to_owned(), attempts),
        Ok((attempts, Settled::GoneOnRetry)) => ("gone on retry".to_owned(), attempts),
        Ok((attempts, Settled::ShownByRead)) => ("shown by read".to_owned(), attempts),
        Ok((attempts, _)) => ("success".to_owned(), attempts),
        // An error made before anything was sent counts as one attempt.
        Err(error) => (error.label(), error.attempts().unwrap_or(1)),
    }
}

/// The attempts of a call, and how its success was known.
async fn call(
    client: &Client,
    fake: &FakeDli,
    operation: Operation,
) -> Result<(u32, Settled), Error> {
    let id = fake
        .store()
        .create(
            PROJECT_ID,
            new_connection(&format!("m{}", uuid::Uuid::new_v4().simple())),
        )
        .map_err(|error| Error::InvalidRequest(error.to_string()))?;
    match operation {
        Operation::Delete => client
            .delete_connection(id)
            .await
            .map(|r| (r.attempts(), r.settled())),
        Operation::Show => client
            .connection(id)
            .await
            .map(|r| (r.attempts(), r.settled())),
        Operation::List => client
            .connections()
            .page_size(1000)
            .collect()
            .await
            .map(|_| (0, Settled::Answered)),
        Operation::Create => {
            let request = dli_client::types::CreateEnhancedConnectionRequest::builder()
                .name(format!("n{}", uuid::Uuid::new_v4().simple()))
                .dest_vpc_id("vpc")
                .dest_network_id("subnet");
            client
                .create_connection(request)
                .await
                .map(|r| (r.attempts(), r.settled()))
        }
    }
}

/// Runs the whole matrix; one row a case, one column an operation.
async fn matrix() -> Vec<(String, Vec<(String, u32)>)> {
    let mut rows = Vec::new();
    for case in cases() {
        let mut cells = Vec::new();
        for operation in Operation::ALL {
            let fake = start_fake(fake_config()).await;
            let endpoint = match &case.trouble {
                Trouble::Faults(faults) => {
                    for fault in faults {
                        fake.inject(fault.clone().method(match operation {
                            Operation::Delete => "DELETE",
                            Operation::Create => "POST",
                            Operation::Show | Operation::List => "GET",
                        }));
                    }
                    fake.base_url()
                }
                Trouble::RefusedConnection => {
                    let port = std::net::TcpListener::bind("127.0.0.1:0")
                        .and_then(|listener| listener.local_addr())
                        .expect("a free port")
                        .port();
                    format!("http://127.0.0.1:{port}")
                }
                Trouble::UnresolvableHost => "http://dli.unresolvable.invalid".to_owned(),
            };
            let client = client(&endpoint, case.attempt_timeout.unwrap_or(ATTEMPT));
            let before = fake.stats().requests_of(operation.operation_id());
            let started = Instant::now();
            let result = call(&client, &fake, operation).await;
            let sent = fake.stats().requests_of(operation.operation_id()) - before;
            let took = started.elapsed();
            assert!(
                took < DEADLINE + SLACK,
                "{} / {}: took {took:?}, past the deadline and the slack",
                case.name,
                operation.name()
            );
            let (word, reported) = outcome(result);
            // The fake counts what reached it; the client counts what it tried, reached or not.
            let attempts = match case.trouble {
                Trouble::Faults(_) => {
                    let sent = u32::try_from(sent).unwrap_or(u32::MAX);
                    assert!(
                        reported == 0 || reported == sent || word.starts_with("timeout"),
                        "{} / {}: the client says {reported} attempts, the fake saw {sent}",
                        case.name,
                        operation.name()
                    );
                    sent
                }
                _ => reported,
            };
            cells.push((word, attempts));
        }
        rows.push((case.name.to_owned(), cells));
    }
    rows
}

fn render(rows: &[(String, Vec<(String, u32)>)]) -> String {
    let mut table =
        String::from("| fault | delete | show | list | create (POST) |\n|---|---|---|---|---|\n");
    for (name, cells) in rows {
        let cells: Vec<String> = cells
            .iter()
            .map(|(word, attempts)| {
                format!(
                    "{word}, {attempts} attempt{}",
                    if *attempts == 1 { "" } else { "s" }
                )
            })
            .collect();
        table.push_str(&format!("| {name} | {} |\n", cells.join(" | ")));
    }
    table
}

const BEGIN: &str = "<!-- fault matrix: begin -->\n";
const END: &str = "<!-- fault matrix: end -->";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_operation_against_every_fault() {
    let rows = matrix().await;
    let table = render(&rows);
    let cell = |case: &str, operation: Operation| {
        let (_, cells) = rows.iter().find(|(name, _)| name == case).expect("a case");
        cells[Operation::ALL
            .iter()
            .position(|o| *o == operation)
            .expect("an operation")]
        .clone()
    };
    // The rules, checked directly, whatever the document says.
    for operation in [Operation::Delete, Operation::Show, Operation::List] {
        assert_eq!(
            cell("503 twice", operation),
            ("success".into(), 3),
            "{operation:?}"
        );
        assert_eq!(
            cell("connection reset before the answer", operation),
            ("success".into(), 2)
        );
    }
    assert_eq!(
        cell("503 twice", Operation::Create),
        ("API error 503".into(), 1)
    );
    // A create whose outcome is unknown is looked up by name: sent again when DLI made
    // nothing, found when it did.
    assert_eq!(
        cell("connection reset before the answer", Operation::Create),
        ("success".into(), 2)
    );
    assert_eq!(
        cell(
            "carried out, then the connection reset before the answer",
            Operation::Create
        ),
        ("found by name".into(), 1)
    );
    // A delete in the same case is retried and finds the connection gone: deleted.
    assert_eq!(
        cell(
            "carried out, then the connection reset before the answer",
            Operation::Delete
        ),
        ("gone on retry".into(), 2)
    );
    assert_eq!(
        cell("429 without Retry-After", Operation::Create),
        ("success".into(), 2)
    );
    assert_eq!(
        cell("connection refused", Operation::Create),
        ("cannot connect".into(), 3)
    );

    let path = dli_spec::project_root().join("docs/reliability.md");
    let document = std::fs::read_to_string(&path).unwrap_or_default();
    let expected = match (document.find(BEGIN), document.find(END)) {
        (Some(begin), Some(end)) if begin < end => {
            format!("{}{BEGIN}{table}{}", &document[..begin], &document[end..])
        }
        _ => panic!("docs/reliability.md has no fault matrix markers"),
    };
    if std::env::var_os("DLI_UPDATE_DOCS").is_some() {
        std::fs::write(&path, &expected).expect("write docs/reliability.md");
    } else {
        assert!(
            document == expected,
            "docs/reliability.md does not show the fault matrix as it is; run \
             `DLI_UPDATE_DOCS=1 cargo test -p dli-tests fault_matrix`:\n{table}"
        );
    }
}
