//! Show and delete one connection.

use crate::response::Response;

use crate::call::{call, gone};
use crate::error::Error;
use crate::generated::types::{DeleteEnhancedConnectionResponse, ShowEnhancedConnectionResponse};
use crate::{Client, ConnectionId};

impl Client {
    /// Shows a connection of the configured project, with the status of each peering.
    ///
    /// A deleted connection is still shown, with the status `DELETED`; an id that never
    /// existed fails with an error for which [`Error::is_not_found`] is true.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client().await?;
    /// # let id = dli_tests::examples::connection(&client, "orders").await?;
    /// let shown = client.connection(id).await?;
    /// println!("{:?} is {:?}, peered with {:?}", shown.name, shown.status, shown.available_queue_info);
    /// assert_eq!(shown.name.as_deref(), Some("orders"));
    /// # Ok(())
    /// # }
    /// ```
    pub async fn connection(
        &self,
        connection_id: impl Into<ConnectionId>,
    ) -> Result<Response<ShowEnhancedConnectionResponse>, Error> {
        let id = connection_id.into().uuid();
        call(
            self.api()
                .show_enhanced_connection()
                .project_id(self.project())
                .connection_id(id)
                .send(),
        )
        .await
    }

    /// Deletes an enhanced datasource connection of the configured project.
    ///
    /// A connection that is still being created cannot be deleted; DLI refuses with a `400`
    /// (see [`Client::delete_connection_when_ready`]). Deleting one that does not exist (or
    /// no longer does) fails with an error for which [`Error::is_not_found`] is true. A
    /// `200` whose body says `"is_success": false` is an error too.
    ///
    /// Failed attempts are retried (see [`RetryPolicy`](crate::RetryPolicy)). When an attempt
    /// times out, loses its connection or is answered `500`, `502` or `504` after DLI has
    /// already deleted the connection, the retry is answered "not exist": that is success,
    /// and [`Response::settled`] says [`Settled::GoneOnRetry`](crate::Settled::GoneOnRetry).
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client().await?;
    /// # let id = dli_tests::examples::connection(&client, "orders").await?;
    /// let deleted = client.delete_connection(id).await?;
    /// assert_eq!(deleted.message.as_deref(), Some("Deleted"));
    /// // Again: the connection no longer exists.
    /// let again = client.delete_connection(id).await.unwrap_err();
    /// assert!(again.is_not_found(), "{again}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn delete_connection(
        &self,
        connection_id: impl Into<ConnectionId>,
    ) -> Result<Response<DeleteEnhancedConnectionResponse>, Error> {
        let id = connection_id.into().uuid();
        gone(
            self.api()
                .delete_enhanced_connection()
                .project_id(self.project())
                .connection_id(id)
                .send(),
            || DeleteEnhancedConnectionResponse {
                is_success: true,
                message: Some("Deleted".to_owned()),
            },
        )
        .await
    }
}
