//! The examples of the document: what each illustrates, and the schema it must satisfy.

use std::fmt;

use serde_json::Value;

/// What an example illustrates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExampleTarget {
    /// A parameter of an operation.
    Parameter {
        /// The operation's id.
        operation_id: String,
        /// The parameter's name.
        name: String,
    },
    /// A header of a response.
    Header {
        /// The operation's id.
        operation_id: String,
        /// The response's status, as written in the document (`200`, `4XX`).
        status: String,
        /// The header's name.
        name: String,
    },
    /// A response body.
    Response {
        /// The operation's id.
        operation_id: String,
        /// The response's status, as written in the document (`200`, `4XX`).
        status: String,
        /// The example's name, for named `examples`; `None` for a single `example`.
        name: Option<String>,
    },
    /// A component schema's own `example`.
    Schema {
        /// The schema's name.
        name: String,
    },
}

impl fmt::Display for ExampleTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Parameter { operation_id, name } => {
                write!(f, "{operation_id}: parameter `{name}`")
            }
            Self::Header {
                operation_id,
                status,
                name,
            } => write!(f, "{operation_id}: {status} response header `{name}`"),
            Self::Response {
                operation_id,
                status,
                name: Some(name),
            } => write!(f, "{operation_id}: {status} response example `{name}`"),
            Self::Response {
                operation_id,
                status,
                name: None,
            } => write!(f, "{operation_id}: {status} response example"),
            Self::Schema { name } => write!(f, "schema `{name}` example"),
        }
    }
}

/// One example from the document, with the schema it must satisfy.
#[derive(Debug, Clone)]
pub struct Example {
    /// What the example illustrates.
    pub target: ExampleTarget,
    /// The OpenAPI schema (possibly a `$ref`) the value must satisfy.
    pub schema: Value,
    /// The example value.
    pub value: Value,
    /// The named example's `summary`, when it has one.
    pub summary: Option<String>,
}

/// A response example of one operation.
#[derive(Debug, Clone)]
pub struct ResponseExample {
    /// The response's status as the document writes it (`200`, `4XX`).
    pub status: String,
    /// The example's name, for named examples.
    pub name: Option<String>,
    /// The example's summary, for named examples.
    pub summary: Option<String>,
    /// The body.
    pub value: Value,
}

impl ResponseExample {
    /// The HTTP status the example stands for: the declared status when it is exact, else
    /// the `(NNN)` its summary ends with, as in "Too many requests (429)".
    pub fn http_status(&self) -> Option<u16> {
        self.status.parse().ok().or_else(|| {
            let (_, tail) = self.summary.as_deref()?.rsplit_once('(')?;
            tail.strip_suffix(')')?.parse().ok()
        })
    }
}
