//! Creating a connection, and finding it by its name when the answer was lost.
//!
//! DLI keeps names unique among the connections not deleted, so a create whose outcome is
//! unknown (see [`Error::is_outcome_unknown`]) is settled by listing that name: the
//! connection found is the one the create made, and when there is none the create is sent
//! again. A create is never sent again while its connection may exist.

use std::fmt::Display;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::Client;
use crate::call::call;
use crate::call::{out_of_time, within_deadline};
use crate::error::Error;
use crate::generated::types::{CreateEnhancedConnectionRequest, CreateEnhancedConnectionResponse};
use crate::response::{Response, Settled};

/// How far DLI's clock may be from ours: a signed request outside it is refused, so a
/// connection of the name created earlier than this before the create was sent is not its.
const CLOCK_SKEW: Duration = Duration::from_secs(15 * 60);

impl Client {
    /// Creates an enhanced datasource connection in the configured project.
    ///
    /// `request` is a [`CreateEnhancedConnectionRequest`] or its builder; a name that is not
    /// 1 to 64 letters, digits or `_`, or a missing VPC or subnet, is an
    /// [`Error::InvalidRequest`] and nothing is sent. The new id is in `connection_id`; the
    /// connection is created in the background (see
    /// [`Client::wait_until_deletable`]).
    ///
    /// Creating is not idempotent, so a create is never simply sent again after it may have
    /// reached DLI. When its outcome is unknown (the connection dropped after sending, a
    /// time limit ran out, a `500`, `502` or `504`, or a success answer cut short), the
    /// client lists the name: DLI keeps names unique among connections not deleted.
    /// - Found: that connection is returned, with [`Response::is_recovered`] true.
    /// - Not found: the create is sent again, up to the retry policy's number of attempts
    ///   and within the deadline. A create sent again that finds its name taken
    ///   (`DLI.0006`) looks the name up once more: the earlier send made it.
    ///
    /// When the lookup itself fails, the create's own error is returned, with every
    /// attempt counted.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client().await?;
    /// use dli_client::types::CreateEnhancedConnectionRequest;
    ///
    /// let created = client
    ///     .create_connection(
    ///         CreateEnhancedConnectionRequest::builder()
    ///             .name("mysql_orders")
    ///             .dest_vpc_id("22094d8f-c310-4621-913d-4c4d655d8495")
    ///             .dest_network_id("78f2562a-36e4-4b39-95b9-f5aab22e1281")
    ///             .queues(vec!["etl_queue".to_owned()]),
    ///     )
    ///     .await?;
    /// println!("created {:?} (recovered: {})", created.connection_id, created.is_recovered());
    ///
    /// // A name DLI would refuse is refused before anything is sent.
    /// let bad_name = CreateEnhancedConnectionRequest::builder()
    ///     .name("no spaces allowed")
    ///     .dest_vpc_id("22094d8f-c310-4621-913d-4c4d655d8495")
    ///     .dest_network_id("78f2562a-36e4-4b39-95b9-f5aab22e1281");
    /// assert!(client.create_connection(bad_name).await.is_err());
    /// # Ok(())
    /// # }
    /// ```
    pub async fn create_connection<R>(
        &self,
        request: R,
    ) -> Result<Response<CreateEnhancedConnectionResponse>, Error>
    where
        R: TryInto<CreateEnhancedConnectionRequest>,
        R::Error: Display,
    {
        let body = request
            .try_into()
            .map_err(|error| Error::InvalidRequest(format!("invalid connection: {error}")))?;
        let settings = &self.api().inner.settings;
        let started = Instant::now();
        let deadline = settings.timeouts.deadline;
        let rounds = settings.retry.attempts();
        // The sends and the lookups all end by the call's one deadline.
        within_deadline(deadline, async move {
        let (mut attempts, mut round) = (0, 0);
        loop {
            round += 1;
            let sent_at = SystemTime::now();
            let error = match call(
                self.api()
                    .create_enhanced_connection()
                    .project_id(self.project())
                    .body(body.clone())
                    .send(),
            )
            .await
            {
                Ok(created) => return Ok(created.after(attempts, started.elapsed())),
                Err(error) => error,
            };
            attempts += error.attempts().unwrap_or(1);
            // A create sent again that finds its name taken: the one sent before made it.
            let taken_by_an_earlier_send = round > 1 && error.is_name_taken();
            if !error.is_outcome_unknown() && !taken_by_an_earlier_send {
                return Err(error.with_attempts(attempts));
            }
            tracing::debug!(name = %*body.name, %error, "create outcome unknown: looking the name up");
            match self.created_since(&body.name, sent_at).await {
                Ok(Some(connection_id)) => {
                    let found = CreateEnhancedConnectionResponse {
                        connection_id: Some(connection_id),
                        is_success: Some(true),
                        message: None,
                    };
                    return Ok(Response::found(
                        found,
                        attempts,
                        started.elapsed(),
                        Settled::FoundByName,
                    ));
                }
                Ok(None)
                    if round < rounds && started.elapsed() < deadline && !out_of_time(&error) => {}
                Ok(None) | Err(_) => return Err(error.with_attempts(attempts)),
            }
        }
        })
        .await
    }

    /// The connection named `name`, not deleted, created no earlier than the clock skew
    /// allows before `sent_at`.
    async fn created_since(
        &self,
        name: &str,
        sent_at: SystemTime,
    ) -> Result<Option<uuid::Uuid>, Error> {
        let earliest = sent_at
            .checked_sub(CLOCK_SKEW)
            .and_then(|at| at.duration_since(UNIX_EPOCH).ok())
            .and_then(|since| i64::try_from(since.as_millis()).ok())
            .unwrap_or(0);
        let found = self.connections().name(name).collect().await?;
        Ok(found
            .into_iter()
            .filter(|connection| connection.name.as_deref() == Some(name))
            .filter(|connection| connection.create_time.is_none_or(|at| at >= earliest))
            .find_map(|connection| connection.id))
    }
}
