//! Listing connections, every page fetched in turn.

use futures_util::stream::{self, Stream, StreamExt, TryStreamExt};

use crate::Client;
use crate::call::call;
use crate::error::Error;
use crate::generated::types::EnhancedConnection;

/// The page size when none is set, DLI's own default.
const DEFAULT_PAGE_SIZE: u32 = 100;

/// A listing of the configured project's connections, filtered and paged; made by
/// [`Client::connections`].
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// # let (fake, client) = dli_tests::examples::client().await?;
/// use futures_util::TryStreamExt;
///
/// let mut active = client.connections().status("ACTIVE").stream();
/// while let Some(connection) = active.try_next().await? {
///     println!("{:?} {:?}", connection.id, connection.name);
/// }
/// let all = client.connections().collect().await?;
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "a listing does nothing until it is streamed or collected"]
pub struct ConnectionList<'a> {
    client: &'a Client,
    status: Option<String>,
    name: Option<String>,
    tags: Option<String>,
    page_size: u32,
}

impl Client {
    /// Lists the connections of the configured project, oldest first, fetching every page
    /// (100 connections a page unless [`ConnectionList::page_size`] says otherwise).
    /// Deleted connections are listed only with `.status("DELETED")`.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client().await?;
    /// # let id = dli_tests::examples::connection(&client, "orders").await?;
    /// let every = client.connections().collect().await?;
    /// let active = client.connections().status("ACTIVE").name("orders").collect().await?;
    /// assert_eq!((every.len(), active.len()), (1, 1));
    /// # Ok(())
    /// # }
    /// ```
    pub fn connections(&self) -> ConnectionList<'_> {
        ConnectionList {
            client: self,
            status: None,
            name: None,
            tags: None,
            page_size: DEFAULT_PAGE_SIZE,
        }
    }
}

impl<'a> ConnectionList<'a> {
    /// Only connections with this status, such as `ACTIVE` or `DELETED` (DLI ignores case).
    pub fn status(mut self, status: impl Into<String>) -> Self {
        self.status = Some(status.into());
        self
    }

    /// Only connections whose name contains this text.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Only connections with every one of these tags.
    pub fn tags<K: Display, V: Display>(mut self, tags: impl IntoIterator<Item = (K, V)>) -> Self {
        let joined: Vec<String> = tags.into_iter().map(|(k, v)| format!("{k}={v}")).collect();
        self.tags = (!joined.is_empty()).then(|| joined.join(","));
        self
    }

    /// How many connections to ask for in one request: at least 1, default 100.
    pub fn page_size(mut self, size: u32) -> Self {
        self.page_size = size.clamp(1, i32::MAX.unsigned_abs());
        self
    }

    /// The connections, one at a time, fetching the next page when the last one is used up.
    /// The stream ends after a page shorter than the page size, or when `count` is reached;
    /// the first error ends it too.
    ///
    /// A page whose answer is larger than the body limit (connections with thousands of
    /// host entries each) is asked for again in pages half the size, down to one connection
    /// a page; the rest of the listing keeps the smaller size.
    ///
    /// Pages are fetched by offset: connections created or deleted while the listing runs
    /// may be skipped or seen twice.
    pub fn stream(self) -> impl Stream<Item = Result<EnhancedConnection, Error>> + Send + 'a {
        let pages = stream::try_unfold(Some((0u32, self.page_size)), move |at| {
            let list = self.clone();
            async move {
                let Some((offset, mut size)) = at else {
                    return Ok(None);
                };
                let page = loop {
                    match list.page(offset, size).await {
                        Err(Error::ResponseTooLarge { .. }) if size > 1 => size = size.div_ceil(2),
                        other => break other?,
                    }
                };
                let fetched = u32::try_from(page.connections.len()).unwrap_or(u32::MAX);
                let next = offset.saturating_add(fetched);
                let total = page.count.and_then(|count| u32::try_from(count).ok());
                let more = fetched == size && total.is_none_or(|total| next < total);
                Ok(Some((page.connections, more.then_some((next, size)))))
            }
        });
        pages
            .map_ok(|page| stream::iter(page.into_iter().map(Ok)))
            .try_flatten()
            .boxed()
    }

    /// Every matching connection, all pages fetched.
    pub async fn collect(self) -> Result<Vec<EnhancedConnection>, Error> {
        self.stream().try_collect().await
    }

    async fn page(
        &self,
        offset: u32,
        size: u32,
    ) -> Result<crate::generated::types::ListEnhancedConnectionsResponse, Error> {
        let as_i32 = |n: u32| {
            i32::try_from(n)
                .map_err(|_| Error::InvalidRequest(format!("the offset {n} is too large")))
        };
        let mut request = self
            .client
            .api()
            .list_enhanced_connections()
            .project_id(self.client.project())
            .limit(as_i32(size)?)
            .offset(as_i32(offset)?);
        if let Some(status) = &self.status {
            request = request.status(status.clone());
        }
        if let Some(name) = &self.name {
            request = request.name(name.clone());
        }
        if let Some(tags) = &self.tags {
            request = request.tags(tags.clone());
        }
        Ok(call(request.send()).await?.into_inner())
    }
}

use std::fmt::Display;
