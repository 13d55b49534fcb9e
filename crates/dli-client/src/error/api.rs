//! Reading an error answer the way Huawei's official SDKs read one.

use std::fmt;

use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use serde_json::Value;

/// An error answer from DLI or from the API gateway in front of it, read the way Huawei's
/// official SDKs read one.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// The error code, such as `DLI.0001` or `APIGW.0301`; the status number when the body
    /// has none.
    pub code: String,
    /// The error message; when the body has none, its text (at most 512 characters).
    pub message: String,
    /// The request id: the `X-Request-Id` header, else the body's `request_id`.
    pub request_id: Option<String>,
    /// An encoded explanation of an authorization failure, when the service gives one.
    pub encoded_authorization_message: Option<String>,
    /// The raw body (at most 64 KiB, lossily decoded) when it is not the DLI shape
    /// (`{"error_code": …, "error_msg": …}`): an HTML page from a gateway, an empty or
    /// truncated body, another JSON shape.
    pub raw_body: Option<String>,
    /// How many attempts the call made; the last one got this answer.
    pub attempts: u32,
}

impl ApiError {
    /// Reads an error response: the request id from `X-Request-Id`, then the first of
    /// `error_code`/`error_msg`, `errorCode`/`errorMsg`, `code`/`message` found in the body,
    /// looking into nested objects when the top level has none of them.
    pub(crate) fn from_response(status: StatusCode, headers: &HeaderMap, body: &[u8]) -> Self {
        let text = String::from_utf8_lossy(body);
        let json: Option<Value> = serde_json::from_slice(body).ok();
        let object = json.as_ref().and_then(Value::as_object);

        let found = object.and_then(|object| find_code_and_message(object, 0));
        let dli_shape =
            object.is_some_and(|o| o.contains_key("error_code") && o.contains_key("error_msg"));
        let encoded_authorization_message = object
            .and_then(|o| o.get("encoded_authorization_message"))
            .map(json_text);
        let header_request_id = request_id(headers);
        let body_request_id = object.and_then(|o| o.get("request_id")).map(json_text);

        let (code, message) = found.unwrap_or_default();
        Self {
            status,
            code: if code.is_empty() {
                status.as_u16().to_string()
            } else {
                code
            },
            message: if message.is_empty() {
                abbreviate(text.trim(), MESSAGE_FROM_BODY_LIMIT)
            } else {
                message
            },
            request_id: header_request_id
                .or(body_request_id)
                .filter(|id| !id.is_empty()),
            encoded_authorization_message,
            raw_body: (!dli_shape).then(|| text.into_owned()),
            attempts: 1,
        }
    }
}

/// The most of a non-JSON body used as the message; the whole body stays in `raw_body`.
const MESSAGE_FROM_BODY_LIMIT: usize = 512;

/// The text cut to at most `limit` characters, with `…` when cut.
fn abbreviate(text: &str, limit: usize) -> String {
    match text.char_indices().nth(limit) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

/// The `X-Request-Id` header, which DLI and its gateway put on every answer.
pub(crate) fn request_id(headers: &HeaderMap) -> Option<String> {
    headers
        .get("x-request-id")
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned)
}

fn json_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

const CODE_AND_MESSAGE_KEYS: [(&str, &str); 3] = [
    ("error_code", "error_msg"),
    ("errorCode", "errorMsg"),
    ("code", "message"),
];

fn find_code_and_message(
    object: &serde_json::Map<String, Value>,
    depth: usize,
) -> Option<(String, String)> {
    for (code, message) in CODE_AND_MESSAGE_KEYS {
        if let (Some(code), Some(message)) = (object.get(code), object.get(message)) {
            return Some((json_text(code), json_text(message)));
        }
    }
    if depth >= 8 {
        return None;
    }
    object
        .values()
        .filter_map(Value::as_object)
        .find_map(|nested| find_code_and_message(nested, depth + 1))
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "HTTP {} {}: {}",
            self.status.as_u16(),
            self.code,
            self.message
        )?;
        if let Some(request_id) = &self.request_id {
            write!(f, " (request id {request_id})")?;
        }
        Ok(())
    }
}

#[cfg(test)]
pub(crate) mod properties {
    use proptest::prelude::*;

    use super::*;

    /// JSON objects of the shapes gateways and services answer with, nested.
    pub(crate) fn json_body() -> impl Strategy<Value = Vec<u8>> {
        let leaf = prop_oneof![
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            "\\PC{0,40}".prop_map(Value::String),
            Just(Value::Null),
        ];
        let keys = prop_oneof![
            Just("error_code".to_owned()),
            Just("error_msg".to_owned()),
            Just("errorCode".to_owned()),
            Just("code".to_owned()),
            Just("message".to_owned()),
            Just("is_success".to_owned()),
            Just("request_id".to_owned()),
            "[a-z_]{1,12}",
        ];
        leaf.prop_recursive(4, 32, 6, move |inner| {
            prop::collection::btree_map(keys.clone(), inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect()))
        })
        .prop_map(|value| value.to_string().into_bytes())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn any_body_is_read_without_panicking_and_the_message_is_bounded(
            status in 400u16..600,
            body in prop_oneof![prop::collection::vec(any::<u8>(), 0..2048), json_body()],
        ) {
            let status = StatusCode::from_u16(status).expect("a valid status");
            let error = ApiError::from_response(status, &HeaderMap::new(), &body);
            prop_assert!(!error.code.is_empty());
            let found = serde_json::from_slice::<Value>(&body)
                .ok()
                .and_then(|value| value.as_object().cloned())
                .and_then(|object| find_code_and_message(&object, 0));
            let from_body = error.raw_body.is_some() && found.is_none();
            if from_body {
                prop_assert!(error.message.chars().count() <= MESSAGE_FROM_BODY_LIMIT + 1);
            }
            prop_assert!(error.raw_body.as_ref().is_none_or(|raw| raw.len() <= body.len() * 3));
            let _ = error.to_string();
        }
    }
}
