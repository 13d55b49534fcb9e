//! Rows measured in this process: raw reqwest and dli-client.

use std::sync::Arc;
use std::time::Duration;

use anyhow::bail;
use dli_client::Client;
use futures_util::{StreamExt, stream};
use serde::Deserialize;
use uuid::Uuid;

use super::{AK, ANY_ID, PROJECT, SK};
use crate::load::{Samples, closed_loop};

/// The part of the answer every row reads.
#[derive(Deserialize)]
struct Answer {
    is_success: bool,
}

/// The headers the client sends with a delete, signed once: the raw row sends the same
/// bytes without doing the client's work.
fn same_headers(target: &str) -> anyhow::Result<reqwest::header::HeaderMap> {
    use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
    let url = reqwest::Url::parse(target)?;
    let host = match url.port() {
        Some(port) => format!("{}:{port}", url.host_str().unwrap_or_default()),
        None => url.host_str().unwrap_or_default().to_owned(),
    };
    let mut pairs = vec![
        ("accept", "application/json".to_owned()),
        ("content-type", "application/json".to_owned()),
        ("host", host),
        ("user-agent", dli_client::SDK_USER_AGENT.to_owned()),
        ("x-project-id", PROJECT.to_owned()),
        ("x-sdk-date", "20261128T100000Z".to_owned()),
    ];
    let mut request = hwcloud_signer::Request::new("DELETE", url.path());
    for (name, value) in &pairs {
        request = request.header(name, value);
    }
    let signature =
        hwcloud_signer::Signer::new(AK, hwcloud_signer::SecretKey::new(SK))?.sign(&request)?;
    pairs.push(("authorization", signature.into_authorization()));
    let mut headers = HeaderMap::new();
    for (name, value) in pairs {
        // reqwest adds `Host` from the URL, as it does for the client.
        if name != "host" {
            headers.insert(
                HeaderName::from_static(name),
                HeaderValue::from_str(&value)?,
            );
        }
    }
    Ok(headers)
}

/// Hand-written HTTP: the same request (the client's headers, signed once), the same body
/// parsed, nothing else.
pub(super) async fn raw(
    http: &reqwest::Client,
    url: &str,
    in_flight: usize,
    duration: Duration,
    limit: u64,
) -> anyhow::Result<Samples> {
    let http = http.clone();
    let target = format!("{url}/v2.0/{PROJECT}/datasource/enhanced-connections/{ANY_ID}");
    let headers = same_headers(&target)?;
    Ok(closed_loop(in_flight, duration, limit, move |_| {
        let http = http.clone();
        let target = target.clone();
        let headers = headers.clone();
        async move {
            let Ok(response) = http.delete(&target).headers(headers).send().await else {
                return false;
            };
            let Ok(body) = response.bytes().await else {
                return false;
            };
            serde_json::from_slice::<Answer>(&body).is_ok_and(|answer| answer.is_success)
        }
    })
    .await)
}

/// `delete_connection` through the client's whole path: validation, signing, hooks, the
/// retry loop, parsing. At most `limit` requests; with `ids`, each request deletes the next
/// one, and there are no more requests than ids.
pub(super) async fn client_row(
    client: &Client,
    in_flight: usize,
    duration: Duration,
    limit: u64,
    ids: Option<Arc<Vec<Uuid>>>,
) -> Samples {
    let limit = ids
        .as_ref()
        .map_or(limit, |ids| limit.min(ids.len() as u64));
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
