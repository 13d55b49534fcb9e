//! Waiting until a connection can be deleted: no peering (and not the connection itself) is
//! `CREATING` any more.

use std::time::Duration;

use crate::response::Response;

use crate::call::poll::{FIRST_PAUSE_FOR_CONNECTION, Look, poll};
use crate::error::Error;
use crate::generated::types::{DeleteEnhancedConnectionResponse, ShowEnhancedConnectionResponse};
use crate::{Client, ConnectionId};

/// Where a connection stands for deleting it.
#[derive(Debug, PartialEq, Eq)]
enum Readiness {
    /// Nothing is being created.
    Deletable,
    /// The connection, or a peering, is still being created.
    Creating,
}

/// The peerings of a connection that `FAILED`: each queue's or pool's name and DLI's
/// `err_msg`.
pub fn failed_peerings(connection: &ShowEnhancedConnectionResponse) -> Vec<(String, String)> {
    connection
        .available_queue_info
        .iter()
        .chain(&connection.elastic_resource_pools)
        .filter(|peering| {
            peering
                .status
                .as_deref()
                .is_some_and(|status| status.eq_ignore_ascii_case("FAILED"))
        })
        .map(|peering| {
            (
                peering.name.clone().unwrap_or_default(),
                peering.err_msg.clone().unwrap_or_default(),
            )
        })
        .collect()
}

fn readiness(connection: &ShowEnhancedConnectionResponse) -> Readiness {
    let peerings = connection
        .available_queue_info
        .iter()
        .chain(&connection.elastic_resource_pools);
    let is = |status: &Option<String>, wanted: &str| {
        status
            .as_deref()
            .is_some_and(|status| status.eq_ignore_ascii_case(wanted))
    };
    // A `FAILED` peering does not stop a delete: removing a broken connection is the most
    // common cleanup there is.
    if is(&connection.status, "CREATING") || peerings.clone().any(|p| is(&p.status, "CREATING")) {
        return Readiness::Creating;
    }
    Readiness::Deletable
}

impl Client {
    /// Waits until a connection of the configured project can be deleted: neither the
    /// connection nor any of its queue or pool peerings is `CREATING`. Returns the connection
    /// as last shown.
    ///
    /// Looks at the connection at once, then after 500 ms, doubling up to 5 s between looks.
    /// A `FAILED` peering does not stop the wait, so that a broken connection can be
    /// cleaned up; it is in the connection returned, with DLI's `err_msg`. Still creating
    /// after `timeout` is an [`Error::Timeout`] of kind [`TimeoutKind::Wait`](crate::TimeoutKind::Wait). Each look is
    /// one show call, with the client's own retries and time limits.
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
    /// let ready = client.wait_until_deletable(id, Duration::from_secs(300)).await?;
    /// println!("{:?} can be deleted now", ready.name);
    /// client.delete_connection(id).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn wait_until_deletable(
        &self,
        connection_id: impl Into<ConnectionId>,
        timeout: Duration,
    ) -> Result<ShowEnhancedConnectionResponse, Error> {
        let id = connection_id.into().uuid();
        poll(timeout, FIRST_PAUSE_FOR_CONNECTION, || async move {
            let shown = self.connection(id).await?.into_inner();
            Ok(match readiness(&shown) {
                Readiness::Deletable => Look::Done(shown),
                Readiness::Creating => Look::NotYet,
            })
        })
        .await
    }

    /// Waits until a connection can be deleted (see [`Client::wait_until_deletable`]), then
    /// deletes it.
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
    /// let deleted = client.delete_connection_when_ready(id, Duration::from_secs(300)).await?;
    /// assert_eq!(deleted.message.as_deref(), Some("Deleted"));
    /// # Ok(())
    /// # }
    /// ```
    pub async fn delete_connection_when_ready(
        &self,
        connection_id: impl Into<ConnectionId>,
        timeout: Duration,
    ) -> Result<Response<DeleteEnhancedConnectionResponse>, Error> {
        let id = connection_id.into().uuid();
        self.wait_until_deletable(id, timeout).await?;
        self.delete_connection(id).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generated::types::PeeringResource;

    fn peering(name: &str, status: &str, err_msg: &str) -> PeeringResource {
        PeeringResource {
            name: Some(name.to_owned()),
            status: Some(status.to_owned()),
            err_msg: Some(err_msg.to_owned()),
            peer_id: None,
            update_time: None,
        }
    }

    fn connection(
        status: &str,
        queues: Vec<PeeringResource>,
        pools: Vec<PeeringResource>,
    ) -> ShowEnhancedConnectionResponse {
        ShowEnhancedConnectionResponse {
            status: Some(status.to_owned()),
            available_queue_info: queues,
            elastic_resource_pools: pools,
            ..ShowEnhancedConnectionResponse::default()
        }
    }

    #[test]
    fn readiness_follows_the_connection_and_every_peering() {
        let active = peering("q1", "ACTIVE", "");
        let creating = peering("q2", "creating", "");
        let failed = peering("pool1", "FAILED", "subnet is full");
        assert_eq!(
            readiness(&connection("ACTIVE", vec![active.clone()], vec![])),
            Readiness::Deletable
        );
        assert_eq!(
            readiness(&connection("ACTIVE", vec![], vec![])),
            Readiness::Deletable
        );
        assert_eq!(
            readiness(&connection("DELETED", vec![], vec![])),
            Readiness::Deletable
        );
        assert_eq!(
            readiness(&connection("CREATING", vec![], vec![])),
            Readiness::Creating
        );
        assert_eq!(
            readiness(&connection(
                "ACTIVE",
                vec![active.clone(), creating.clone()],
                vec![]
            )),
            Readiness::Creating
        );
        assert_eq!(
            readiness(&connection("ACTIVE", vec![active], vec![creating.clone()])),
            Readiness::Creating
        );
        assert_eq!(
            failed_peerings(&connection("ACTIVE", vec![], vec![failed.clone()])),
            vec![("pool1".to_owned(), "subnet is full".to_owned())]
        );
        // A failed peering does not stop a delete; one still creating does.
        assert_eq!(
            readiness(&connection("ACTIVE", vec![], vec![failed.clone()])),
            Readiness::Deletable
        );
        assert_eq!(
            readiness(&connection("ACTIVE", vec![creating], vec![failed])),
            Readiness::Creating
        );
    }
}
