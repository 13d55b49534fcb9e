//! Show and delete one connection.

use std::fmt::Display;

use crate::response::Response;
use uuid::Uuid;

use super::{call, parse_connection_id};
use crate::Client;
use crate::error::Error;
use crate::generated::types::{DeleteEnhancedConnectionResponse, ShowEnhancedConnectionResponse};

impl Client {
    /// Shows a connection of the configured project, with the status of each peering.
    ///
    /// A deleted connection is still shown, with the status `DELETED`; an id that never
    /// existed fails with an error for which [`Error::is_not_found`] is true.
    pub async fn connection<I>(
        &self,
        connection_id: I,
    ) -> Result<Response<ShowEnhancedConnectionResponse>, Error>
    where
        I: TryInto<Uuid>,
        I::Error: Display,
    {
        let id = parse_connection_id(connection_id)?;
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
    /// times out or loses its connection after DLI has already deleted the connection, the
    /// retry is answered "not exist": if all you need is the connection gone, treat
    /// [`Error::is_not_found`] as success.
    pub async fn delete_connection<I>(
        &self,
        connection_id: I,
    ) -> Result<Response<DeleteEnhancedConnectionResponse>, Error>
    where
        I: TryInto<Uuid>,
        I::Error: Display,
    {
        let id = parse_connection_id(connection_id)?;
        call(
            self.api()
                .delete_enhanced_connection()
                .project_id(self.project())
                .connection_id(id)
                .send(),
        )
        .await
    }
}
