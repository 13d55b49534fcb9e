//! Create, show and delete one connection.

use std::fmt::Display;

use crate::response::Response;
use uuid::Uuid;

use super::{call, parse_connection_id};
use crate::Client;
use crate::error::Error;
use crate::generated::types::{
    CreateEnhancedConnectionRequest, CreateEnhancedConnectionResponse,
    DeleteEnhancedConnectionResponse, ShowEnhancedConnectionResponse,
};

impl Client {
    /// Creates an enhanced datasource connection in the configured project.
    ///
    /// `request` is a [`CreateEnhancedConnectionRequest`] or its builder; a name that is not
    /// 1 to 64 letters, digits or `_`, or a missing VPC or subnet, is an
    /// [`Error::InvalidRequest`] and nothing is sent. The new id is in `connection_id`; the
    /// connection is created in the background (see
    /// [`Client::wait_until_deletable`]).
    ///
    /// Creating is not idempotent, so it is retried only when the request never reached DLI
    /// (it could not connect) or was throttled; after a timeout or a lost answer the
    /// connection may exist: list by name before creating again.
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
        call(
            self.api()
                .create_enhanced_connection()
                .project_id(self.project())
                .body(body)
                .send(),
        )
        .await
    }

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
