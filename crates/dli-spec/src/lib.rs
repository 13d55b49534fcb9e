//! `openapi/dli.yaml`, loaded and checked: the OpenAPI version, operation ids, and that every
//! example in it validates against its schema. The generator (`cargo xtask`) and the tests
//! share it, and the commands that write figures into `docs/` share [`replace_section`].
#![forbid(unsafe_code)]

mod catalog;
mod docs;
mod examples;
#[cfg(test)]
mod tests;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail, ensure};
use serde_json::{Value, json};

pub use catalog::{BodyLimit, OperationFacts, RetryClass, snake_case};
pub use docs::replace_section;
pub use examples::{Example, ExampleTarget, ResponseExample};

/// The root of the workspace, found from this crate's own location (`crates/dli-spec`).
pub fn project_root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir
        .ancestors()
        .nth(2)
        .unwrap_or(manifest_dir)
        .to_path_buf()
}

/// Where the OpenAPI document lives, relative to the workspace root.
pub const SPEC_PATH: &str = "openapi/dli.yaml";

/// The success example of the DLI API reference page for the delete operation
/// (`dli_02_0188`); the document's `200` example must equal it.
pub const REFERENCE_SUCCESS_EXAMPLE: &str = r#"{"is_success": true, "message": "Deleted"}"#;

/// The operation this project exists for.
pub const DELETE_OPERATION_ID: &str = "DeleteEnhancedConnection";

const HTTP_METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// The OpenAPI document, both typed (for the generator) and as plain JSON (for walking
/// examples and resolving `$ref`s uniformly).
#[derive(Debug, Clone)]
pub struct Spec {
    text: String,
    document: openapiv3::OpenAPI,
    raw: Value,
}

impl Spec {
    /// Reads and parses `openapi/dli.yaml`.
    pub fn load() -> anyhow::Result<Self> {
        let path = project_root().join(SPEC_PATH);
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        Self::parse(&text).with_context(|| format!("{} is not a valid OpenAPI document", SPEC_PATH))
    }

    /// Parses an OpenAPI document from YAML text.
    pub fn parse(text: &str) -> anyhow::Result<Self> {
        let document: openapiv3::OpenAPI =
            yaml_serde::from_str(text).context("cannot parse it as OpenAPI 3.0")?;
        let raw: Value = yaml_serde::from_str(text).context("cannot parse it as YAML")?;
        Ok(Self {
            text: text.replace("\r\n", "\n"),
            document,
            raw,
        })
    }

    /// The SHA-256 of the document's text (with `\n` line endings), in hex. The generated
    /// file records it, so that any edit to the document, even one the generated code does
    /// not show, makes the committed client stale.
    pub fn sha256(&self) -> String {
        use sha2::Digest as _;
        hex::encode(sha2::Sha256::digest(self.text.as_bytes()))
    }

    /// The typed document, as the generator takes it.
    pub fn document(&self) -> &openapiv3::OpenAPI {
        &self.document
    }

    /// Checks everything the generator and the tests rely on; returns how many examples
    /// were validated.
    pub fn validate(&self) -> anyhow::Result<usize> {
        ensure!(
            self.document.openapi.starts_with("3.0."),
            "`openapi` is {:?}; the generator needs 3.0.x",
            self.document.openapi
        );
        self.check_operation_ids()?;
        self.operation_facts()?;

        let examples = self.examples()?;
        let mut failures = Vec::new();
        for example in &examples {
            if let Err(error) = self.check_example(example) {
                failures.push(format!("- {}: {error:#}", example.target));
            }
        }
        ensure!(
            failures.is_empty(),
            "examples that do not match their schema:\n{}",
            failures.join("\n")
        );
        self.check_reference_example(&examples)?;
        for operation_id in self.operation_ids()? {
            for example in self.response_examples(&operation_id)? {
                ensure!(
                    example.http_status().is_some(),
                    "the {} example {:?} of {operation_id} does not say its HTTP status: end \
                     its summary with it, like \"(400)\"",
                    example.status,
                    example.name.unwrap_or_default()
                );
            }
        }
        Ok(examples.len())
    }

    /// The operation with this id.
    fn operation(&self, operation_id: &str) -> anyhow::Result<&Value> {
        self.operations()?
            .into_iter()
            .find(|(_, _, op)| op.get("operationId").and_then(Value::as_str) == Some(operation_id))
            .map(|(_, _, operation)| operation)
            .with_context(|| format!("no operation `{operation_id}`"))
    }

    /// The id of every operation, in document order.
    pub fn operation_ids(&self) -> anyhow::Result<Vec<String>> {
        Ok(self
            .operations()?
            .into_iter()
            .filter_map(|(_, _, operation)| operation.get("operationId")?.as_str())
            .map(str::to_owned)
            .collect())
    }

    /// A component schema by name, as written in the document.
    pub fn schema(&self, name: &str) -> Option<&Value> {
        self.raw.pointer(&format!("/components/schemas/{name}"))
    }

    /// The names of the component schemas.
    pub fn schema_names(&self) -> Vec<String> {
        self.raw
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .map(|schemas| schemas.keys().cloned().collect())
            .unwrap_or_default()
    }

    /// An operation's parameters, those of its path included, as (name, location) pairs
    /// such as `("limit", "query")`.
    pub fn parameters(&self, operation_id: &str) -> anyhow::Result<Vec<(String, String)>> {
        let Some((path, _, operation)) = self
            .operations()?
            .into_iter()
            .find(|(_, _, op)| op.get("operationId").and_then(Value::as_str) == Some(operation_id))
        else {
            bail!("no operation `{operation_id}`");
        };
        let path_item = self
            .raw
            .get("paths")
            .and_then(|paths| paths.get(path))
            .map(|item| self.resolve(item))
            .transpose()?;
        let lists = [
            path_item.and_then(|item| item.get("parameters")),
            operation.get("parameters"),
        ];
        let mut parameters = Vec::new();
        for parameter in lists
            .into_iter()
            .flatten()
            .filter_map(Value::as_array)
            .flatten()
        {
            let parameter = self.resolve(parameter)?;
            parameters.push((
                string_field(parameter, "name"),
                string_field(parameter, "in"),
            ));
        }
        Ok(parameters)
    }

    fn check_operation_ids(&self) -> anyhow::Result<()> {
        let mut seen = BTreeSet::new();
        for (path, method, operation) in self.operations()? {
            let Some(id) = operation.get("operationId").and_then(Value::as_str) else {
                bail!("{} {path} has no operationId", method.to_uppercase());
            };
            ensure!(
                seen.insert(id.to_owned()),
                "operationId `{id}` is used more than once"
            );
        }
        ensure!(!seen.is_empty(), "the document defines no operation");
        Ok(())
    }

    fn check_reference_example(&self, examples: &[Example]) -> anyhow::Result<()> {
        let reference: Value = serde_json::from_str(REFERENCE_SUCCESS_EXAMPLE)?;
        let success = examples.iter().find(|example| {
            matches!(
                &example.target,
                ExampleTarget::Response { operation_id, status, .. }
                    if operation_id == DELETE_OPERATION_ID && status == "200"
            )
        });
        let Some(success) = success else {
            bail!("{DELETE_OPERATION_ID} has no example for its 200 response");
        };
        ensure!(
            success.value == reference,
            "the 200 example of {DELETE_OPERATION_ID} is {}, but the DLI API reference shows {}",
            success.value,
            reference
        );
        Ok(())
    }

    /// Validates one example against its schema with a JSON Schema (2020-12) validator that
    /// also checks formats such as `uuid`.
    pub fn check_example(&self, example: &Example) -> anyhow::Result<()> {
        self.check_value(&example.schema, &example.value)
    }

    /// The schema of an operation's response body for an HTTP status: the exact status if
    /// declared, else its range (`4XX`), else `default`. `None` when the document declares
    /// no response for the status.
    pub fn response_schema(
        &self,
        operation_id: &str,
        status: u16,
    ) -> anyhow::Result<Option<Value>> {
        let operation = self.operation(operation_id)?;
        let Some(responses) = operation.get("responses").and_then(Value::as_object) else {
            return Ok(None);
        };
        let range = format!("{}XX", status / 100);
        let Some(response) = [status.to_string(), range, "default".to_owned()]
            .iter()
            .find_map(|key| responses.get(key))
        else {
            return Ok(None);
        };
        let response = self.resolve(response)?;
        Ok(Some(
            response
                .pointer("/content/application~1json/schema")
                .cloned()
                .unwrap_or_else(|| json!({})),
        ))
    }

    /// Validates a value against an OpenAPI schema of this document.
    pub fn check_value(&self, schema: &Value, value: &Value) -> anyhow::Result<()> {
        let validator = self.validator_for(schema)?;
        let errors: Vec<String> = validator
            .iter_errors(value)
            .map(|error| {
                let at = error.instance_path().to_string();
                if at.is_empty() {
                    error.to_string()
                } else {
                    format!("{error} (at {at})")
                }
            })
            .collect();
        ensure!(errors.is_empty(), "{}", errors.join("; "));
        Ok(())
    }

    /// A validator for an OpenAPI schema of this document. OpenAPI 3.0 schemas are a subset
    /// of JSON Schema; the document's components travel along so that `$ref`s resolve.
    fn validator_for(&self, schema: &Value) -> anyhow::Result<jsonschema::Validator> {
        let root = json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "allOf": [schema],
            "components": self.raw.get("components").cloned().unwrap_or(Value::Null),
        });
        jsonschema::options()
            .with_draft(jsonschema::Draft::Draft202012)
            .should_validate_formats(true)
            .build(&root)
            .map_err(|error| anyhow::anyhow!("the schema is not valid JSON Schema: {error}"))
    }

    /// Every operation as (path, method, operation object).
    pub(crate) fn operations(&self) -> anyhow::Result<Vec<(&str, &'static str, &Value)>> {
        let Some(paths) = self.raw.get("paths").and_then(Value::as_object) else {
            bail!("the document has no `paths` object");
        };
        let mut operations = Vec::new();
        for (path, item) in paths {
            let item = self.resolve(item)?;
            for method in HTTP_METHODS {
                if let Some(operation) = item.get(method) {
                    operations.push((path.as_str(), method, operation));
                }
            }
        }
        Ok(operations)
    }

    /// Follows `$ref`s inside this document.
    pub(crate) fn resolve<'a>(&'a self, mut value: &'a Value) -> anyhow::Result<&'a Value> {
        for _ in 0..32 {
            let Some(reference) = value.get("$ref").and_then(Value::as_str) else {
                return Ok(value);
            };
            let Some(pointer) = reference.strip_prefix('#') else {
                bail!("`{reference}` points outside the document");
            };
            value = self
                .raw
                .pointer(pointer)
                .with_context(|| format!("`{reference}` points at nothing"))?;
        }
        bail!("`$ref`s nest too deeply")
    }
}

pub(crate) fn string_field(value: &Value, field: &str) -> String {
    value
        .get(field)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}
