//! What a dry run shows: the request that would have been sent, signed, with its secrets
//! redacted.

use std::fmt;

use reqwest::header::AUTHORIZATION;

/// A request that was built and signed but not sent (see
/// [`ClientBuilder::dry_run`](crate::ClientBuilder::dry_run)). Secret header values (tokens,
/// the signature) read `<redacted>`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct RequestPreview {
    /// The method, such as `DELETE`.
    pub method: String,
    /// The full URL.
    pub url: String,
    /// Every header, in order, names lower-case.
    pub headers: Vec<(String, String)>,
    /// The body, for a request that has one.
    pub body: Option<String>,
}

/// What a redacted value reads.
const REDACTED: &str = "<redacted>";

impl RequestPreview {
    pub(crate) fn of(request: &reqwest::Request) -> Self {
        let headers = request
            .headers()
            .iter()
            .map(|(name, value)| {
                let shown = if name == AUTHORIZATION {
                    // The access key and the signed headers are not secret; the signature
                    // could be replayed for 15 minutes.
                    let text = value.to_str().unwrap_or_default();
                    match text.split_once("Signature=") {
                        Some((head, _)) => format!("{head}Signature={REDACTED}"),
                        None => REDACTED.to_owned(),
                    }
                } else if value.is_sensitive() {
                    REDACTED.to_owned()
                } else {
                    String::from_utf8_lossy(value.as_bytes()).into_owned()
                };
                (name.as_str().to_owned(), shown)
            })
            .collect();
        let body = request
            .body()
            .and_then(reqwest::Body::as_bytes)
            .map(|bytes| String::from_utf8_lossy(bytes).into_owned());
        Self {
            method: request.method().to_string(),
            url: request.url().to_string(),
            headers,
            body,
        }
    }
}

impl fmt::Display for RequestPreview {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.method, self.url)?;
        for (name, value) in &self.headers {
            write!(f, "\n{name}: {value}")?;
        }
        if let Some(body) = &self.body {
            write!(f, "\n\n{body}")?;
        }
        Ok(())
    }
}
