//! The document's checks, each shown to fail on a document that breaks its rule.

use super::*;

#[test]
fn the_committed_document_is_valid() {
    let spec = Spec::load().expect("load openapi/dli.yaml");
    let checked = spec.validate().unwrap_or_else(|error| panic!("{error:#}"));
    // Parameters, response headers, a success example for each of the four operations,
    // the create request and ten error examples.
    assert!(checked >= 30, "only {checked} examples were checked");
}

fn spec_with(mutate: impl FnOnce(&mut Value)) -> Spec {
    let mut spec = Spec::load().expect("load openapi/dli.yaml");
    mutate(&mut spec.raw);
    spec
}

#[test]
fn an_example_that_breaks_its_schema_is_reported() {
    let spec = spec_with(|raw| {
        raw["components"]["responses"]["ClientError"]["content"]["application/json"]["examples"]
            ["connectionNotFound"]["value"]["error_code"] = json!(1);
    });
    let error = spec
        .validate()
        .expect_err("a numeric error_code must be rejected");
    assert!(
        format!("{error:#}").contains("connectionNotFound"),
        "{error:#}"
    );
}

#[test]
fn a_connection_id_example_must_be_a_uuid() {
    let spec = spec_with(|raw| {
        raw["components"]["parameters"]["ConnectionId"]["example"] = json!("not-a-uuid");
    });
    let error = spec
        .validate()
        .expect_err("a malformed uuid must be rejected");
    assert!(format!("{error:#}").contains("connection_id"), "{error:#}");
}

#[test]
fn a_project_id_example_with_a_slash_is_rejected() {
    let spec = spec_with(|raw| {
        raw["components"]["parameters"]["ProjectId"]["example"] = json!("a/b");
    });
    assert!(spec.validate().is_err());
}

#[test]
fn the_success_example_must_match_the_reference() {
    let spec = spec_with(|raw| {
        let path = "/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}";
        raw["paths"][path]["delete"]["responses"]["200"]["content"]["application/json"]["example"]
            ["message"] = json!("Gone");
    });
    let error = spec
        .validate()
        .expect_err("a changed 200 example must be rejected");
    assert!(format!("{error:#}").contains("API reference"), "{error:#}");
}

#[test]
fn an_error_example_must_say_its_status() {
    let spec = spec_with(|raw| {
        raw["components"]["responses"]["ClientError"]["content"]["application/json"]["examples"]
            ["throttled"]["summary"] = json!("Too many requests");
    });
    let error = spec.validate().expect_err("no status in the summary");
    assert!(format!("{error:#}").contains("throttled"), "{error:#}");
    let statuses: Vec<Option<u16>> = Spec::load()
        .and_then(|spec| spec.response_examples(DELETE_OPERATION_ID))
        .expect("examples")
        .iter()
        .map(ResponseExample::http_status)
        .collect();
    assert!(statuses.contains(&Some(200)) && statuses.contains(&Some(429)));
}

#[test]
fn duplicate_operation_ids_are_rejected() {
    let spec = spec_with(|raw| {
        let path = "/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}";
        let delete = raw["paths"][path]["delete"].clone();
        raw["paths"][path]["patch"] = delete;
    });
    let error = spec.validate().expect_err("duplicate ids must be rejected");
    assert!(format!("{error:#}").contains("more than once"), "{error:#}");
}

#[test]
fn openapi_3_1_is_rejected() {
    let text = std::fs::read_to_string(project_root().join(SPEC_PATH)).expect("read spec");
    let spec =
        Spec::parse(&text.replacen("openapi: 3.0.3", "openapi: 3.1.0", 1)).expect("still parses");
    assert!(spec.validate().is_err());
}
