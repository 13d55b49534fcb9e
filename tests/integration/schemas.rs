//! The JSON Schemas that schemars derives for the generated types, and a check that the
//! document's examples satisfy them too: the Rust types and the document cannot drift apart.

use dli_client::types::{DeleteEnhancedConnectionResponse, DliError};
use dli_spec::{DELETE_OPERATION_ID, Spec};
use serde_json::Value;

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
    let examples = Spec::load()
        .and_then(|spec| spec.response_examples(DELETE_OPERATION_ID))
        .expect("load the examples of openapi/dli.yaml");
    let mut checked = 0;
    for example in &examples {
        let validator = if example.status.starts_with('2') {
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
            "{} example {:?} breaks the derived schema: {problems:?}",
            example.status,
            example.name
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
