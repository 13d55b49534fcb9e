//! The fault matrix: every operation against every fault DLI's gateway or network can throw
//! at it, with the outcome, the exact number of attempts, and the call back within its
//! deadline and [`SLACK`]. The table in `docs/reliability.md` is this matrix; the test fails when the two
//! differ (`DLI_UPDATE_DOCS=1 cargo test` rewrites the table).

mod calls;

use std::time::{Duration, Instant};

use calls::{call, fragment, prepare};
use dli_client::catalog::{OPERATIONS, Operation};
use dli_client::{Client, Error, RetryPolicy, Settled};
use dli_fake::{Fault, FaultAction};
use dli_tests::fixtures::{builder, fake_config, start_fake};

const DEADLINE: Duration = Duration::from_secs(4);
/// Long enough that a busy test run does not cut off an attempt the fake answers at once.
const ATTEMPT: Duration = Duration::from_secs(1);
/// How long past [`DEADLINE`] a call may take: the time for the runtime to cut off the
/// attempt under way, and for a change whose outcome is unknown to be settled by reading.
const SLACK: Duration = Duration::from_secs(1);

/// A fault, as the fake or the network produces it.
#[derive(Clone)]
enum Trouble {
    Faults(Vec<Fault>),
    RefusedConnection,
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
            name: "a stall past the deadline (attempt timeout 10 s)",
            trouble: Trouble::Faults(vec![Fault::delay(DEADLINE + Duration::from_secs(1))]),
            attempt_timeout: Some(Duration::from_secs(10)),
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

/// One cell: the operation against the case's trouble, on a fake of its own.
async fn cell(case: &Case, operation: &'static Operation) -> (String, u32) {
    let fake = start_fake(fake_config().test_takes(Duration::ZERO)).await;
    let endpoint = match &case.trouble {
        Trouble::Faults(_) => fake.base_url(),
        Trouble::RefusedConnection => {
            let port = std::net::TcpListener::bind("127.0.0.1:0")
                .and_then(|listener| listener.local_addr())
                .expect("a free port")
                .port();
            format!("http://127.0.0.1:{port}")
        }
    };
    let client = client(&endpoint, case.attempt_timeout.unwrap_or(ATTEMPT));
    let id = prepare(&fake);
    // A first call that no fault matches opens the connection, so that the measured call's
    // first attempt does not spend its time limit connecting on a busy machine.
    if operation.id == "ShowEnhancedConnectionPrivilege" {
        let _ = client.tags(id).await;
    } else {
        let _ = client.privileges(id).await;
    }
    if let Trouble::Faults(faults) = &case.trouble {
        for fault in faults {
            fake.inject(
                fault
                    .clone()
                    .method(operation.method)
                    .path_contains(fragment(operation)),
            );
        }
    }
    let before = fake.stats().requests_of(operation.id);
    let started = Instant::now();
    let result = call(&client, id, operation).await;
    let sent = fake.stats().requests_of(operation.id) - before;
    let took = started.elapsed();
    assert!(
        took < DEADLINE + SLACK,
        "{} / {}: took {took:?}, past the deadline and the slack",
        case.name,
        operation.id
    );
    let (word, reported) = outcome(result);
    // The fake counts what reached it; the client counts what it tried, reached or not.
    let attempts = match case.trouble {
        Trouble::Faults(_) => {
            let sent = u32::try_from(sent).unwrap_or(u32::MAX);
            assert!(
                reported == 0 || reported == sent || word.starts_with("timeout"),
                "{} / {}: the client says {reported} attempts ({word}), the fake saw {sent}: {:?}",
                case.name,
                operation.id,
                fake.stats()
            );
            sent
        }
        _ => reported,
    };
    (word, attempts)
}

/// How many cells run at once, each a task of its own.
const CELLS_AT_ONCE: usize = 4;

/// Runs the whole matrix; one row a case, one column an operation of the table.
async fn matrix() -> Vec<(String, Vec<(String, u32)>)> {
    use futures_util::StreamExt;
    let mut rows = Vec::new();
    for case in cases() {
        let case = std::sync::Arc::new(case);
        let cells: Vec<(String, u32)> = futures_util::stream::iter(&OPERATIONS)
            .map(|operation| {
                let case = std::sync::Arc::clone(&case);
                async move {
                    tokio::spawn(async move { cell(&case, operation).await })
                        .await
                        .expect("the cell ran")
                }
            })
            .buffered(CELLS_AT_ONCE)
            .collect()
            .await;
        rows.push((case.name.to_owned(), cells));
    }
    rows
}

fn render(rows: &[(String, Vec<(String, u32)>)]) -> String {
    let names: Vec<&str> = OPERATIONS.iter().map(|operation| operation.id).collect();
    let mut table = format!(
        "| fault | {} |\n|---|{}\n",
        names.join(" | "),
        "---|".repeat(names.len())
    );
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
    let cell = |case: &str, operation: &str| {
        let (_, cells) = rows.iter().find(|(name, _)| name == case).expect("a case");
        cells[OPERATIONS
            .iter()
            .position(|o| o.id == operation)
            .expect("an operation")]
        .clone()
    };
    // The rules, checked directly, whatever the document says.
    for operation in &OPERATIONS {
        // A 503 is retried when the operation is idempotent, and settled by reading, then
        // sent again, when it is not: either way the third send succeeds.
        let (word, attempts) = cell("503 twice", operation.id);
        assert_eq!(
            (word.as_str(), attempts),
            ("success", 3),
            "{}",
            operation.id
        );
        let (word, _) = cell("connection reset before the answer", operation.id);
        assert_eq!(word, "success", "{}", operation.id);
        // No retry turns a change that landed into a reported failure: every operation
        // whose answer was lost after DLI carried it out succeeds, each sent at most twice.
        let (word, attempts) = cell(
            "carried out, then the connection reset before the answer",
            operation.id,
        );
        assert!(
            matches!(
                word.as_str(),
                "success" | "found by name" | "gone on retry" | "shown by read"
            ) && attempts <= 2,
            "{}: {word}, {attempts} attempts",
            operation.id
        );
        // Throttling is retried whatever the class.
        assert_eq!(
            cell("429 without Retry-After", operation.id).0,
            "success",
            "{}",
            operation.id
        );
        assert_eq!(
            cell("connection refused", operation.id).0,
            "cannot connect",
            "{}",
            operation.id
        );
    }
    // A change whose outcome is unknown is settled by reading: found, shown, or gone.
    let lost = "carried out, then the connection reset before the answer";
    assert_eq!(
        cell(lost, "CreateEnhancedConnection"),
        ("found by name".into(), 1)
    );
    assert_eq!(
        cell(lost, "DeleteEnhancedConnection"),
        ("gone on retry".into(), 2)
    );
    assert_eq!(
        cell(lost, "DeleteRouteFromEnhancedConnection"),
        ("gone on retry".into(), 2)
    );
    for settled in [
        "AssociateQueueToEnhancedConnection",
        "DisassociateQueueFromEnhancedConnection",
        "CreateRouteToEnhancedConnection",
    ] {
        assert_eq!(
            cell(lost, settled),
            ("shown by read".into(), 1),
            "{settled}"
        );
    }

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
