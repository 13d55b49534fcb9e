//! Why a request could not be authenticated before it was sent.

/// Why a request could not be signed (or given its token). The request was not sent.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SigningError {
    /// The request's URL has no host to put in the `Host` header.
    #[error("the request URL has no host")]
    NoHost,
    /// A header the signature needs cannot carry this value.
    #[error("the {0} is not a valid header value")]
    InvalidHeader(&'static str),
    /// The body is a stream, whose hash cannot be known before it is sent.
    #[error("a streaming body cannot be signed; send the body as bytes")]
    StreamingBody,
    /// The signer refused the request as it stands.
    #[error("the signer refused the request")]
    Signer(#[source] hwcloud_signer::SigningError),
}
