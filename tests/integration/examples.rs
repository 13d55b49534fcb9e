//! The document's examples parsed into the generated types.

use dli_client::types::{DeleteEnhancedConnectionResponse, DliError};
use dli_spec::{DELETE_OPERATION_ID, ResponseExample, Spec};

fn response_examples() -> Vec<ResponseExample> {
    Spec::load()
        .and_then(|spec| spec.response_examples(DELETE_OPERATION_ID))
        .expect("load the examples of openapi/dli.yaml")
}

#[test]
fn success_example_parses_into_the_response_type() {
    let examples = response_examples();
    let success = examples
        .iter()
        .find(|example| example.status == "200")
        .expect("the 200 response has an example");
    let response: DeleteEnhancedConnectionResponse =
        serde_json::from_value(success.value.clone()).expect("the 200 example parses");
    assert!(response.is_success);
    assert_eq!(response.message.as_deref(), Some("Deleted"));
    // Serializing it back gives the example unchanged.
    assert_eq!(
        serde_json::to_value(&response).expect("serialize"),
        success.value
    );
    insta::assert_json_snapshot!("success_response", response);
}

#[test]
fn every_error_example_parses_into_the_error_type() {
    let errors: Vec<(String, String, DliError)> = response_examples()
        .into_iter()
        .filter(|example| example.status != "200")
        .map(|example| {
            let name = example.name.unwrap_or_default();
            let status = example.status;
            let error: DliError = serde_json::from_value(example.value.clone())
                .unwrap_or_else(|e| panic!("{status} example `{name}` does not parse: {e}"));
            // Nothing is lost: the typed error serializes back to the example.
            assert_eq!(
                serde_json::to_value(&error).expect("serialize"),
                example.value,
                "{status} example `{name}` lost fields"
            );
            assert!(
                error.error_code.is_some() && error.error_msg.is_some(),
                "{status} example `{name}` needs a code and a message"
            );
            (status, name, error)
        })
        .collect();
    let codes: Vec<&str> = errors
        .iter()
        .filter_map(|(_, _, error)| error.error_code.as_deref())
        .collect();
    for documented in [
        "DLI.0001",
        "DLI.0013",
        "APIGW.0301",
        "APIGW.0101",
        "DLI.0999",
    ] {
        assert!(codes.contains(&documented), "no example for {documented}");
    }
    insta::assert_yaml_snapshot!("error_examples", errors);
}
