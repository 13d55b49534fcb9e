//! Authenticating a request: the headers DLI expects (`Host`, `X-Project-Id`, the security
//! token or the IAM token) and, with an AK/SK pair, the `SDK-HMAC-SHA256` signature.

use std::cell::RefCell;
use std::sync::OnceLock;

use hwcloud_signer::{Signer, UNSIGNED_PAYLOAD, format_date, needs_unsigned_payload};
use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, HOST, HeaderName, HeaderValue, USER_AGENT};
use time::OffsetDateTime;

use crate::credentials::Credentials;
use crate::error::{ConfigError, SigningError};

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
    /// The `Host` header of the first URL seen: the client's endpoint, made once.
    host: OnceLock<(String, Option<u16>, HeaderValue)>,
}

thread_local! {
    /// The last `X-Sdk-Date` made on this thread and the second it stands for: it changes
    /// once a second, so most calls reuse it.
    static SDK_DATE: RefCell<Option<(i64, HeaderValue)>> = const { RefCell::new(None) };
}

/// `X-Sdk-Date` for now.
fn sdk_date() -> Result<HeaderValue, SigningError> {
    let now = OffsetDateTime::now_utc();
    let second = now.unix_timestamp();
    SDK_DATE.with(|cached| {
        let mut cached = cached.borrow_mut();
        if let Some((at, value)) = cached.as_ref()
            && *at == second
        {
            return Ok(value.clone());
        }
        let value = HeaderValue::from_str(&format_date(now))
            .map_err(|_| SigningError::InvalidHeader("X-Sdk-Date"))?;
        *cached = Some((second, value.clone()));
        Ok(value)
    })
}

/// A header value that is never shown in `Debug` output.
fn sensitive(value: &str, what: &str) -> Result<HeaderValue, ConfigError> {
    let invalid = |reason: String| ConfigError::InvalidCredentials {
        reason,
        source: None,
    };
    let mut header = HeaderValue::from_str(value.trim())
        .map_err(|_| invalid(format!("the {what} has characters a header cannot carry")))?;
    if header.is_empty() {
        return Err(invalid(format!("the {what} is empty")));
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
                    ConfigError::InvalidCredentials {
                        reason: "check the AK and SK".to_owned(),
                        source: Some(Box::new(error)),
                    }
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
            host: OnceLock::new(),
        })
    }

    /// Adds the headers DLI expects and the credentials; with AK/SK, signs the request as it
    /// now stands with a fresh `X-Sdk-Date`. Called again for every retry.
    pub(crate) fn authenticate(&self, request: &mut reqwest::Request) -> Result<(), SigningError> {
        let host = self.host_header(request.url())?;
        let headers = request.headers_mut();
        // Room for the headers added here, so that the map grows once at most.
        headers.reserve(6);
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
                headers.insert(SDK_DATE_HEADER, sdk_date()?);
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

impl Authenticator {
    /// `Host` for this URL: `host[:port]`.
    fn host_header(&self, url: &reqwest::Url) -> Result<HeaderValue, SigningError> {
        let host = url.host_str().ok_or(SigningError::NoHost)?;
        let port = url.port();
        if let Some((known, known_port, value)) = self.host.get()
            && known == host
            && *known_port == port
        {
            return Ok(value.clone());
        }
        let text = match port {
            Some(port) => format!("{host}:{port}"),
            None => host.to_owned(),
        };
        let value =
            HeaderValue::from_str(&text).map_err(|_| SigningError::InvalidHeader("Host"))?;
        let _ = self.host.set((host.to_owned(), port, value.clone()));
        Ok(value)
    }
}

fn sign(signer: &Signer, request: &reqwest::Request) -> Result<HeaderValue, SigningError> {
    let body = match request.body() {
        None => &[][..],
        Some(body) => body.as_bytes().ok_or(SigningError::StreamingBody)?,
    };
    let url = request.url();
    let to_sign = hwcloud_signer::Request::new(request.method().as_str(), url.path())
        .query(url.query().unwrap_or(""))
        .body(body)
        .headers_from(
            request
                .headers()
                .iter()
                .map(|(name, value)| (name.as_str(), value.as_bytes())),
        );
    let signature = signer.sign(&to_sign).map_err(SigningError::Signer)?;
    // Handed over without a copy.
    let mut value =
        HeaderValue::from_maybe_shared(bytes::Bytes::from(signature.into_authorization()))
            .map_err(|_| SigningError::InvalidHeader("Authorization"))?;
    value.set_sensitive(true);
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::credentials::Credentials;

    fn request(url: &str) -> reqwest::Request {
        reqwest::Request::new(reqwest::Method::DELETE, url.parse().expect("a URL"))
    }

    #[test]
    fn the_host_header_follows_the_url_even_when_one_is_remembered() {
        let auth = Authenticator::new(Credentials::ak_sk("AK", "SK"), "project").expect("valid");
        for url in [
            "https://dli.example.com/v2.0/x",
            "https://dli.example.com/v2.0/y",
            "http://127.0.0.1:8080/v2.0/x",
            "https://dli.example.com:8443/v2.0/x",
        ] {
            let mut request = request(url);
            auth.authenticate(&mut request).expect("authenticated");
            let url = request.url();
            let expected = match url.port() {
                Some(port) => format!("{}:{port}", url.host_str().unwrap()),
                None => url.host_str().unwrap().to_owned(),
            };
            assert_eq!(request.headers()[HOST], expected.as_str(), "{url}");
        }
    }

    #[test]
    fn the_date_is_now_and_the_signature_is_sensitive() {
        let auth = Authenticator::new(Credentials::ak_sk("AK", "SK"), "project").expect("valid");
        let mut request = request("https://dli.example.com/v2.0/x");
        let before = OffsetDateTime::now_utc().unix_timestamp();
        auth.authenticate(&mut request).expect("authenticated");
        let after = OffsetDateTime::now_utc().unix_timestamp();
        let date = request.headers()[SDK_DATE_HEADER].to_str().expect("text");
        let signed = hwcloud_signer::parse_date(date)
            .expect("a date")
            .unix_timestamp();
        assert!((before..=after).contains(&signed), "{date}");
        let authorization = &request.headers()[AUTHORIZATION];
        assert!(authorization.is_sensitive());
        assert!(
            authorization
                .to_str()
                .expect("text")
                .starts_with("SDK-HMAC-SHA256 Access=AK, ")
        );
    }
}
