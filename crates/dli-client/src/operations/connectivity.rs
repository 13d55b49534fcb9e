//! Testing whether a queue reaches an address: start the test, poll it, read the result.

use std::time::Duration;

use crate::Client;
use crate::call::call;
use crate::call::poll::{FIRST_PAUSE_FOR_TASK, Look, poll};
use crate::error::Error;
use crate::generated::types::{CreateConnectivityTaskRequest, ShowConnectivityTaskResponse};

/// What a connectivity test found, with DLI's own value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Connectivity {
    /// The test's id.
    pub task_id: i64,
    /// Whether the queue reaches the address: DLI said `REACHABLE`.
    pub reachable: bool,
    /// DLI's `connectivity` value as sent, such as `REACHABLE` or `UNREACHABLE`.
    pub value: String,
    /// DLI's message.
    pub message: String,
}

/// Values that mean the test has no result yet (not published; decided here). A missing or
/// empty value counts as one too.
const PENDING: [&str; 4] = ["CHECKING", "TESTING", "RUNNING", "WAITING"];

/// The result in an answer, or `None` while the test runs.
fn result(task_id: i64, answer: &ShowConnectivityTaskResponse) -> Option<Connectivity> {
    let value = answer.connectivity.as_deref().unwrap_or_default().trim();
    if value.is_empty() || PENDING.iter().any(|p| value.eq_ignore_ascii_case(p)) {
        return None;
    }
    Some(Connectivity {
        task_id,
        reachable: value.eq_ignore_ascii_case("REACHABLE"),
        value: value.to_owned(),
        message: answer.message.clone().unwrap_or_default(),
    })
}

/// Checks a queue name and an address before anything is sent.
fn check(queue: &str, address: &str) -> Result<(), Error> {
    if queue.is_empty() || queue.chars().count() > 128 || queue.contains(['/', '?', '#', '%']) {
        return Err(Error::InvalidRequest(format!(
            "queue {queue:?}: give a queue name of 1 to 128 characters"
        )));
    }
    let port = address
        .rsplit_once(':')
        .filter(|(host, _)| !host.is_empty())
        .and_then(|(_, port)| port.parse::<u16>().ok())
        .filter(|port| *port > 0);
    if port.is_none() {
        return Err(Error::InvalidRequest(format!(
            "address {address:?}: give host:port or ip:port, such as orders-db:3306"
        )));
    }
    Ok(())
}

impl Client {
    /// Tests whether `queue` reaches `address` (`host:port`): starts a test, then reads it
    /// until it has a result or `timeout` runs out ([`Error::Timeout`] of kind
    /// [`TimeoutKind::Wait`](crate::TimeoutKind::Wait)).
    ///
    /// Starting a test is sent again after an ambiguous outcome like a read: a second test
    /// only reads again whether the address is reached. Reading it is retried like any
    /// `GET`.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client().await?;
    /// # let id = dli_tests::examples::connection(&client, "orders").await?;
    /// use std::time::Duration;
    ///
    /// use dli_client::types::Host;
    ///
    /// let db = Host { name: "orders-db".into(), ip: "192.168.0.21".into() };
    /// client.add_hosts(id, vec![db]).await?;
    /// let result = client
    ///     .test_connectivity("etl_queue", "orders-db:3306", Duration::from_secs(60))
    ///     .await?;
    /// assert!(result.reachable, "{} {}", result.value, result.message);
    /// # Ok(())
    /// # }
    /// ```
    pub async fn test_connectivity(
        &self,
        queue: &str,
        address: &str,
        timeout: Duration,
    ) -> Result<Connectivity, Error> {
        check(queue, address)?;
        let started = call(
            self.api()
                .create_connectivity_task()
                .project_id(self.project())
                .queue_name(queue)
                .body(CreateConnectivityTaskRequest {
                    address: address
                        .parse()
                        .map_err(|error| Error::InvalidRequest(format!("address: {error}")))?,
                })
                .send(),
        )
        .await?;
        let Some(task_id) = started.task_id else {
            return Err(Error::InvalidRequest(
                "DLI started the test but sent no task_id".to_owned(),
            ));
        };
        let task = task_id.to_string();
        poll(timeout, FIRST_PAUSE_FOR_TASK, || {
            let task = task.clone();
            async move {
                let answer = call(
                    self.api()
                        .show_connectivity_task()
                        .project_id(self.project())
                        .queue_name(queue)
                        .task_id(task)
                        .send(),
                )
                .await?;
                Ok(match result(task_id, &answer) {
                    Some(found) => Look::Done(found),
                    None => Look::NotYet,
                })
            }
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(value: Option<&str>) -> ShowConnectivityTaskResponse {
        ShowConnectivityTaskResponse {
            connectivity: value.map(str::to_owned),
            ..ShowConnectivityTaskResponse::default()
        }
    }

    #[test]
    fn a_result_keeps_dlis_value() {
        assert_eq!(result(1, &answer(None)), None);
        assert_eq!(result(1, &answer(Some(""))), None);
        assert_eq!(result(1, &answer(Some("checking"))), None);
        let reachable = result(1, &answer(Some("REACHABLE"))).expect("a result");
        assert!(reachable.reachable);
        let other = result(1, &answer(Some("NOT_REACHABLE"))).expect("a result");
        assert!(!other.reachable);
        assert_eq!(other.value, "NOT_REACHABLE");
    }

    #[test]
    fn addresses_are_checked_before_sending() {
        assert!(check("q", "db:3306").is_ok());
        assert!(check("q", "10.0.0.1:80").is_ok());
        for (queue, address) in [
            ("", "db:1"),
            ("q", "db"),
            ("q", ":80"),
            ("q", "db:0"),
            ("q", "db:70000"),
            ("a/b", "db:1"),
        ] {
            assert!(check(queue, address).is_err(), "{queue} {address}");
        }
    }
}
