//! Authenticating a request: the headers DLI expects (`Host`, `X-Project-Id`, the security
//! token or the IAM token) and, with an AK/SK pair, the `SDK-HMAC-SHA256` signature.

use hwcloud_signer::{Signer, UNSIGNED_PAYLOAD, format_date, needs_unsigned_payload};
use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, HOST, HeaderName, HeaderValue, USER_AGENT};
use time::OffsetDateTime;

use crate::credentials::Credentials;
use crate::error::ConfigError;

const PROJECT_ID_HEADER: HeaderName = HeaderName::from_static("x-project-id");
const SECURITY_TOKEN_HEADER: HeaderName = HeaderName::from_static("x-security-token");
const AUTH_TOKEN_HEADER: HeaderName = HeaderName::from_static("x-auth-token");
const SDK_DATE_HEADER: HeaderName = HeaderName::from_static("x-sdk-date");
const CONTENT_SHA256: HeaderName = HeaderName::from_static("x-sdk-content-sha256");

/// The `User-Agent` of every request: this crate and its version.
pub const SDK_USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

/// How requests are authenticated.
#[derive(Debug)]
enum Auth {
    Signed {
        signer: Signer,
        security_token: Option<HeaderValue>,
    },
    Token(HeaderValue),
}

/// Checked credentials and the project they act in; authenticates requests.
#[derive(Debug)]
pub(crate) struct Authenticator {
    auth: Auth,
    project_header: HeaderValue,
}

/// A header value that is never shown in `Debug` output.
fn sensitive(value: &str, what: &str) -> Result<HeaderValue, ConfigError> {
    let mut header = HeaderValue::from_str(value.trim()).map_err(|_| {
        ConfigError::InvalidCredentials(format!("the {what} has characters a header cannot carry"))
    })?;
    if header.is_empty() {
        return Err(ConfigError::InvalidCredentials(format!(
            "the {what} is empty"
        )));
    }
    header.set_sensitive(true);
    Ok(header)
}

impl Authenticator {
    pub(crate) fn new(credentials: Credentials, project_id: &str) -> Result<Self, ConfigError> {
        let auth = match credentials {
            Credentials::AkSk {
                access_key,
                secret_key,
                security_token,
            } => Auth::Signed {
                signer: Signer::new(access_key, secret_key).map_err(|error| {
                    ConfigError::InvalidCredentials(format!("{error} (check the AK and SK)"))
                })?,
                security_token: security_token
                    .map(|token| sensitive(token.expose(), "security token"))
                    .transpose()?,
            },
            Credentials::IamToken(token) => Auth::Token(sensitive(token.expose(), "IAM token")?),
        };
        let project_header = HeaderValue::from_str(project_id)
            .map_err(|_| ConfigError::InvalidProjectId(project_id.to_owned()))?;
        Ok(Self {
            auth,
            project_header,
        })
    }

    /// Adds the headers DLI expects and the credentials; with AK/SK, signs the request as it
    /// now stands with a fresh `X-Sdk-Date`. Called again for every retry.
    pub(crate) fn authenticate(&self, request: &mut reqwest::Request) -> Result<(), String> {
        let host = match (request.url().host_str(), request.url().port()) {
            (Some(host), Some(port)) => format!("{host}:{port}"),
            (Some(host), None) => host.to_owned(),
            (None, _) => return Err("the request URL has no host".to_owned()),
        };
        let host = HeaderValue::from_str(&host).map_err(|_| "the host is not a valid header")?;
        let headers = request.headers_mut();
        headers.insert(HOST, host);
        // Huawei's SDKs always send a JSON content type, body or not.
        headers
            .entry(CONTENT_TYPE)
            .or_insert(HeaderValue::from_static("application/json"));
        headers.insert(USER_AGENT, HeaderValue::from_static(SDK_USER_AGENT));
        headers.insert(PROJECT_ID_HEADER, self.project_header.clone());
        headers.remove(AUTHORIZATION);

        match &self.auth {
            Auth::Token(token) => {
                headers.remove(SDK_DATE_HEADER);
                headers.insert(AUTH_TOKEN_HEADER, token.clone());
                Ok(())
            }
            Auth::Signed {
                signer,
                security_token,
            } => {
                let date = format_date(OffsetDateTime::now_utc());
                let date = HeaderValue::from_str(&date).map_err(|_| "invalid date")?;
                headers.insert(SDK_DATE_HEADER, date);
                if let Some(token) = security_token {
                    headers.insert(SECURITY_TOKEN_HEADER, token.clone());
                }
                let content_type = headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok());
                if needs_unsigned_payload(content_type) {
                    headers.insert(CONTENT_SHA256, HeaderValue::from_static(UNSIGNED_PAYLOAD));
                }
                let authorization = sign(signer, request)?;
                request.headers_mut().insert(AUTHORIZATION, authorization);
                Ok(())
            }
        }
    }
}

fn sign(signer: &Signer, request: &reqwest::Request) -> Result<HeaderValue, String> {
    let body = match request.body() {
        None => &[][..],
        Some(body) => body
            .as_bytes()
            .ok_or("a streaming body cannot be signed; send the body as bytes")?,
    };
    let url = request.url();
    let mut to_sign = hwcloud_signer::Request::new(request.method().as_str(), url.path())
        .query(url.query().unwrap_or(""))
        .body(body);
    for (name, value) in request.headers() {
        to_sign = to_sign.header(name.as_str(), value.as_bytes());
    }
    let signature = signer.sign(&to_sign).map_err(|error| error.to_string())?;
    let mut value = HeaderValue::from_str(signature.authorization())
        .map_err(|_| "the Authorization header is not a valid header")?;
    value.set_sensitive(true);
    Ok(value)
}
