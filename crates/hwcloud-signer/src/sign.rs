//! Signing a request with an access key and secret key.

use std::fmt;
use std::ops::Range;

use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};

use crate::digest::hex_digest;
use crate::request::Request;
use crate::{ALGORITHM, DATE_FORMAT_HELP, DATE_HEADER, canonical, parse_date};

/// A secret key. Its bytes never appear in `Debug` output.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretKey(Box<[u8]>);

impl SecretKey {
    /// Wraps the secret key's bytes.
    pub fn new(secret: impl AsRef<[u8]>) -> Self {
        Self(secret.as_ref().into())
    }

    /// The key's bytes, for computing an HMAC.
    pub fn expose(&self) -> &[u8] {
        &self.0
    }
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretKey(<redacted>)")
    }
}

/// Why a request could not be signed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SigningError {
    /// The request has no `X-Sdk-Date` header.
    #[error("the request has no X-Sdk-Date header; add one ({DATE_FORMAT_HELP}) before signing")]
    MissingDate,
    /// The `X-Sdk-Date` header is not in the expected format.
    #[error("X-Sdk-Date {0:?} is not {DATE_FORMAT_HELP}")]
    InvalidDate(String),
    /// The access key is empty or is not usable in a header.
    #[error("the access key is empty or contains characters other than visible ASCII")]
    InvalidAccessKey,
    /// The secret key is empty.
    #[error("the secret key is empty")]
    EmptySecretKey,
}

/// The result of signing: what goes into the `Authorization` header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    authorization: String,
    /// Where the signed names are in `authorization`.
    signed_headers: Range<usize>,
    /// Where the signature is in `authorization`.
    signature: Range<usize>,
}

impl Signature {
    /// The `Authorization` header's value:
    /// `SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<list>, Signature=<hex>`.
    pub fn authorization(&self) -> &str {
        &self.authorization
    }

    /// The `Authorization` header value, taken without a copy.
    pub fn into_authorization(self) -> String {
        self.authorization
    }

    /// The signed header names, lower-case, joined with `;`.
    pub fn signed_headers(&self) -> &str {
        &self.authorization[self.signed_headers.clone()]
    }

    /// The signature, lower-case hex.
    pub fn signature(&self) -> &str {
        &self.authorization[self.signature.clone()]
    }
}

/// Signs requests with one access key / secret key pair.
#[derive(Clone)]
pub struct Signer {
    access_key: String,
    secret_key: SecretKey,
    /// The HMAC already keyed with the secret key: each signature starts from a copy of it
    /// instead of hashing the key again.
    keyed: Hmac<Sha256>,
}

impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Signer")
            .field("access_key", &self.access_key)
            .field("secret_key", &self.secret_key)
            .finish_non_exhaustive()
    }
}

impl Signer {
    /// A signer for this key pair. Both must be non-empty, and the access key must be
    /// visible ASCII, since it is sent in a header.
    pub fn new(access_key: impl Into<String>, secret_key: SecretKey) -> Result<Self, SigningError> {
        let access_key = access_key.into();
        if access_key.is_empty() || !access_key.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(SigningError::InvalidAccessKey);
        }
        if secret_key.expose().is_empty() {
            return Err(SigningError::EmptySecretKey);
        }
        let keyed = mac(secret_key.expose());
        Ok(Self {
            access_key,
            secret_key,
            keyed,
        })
    }

    /// The access key.
    pub fn access_key(&self) -> &str {
        &self.access_key
    }

    /// Signs every header of the request whose name has no `_`. The request must already
    /// carry every header that is to be signed, `X-Sdk-Date` included: the date is an input,
    /// so signing is deterministic.
    pub fn sign(&self, request: &Request<'_>) -> Result<Signature, SigningError> {
        let date = request_date(request)?;
        let headers = canonical::SignedHeaders::of(request);
        let canonical = canonical::signing_request(request, &headers);
        let mut mac = self.keyed.clone();
        update_with_string_to_sign(&mut mac, date, &canonical);
        let digits = hex_digest(&mac.finalize().into_bytes());
        // Hex digits are ASCII.
        let signature = std::str::from_utf8(&digits).unwrap_or_default();
        // One string; the signed names and the signature are parts of it.
        let mut authorization = String::with_capacity(256);
        authorization.push_str(ALGORITHM);
        authorization.push_str(" Access=");
        authorization.push_str(&self.access_key);
        authorization.push_str(", SignedHeaders=");
        let names_start = authorization.len();
        for (index, name) in headers.names().enumerate() {
            if index > 0 {
                authorization.push(';');
            }
            authorization.push_str(name);
        }
        let signed_headers = names_start..authorization.len();
        authorization.push_str(", Signature=");
        let signature_start = authorization.len();
        authorization.push_str(signature);
        Ok(Signature {
            signature: signature_start..authorization.len(),
            authorization,
            signed_headers,
        })
    }
}

/// The request's `X-Sdk-Date`, checked.
pub(crate) fn request_date<'a>(request: &Request<'a>) -> Result<&'a str, SigningError> {
    let value = request
        .header_values(DATE_HEADER)
        .next()
        .ok_or(SigningError::MissingDate)?;
    let text = std::str::from_utf8(value)
        .map_err(|_| SigningError::InvalidDate(String::from_utf8_lossy(value).into_owned()))?;
    parse_date(text.trim()).ok_or_else(|| SigningError::InvalidDate(text.to_owned()))?;
    Ok(text.trim())
}

/// Feeds `SDK-HMAC-SHA256\n<date>\n<hex sha256 of the canonical request>`, the string to
/// sign, into the MAC.
pub(crate) fn update_with_string_to_sign(
    mac: &mut Hmac<Sha256>,
    date: &str,
    canonical_request: &[u8],
) {
    mac.update(ALGORITHM.as_bytes());
    mac.update(b"\n");
    mac.update(date.as_bytes());
    mac.update(b"\n");
    mac.update(&hex_digest(&Sha256::digest(canonical_request)));
}

pub(crate) fn mac(key: &[u8]) -> Hmac<Sha256> {
    // HMAC accepts keys of any length, so this cannot fail.
    <Hmac<Sha256> as KeyInit>::new_from_slice(key).unwrap_or_else(|_| unreachable!())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signer_names_its_access_key() {
        let signer = Signer::new("AKNAMED", SecretKey::new("sk")).expect("valid keys");
        assert_eq!(signer.access_key(), "AKNAMED");
        assert!(!format!("{signer:?}").contains("\"sk\""));
    }

    #[test]
    fn the_header_taken_out_is_the_one_shown() {
        let signer = Signer::new("AK", SecretKey::new("sk")).expect("valid keys");
        let request = Request::new("GET", "/").header(DATE_HEADER, "20261128T100000Z");
        let signature = signer.sign(&request).expect("signed");
        let shown = signature.authorization().to_owned();
        assert!(shown.starts_with("SDK-HMAC-SHA256 Access=AK, "), "{shown}");
        assert_eq!(signature.into_authorization(), shown);
    }

    #[test]
    fn secret_key_debug_is_redacted() {
        let key = SecretKey::new("MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc");
        let signer = Signer::new("AK", key.clone()).expect("valid keys");
        for shown in [format!("{key:?}"), format!("{signer:?}")] {
            assert!(!shown.contains("MFyf"), "{shown}");
            assert!(shown.contains("redacted"), "{shown}");
        }
    }

    #[test]
    fn keys_are_checked() {
        assert_eq!(
            Signer::new("", SecretKey::new("sk")).err(),
            Some(SigningError::InvalidAccessKey)
        );
        assert_eq!(
            Signer::new("a k", SecretKey::new("sk")).err(),
            Some(SigningError::InvalidAccessKey)
        );
        assert_eq!(
            Signer::new("ak", SecretKey::new("")).err(),
            Some(SigningError::EmptySecretKey)
        );
    }

    #[test]
    fn the_date_is_required_and_checked() {
        let signer = Signer::new("ak", SecretKey::new("sk")).expect("valid keys");
        assert_eq!(
            signer.sign(&Request::new("GET", "/")),
            Err(SigningError::MissingDate)
        );
        assert_eq!(
            signer.sign(&Request::new("GET", "/").header("x-sdk-date", "yesterday")),
            Err(SigningError::InvalidDate("yesterday".into()))
        );
    }
}
