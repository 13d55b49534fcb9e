//! The document's field names are the official SDK's. Each object schema names the
//! `huaweicloudsdkdli` model it mirrors (`x-sdk-model`); its property names must equal that
//! model's JSON keys, and each operation's parameters those of `<operationId>Request`. The
//! keys are in `tests/python/sdk_models.json`, which CI regenerates from the pinned SDK.

use std::collections::{BTreeMap, BTreeSet};

use dli_spec::Spec;
use serde_json::Value;

/// Object schemas with no model: the SDK reads errors in its core, not through a model.
const WITHOUT_MODEL: [&str; 1] = ["DliError"];

type Keys = BTreeMap<String, BTreeSet<String>>;

fn sdk_keys() -> Keys {
    let text = include_str!("../python/sdk_models.json");
    serde_json::from_str(text).expect("sdk_models.json is a map of key lists")
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
        let ours = properties.keys().cloned().collect();
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
