//! The document's field names are the official SDK's. Each object schema names the
//! `huaweicloudsdkdli` model it mirrors (`x-sdk-model`); its property names must equal that
//! model's JSON keys, and each operation's parameters those of `<operationId>Request`. The
//! keys, and each operation's method and path as the SDK's client sends them, are in
//! `tests/python/sdk_models.json`, which CI regenerates from the pinned SDK. What DLI sends
//! beyond the SDK's models is marked `x-undocumented: true` in the document and left out.

use std::collections::{BTreeMap, BTreeSet};

use dli_spec::Spec;
use serde_json::Value;

/// Object schemas with no model: the SDK reads errors in its core, not through a model.
const WITHOUT_MODEL: [&str; 1] = ["DliError"];

type Keys = BTreeMap<String, BTreeSet<String>>;

struct Sdk {
    models: Keys,
    operations: BTreeMap<String, String>,
}

fn sdk() -> Sdk {
    let text = include_str!("../python/sdk_models.json");
    let mut value: Value = serde_json::from_str(text).expect("sdk_models.json is JSON");
    Sdk {
        models: serde_json::from_value(value["models"].take()).expect("models: key lists"),
        operations: serde_json::from_value(value["operations"].take())
            .expect("operations: method and path"),
    }
}

fn sdk_keys() -> Keys {
    sdk().models
}

fn undocumented(schema: &Value) -> bool {
    schema.get("x-undocumented") == Some(&Value::Bool(true))
}

/// Every operation whose method or path differs from the SDK's, or that the SDK lacks.
fn operation_differences(spec: &Spec, sdk: &BTreeMap<String, String>) -> Vec<String> {
    let mut differences = Vec::new();
    for (path, method, operation) in spec.document().operations() {
        let id = operation.operation_id.clone().unwrap_or_default();
        let ours = format!("{} {path}", method.to_uppercase());
        match sdk.get(&id) {
            Some(theirs) if *theirs == ours => {}
            Some(theirs) => differences.push(format!("{id}: `{ours}`, the SDK sends `{theirs}`")),
            None => differences.push(format!("{id}: sdk_models.json has no such operation")),
        }
    }
    differences
}

/// The differences between two sets of names, each said in a sentence.
fn compare(
    what: &str,
    ours: &BTreeSet<String>,
    model: &str,
    theirs: &BTreeSet<String>,
) -> Vec<String> {
    let lacks = theirs
        .difference(ours)
        .map(|name| format!("{what}: lacks `{name}` of {model}"));
    let has = ours
        .difference(theirs)
        .map(|name| format!("{what}: has `{name}`, which {model} does not"));
    lacks.chain(has).collect()
}

/// Every difference between the document's object schemas and the models' keys.
fn schema_differences(spec: &Spec, sdk: &Keys) -> Vec<String> {
    let mut differences = Vec::new();
    for name in spec.schema_names() {
        let schema = spec.schema(&name).expect("listed");
        if undocumented(schema) {
            continue;
        }
        let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
            continue;
        };
        let Some(model) = schema.get("x-sdk-model").and_then(Value::as_str) else {
            if !WITHOUT_MODEL.contains(&name.as_str()) {
                differences.push(format!("{name}: names no official model (x-sdk-model)"));
            }
            continue;
        };
        let Some(theirs) = sdk.get(model) else {
            differences.push(format!("{name}: sdk_models.json has no {model}"));
            continue;
        };
        let ours = properties
            .iter()
            .filter(|(_, property)| !undocumented(property))
            .map(|(key, _)| key.clone())
            .collect();
        differences.extend(compare(&name, &ours, model, theirs));
    }
    differences
}

/// Every difference between the operations' parameters and their request models' keys. The
/// project id is not part of those models (the SDK fills it in), and a body is `body`.
fn parameter_differences(spec: &Spec, sdk: &Keys) -> Vec<String> {
    let mut differences = Vec::new();
    for operation_id in spec.operation_ids().expect("operations") {
        let model = format!("{operation_id}Request");
        let Some(theirs) = sdk.get(&model) else {
            differences.push(format!("{operation_id}: sdk_models.json has no {model}"));
            continue;
        };
        let ours: BTreeSet<String> = spec
            .parameters(&operation_id)
            .expect("the operation exists")
            .into_iter()
            .map(|(name, _)| name)
            .filter(|name| name != "project_id")
            .collect();
        let theirs: BTreeSet<String> = theirs
            .iter()
            .filter(|key| *key != "body")
            .cloned()
            .collect();
        differences.extend(compare(&operation_id, &ours, &model, &theirs));
    }
    differences
}

#[test]
fn every_schema_has_the_official_field_names() {
    let spec = Spec::load().expect("load openapi/dli.yaml");
    let differences = schema_differences(&spec, &sdk_keys());
    assert!(
        differences.is_empty(),
        "the document differs from the official SDK:\n{}",
        differences.join("\n")
    );
}

#[test]
fn every_operation_has_the_official_parameters() {
    let spec = Spec::load().expect("load openapi/dli.yaml");
    let differences = parameter_differences(&spec, &sdk_keys());
    assert!(
        differences.is_empty(),
        "the document differs from the official SDK:\n{}",
        differences.join("\n")
    );
    assert!(
        spec.parameters("ListEnhancedConnections")
            .expect("the operation exists")
            .contains(&("limit".to_owned(), "query".to_owned()))
    );
}

#[test]
fn every_operation_has_the_official_method_and_path() {
    let spec = Spec::load().expect("load openapi/dli.yaml");
    let sdk = sdk();
    let differences = operation_differences(&spec, &sdk.operations);
    assert!(
        differences.is_empty(),
        "the document differs from the official SDK:\n{}",
        differences.join("\n")
    );
    assert_eq!(
        sdk.operations.len(),
        22,
        "the group's sixteen operations, the lists of queues and pools, and the four of \
         datasource authentication"
    );
    let mut moved = sdk.operations.clone();
    moved.insert(
        "DeleteRouteFromEnhancedConnection".to_owned(),
        "DELETE /v2.0/{project_id}/datasource/enhanced-connections/{connection_id}/routes/{name}"
            .to_owned(),
    );
    moved.remove("ShowConnectivityTask");
    assert_eq!(
        operation_differences(&spec, &moved),
        [
            "DeleteRouteFromEnhancedConnection: `DELETE /v3/{project_id}/datasource/enhanced-connections/{connection_id}/routes/{name}`, the SDK sends `DELETE /v2.0/{project_id}/datasource/enhanced-connections/{connection_id}/routes/{name}`",
            "ShowConnectivityTask: sdk_models.json has no such operation",
        ]
    );
}

#[test]
fn a_differing_name_is_named() {
    let spec = Spec::load().expect("load openapi/dli.yaml");
    let mut sdk = sdk_keys();
    let model = sdk.get_mut("EnhancedConnection").expect("a model");
    model.remove("isPrivis");
    model.insert("is_privis".to_owned());
    let query = sdk
        .get_mut("ListEnhancedConnectionsRequest")
        .expect("a model");
    query.remove("offset");
    assert_eq!(
        schema_differences(&spec, &sdk),
        [
            "EnhancedConnection: lacks `is_privis` of EnhancedConnection",
            "EnhancedConnection: has `isPrivis`, which EnhancedConnection does not",
        ]
    );
    assert_eq!(
        parameter_differences(&spec, &sdk),
        ["ListEnhancedConnections: has `offset`, which ListEnhancedConnectionsRequest does not"]
    );
}
