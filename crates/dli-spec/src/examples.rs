//! The examples of the document: what each illustrates, the schema it must satisfy, and
//! collecting them from the document.

use std::fmt;

use anyhow::bail;
use serde_json::{Value, json};

use crate::{Spec, string_field};

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

impl Spec {
    /// Every example in the document: parameters, response headers, response bodies (single
    /// and named) and component schemas.
    pub fn examples(&self) -> anyhow::Result<Vec<Example>> {
        let mut examples = Vec::new();
        let paths = self.raw.get("paths").and_then(Value::as_object);
        for (path, method, operation) in self.operations()? {
            let operation_id = operation
                .get("operationId")
                .and_then(Value::as_str)
                .map_or_else(
                    || format!("{} {path}", method.to_uppercase()),
                    str::to_owned,
                );

            let path_parameters = paths
                .and_then(|paths| paths.get(path))
                .and_then(|item| item.get("parameters"));
            for parameters in [path_parameters, operation.get("parameters")]
                .into_iter()
                .flatten()
            {
                for parameter in parameters.as_array().into_iter().flatten() {
                    let parameter = self.resolve(parameter)?;
                    let name = string_field(parameter, "name");
                    self.push_examples(&mut examples, parameter, |_| ExampleTarget::Parameter {
                        operation_id: operation_id.clone(),
                        name: name.clone(),
                    })?;
                }
            }

            let responses = operation.get("responses").and_then(Value::as_object);
            for (status, response) in responses.into_iter().flatten() {
                let response = self.resolve(response)?;
                let headers = response.get("headers").and_then(Value::as_object);
                for (name, header) in headers.into_iter().flatten() {
                    let header = self.resolve(header)?;
                    self.push_examples(&mut examples, header, |_| ExampleTarget::Header {
                        operation_id: operation_id.clone(),
                        status: status.clone(),
                        name: name.clone(),
                    })?;
                }
                let content = response.get("content").and_then(Value::as_object);
                for media in content.into_iter().flatten().map(|(_, media)| media) {
                    self.push_examples(&mut examples, media, |name| ExampleTarget::Response {
                        operation_id: operation_id.clone(),
                        status: status.clone(),
                        name: name.map(str::to_owned),
                    })?;
                }
            }
        }

        let schemas = self
            .raw
            .pointer("/components/schemas")
            .and_then(Value::as_object);
        for (name, schema) in schemas.into_iter().flatten() {
            if let Some(value) = schema.get("example") {
                examples.push(Example {
                    target: ExampleTarget::Schema { name: name.clone() },
                    schema: json!({ "$ref": format!("#/components/schemas/{name}") }),
                    value: value.clone(),
                    summary: None,
                });
            }
        }
        Ok(examples)
    }

    /// The response examples of one operation, in document order.
    pub fn response_examples(&self, operation_id: &str) -> anyhow::Result<Vec<ResponseExample>> {
        Ok(self
            .examples()?
            .into_iter()
            .filter_map(|example| match example.target {
                ExampleTarget::Response {
                    operation_id: id,
                    status,
                    name,
                } if id == operation_id => Some(ResponseExample {
                    status,
                    name,
                    summary: example.summary,
                    value: example.value,
                }),
                _ => None,
            })
            .collect())
    }

    /// Collects `example` and the named `examples` of a parameter, header or media type.
    fn push_examples(
        &self,
        out: &mut Vec<Example>,
        holder: &Value,
        target: impl Fn(Option<&str>) -> ExampleTarget,
    ) -> anyhow::Result<()> {
        let schema = holder.get("schema").cloned().unwrap_or_else(|| json!({}));
        if let Some(value) = holder.get("example") {
            out.push(Example {
                target: target(None),
                schema: schema.clone(),
                value: value.clone(),
                summary: None,
            });
        }
        let named = holder.get("examples").and_then(Value::as_object);
        for (name, example) in named.into_iter().flatten() {
            let example = self.resolve(example)?;
            let Some(value) = example.get("value") else {
                bail!("{}: has no `value`", target(Some(name)));
            };
            out.push(Example {
                target: target(Some(name)),
                schema: schema.clone(),
                value: value.clone(),
                summary: example
                    .get("summary")
                    .and_then(Value::as_str)
                    .map(str::to_owned),
            });
        }
        Ok(())
    }
}
