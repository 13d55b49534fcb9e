//! The signer's tests as a user of the crate runs them: the published vectors, the official
//! Python signer's vectors and properties over arbitrary requests.

mod properties;
mod published_vectors;
mod python_sdk_vectors;
