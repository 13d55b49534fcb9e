//! What the document says of each operation beyond its shape: its retry class
//! (`x-dli-retry`), the `dli` commands that call it (`x-dli-commands`), and whether it answers
//! pages. `cargo xtask generate` writes these facts into the client's operation table, which
//! the retry decision, the body limit, the pacer and the command line read.

use anyhow::{Context, bail, ensure};
use serde_json::Value;

use crate::Spec;

// The one definition of the classes, the client's; this crate cannot depend on the client,
// which it generates.
#[path = "../../dli-client/src/catalog/classes.rs"]
mod classes;

pub use classes::{BodyLimit, RetryClass};

/// One operation's facts, as the operation table carries them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperationFacts {
    /// The document's `operationId`, such as `DeleteEnhancedConnection`.
    pub id: String,
    /// progenitor's name of the operation, such as `delete_enhanced_connection`.
    pub name: String,
    /// The HTTP method, upper case.
    pub method: String,
    /// The path template.
    pub path: String,
    /// `x-dli-retry`.
    pub retry: RetryClass,
    /// The body limit of its answer: a page's when it answers a listing (the operation takes
    /// a `limit` query parameter, or, for a listing DLI answers whole, says
    /// `x-dli-body-limit: page`), else an object's.
    pub body_limit: BodyLimit,
    /// `x-dli-commands`: the `dli` commands that call it.
    pub commands: Vec<String>,
}

impl Spec {
    /// Every operation's facts, in document order. Fails for an operation without
    /// `x-dli-retry` or `x-dli-commands`, or with a value they do not allow.
    pub fn operation_facts(&self) -> anyhow::Result<Vec<OperationFacts>> {
        let mut facts = Vec::new();
        for (path, method, operation) in self.operations()? {
            let id = operation
                .get("operationId")
                .and_then(Value::as_str)
                .with_context(|| format!("{} {path} has no operationId", method.to_uppercase()))?;
            let retry = match operation.get("x-dli-retry").and_then(Value::as_str) {
                Some(value) => RetryClass::from_extension(value).with_context(|| {
                    format!(
                        "{id}: x-dli-retry is {value:?}; write `idempotent` or `not-idempotent`"
                    )
                })?,
                None => bail!(
                    "{id} has no x-dli-retry: write `idempotent` when a second send has no \
                     effect beyond the first, else `not-idempotent`, and say why in its \
                     description"
                ),
            };
            let commands: Vec<String> = operation
                .get("x-dli-commands")
                .and_then(Value::as_array)
                .with_context(|| {
                    format!("{id} has no x-dli-commands: list the `dli` commands that call it")
                })?
                .iter()
                .map(|command| command.as_str().map(str::to_owned))
                .collect::<Option<_>>()
                .with_context(|| format!("{id}: x-dli-commands holds something not a string"))?;
            ensure!(!commands.is_empty(), "{id}: x-dli-commands is empty");
            let listing = match operation.get("x-dli-body-limit").and_then(Value::as_str) {
                Some("page") => true,
                Some(other) => {
                    bail!("{id}: x-dli-body-limit is {other:?}; the one value is `page`")
                }
                None => false,
            };
            let paged = listing
                || self
                    .parameters(id)?
                    .iter()
                    .any(|(name, location)| name == "limit" && location == "query");
            facts.push(OperationFacts {
                id: id.to_owned(),
                name: snake_case(id),
                method: method.to_uppercase(),
                path: path.to_owned(),
                retry,
                body_limit: if paged {
                    BodyLimit::Page
                } else {
                    BodyLimit::Object
                },
                commands,
            });
        }
        Ok(facts)
    }
}

/// `DeleteEnhancedConnection` as progenitor names its method: `delete_enhanced_connection`.
pub fn snake_case(id: &str) -> String {
    let mut name = String::with_capacity(id.len() + 4);
    for (index, character) in id.char_indices() {
        if character.is_ascii_uppercase() {
            let after_lower = id[..index]
                .chars()
                .next_back()
                .is_some_and(|before| before.is_ascii_lowercase() || before.is_ascii_digit());
            if after_lower {
                name.push('_');
            }
            name.push(character.to_ascii_lowercase());
        } else {
            name.push(character);
        }
    }
    name
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn every_operation_has_its_facts() {
        let spec = Spec::load().expect("load openapi/dli.yaml");
        let facts = spec
            .operation_facts()
            .unwrap_or_else(|error| panic!("{error:#}"));
        assert_eq!(facts.len(), spec.operation_ids().expect("ids").len());
        let delete = facts
            .iter()
            .find(|fact| fact.id == "DeleteEnhancedConnection")
            .expect("delete");
        assert_eq!(delete.name, "delete_enhanced_connection");
        assert_eq!(delete.retry, RetryClass::Idempotent);
        assert_eq!(delete.body_limit, BodyLimit::Object);
        let create = facts
            .iter()
            .find(|fact| fact.id == "CreateEnhancedConnection")
            .expect("create");
        assert_eq!(create.retry, RetryClass::NotIdempotent);
        let list = facts
            .iter()
            .find(|fact| fact.id == "ListEnhancedConnections")
            .expect("list");
        assert_eq!(list.body_limit, BodyLimit::Page, "a limit parameter");
        let queues = facts
            .iter()
            .find(|fact| fact.id == "ListQueues")
            .expect("queues");
        assert_eq!(queues.body_limit, BodyLimit::Page, "x-dli-body-limit: page");
    }

    #[test]
    fn an_unknown_body_limit_is_refused() {
        let mut spec = Spec::load().expect("load openapi/dli.yaml");
        spec.raw["paths"]["/v2.0/{project_id}/datasource/enhanced-connections"]["post"]["x-dli-body-limit"] =
            json!("huge");
        let error = format!("{:#}", spec.operation_facts().expect_err("refused"));
        assert!(error.contains("x-dli-body-limit is \"huge\""), "{error}");
    }

    fn without(field: &str) -> anyhow::Error {
        let mut spec = Spec::load().expect("load openapi/dli.yaml");
        let operation =
            spec.raw["paths"]["/v2.0/{project_id}/datasource/enhanced-connections"]["post"]
                .as_object_mut()
                .expect("create");
        operation.remove(field);
        spec.operation_facts().expect_err("a fact is missing")
    }

    #[test]
    fn an_operation_without_a_retry_class_or_commands_is_refused() {
        let error = format!("{:#}", without("x-dli-retry"));
        assert!(
            error.contains("CreateEnhancedConnection has no x-dli-retry"),
            "{error}"
        );
        let error = format!("{:#}", without("x-dli-commands"));
        assert!(error.contains("has no x-dli-commands"), "{error}");
    }

    #[test]
    fn an_unknown_retry_class_is_refused() {
        let mut spec = Spec::load().expect("load openapi/dli.yaml");
        spec.raw["paths"]["/v2.0/{project_id}/datasource/enhanced-connections"]["post"]["x-dli-retry"] =
            json!("sometimes");
        let error = format!("{:#}", spec.operation_facts().expect_err("refused"));
        assert!(error.contains("\"sometimes\""), "{error}");
    }

    #[test]
    fn names_are_progenitors() {
        for (id, name) in [
            ("DeleteEnhancedConnection", "delete_enhanced_connection"),
            ("ShowResourceTags", "show_resource_tags"),
            ("RunAuthorizationAction", "run_authorization_action"),
        ] {
            assert_eq!(snake_case(id), name);
        }
    }
}
