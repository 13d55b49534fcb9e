//! The JSON Schemas that schemars derives for the generated types, and a check that the
//! document's examples satisfy them too: the Rust types and the document cannot drift apart.

use dli_client::types::{DeleteEnhancedConnectionResponse, DliError};
use serde_json::Value;
use xtask::spec::{DELETE_OPERATION_ID, ExampleTarget, Spec};

fn validator(schema: &schemars::Schema) -> jsonschema::Validator {
    jsonschema::options()
        .should_validate_formats(true)
        .build(schema.as_value())
        .expect("schemars produces valid JSON Schema")
}

#[test]
fn response_schema() {
    insta::assert_json_snapshot!(
        "response_schema",
        schemars::schema_for!(DeleteEnhancedConnectionResponse)
    );
}

#[test]
fn error_schema() {
    insta::assert_json_snapshot!("error_schema", schemars::schema_for!(DliError));
}

#[test]
fn every_example_satisfies_the_derived_schema() {
    let response = validator(&schemars::schema_for!(DeleteEnhancedConnectionResponse));
    let error = validator(&schemars::schema_for!(DliError));
    let spec = Spec::load().expect("load openapi/dli.yaml");
    let mut checked = 0;
    for example in spec.examples().expect("walk the examples") {
        let ExampleTarget::Response {
            operation_id,
            status,
            name,
        } = &example.target
        else {
            continue;
        };
        assert_eq!(operation_id, DELETE_OPERATION_ID);
        let validator = if status.starts_with('2') {
            &response
        } else {
            &error
        };
        let problems: Vec<String> = validator
            .iter_errors(&example.value)
            .map(|e| e.to_string())
            .collect();
        assert!(
            problems.is_empty(),
            "{status} example {name:?} breaks the derived schema: {problems:?}"
        );
        checked += 1;
    }
    assert!(checked >= 9, "only {checked} response examples checked");
}

#[test]
fn derived_schema_rejects_a_body_without_is_success() {
    let response = validator(&schemars::schema_for!(DeleteEnhancedConnectionResponse));
    let body: Value = serde_json::json!({"message": "Deleted"});
    assert!(!response.is_valid(&body));
}
