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

use crate::app::App;
use crate::config::FakeConfig;
use crate::reply::{RequestId, gateway_error};

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

#[cfg(test)]
mod properties {
    use axum::http::Request;
    use hwcloud_signer::{Signer, format_date};
    use proptest::prelude::*;

    use super::*;

    const PATH: &str = "/v2.0/0123456789abcdef0123456789abcdef/datasource/enhanced-connections";

    fn config() -> FakeConfig {
        FakeConfig::default()
            .with_key("AK", "SK")
            .with_token("TOKEN")
    }

    fn parts(headers: &[(&str, &[u8])], query: &str) -> Parts {
        let mut request = Request::builder()
            .method("POST")
            .uri(format!("{PATH}?{query}"));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request.body(()).expect("a request").into_parts().0
    }

    /// The headers of a request signed with the fake's key pair, `secret`.
    fn signed(secret: &str, query: &str, body: &[u8]) -> Vec<(&'static str, Vec<u8>)> {
        let date = format_date(OffsetDateTime::now_utc());
        let request = hwcloud_signer::Request::new("POST", PATH)
            .query(query)
            .header("content-type", "application/json")
            .header("x-sdk-date", &date)
            .body(body);
        let signature = Signer::new("AK", SecretKey::new(secret))
            .expect("valid keys")
            .sign(&request)
            .expect("signed");
        vec![
            ("content-type", b"application/json".to_vec()),
            ("x-sdk-date", date.into_bytes()),
            (
                "authorization",
                signature.authorization().as_bytes().to_vec(),
            ),
        ]
    }

    fn check(headers: &[(&'static str, Vec<u8>)], query: &str, body: &[u8]) -> Result<(), String> {
        let headers: Vec<(&str, &[u8])> = headers
            .iter()
            .map(|(name, value)| (*name, value.as_slice()))
            .collect();
        authenticate(&config(), &parts(&headers, query), body)
    }

    /// Bytes an HTTP header value may hold.
    fn header_value() -> impl Strategy<Value = Vec<u8>> {
        prop::collection::vec(
            prop_oneof![Just(b'\t'), 0x20u8..0x7f, 0x80u8..=0xff],
            0..200,
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn forged_credentials_are_refused(
            authorization in header_value(),
            date in header_value(),
            token in header_value(),
            with_token in any::<bool>(),
        ) {
            let mut headers = vec![("authorization", authorization), ("x-sdk-date", date)];
            if with_token && token != b"TOKEN" {
                headers.push(("x-auth-token", token));
            }
            let refused = check(&headers, "", b"[]").is_err();
            prop_assert!(refused);
        }

        #[test]
        fn a_signed_request_passes_and_any_change_is_refused(
            query in "[a-z]{1,5}=[a-z0-9]{0,5}(&[a-z]{1,5}=[a-z0-9]{0,5}){0,3}",
            body in prop::collection::vec(any::<u8>(), 1..200),
            flip in any::<prop::sample::Index>(),
        ) {
            let headers = signed("SK", &query, &body);
            prop_assert_eq!(check(&headers, &query, &body), Ok(()));
            let mut changed = body.clone();
            changed[flip.index(body.len())] ^= 1;
            prop_assert!(check(&headers, &query, &changed).is_err());
            prop_assert!(check(&signed("not-the-SK", &query, &body), &query, &body).is_err());
        }
    }
}
