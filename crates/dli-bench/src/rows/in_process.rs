//! Rows measured in this process: raw reqwest and dli-client.

use std::sync::Arc;
use std::time::Duration;

use anyhow::bail;
use dli_client::Client;
use futures_util::{StreamExt, stream};
use serde::Deserialize;
use uuid::Uuid;

use super::{ANY_ID, PROJECT};
use crate::load::{Samples, closed_loop};

/// The part of the answer every row reads.
#[derive(Deserialize)]
struct Answer {
    is_success: bool,
}

/// Hand-written HTTP: the same request, the same body parsed, nothing else.
pub(super) async fn raw(url: &str, in_flight: usize, duration: Duration) -> Samples {
    let http = reqwest::Client::new();
    let target = format!("{url}/v2.0/{PROJECT}/datasource/enhanced-connections/{ANY_ID}");
    closed_loop(in_flight, duration, u64::MAX, move |_| {
        let http = http.clone();
        let target = target.clone();
        async move {
            let Ok(response) = http
                .delete(&target)
                .header("content-type", "application/json")
                .send()
                .await
            else {
                return false;
            };
            let Ok(body) = response.bytes().await else {
                return false;
            };
            serde_json::from_slice::<Answer>(&body).is_ok_and(|answer| answer.is_success)
        }
    })
    .await
}

/// `delete_connection` through the client's whole path: validation, signing, hooks, the
/// retry loop, parsing. With `ids`, each request deletes the next one.
pub(super) async fn client_row(
    client: &Client,
    in_flight: usize,
    duration: Duration,
    ids: Option<Arc<Vec<Uuid>>>,
) -> Samples {
    let limit = ids.as_ref().map_or(u64::MAX, |ids| ids.len() as u64);
    let any: Uuid = ANY_ID.parse().unwrap_or_default();
    let client = client.clone();
    closed_loop(in_flight, duration, limit, move |n| {
        let client = client.clone();
        let id = ids
            .as_ref()
            .and_then(|ids| ids.get(usize::try_from(n).unwrap_or(usize::MAX)).copied())
            .unwrap_or(any);
        async move { client.delete_connection(id).await.is_ok() }
    })
    .await
}

/// Creates connections to delete; their ids.
pub(super) async fn create(client: &Client, count: usize) -> anyhow::Result<Vec<Uuid>> {
    let prefix = Uuid::new_v4().simple().to_string();
    let created: Vec<Option<Uuid>> = stream::iter(0..count)
        .map(|n| {
            let client = client.clone();
            let name = format!("b{}_{n}", &prefix[..8]);
            async move {
                let request = dli_client::types::CreateEnhancedConnectionRequest::builder()
                    .name(name)
                    .dest_vpc_id("vpc-bench")
                    .dest_network_id("subnet-bench");
                client
                    .create_connection(request)
                    .await
                    .ok()
                    .and_then(|created| created.into_inner().connection_id)
            }
        })
        .buffer_unordered(32)
        .collect()
        .await;
    let ids: Vec<Uuid> = created.into_iter().flatten().collect();
    if ids.len() != count {
        bail!("only {} of {count} connections were created", ids.len());
    }
    Ok(ids)
}
