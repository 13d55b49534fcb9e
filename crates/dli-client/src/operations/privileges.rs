//! Which other projects may bind queues to a connection: grant, revoke, show.

use crate::call::call;
use crate::error::Error;
use crate::generated::types::{
    Privilege, RunAuthorizationActionRequest, RunAuthorizationActionRequestAction,
    RunAuthorizationActionResponse, ShowEnhancedConnectionPrivilegeResponse,
};
use crate::response::Response;
use crate::{Client, ConnectionId};

/// The privilege another project needs to bind its queues to a connection.
pub const BIND_QUEUE: &str = "BIND_QUEUE";

/// Checks a grantee project id before anything is sent: not empty, no `/`, `?`, `#`, `%`.
fn check_project(project: &str) -> Result<(), Error> {
    if project.is_empty() || project.contains(['/', '?', '#', '%']) {
        return Err(Error::InvalidRequest(format!(
            "grantee project {project:?}: give a project id, without /, ?, # or %"
        )));
    }
    Ok(())
}

impl Client {
    /// The privileges other projects hold on a connection.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client().await?;
    /// # let id = dli_tests::examples::connection(&client, "orders").await?;
    /// let shown = client.privileges(id).await?;
    /// for privilege in &shown.privileges {
    ///     println!("{:?}: {:?}", privilege.applicant_project_id, privilege.privileges);
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub async fn privileges(
        &self,
        connection_id: impl Into<ConnectionId>,
    ) -> Result<Response<ShowEnhancedConnectionPrivilegeResponse>, Error> {
        let id = connection_id.into().uuid();
        call(
            self.api()
                .show_enhanced_connection_privilege()
                .project_id(self.project())
                .connection_id(id)
                .send(),
        )
        .await
    }

    /// Lets another project bind its queues to the connection ([`BIND_QUEUE`]). Granting
    /// twice changes nothing, so the `PUT` is retried like a delete.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client().await?;
    /// # let id = dli_tests::examples::connection(&client, "orders").await?;
    /// client.grant(id, "0b6ef5cd4a504fe08a9e2f6b8b0e4cb1").await?;
    /// let shown = client.privileges(id).await?;
    /// assert_eq!(shown.privileges.len(), 1);
    /// # Ok(())
    /// # }
    /// ```
    pub async fn grant(
        &self,
        connection_id: impl Into<ConnectionId>,
        project: &str,
    ) -> Result<Response<RunAuthorizationActionResponse>, Error> {
        self.authorize(
            connection_id,
            project,
            RunAuthorizationActionRequestAction::Grant,
        )
        .await
    }

    /// Takes [`BIND_QUEUE`] on the connection back from another project.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client().await?;
    /// # let id = dli_tests::examples::connection(&client, "orders").await?;
    /// client.grant(id, "0b6ef5cd4a504fe08a9e2f6b8b0e4cb1").await?;
    /// client.revoke(id, "0b6ef5cd4a504fe08a9e2f6b8b0e4cb1").await?;
    /// assert!(client.privileges(id).await?.privileges.is_empty());
    /// # Ok(())
    /// # }
    /// ```
    pub async fn revoke(
        &self,
        connection_id: impl Into<ConnectionId>,
        project: &str,
    ) -> Result<Response<RunAuthorizationActionResponse>, Error> {
        self.authorize(
            connection_id,
            project,
            RunAuthorizationActionRequestAction::Revoke,
        )
        .await
    }

    async fn authorize(
        &self,
        connection_id: impl Into<ConnectionId>,
        project: &str,
        action: RunAuthorizationActionRequestAction,
    ) -> Result<Response<RunAuthorizationActionResponse>, Error> {
        let id = connection_id.into().uuid();
        check_project(project)?;
        call(
            self.api()
                .run_authorization_action()
                .project_id(self.project())
                .body(RunAuthorizationActionRequest {
                    action,
                    project_id: Some(project.to_owned()),
                    user_name: None,
                    privileges: vec![Privilege {
                        object: format!("edsconnections.{id}"),
                        privileges: vec![BIND_QUEUE.to_owned()],
                    }],
                })
                .send(),
        )
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grantee_projects_are_checked_before_sending() {
        assert!(check_project("330e068af1334c9782f4226acc00a2e2").is_ok());
        for bad in ["", "a/b", "a?b", "a#b", "a%b"] {
            assert!(check_project(bad).is_err(), "{bad}");
        }
    }
}
