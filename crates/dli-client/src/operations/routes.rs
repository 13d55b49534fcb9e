//! The routes of a connection: add, delete, and list them from Show.

use crate::call::{call, gone, settle};
use crate::error::Error;
use crate::generated::types::{
    CreateRouteToEnhancedConnectionRequest, CreateRouteToEnhancedConnectionResponse,
    DeleteRouteFromEnhancedConnectionResponse, Route,
};
use crate::response::Response;
use crate::{Client, ConnectionId};

/// The longest route name.
const MAX_ROUTE_NAME: usize = 64;

/// Checks a route before anything is sent: a name of 1 to 64 characters and an IPv4
/// network `a.b.c.d/n` with no host bits set.
fn check(name: &str, cidr: &str) -> Result<(), Error> {
    if name.is_empty() || name.chars().count() > MAX_ROUTE_NAME {
        return Err(Error::InvalidRequest(format!(
            "route name {name:?}: it must be 1 to {MAX_ROUTE_NAME} characters"
        )));
    }
    match cidr.parse::<crate::network::Cidr>() {
        Ok(_) => Ok(()),
        Err(error) => Err(Error::InvalidRequest(format!("route {name}: {error}"))),
    }
}

impl Client {
    /// Adds a route, so that bound queues reach `cidr` through the connection. Route names
    /// are unique per connection, so a second send of an add that landed is refused for
    /// the name. After an ambiguous outcome (a timeout, a lost answer, a `500`, `502` or
    /// `504`) the connection is shown: a route of this name and CIDR means the add landed
    /// ([`Settled::ShownByRead`](crate::Settled::ShownByRead)); none means it is sent again,
    /// within the retry policy's attempts and the call's one deadline.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client().await?;
    /// # let id = dli_tests::examples::connection(&client, "orders").await?;
    /// client.add_route(id, "office", "192.168.0.0/24").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn add_route(
        &self,
        connection_id: impl Into<ConnectionId>,
        name: &str,
        cidr: &str,
    ) -> Result<Response<CreateRouteToEnhancedConnectionResponse>, Error> {
        let id = connection_id.into().uuid();
        check(name, cidr)?;
        let body = CreateRouteToEnhancedConnectionRequest {
            name: name
                .parse()
                .map_err(|error| Error::InvalidRequest(format!("route name: {error}")))?,
            cidr: cidr.to_owned(),
        };
        settle(
            &self.api().inner.settings,
            || {
                call(
                    self.api()
                        .create_route_to_enhanced_connection()
                        .project_id(self.project())
                        .connection_id(id)
                        .body(body.clone())
                        .send(),
                )
            },
            || async move {
                let routes = self.routes(id).await?;
                Ok(routes.iter().any(|route| {
                    route.name.as_deref() == Some(name) && route.cidr.as_deref() == Some(cidr)
                }))
            },
            CreateRouteToEnhancedConnectionResponse::default,
        )
        .await
    }

    /// Deletes the route with this name; retried like a connection's delete. A retry
    /// answered "not exist" after an attempt that may have landed is success
    /// ([`Settled::GoneOnRetry`](crate::Settled::GoneOnRetry)).
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client().await?;
    /// # let id = dli_tests::examples::connection(&client, "orders").await?;
    /// client.add_route(id, "office", "192.168.0.0/24").await?;
    /// client.delete_route(id, "office").await?;
    /// assert!(client.routes(id).await?.is_empty());
    /// # Ok(())
    /// # }
    /// ```
    pub async fn delete_route(
        &self,
        connection_id: impl Into<ConnectionId>,
        name: &str,
    ) -> Result<Response<DeleteRouteFromEnhancedConnectionResponse>, Error> {
        let id = connection_id.into().uuid();
        if name.is_empty() {
            return Err(Error::InvalidRequest("give the route's name".to_owned()));
        }
        gone(
            self.api()
                .delete_route_from_enhanced_connection()
                .project_id(self.project())
                .connection_id(id)
                .name(name)
                .send(),
            DeleteRouteFromEnhancedConnectionResponse::default,
        )
        .await
    }

    /// The routes of a connection, read from Show's `routes` (not in DLI's published
    /// pages: there is no operation that lists routes).
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client().await?;
    /// # let id = dli_tests::examples::connection(&client, "orders").await?;
    /// client.add_route(id, "office", "192.168.0.0/24").await?;
    /// for route in client.routes(id).await? {
    ///     println!("{:?} {:?}", route.name, route.cidr);
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub async fn routes(
        &self,
        connection_id: impl Into<ConnectionId>,
    ) -> Result<Vec<Route>, Error> {
        Ok(self.connection(connection_id).await?.into_inner().routes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_are_checked_before_sending() {
        assert!(check("net", "192.168.0.0/24").is_ok());
        assert!(check(&"n".repeat(64), "0.0.0.0/0").is_ok());
        for (name, cidr, fragment) in [
            ("", "10.0.0.0/8", "1 to 64"),
            (&*"n".repeat(65), "10.0.0.0/8", "1 to 64"),
            ("net", "10.0.0.0", "IPv4 network"),
            ("net", "10.0.0.0/33", "IPv4 network"),
            ("net", "10.0.0/8", "IPv4 network"),
            ("net", "10.0.0.1/8", "the network is 10.0.0.0/8"),
        ] {
            let message = check(name, cidr).expect_err("refused").to_string();
            assert!(message.contains(fragment), "{message}");
        }
    }
}
