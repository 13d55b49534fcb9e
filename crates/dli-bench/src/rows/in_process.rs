//! Rows measured in this process: raw reqwest (unsigned, and signing every request) and
//! dli-client.

use std::sync::Arc;
use std::time::Duration;

use anyhow::bail;
use dli_client::Client;
use futures_util::{StreamExt, stream};
use hwcloud_signer::{SecretKey, Signer};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use serde::Deserialize;
use uuid::Uuid;

use super::{AK, ANY_ID, PROJECT, SK};
use crate::load::{Samples, closed_loop};

/// The part of the answer every row reads.
#[derive(Deserialize)]
struct Answer {
    is_success: bool,
}

/// `Host` as the client signs it: the URL's host and port.
fn host_of(url: &reqwest::Url) -> String {
    match url.port() {
        Some(port) => format!("{}:{port}", url.host_str().unwrap_or_default()),
        None => url.host_str().unwrap_or_default().to_owned(),
    }
}

/// The headers the client sends with a delete, besides `Host`, `X-Sdk-Date` and
/// `Authorization`.
const FIXED: [(&str, &str); 4] = [
    ("accept", "application/json"),
    ("content-type", "application/json"),
    ("user-agent", dli_client::SDK_USER_AGENT),
    ("x-project-id", PROJECT),
];

/// The headers the client sends with a delete, signed once for a fixed date: the unsigned
/// raw row and wrk send these bytes without doing the client's work.
pub(super) fn same_headers(target: &str) -> anyhow::Result<Vec<(String, String)>> {
    let url = reqwest::Url::parse(target)?;
    let host = host_of(&url);
    let date = "20261128T100000Z";
    let mut request = hwcloud_signer::Request::new("DELETE", url.path()).header("host", &host);
    for (name, value) in FIXED {
        request = request.header(name, value);
    }
    request = request.header("x-sdk-date", date);
    let signature = Signer::new(AK, SecretKey::new(SK))?.sign(&request)?;
    let mut pairs: Vec<(String, String)> = FIXED
        .iter()
        .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
        .collect();
    pairs.push(("x-sdk-date".to_owned(), date.to_owned()));
    pairs.push(("authorization".to_owned(), signature.into_authorization()));
    Ok(pairs)
}

fn header_map(pairs: &[(String, String)]) -> anyhow::Result<HeaderMap> {
    let mut headers = HeaderMap::new();
    for (name, value) in pairs {
        headers.insert(
            HeaderName::from_bytes(name.as_bytes())?,
            HeaderValue::from_str(value)?,
        );
    }
    Ok(headers)
}

/// Whether an answer is the delete's success.
async fn succeeded(sent: reqwest::Result<reqwest::Response>) -> bool {
    let Ok(response) = sent else {
        return false;
    };
    if !response.status().is_success() {
        return false;
    }
    let Ok(body) = response.bytes().await else {
        return false;
    };
    serde_json::from_slice::<Answer>(&body).is_ok_and(|answer| answer.is_success)
}

/// The URL every delete of the static rows names.
pub(super) fn delete_target(url: &str) -> String {
    format!("{url}/v2.0/{PROJECT}/datasource/enhanced-connections/{ANY_ID}")
}

/// Hand-written HTTP: the same request (the client's headers, signed once), the same body
/// parsed, nothing else. `requests` deletes.
pub(super) async fn raw(
    http: &reqwest::Client,
    url: &str,
    in_flight: usize,
    requests: u64,
) -> anyhow::Result<Samples> {
    let http = http.clone();
    let target = delete_target(url);
    let headers = header_map(&same_headers(&target)?)?;
    Ok(closed_loop(in_flight, Duration::MAX, requests, move |_| {
        let sent = http.delete(&target).headers(headers.clone()).send();
        async move { succeeded(sent.await).await }
    })
    .await)
}

/// Hand-written HTTP that signs every request with `hwcloud-signer`, with the current
/// `X-Sdk-Date`: the least work any correct client must do. `requests` deletes.
pub(super) async fn signed_raw(
    http: &reqwest::Client,
    url: &str,
    in_flight: usize,
    requests: u64,
) -> anyhow::Result<Samples> {
    let http = http.clone();
    let target = delete_target(url);
    let parsed = reqwest::Url::parse(&target)?;
    let (host, path) = (host_of(&parsed), parsed.path().to_owned());
    let fixed = header_map(
        &FIXED
            .iter()
            .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
            .collect::<Vec<_>>(),
    )?;
    let signer = Arc::new(Signer::new(AK, SecretKey::new(SK))?);
    let context = Arc::new((target, host, path, fixed));
    Ok(closed_loop(in_flight, Duration::MAX, requests, move |_| {
        let (http, signer, context) = (http.clone(), Arc::clone(&signer), Arc::clone(&context));
        async move {
            let (target, host, path, fixed) = &*context;
            let date = hwcloud_signer::format_date(time::OffsetDateTime::now_utc());
            let mut request = hwcloud_signer::Request::new("DELETE", path).header("host", host);
            for (name, value) in FIXED {
                request = request.header(name, value);
            }
            let request = request.header("x-sdk-date", &date);
            let Ok(signature) = signer.sign(&request) else {
                return false;
            };
            let Ok(authorization) = HeaderValue::from_str(signature.authorization()) else {
                return false;
            };
            let Ok(date) = HeaderValue::from_str(&date) else {
                return false;
            };
            let sent = http
                .delete(target)
                .headers(fixed.clone())
                .header("x-sdk-date", date)
                .header("authorization", authorization)
                .send()
                .await;
            succeeded(sent).await
        }
    })
    .await)
}

/// `delete_connection` through the client's whole path: validation, signing, pacing, hooks,
/// the retry loop, parsing. `requests` deletes; with `ids`, each deletes the next one, and
/// there are no more requests than ids.
pub(super) async fn client_row(
    client: &Client,
    in_flight: usize,
    requests: u64,
    ids: Option<Arc<Vec<Uuid>>>,
) -> Samples {
    let requests = ids
        .as_ref()
        .map_or(requests, |ids| requests.min(ids.len() as u64));
    let any: Uuid = ANY_ID.parse().unwrap_or_default();
    let client = client.clone();
    closed_loop(in_flight, Duration::MAX, requests, move |n| {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A responder in this process that answers every request with `status`; its URL.
    async fn answering(status: u16) -> String {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a port");
        let url = format!("http://{}", listener.local_addr().expect("an address"));
        tokio::spawn(crate::servers::answer_all(listener, status));
        url
    }

    #[tokio::test]
    async fn every_load_row_counts_a_failed_answer_as_failed() {
        let url = answering(503).await;
        let http = reqwest::Client::new();
        let client = super::super::client(&url, dli_client::RateLimit::None).expect("a client");
        let rows = [
            ("raw reqwest", raw(&http, &url, 2, 10).await.expect("ran")),
            (
                "signed raw",
                signed_raw(&http, &url, 2, 10).await.expect("ran"),
            ),
            ("dli-client", client_row(&client, 2, 10, None).await),
        ];
        for (row, samples) in rows {
            assert_eq!((samples.ok, samples.failed), (0, 10), "{row}");
            let error = samples.check(row).expect_err("a failed row").to_string();
            assert!(error.contains(row) && error.contains("10 of 10"), "{error}");
        }
        // The same rows against a responder that succeeds pass.
        let url = answering(200).await;
        let samples = raw(&http, &url, 2, 10).await.expect("ran");
        samples.check("raw reqwest").expect("all succeeded");
        assert_eq!(samples.ok, 10);
    }

    #[tokio::test]
    async fn the_signed_raw_row_signs_every_request_as_dli_checks_it() {
        let fake = dli_fake::FakeDli::start(dli_fake::FakeConfig::default().with_key(AK, SK))
            .await
            .expect("the fake");
        let http = reqwest::Client::new();
        // The connection does not exist: each delete is refused, but only after its
        // signature was checked.
        let samples = signed_raw(&http, &fake.base_url(), 1, 5)
            .await
            .expect("ran");
        assert_eq!(samples.failed, 5);
        assert_eq!(fake.auth_failures(AK), 0, "every signature verified");
        assert_eq!(fake.stats().requests_of("DeleteEnhancedConnection"), 5);
    }
}
