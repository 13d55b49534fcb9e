//! Digests written as hex on the stack, for the canonical request and the signature.

/// A 32-byte digest as 64 lower-case hex digits, without allocating.
pub(crate) fn hex_digest(digest: &[u8]) -> [u8; 64] {
    let mut hex = [0u8; 64];
    // 32 bytes always fit in 64 digits.
    let _ = hex::encode_to_slice(digest, &mut hex);
    hex
}
