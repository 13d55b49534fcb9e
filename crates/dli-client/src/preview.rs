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
            .map(redacted_body);
        Self {
            method: request.method().to_string(),
            url: request.url().to_string(),
            headers,
            body,
        }
    }
}

/// The body as text, every password field of a JSON object reading `<redacted>`.
fn redacted_body(bytes: &[u8]) -> String {
    match serde_json::from_slice::<serde_json::Value>(bytes) {
        Ok(serde_json::Value::Object(mut object)) => {
            let mut redacted = false;
            for field in crate::password::SECRET_FIELDS {
                if let Some(value) = object.get_mut(field) {
                    *value = REDACTED.into();
                    redacted = true;
                }
            }
            match redacted {
                true => serde_json::Value::Object(object).to_string(),
                false => String::from_utf8_lossy(bytes).into_owned(),
            }
        }
        _ => String::from_utf8_lossy(bytes).into_owned(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn password_fields_of_a_body_are_redacted_and_the_rest_kept() {
        let body = br#"{"auth_info_name":"a","password":"pw-1","truststore_password":"pw-2","keystore_password":"pw-3","key_password":"pw-4","user_name":"u"}"#;
        let shown = redacted_body(body);
        assert!(!shown.contains("pw-"), "{shown}");
        assert_eq!(shown.matches(REDACTED).count(), 4, "{shown}");
        assert!(shown.contains(r#""user_name":"u""#), "{shown}");
        let plain = br#"{"name":"orders","queues":["q"]}"#;
        assert_eq!(redacted_body(plain), String::from_utf8_lossy(plain));
        assert_eq!(redacted_body(b"not json"), "not json");
    }
}
