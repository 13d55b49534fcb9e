//! The parts of an HTTP request that the signature covers.

/// A borrowed view of a request as it goes on the wire: the method, the path and query as they
/// appear in the URL (percent-encoded), the headers and the body.
///
/// ```
/// let request = hwcloud_signer::Request::new("DELETE", "/v2.0/p/datasource/enhanced-connections/c")
///     .header("Host", "dli.cn-north-4.myhuaweicloud.com")
///     .header("X-Sdk-Date", "20240102T030405Z");
/// assert_eq!(request.method(), "DELETE");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request<'a> {
    method: &'a str,
    path: &'a str,
    query: &'a str,
    headers: Vec<(&'a str, &'a [u8])>,
    body: &'a [u8],
}

impl<'a> Request<'a> {
    /// A request with no query, no headers and an empty body. `path` is the URL's path as
    /// sent, percent-encoding included.
    pub fn new(method: &'a str, path: &'a str) -> Self {
        Self {
            method,
            path,
            query: "",
            headers: Vec::new(),
            body: &[],
        }
    }

    /// Sets the query string as it appears in the URL, without the leading `?`.
    #[must_use]
    pub fn query(mut self, query: &'a str) -> Self {
        self.query = query.strip_prefix('?').unwrap_or(query);
        self
    }

    /// Adds a header. Names are compared without regard to case; a name given twice has its
    /// values joined with `,` in the signature.
    #[must_use]
    pub fn header(mut self, name: &'a str, value: &'a (impl AsRef<[u8]> + ?Sized)) -> Self {
        self.headers.push((name, value.as_ref()));
        self
    }

    /// Adds every header of `headers`, in order, as [`header`](Self::header) does one.
    #[must_use]
    pub fn headers_from(mut self, headers: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> Self {
        self.headers.extend(headers);
        self
    }

    /// Sets the body.
    #[must_use]
    pub fn body(mut self, body: &'a [u8]) -> Self {
        self.body = body;
        self
    }

    /// The method.
    pub fn method(&self) -> &'a str {
        self.method
    }

    /// The path, as given.
    pub fn path(&self) -> &'a str {
        self.path
    }

    /// The query string, as given, without `?`.
    pub fn query_string(&self) -> &'a str {
        self.query
    }

    /// The headers, in the order given.
    pub fn headers(&self) -> &[(&'a str, &'a [u8])] {
        &self.headers
    }

    /// The body.
    pub fn body_bytes(&self) -> &'a [u8] {
        self.body
    }

    /// The values of every header with this name (any case), in order.
    pub(crate) fn header_values<'s>(
        &'s self,
        name: &'s str,
    ) -> impl Iterator<Item = &'a [u8]> + 's {
        self.headers
            .iter()
            .filter(move |(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| *value)
    }
}
