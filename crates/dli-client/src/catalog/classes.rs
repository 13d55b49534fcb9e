//! The classes an operation of the document falls into, as its extensions name them. The
//! one definition: `dli-spec`, which reads them from the document for the generator,
//! includes this file as it is, so it uses nothing but `core`.

/// Whether an operation may be sent again after an attempt that may have reached DLI
/// (`x-dli-retry` in the document, which says why).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetryClass {
    /// A second send has no effect beyond the first: sent again after any transient
    /// failure (a lost answer, a timeout after sending, `500`, `502`, `503`, `504`).
    Idempotent,
    /// A second send may have an effect of its own: sent again only when nothing was
    /// carried out (nothing reached DLI, the gateway throttled the attempt, or a `503`).
    /// What an unknown outcome came to is settled by reading, by the operation's method on
    /// the client.
    NotIdempotent,
}

impl RetryClass {
    /// The class an `x-dli-retry` value means.
    pub fn from_extension(value: &str) -> Option<Self> {
        [Self::Idempotent, Self::NotIdempotent]
            .into_iter()
            .find(|class| class.as_str() == value)
    }

    /// The value of `x-dli-retry` that means this class.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Idempotent => "idempotent",
            Self::NotIdempotent => "not-idempotent",
        }
    }
}

/// Which of the client's body limits applies to an operation's success answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyLimit {
    /// One object (default 1 MiB).
    Object,
    /// One page of a listing, for operations that take `limit` (default 16 MiB).
    Page,
}
