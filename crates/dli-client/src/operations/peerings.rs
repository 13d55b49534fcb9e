//! Binding queues and elastic resource pools to a connection, and waiting for the peerings.

use std::time::Duration;

use uuid::Uuid;

use crate::call::poll::{FIRST_PAUSE_FOR_CONNECTION, Look, poll};
use crate::call::{call, settle};
use crate::error::Error;
use crate::generated::types::{
    AssociateQueueToEnhancedConnectionRequest, AssociateQueueToEnhancedConnectionResponse,
    DisassociateQueueFromEnhancedConnectionRequest,
    DisassociateQueueFromEnhancedConnectionResponse, PeeringResource,
    ShowEnhancedConnectionResponse,
};
use crate::response::Response;
use crate::{Client, ConnectionId};

/// The longest queue or pool name DLI accepts.
const MAX_NAME: usize = 128;

/// Queues and elastic resource pools to bind or unbind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Peers {
    /// Queue names (DLI is retiring queues in favour of elastic resource pools).
    pub queues: Vec<String>,
    /// Elastic resource pool names.
    pub pools: Vec<String>,
}

impl Peers {
    /// These elastic resource pools.
    pub fn pools<S: Into<String>>(names: impl IntoIterator<Item = S>) -> Self {
        Self {
            pools: names.into_iter().map(Into::into).collect(),
            ..Self::default()
        }
    }

    /// These queues.
    pub fn queues<S: Into<String>>(names: impl IntoIterator<Item = S>) -> Self {
        Self {
            queues: names.into_iter().map(Into::into).collect(),
            ..Self::default()
        }
    }

    /// Checks the names before anything is sent: at least one, none empty or longer than
    /// 128 characters.
    fn check(&self) -> Result<(), Error> {
        if self.queues.is_empty() && self.pools.is_empty() {
            return Err(Error::InvalidRequest(
                "name at least one queue or elastic resource pool".to_owned(),
            ));
        }
        for name in self.queues.iter().chain(&self.pools) {
            if name.trim().is_empty() || name.chars().count() > MAX_NAME {
                return Err(Error::InvalidRequest(format!(
                    "queue or pool name {name:?}: it must be 1 to {MAX_NAME} characters"
                )));
            }
        }
        Ok(())
    }

    /// Each named peering as Show reports it, `None` where it is missing.
    fn found<'a>(
        &'a self,
        shown: &'a ShowEnhancedConnectionResponse,
    ) -> impl Iterator<Item = (&'a str, Option<&'a PeeringResource>)> {
        let find = |list: &'a [PeeringResource], name: &'a str| {
            (name, list.iter().find(|p| p.name.as_deref() == Some(name)))
        };
        self.queues
            .iter()
            .map(move |name| find(&shown.available_queue_info, name))
            .chain(
                self.pools
                    .iter()
                    .map(move |name| find(&shown.elastic_resource_pools, name)),
            )
    }
}

/// Whether every named peering is `ACTIVE`; a `FAILED` one is an error with DLI's reason.
fn all_active(
    id: Uuid,
    peers: &Peers,
    shown: &ShowEnhancedConnectionResponse,
) -> Result<bool, Error> {
    let mut active = true;
    for (name, peering) in peers.found(shown) {
        let status = peering
            .and_then(|p| p.status.as_deref())
            .unwrap_or_default();
        if status.eq_ignore_ascii_case("FAILED") {
            return Err(Error::PeeringFailed {
                connection_id: id.to_string(),
                resource: name.to_owned(),
                message: peering.and_then(|p| p.err_msg.clone()).unwrap_or_default(),
            });
        }
        active &= status.eq_ignore_ascii_case("ACTIVE");
    }
    Ok(active)
}

impl Client {
    /// Binds queues or elastic resource pools to a connection: DLI starts a peering for
    /// each (see [`Client::bind_and_wait`]).
    ///
    /// Binding is not idempotent, so it is not simply sent again after an ambiguous outcome
    /// (a timeout, a lost answer, a `500`, `502` or `504`). The connection is shown instead:
    /// every name shown with a peering, whatever its status, means the bind landed
    /// ([`Settled::ShownByRead`](crate::Settled::ShownByRead)); otherwise it is sent again,
    /// within the retry policy's attempts and the call's one deadline.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client().await?;
    /// # let id = dli_tests::examples::connection(&client, "orders").await?;
    /// use dli_client::Peers;
    ///
    /// client.bind(id, &Peers::pools(["pool_etl"])).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn bind(
        &self,
        connection_id: impl Into<ConnectionId>,
        peers: &Peers,
    ) -> Result<Response<AssociateQueueToEnhancedConnectionResponse>, Error> {
        let id = connection_id.into().uuid();
        peers.check()?;
        settle(
            &self.api().inner.settings,
            || {
                call(
                    self.api()
                        .associate_queue_to_enhanced_connection()
                        .project_id(self.project())
                        .connection_id(id)
                        .body(AssociateQueueToEnhancedConnectionRequest {
                            queues: peers.queues.clone(),
                            elastic_resource_pools: peers.pools.clone(),
                        })
                        .send(),
                )
            },
            || async move {
                let shown = self.connection(id).await?.into_inner();
                Ok(peers.found(&shown).all(|(_, peering)| peering.is_some()))
            },
            AssociateQueueToEnhancedConnectionResponse::default,
        )
        .await
    }

    /// Unbinds queues or elastic resource pools; a name that is not bound is refused by
    /// DLI. After an ambiguous outcome the connection is shown, like [`Client::bind`]: none
    /// of the names shown means the unbind landed.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client().await?;
    /// # let id = dli_tests::examples::connection(&client, "orders").await?;
    /// use dli_client::Peers;
    ///
    /// client.unbind(id, &Peers::queues(["etl_queue"])).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn unbind(
        &self,
        connection_id: impl Into<ConnectionId>,
        peers: &Peers,
    ) -> Result<Response<DisassociateQueueFromEnhancedConnectionResponse>, Error> {
        let id = connection_id.into().uuid();
        peers.check()?;
        settle(
            &self.api().inner.settings,
            || {
                call(
                    self.api()
                        .disassociate_queue_from_enhanced_connection()
                        .project_id(self.project())
                        .connection_id(id)
                        .body(DisassociateQueueFromEnhancedConnectionRequest {
                            queues: peers.queues.clone(),
                            elastic_resource_pools: peers.pools.clone(),
                        })
                        .send(),
                )
            },
            || async move {
                let shown = self.connection(id).await?.into_inner();
                Ok(peers.found(&shown).all(|(_, peering)| peering.is_none()))
            },
            DisassociateQueueFromEnhancedConnectionResponse::default,
        )
        .await
    }

    /// Waits until the peering of every named queue and pool is `ACTIVE`, and returns the
    /// connection as last shown. A `FAILED` one is [`Error::PeeringFailed`] with DLI's
    /// `err_msg`; not all active after `timeout` is an [`Error::Timeout`] of kind
    /// [`TimeoutKind::Wait`](crate::TimeoutKind::Wait).
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
    /// use dli_client::Peers;
    ///
    /// let shown = client
    ///     .wait_for_peerings(id, &Peers::queues(["etl_queue"]), Duration::from_secs(600))
    ///     .await?;
    /// println!("{:?}", shown.available_queue_info);
    /// # Ok(())
    /// # }
    /// ```
    pub async fn wait_for_peerings(
        &self,
        connection_id: impl Into<ConnectionId>,
        peers: &Peers,
        timeout: Duration,
    ) -> Result<ShowEnhancedConnectionResponse, Error> {
        let id = connection_id.into().uuid();
        poll(timeout, FIRST_PAUSE_FOR_CONNECTION, || async move {
            let shown = self.connection(id).await?.into_inner();
            Ok(if all_active(id, peers, &shown)? {
                Look::Done(shown)
            } else {
                Look::NotYet
            })
        })
        .await
    }

    /// Binds (see [`Client::bind`]), then waits until every named peering is `ACTIVE` (see
    /// [`Client::wait_for_peerings`]).
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
    /// use dli_client::Peers;
    ///
    /// let shown = client
    ///     .bind_and_wait(id, &Peers::pools(["pool_etl"]), Duration::from_secs(600))
    ///     .await?;
    /// assert_eq!(shown.elastic_resource_pools.len(), 1);
    /// # Ok(())
    /// # }
    /// ```
    pub async fn bind_and_wait(
        &self,
        connection_id: impl Into<ConnectionId>,
        peers: &Peers,
        timeout: Duration,
    ) -> Result<ShowEnhancedConnectionResponse, Error> {
        let id = connection_id.into().uuid();
        self.bind(id, peers).await?;
        self.wait_for_peerings(id, peers, timeout).await
    }

    /// Unbinds (see [`Client::unbind`]), then waits until none of the names is shown any
    /// more, and returns the connection as last shown.
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
    /// use dli_client::Peers;
    ///
    /// let shown = client
    ///     .unbind_and_wait(id, &Peers::queues(["etl_queue"]), Duration::from_secs(600))
    ///     .await?;
    /// assert!(shown.available_queue_info.is_empty());
    /// # Ok(())
    /// # }
    /// ```
    pub async fn unbind_and_wait(
        &self,
        connection_id: impl Into<ConnectionId>,
        peers: &Peers,
        timeout: Duration,
    ) -> Result<ShowEnhancedConnectionResponse, Error> {
        let id = connection_id.into().uuid();
        self.unbind(id, peers).await?;
        self.wait_until_unbound(id, peers, timeout).await
    }

    /// Waits until none of the named queues and pools is shown on the connection any
    /// more, and returns the connection as last shown; still shown after `timeout` is an
    /// [`Error::Timeout`] of kind [`TimeoutKind::Wait`](crate::TimeoutKind::Wait).
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
    /// use dli_client::Peers;
    ///
    /// let peers = Peers::queues(["etl_queue"]);
    /// client.unbind(id, &peers).await?;
    /// let shown = client.wait_until_unbound(id, &peers, Duration::from_secs(600)).await?;
    /// assert!(shown.available_queue_info.is_empty());
    /// # Ok(())
    /// # }
    /// ```
    pub async fn wait_until_unbound(
        &self,
        connection_id: impl Into<ConnectionId>,
        peers: &Peers,
        timeout: Duration,
    ) -> Result<ShowEnhancedConnectionResponse, Error> {
        let id = connection_id.into().uuid();
        poll(timeout, FIRST_PAUSE_FOR_CONNECTION, || async move {
            let shown = self.connection(id).await?.into_inner();
            let gone = peers.found(&shown).all(|(_, peering)| peering.is_none());
            Ok(if gone {
                Look::Done(shown)
            } else {
                Look::NotYet
            })
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn peering(name: &str, status: &str, err_msg: &str) -> PeeringResource {
        PeeringResource {
            name: Some(name.to_owned()),
            status: Some(status.to_owned()),
            err_msg: Some(err_msg.to_owned()),
            peer_id: None,
            update_time: None,
        }
    }

    #[test]
    fn only_the_named_peerings_count() {
        let id = Uuid::nil();
        let peers = Peers::pools(["p1"]);
        let mut shown = ShowEnhancedConnectionResponse {
            available_queue_info: vec![peering("q9", "CREATING", "")],
            elastic_resource_pools: vec![peering("p1", "CREATING", "")],
            ..ShowEnhancedConnectionResponse::default()
        };
        assert!(!all_active(id, &peers, &shown).expect("no failure"));
        shown.elastic_resource_pools[0].status = Some("active".to_owned());
        assert!(all_active(id, &peers, &shown).expect("no failure"));
        shown.elastic_resource_pools.clear();
        assert!(!all_active(id, &peers, &shown).expect("missing is not active"));
        shown.elastic_resource_pools = vec![peering("p1", "FAILED", "no free address")];
        let error = all_active(id, &peers, &shown).expect_err("failed");
        assert!(
            matches!(&error, Error::PeeringFailed { resource, message, .. }
            if resource == "p1" && message == "no free address"),
            "{error:?}"
        );
    }

    #[test]
    fn names_are_checked_before_sending() {
        assert!(Peers::default().check().is_err());
        assert!(Peers::queues([""]).check().is_err());
        assert!(Peers::pools(["a".repeat(129)]).check().is_err());
        assert!(Peers::pools(["a".repeat(128)]).check().is_ok());
    }
}
