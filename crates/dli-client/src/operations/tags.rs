//! The tags of a connection: add, remove and show them, at most 20 a call.

use crate::call::call;
use crate::error::Error;
use crate::generated::types::{
    BatchCreateResourceTagsRequest, BatchDeleteResourceTagsRequest, Tag,
};
use crate::response::Response;
use crate::{Client, ConnectionId};

/// The resource type of an enhanced connection in DLI's tag paths.
const RESOURCE_TYPE: &str = "dli_enhanced_datasource";
/// The most tags one call changes.
const PER_CALL: usize = 20;
/// The page size when reading tags.
const PAGE: std::num::NonZeroU32 = std::num::NonZeroU32::new(100).expect("not zero");
/// The longest key and value.
const MAX_KEY: usize = 128;
const MAX_VALUE: usize = 255;

/// Checks tags before anything is sent: keys of 1 to 128 characters, values of at most
/// 255, no key twice.
fn check(tags: &[Tag]) -> Result<(), Error> {
    let mut seen = std::collections::HashSet::new();
    for tag in tags {
        if tag.key.is_empty() || tag.key.chars().count() > MAX_KEY {
            return Err(Error::InvalidRequest(format!(
                "tag key {:?}: it must be 1 to {MAX_KEY} characters",
                tag.key
            )));
        }
        if tag.value.chars().count() > MAX_VALUE {
            return Err(Error::InvalidRequest(format!(
                "tag {}: the value is longer than {MAX_VALUE} characters",
                tag.key
            )));
        }
        if !seen.insert(tag.key.as_str()) {
            return Err(Error::InvalidRequest(format!(
                "tag key {} is given twice",
                tag.key
            )));
        }
    }
    Ok(())
}

impl Client {
    /// Adds tags to a connection (a key it has takes the new value), 20 a call: more are
    /// split into several calls, and an error stops at the call that failed (earlier ones
    /// stay applied). Adding the same tags twice changes nothing, so each call is retried
    /// like a delete. One answer (`204`, no body) per call.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client().await?;
    /// # let id = dli_tests::examples::connection(&client, "orders").await?;
    /// use dli_client::types::Tag;
    ///
    /// let tags = vec![Tag { key: "team".into(), value: "data".into() }];
    /// client.tag(id, tags).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn tag(
        &self,
        connection_id: impl Into<ConnectionId>,
        tags: Vec<Tag>,
    ) -> Result<Vec<Response<()>>, Error> {
        let id = connection_id.into().uuid();
        check(&tags)?;
        let mut answers = Vec::new();
        for chunk in tags.chunks(PER_CALL) {
            let answer = call(
                self.api()
                    .batch_create_resource_tags()
                    .project_id(self.project())
                    .resource_type(RESOURCE_TYPE)
                    .resource_id(id.to_string())
                    .body(BatchCreateResourceTagsRequest {
                        tags: chunk.to_vec(),
                    })
                    .send(),
            )
            .await?;
            answers.push(answer);
        }
        Ok(answers)
    }

    /// Removes the tags with these keys, 20 keys a call, with no read first: tags are
    /// removed by key, and removing a missing one is not an error. Each call is retried
    /// like a delete.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client().await?;
    /// # let id = dli_tests::examples::connection(&client, "orders").await?;
    /// use dli_client::types::Tag;
    ///
    /// client.tag(id, vec![Tag { key: "env".into(), value: "test".into() }]).await?;
    /// client.untag(id, ["env"]).await?;
    /// assert!(client.tags(id).await?.is_empty());
    /// # Ok(())
    /// # }
    /// ```
    pub async fn untag<K>(
        &self,
        connection_id: impl Into<ConnectionId>,
        keys: impl IntoIterator<Item = K>,
    ) -> Result<Vec<Response<()>>, Error>
    where
        K: AsRef<str>,
    {
        let id = connection_id.into().uuid();
        let keys: Vec<K> = keys.into_iter().collect();
        if keys.is_empty() {
            return Err(Error::InvalidRequest(
                "name at least one tag key".to_owned(),
            ));
        }
        // Tags are removed by key: the keys go as they are, with no read first.
        let removed: Vec<Tag> = keys
            .iter()
            .map(|key| Tag {
                key: key.as_ref().to_owned(),
                value: String::new(),
            })
            .collect();
        check(&removed)?;
        let mut answers = Vec::new();
        for chunk in removed.chunks(PER_CALL) {
            let answer = call(
                self.api()
                    .batch_delete_resource_tags()
                    .project_id(self.project())
                    .resource_type(RESOURCE_TYPE)
                    .resource_id(id.to_string())
                    .body(BatchDeleteResourceTagsRequest {
                        tags: chunk.to_vec(),
                    })
                    .send(),
            )
            .await?;
            answers.push(answer);
        }
        Ok(answers)
    }

    /// Every tag of a connection, reading page after page.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client().await?;
    /// # let id = dli_tests::examples::connection(&client, "orders").await?;
    /// use dli_client::types::Tag;
    ///
    /// client.tag(id, vec![Tag { key: "team".into(), value: "data".into() }]).await?;
    /// for tag in client.tags(id).await? {
    ///     println!("{}={}", tag.key, tag.value);
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub async fn tags(&self, connection_id: impl Into<ConnectionId>) -> Result<Vec<Tag>, Error> {
        let id = connection_id.into().uuid();
        let mut all = Vec::new();
        loop {
            let offset = u32::try_from(all.len()).unwrap_or(u32::MAX);
            let page = call(
                self.api()
                    .show_resource_tags()
                    .project_id(self.project())
                    .resource_type(RESOURCE_TYPE)
                    .resource_id(id.to_string())
                    .limit(PAGE)
                    .offset(offset)
                    .send(),
            )
            .await?
            .into_inner();
            let total = page
                .count
                .and_then(|n| usize::try_from(n).ok())
                .unwrap_or(0);
            let got = page.tags.len();
            all.extend(page.tags);
            if got == 0 || all.len() >= total {
                return Ok(all);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(key: &str, value: &str) -> Tag {
        Tag {
            key: key.to_owned(),
            value: value.to_owned(),
        }
    }

    #[test]
    fn tags_are_checked_before_sending() {
        assert!(check(&[tag("team", "data"), tag("env", "")]).is_ok());
        assert!(check(&[tag("", "x")]).is_err());
        assert!(check(&[tag(&"k".repeat(129), "x")]).is_err());
        assert!(check(&[tag("k", &"v".repeat(256))]).is_err());
        assert!(check(&[tag("k", "1"), tag("k", "2")]).is_err());
    }
}
