//! Checking a signed request, as the API gateway does.

use std::str::FromStr;

use hmac::Mac;

use crate::request::Request;
use crate::sign::{SecretKey, mac, request_date, update_with_string_to_sign};
use crate::{ALGORITHM, DATE_HEADER, SigningError, canonical};

/// A parsed `Authorization: SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…` header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Authorization {
    /// The access key the client claims.
    pub access_key: String,
    /// The header names the client signed, lower-case, in the client's order.
    pub signed_headers: Vec<String>,
    /// The signature, hex.
    pub signature: String,
}

/// Why a request's signature was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerifyError {
    /// The `Authorization` header is not an `SDK-HMAC-SHA256` one.
    #[error(
        "the Authorization header is not `{ALGORITHM} Access=…, SignedHeaders=…, Signature=…`: {0}"
    )]
    Malformed(&'static str),
    /// `X-Sdk-Date` is not among the signed headers.
    #[error("x-sdk-date is not among the signed headers")]
    DateNotSigned,
    /// A header named in `SignedHeaders` is not on the request.
    #[error("the signed header {0:?} is not on the request")]
    MissingSignedHeader(String),
    /// The `X-Sdk-Date` header is missing or malformed.
    #[error(transparent)]
    Date(#[from] SigningError),
    /// The signature does not match.
    #[error("the signature does not match")]
    SignatureMismatch,
}

impl FromStr for Authorization {
    type Err = VerifyError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let rest = value
            .trim()
            .strip_prefix(ALGORITHM)
            .and_then(|rest| rest.strip_prefix(' '))
            .ok_or(VerifyError::Malformed(
                "it does not start with the algorithm",
            ))?;
        let (mut access, mut signed, mut signature) = (None, None, None);
        for part in rest.split(',') {
            let (key, value) = part
                .trim()
                .split_once('=')
                .ok_or(VerifyError::Malformed("a part is not key=value"))?;
            let slot = match key {
                "Access" => &mut access,
                "SignedHeaders" => &mut signed,
                "Signature" => &mut signature,
                _ => return Err(VerifyError::Malformed("an unknown part")),
            };
            if slot.replace(value).is_some() {
                return Err(VerifyError::Malformed("a part appears twice"));
            }
        }
        let access_key = access.ok_or(VerifyError::Malformed("no Access"))?;
        let signed = signed.ok_or(VerifyError::Malformed("no SignedHeaders"))?;
        let signature = signature.ok_or(VerifyError::Malformed("no Signature"))?;
        if access_key.is_empty() || signed.is_empty() || signature.is_empty() {
            return Err(VerifyError::Malformed("an empty part"));
        }
        Ok(Self {
            access_key: access_key.to_owned(),
            signed_headers: signed.split(';').map(str::to_ascii_lowercase).collect(),
            signature: signature.to_owned(),
        })
    }
}

/// Verifies a request against the client-declared `SignedHeaders`: `x-sdk-date` must be
/// among them and every one must be on the request; the signature is compared in constant
/// time. Whether the date is recent enough is the caller's policy (see
/// [`parse_date`](crate::parse_date)).
pub fn verify(
    request: &Request<'_>,
    authorization: &Authorization,
    secret_key: &SecretKey,
) -> Result<(), VerifyError> {
    if !authorization
        .signed_headers
        .iter()
        .any(|name| name.eq_ignore_ascii_case(DATE_HEADER))
    {
        return Err(VerifyError::DateNotSigned);
    }
    let date = request_date(request)?;
    let canonical = canonical::request(request, &authorization.signed_headers)
        .map_err(|missing| VerifyError::MissingSignedHeader(missing.0))?;
    let expected =
        hex::decode(&authorization.signature).map_err(|_| VerifyError::SignatureMismatch)?;
    let mut mac = mac(secret_key.expose());
    update_with_string_to_sign(&mut mac, date, &canonical);
    mac.verify_slice(&expected)
        .map_err(|_| VerifyError::SignatureMismatch)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_must_be_there_and_not_empty() {
        for header in [
            "SDK-HMAC-SHA256 Access=, SignedHeaders=x-sdk-date, Signature=ab",
            "SDK-HMAC-SHA256 Access=AK, SignedHeaders=, Signature=ab",
            "SDK-HMAC-SHA256 Access=AK, SignedHeaders=x-sdk-date, Signature=",
        ] {
            assert!(
                matches!(
                    header.parse::<Authorization>(),
                    Err(VerifyError::Malformed("an empty part"))
                ),
                "{header}"
            );
        }
        let parsed: Authorization =
            "SDK-HMAC-SHA256 Access=AK, SignedHeaders=Host;X-Sdk-Date, Signature=ab"
                .parse()
                .expect("valid");
        assert_eq!(parsed.access_key, "AK");
        assert_eq!(parsed.signed_headers, ["host", "x-sdk-date"]);
    }

    #[test]
    fn parses_an_authorization_header() {
        let parsed: Authorization =
            "SDK-HMAC-SHA256 Access=AK, SignedHeaders=content-type;host;x-sdk-date, Signature=ab12"
                .parse()
                .expect("valid");
        assert_eq!(parsed.access_key, "AK");
        assert_eq!(
            parsed.signed_headers,
            ["content-type", "host", "x-sdk-date"]
        );
        assert_eq!(parsed.signature, "ab12");
    }

    #[test]
    fn rejects_malformed_headers() {
        for bad in [
            "",
            "Basic abc",
            "SDK-HMAC-SHA256",
            "SDK-HMAC-SHA256 Access=AK, Signature=ab",
            "SDK-HMAC-SHA256 Access=AK, SignedHeaders=x-sdk-date, Signature=",
            "SDK-HMAC-SHA256 Access=AK, Access=B, SignedHeaders=x-sdk-date, Signature=ab",
            "SDK-HMAC-SHA256 Access=AK, SignedHeaders=x-sdk-date, Signature=ab, Extra=1",
        ] {
            assert!(bad.parse::<Authorization>().is_err(), "{bad:?}");
        }
    }
}
