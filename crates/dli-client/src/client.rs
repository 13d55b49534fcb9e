//! The client users hold. It wraps the generated client, which stays private: the only way to
//! make one is [`Client::builder`], which sets up authentication, time limits and retries,
//! and the only calls are the methods in [`crate::operations`], which return [`Error`].
//!
//! progenitor's constructors are not part of the public API:
//!
//! ```compile_fail
//! let _ = dli_client::Client::new;
//! ```
//!
//! ```compile_fail
//! let _ = dli_client::Client::new_with_client;
//! ```
//!
//! and neither is the HTTP client inside:
//!
//! ```compile_fail
//! fn raw(client: &dli_client::Client) -> &reqwest::Client {
//!     client.client()
//! }
//! ```
//!
//! [`Error`]: crate::Error

use std::fmt;
use std::sync::Arc;

use progenitor_client::ClientInfo;

use crate::generated;

/// A client of DLI's enhanced-connection API, bound to one project and endpoint.
///
/// Cloning is cheap and clones share connections; use one client for many concurrent calls.
#[derive(Clone)]
pub struct Client {
    api: Arc<generated::Client>,
    /// The project, checked once against the document's pattern when the client was built.
    project: generated::types::ProjectId,
}

impl Client {
    pub(crate) fn new(api: generated::Client, project: generated::types::ProjectId) -> Self {
        Self {
            api: Arc::new(api),
            project,
        }
    }

    /// The generated client, for the operations.
    pub(crate) fn api(&self) -> &generated::Client {
        &self.api
    }

    /// The project every call of this client works in.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client().await?;
    /// assert_eq!(client.project_id(), "p");
    /// # Ok(())
    /// # }
    /// ```
    pub fn project_id(&self) -> &str {
        &self.project
    }

    /// The project, typed; passing it to a generated builder checks nothing again.
    pub(crate) fn project(&self) -> generated::types::ProjectId {
        self.project.clone()
    }

    /// The requests a second this client now allows itself (see
    /// [`RateLimit`](crate::RateLimit)): the fixed rate, or the lowest rate the adaptive
    /// pacer learnt for any API; `None` while it is not limited.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client().await?;
    /// use std::num::NonZeroU32;
    ///
    /// use dli_client::{Client, Credentials, RateLimit};
    ///
    /// assert_eq!(client.rate(), None); // not paced
    /// let paced = Client::builder()
    ///     .endpoint(client.endpoint())
    ///     .project_id("p")
    ///     .credentials(Credentials::ak_sk("AK", "SK"))
    ///     .rate_limit(RateLimit::Fixed(NonZeroU32::new(50).ok_or("zero")?))
    ///     .build()?;
    /// assert_eq!(paced.rate(), Some(50.0));
    /// # Ok(())
    /// # }
    /// ```
    pub fn rate(&self) -> Option<f64> {
        let rate = self.api.inner().settings.pacer.rate();
        rate.is_finite().then_some(rate)
    }

    /// The endpoint calls go to, such as `https://dli.cn-north-4.myhuaweicloud.com`.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client().await?;
    /// println!("calls go to {}", client.endpoint());
    /// # Ok(())
    /// # }
    /// ```
    pub fn endpoint(&self) -> &str {
        self.api.baseurl()
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("endpoint", &self.endpoint())
            .field("project_id", &self.project_id())
            .finish_non_exhaustive()
    }
}
