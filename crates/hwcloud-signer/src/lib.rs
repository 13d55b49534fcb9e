#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

mod canonical;
mod date;
mod digest;
mod request;
mod sign;
mod verify;

pub use date::{DATE_FORMAT_HELP, format_date, parse_date};
pub use request::Request;
pub use sign::{SecretKey, Signature, Signer, SigningError};
pub use verify::{Authorization, VerifyError, verify};

/// The signing algorithm's name, the first word of the `Authorization` header.
pub const ALGORITHM: &str = "SDK-HMAC-SHA256";
/// The header that carries the signing time, `YYYYMMDDTHHMMSSZ` in UTC. It is always signed.
pub const DATE_HEADER: &str = "X-Sdk-Date";
/// The header a client adds, with [`UNSIGNED_PAYLOAD`], to leave a non-JSON body unhashed.
pub const CONTENT_SHA256_HEADER: &str = "X-Sdk-Content-Sha256";
/// The value of [`CONTENT_SHA256_HEADER`] that stands in for the body's hash.
pub const UNSIGNED_PAYLOAD: &str = "UNSIGNED-PAYLOAD";
/// The hex SHA-256 of an empty body.
pub const EMPTY_BODY_SHA256: &str =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/// Whether a request with this `Content-Type` must carry
/// `X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD` (added before signing, so that it is signed):
/// every content type except `application/json*` and `application/bson*`, as Huawei's own
/// signers decide.
pub fn needs_unsigned_payload(content_type: Option<&str>) -> bool {
    content_type.is_some_and(|content_type| {
        !content_type.starts_with("application/json")
            && !content_type.starts_with("application/bson")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_json_and_bson_bodies_are_hashed() {
        for (content_type, unsigned) in [
            (None, false),
            (Some("application/json"), false),
            (Some("application/json;charset=UTF-8"), false),
            (Some("application/bson"), false),
            (Some("text/plain"), true),
            (Some("application/octet-stream"), true),
            (Some(""), true),
        ] {
            assert_eq!(
                needs_unsigned_payload(content_type),
                unsigned,
                "{content_type:?}"
            );
        }
    }
}
