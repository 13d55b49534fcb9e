//! Authentication as DLI's API gateway does it: an `SDK-HMAC-SHA256` signature checked
//! against the headers the client says it signed, or an IAM token.

use std::sync::Arc;

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::Response;
use hwcloud_signer::{Authorization, DATE_HEADER, SecretKey, parse_date, verify};
use time::OffsetDateTime;

use crate::config::FakeConfig;
use crate::reply::{RequestId, gateway_error};
use crate::server::App;

/// Reads the body (bounded) and checks the credentials before the API sees the request.
pub(crate) async fn gateway(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    let request_id = RequestId::of(&request);
    let (parts, body) = request.into_parts();
    let declared = parts
        .headers
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<usize>().ok());
    let too_large = || {
        gateway_error(
            StatusCode::PAYLOAD_TOO_LARGE,
            "APIGW.0201",
            "Request entity too large",
            &request_id,
        )
    };
    if declared.is_some_and(|length| length > app.config.body_limit) {
        return too_large();
    }
    let body = match tokio::time::timeout(
        app.config.read_timeout,
        to_bytes(body, app.config.body_limit),
    )
    .await
    {
        Ok(Ok(body)) => body,
        Ok(Err(_)) => return too_large(),
        Err(_) => {
            return gateway_error(
                StatusCode::REQUEST_TIMEOUT,
                "APIGW.0201",
                "The request body was not received in time",
                &request_id,
            );
        }
    };
    let access_key = access_key(&parts);
    if let Some(key) = &access_key
        && app.lockout.is_locked(key)
    {
        return gateway_error(
            StatusCode::UNAUTHORIZED,
            "APIGW.0301",
            "Incorrect IAM authentication information: the access key is locked after repeated \
             authentication failures; try again later",
            &request_id,
        );
    }
    if let Err(reason) = authenticate(&app.config, &parts, &body) {
        if let Some(key) = &access_key {
            app.lockout.failed(key);
        }
        return gateway_error(
            StatusCode::UNAUTHORIZED,
            "APIGW.0301",
            format!("Incorrect IAM authentication information: {reason}"),
            &request_id,
        );
    }
    if let Some(key) = &access_key {
        app.lockout.succeeded(key);
    }
    next.run(Request::from_parts(parts, Body::from(body))).await
}

fn header<'a>(parts: &'a Parts, name: &str) -> Option<&'a [u8]> {
    parts.headers.get(name).map(|value| value.as_bytes())
}

/// The access key an `Authorization` header names, if it is one.
fn access_key(parts: &Parts) -> Option<String> {
    let header = header(parts, "authorization")?;
    let authorization: Authorization = std::str::from_utf8(header).ok()?.parse().ok()?;
    Some(authorization.access_key)
}

/// Checks every credential the request carries: a request with both a token and a signature
/// passes only when both are valid.
fn authenticate(config: &FakeConfig, parts: &Parts, body: &[u8]) -> Result<(), String> {
    let token = header(parts, "x-auth-token");
    let authorization = header(parts, "authorization");
    if token.is_none() && authorization.is_none() {
        return Err("neither an Authorization nor an X-Auth-Token header".to_owned());
    }
    if let Some(token) = token
        && !config.tokens.iter().any(|known| known.as_bytes() == token)
    {
        return Err("the token is not valid".to_owned());
    }
    match authorization {
        Some(authorization) => check_signature(config, parts, body, authorization),
        None => Ok(()),
    }
}

/// Checks an `SDK-HMAC-SHA256` signature against the headers the client says it signed.
fn check_signature(
    config: &FakeConfig,
    parts: &Parts,
    body: &[u8],
    authorization: &[u8],
) -> Result<(), String> {
    let authorization: Authorization = std::str::from_utf8(authorization)
        .map_err(|_| "the Authorization header is not text")?
        .parse()
        .map_err(|error| format!("{error}"))?;
    let key = config
        .keys
        .iter()
        .find(|key| key.access_key == authorization.access_key)
        .ok_or("the access key is not known")?;

    let date = header(parts, DATE_HEADER)
        .and_then(|value| std::str::from_utf8(value).ok())
        .and_then(parse_date)
        .ok_or("X-Sdk-Date is missing or not YYYYMMDDTHHMMSSZ")?;
    let skew = (OffsetDateTime::now_utc() - date).unsigned_abs();
    if skew > config.max_clock_skew {
        return Err(format!(
            "X-Sdk-Date is {} s away from the server's clock (at most {} s allowed)",
            skew.as_secs(),
            config.max_clock_skew.as_secs()
        ));
    }

    let token = header(parts, "x-security-token");
    let token_signed = authorization
        .signed_headers
        .iter()
        .any(|name| name == "x-security-token");
    match (&key.security_token, token) {
        (_, Some(_)) if !token_signed => return Err("X-Security-Token is not signed".to_owned()),
        (Some(expected), Some(token)) if expected.as_bytes() != token => {
            return Err("the security token is not valid".to_owned());
        }
        (Some(_), None) => return Err("temporary credentials need X-Security-Token".to_owned()),
        (None, Some(_)) => {
            return Err("the access key is not a temporary one; drop X-Security-Token".to_owned());
        }
        _ => {}
    }

    let mut request = hwcloud_signer::Request::new(parts.method.as_str(), parts.uri.path())
        .query(parts.uri.query().unwrap_or(""))
        .body(body);
    for (name, value) in &parts.headers {
        request = request.header(name.as_str(), value.as_bytes());
    }
    verify(&request, &authorization, &SecretKey::new(&key.secret_key))
        .map_err(|error| format!("verify aksk signature fail, {error}"))
}
