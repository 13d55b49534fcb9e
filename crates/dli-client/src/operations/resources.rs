//! What a connection can bind: the project's queues and elastic resource pools.

use std::num::NonZeroU32;

use crate::Client;
use crate::call::call;
use crate::error::Error;
use crate::generated::types::{ElasticResourcePool, Queue};

/// The pools asked for in one request.
const POOL_PAGE_SIZE: NonZeroU32 = NonZeroU32::new(100).expect("not zero");

/// The most pages of pools read: a million pools, far beyond any project, so that an answer
/// that never ends cannot keep the listing going.
const MOST_POOL_PAGES: u32 = 10_000;

impl Client {
    /// Every queue of the configured project. DLI answers them all at once.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client_of(
    /// #     dli_fake::FakeConfig::default().with_queues(["etl_queue"]),
    /// # ).await?;
    /// let names: Vec<String> = client
    ///     .queues()
    ///     .await?
    ///     .into_iter()
    ///     .filter_map(|queue| queue.queue_name)
    ///     .collect();
    /// assert_eq!(names, ["etl_queue"]);
    /// # Ok(())
    /// # }
    /// ```
    pub async fn queues(&self) -> Result<Vec<Queue>, Error> {
        let answer = call(self.api().list_queues().project_id(self.project()).send()).await?;
        Ok(answer.into_inner().queues)
    }

    /// Every elastic resource pool of the configured project, every page fetched in turn
    /// (100 pools a page). Pages are fetched by offset: pools made or removed while the
    /// listing runs may be skipped or seen twice.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client_of(
    /// #     dli_fake::FakeConfig::default().with_pools(["pool_etl"]),
    /// # ).await?;
    /// let pools = client.pools().await?;
    /// assert_eq!(pools[0].elastic_resource_pool_name.as_deref(), Some("pool_etl"));
    /// # Ok(())
    /// # }
    /// ```
    pub async fn pools(&self) -> Result<Vec<ElasticResourcePool>, Error> {
        let mut pools = Vec::new();
        let mut offset = 0u32;
        for _ in 0..MOST_POOL_PAGES {
            let page = call(
                self.api()
                    .list_elastic_resource_pools()
                    .project_id(self.project())
                    .limit(POOL_PAGE_SIZE)
                    .offset(i32::try_from(offset).unwrap_or(i32::MAX))
                    .send(),
            )
            .await?
            .into_inner();
            let fetched = u32::try_from(page.elastic_resource_pools.len()).unwrap_or(u32::MAX);
            pools.extend(page.elastic_resource_pools);
            offset = offset.saturating_add(fetched);
            let total = page.count.and_then(|count| u32::try_from(count).ok());
            if fetched < POOL_PAGE_SIZE.get() || total.is_some_and(|total| offset >= total) {
                break;
            }
        }
        Ok(pools)
    }
}
