//! The host entries of a connection: set them all, read them, add and remove some.

use crate::call::call;
use crate::error::Error;
use crate::generated::types::{
    Host, UpdateEnhancedConnectionRequest, UpdateEnhancedConnectionResponse,
};
use crate::response::Response;
use crate::{Client, ConnectionId};

/// The most host entries a connection keeps.
const MAX_HOSTS: usize = 20_000;

/// The longest host name DLI accepts.
const MAX_HOST_NAME: usize = 128;

/// Checks a host name as DLI does: it starts with a letter and is at most 128 characters.
///
/// ```
/// assert!(dli_client::check_host_name("orders-db").is_ok());
/// assert!(dli_client::check_host_name("1bad").is_err());
/// ```
pub fn check_host_name(name: &str) -> Result<(), String> {
    if name.starts_with(|c: char| c.is_ascii_alphabetic()) && name.chars().count() <= MAX_HOST_NAME
    {
        Ok(())
    } else {
        Err(format!(
            "host name {name:?}: it must start with a letter and be at most {MAX_HOST_NAME} characters"
        ))
    }
}

/// Checks the entries before anything is sent: a name that starts with a letter and is at
/// most 128 characters, an IPv4 address, no name twice, at most [`MAX_HOSTS`].
fn check(hosts: &[Host]) -> Result<(), Error> {
    if hosts.len() > MAX_HOSTS {
        return Err(Error::InvalidRequest(format!(
            "{} host entries: a connection keeps at most {MAX_HOSTS}",
            hosts.len()
        )));
    }
    let mut seen = std::collections::HashSet::new();
    for host in hosts {
        let name = host.name.as_str();
        check_host_name(name).map_err(Error::InvalidRequest)?;
        if let Err(error) = crate::network::ipv4(&host.ip) {
            return Err(Error::InvalidRequest(format!("host {name}: {error}")));
        }
        if !seen.insert(name) {
            return Err(Error::InvalidRequest(format!(
                "host name {name} is given twice"
            )));
        }
    }
    Ok(())
}

impl Client {
    /// Replaces every host entry of a connection with `hosts`; an empty list clears them.
    ///
    /// The entries are checked before anything is sent (see [`Error::InvalidRequest`]):
    /// names start with a letter and are at most 128 characters, addresses are IPv4, no
    /// name comes twice, at most 20,000 entries. Setting the same list again changes
    /// nothing, so the call is retried like a delete.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client().await?;
    /// # let id = dli_tests::examples::connection(&client, "orders").await?;
    /// use dli_client::types::Host;
    ///
    /// let hosts = vec![Host { name: "orders-db".into(), ip: "192.168.0.21".into() }];
    /// client.set_hosts(id, hosts).await?;
    /// assert_eq!(client.hosts(id).await?.len(), 1);
    /// # Ok(())
    /// # }
    /// ```
    pub async fn set_hosts(
        &self,
        connection_id: impl Into<ConnectionId>,
        hosts: Vec<Host>,
    ) -> Result<Response<UpdateEnhancedConnectionResponse>, Error> {
        let id = connection_id.into().uuid();
        check(&hosts)?;
        call(
            self.api()
                .update_enhanced_connection()
                .project_id(self.project())
                .connection_id(id)
                .body(UpdateEnhancedConnectionRequest { hosts })
                .send(),
        )
        .await
    }

    /// The host entries of a connection, as Show reports them.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client().await?;
    /// # let id = dli_tests::examples::connection(&client, "orders").await?;
    /// for host in client.hosts(id).await? {
    ///     println!("{} {}", host.ip, host.name);
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub async fn hosts(&self, connection_id: impl Into<ConnectionId>) -> Result<Vec<Host>, Error> {
        Ok(self.connection(connection_id).await?.into_inner().hosts)
    }

    /// Adds host entries, replacing those of the same name, and keeps the others.
    ///
    /// Not atomic: it reads the entries (Show), changes them and writes them all
    /// ([`Client::set_hosts`]); a change made by someone else in between is lost.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client().await?;
    /// # let id = dli_tests::examples::connection(&client, "orders").await?;
    /// use dli_client::types::Host;
    ///
    /// client.add_hosts(id, vec![Host { name: "orders-db".into(), ip: "192.168.0.21".into() }]).await?;
    /// client.add_hosts(id, vec![Host { name: "cache".into(), ip: "192.168.0.22".into() }]).await?;
    /// assert_eq!(client.hosts(id).await?.len(), 2);
    /// # Ok(())
    /// # }
    /// ```
    pub async fn add_hosts(
        &self,
        connection_id: impl Into<ConnectionId>,
        hosts: Vec<Host>,
    ) -> Result<Response<UpdateEnhancedConnectionResponse>, Error> {
        let id = connection_id.into().uuid();
        check(&hosts)?;
        let mut all = self.hosts(id).await?;
        all.retain(|old| !hosts.iter().any(|new| new.name == old.name));
        all.extend(hosts);
        self.set_hosts(id, all).await
    }

    /// Removes the host entries with these names; a name that is not there is ignored.
    ///
    /// Not atomic, like [`Client::add_hosts`].
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client().await?;
    /// # let id = dli_tests::examples::connection(&client, "orders").await?;
    /// use dli_client::types::Host;
    ///
    /// client.add_hosts(id, vec![Host { name: "orders-db".into(), ip: "192.168.0.21".into() }]).await?;
    /// client.remove_hosts(id, ["orders-db"]).await?;
    /// assert!(client.hosts(id).await?.is_empty());
    /// # Ok(())
    /// # }
    /// ```
    pub async fn remove_hosts<N>(
        &self,
        connection_id: impl Into<ConnectionId>,
        names: impl IntoIterator<Item = N>,
    ) -> Result<Response<UpdateEnhancedConnectionResponse>, Error>
    where
        N: AsRef<str>,
    {
        let id = connection_id.into().uuid();
        let names: Vec<N> = names.into_iter().collect();
        let mut all = self.hosts(id).await?;
        all.retain(|host| !names.iter().any(|name| name.as_ref() == host.name));
        self.set_hosts(id, all).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host(name: &str, ip: &str) -> Host {
        Host {
            name: name.to_owned(),
            ip: ip.to_owned(),
        }
    }

    #[test]
    fn host_entries_are_checked_before_sending() {
        assert!(check(&[host("db", "10.0.0.1"), host("db2", "10.0.0.2")]).is_ok());
        assert!(check(&[]).is_ok());
        let refused = |hosts: &[Host], fragment: &str| {
            let message = check(hosts).expect_err("refused").to_string();
            assert!(message.contains(fragment), "{message}");
        };
        refused(&[host("1db", "10.0.0.1")], "start with a letter");
        refused(&[host(&"a".repeat(129), "10.0.0.1")], "at most 128");
        refused(&[host("db", "10.0.0.300")], "not an IPv4 address");
        refused(
            &[host("db", "10.0.0.1"), host("db", "10.0.0.2")],
            "given twice",
        );
        let many: Vec<Host> = (0..=MAX_HOSTS)
            .map(|n| host(&format!("h{n}"), "10.0.0.1"))
            .collect();
        refused(&many, "at most 20000");
        assert!(check(&[host(&"a".repeat(128), "10.0.0.1")]).is_ok());
    }
}
