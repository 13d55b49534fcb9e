//! The whole generated client, as a golden file: any change to the document or the generator
//! settings shows up here for review (`cargo insta review`).

#[test]
fn generated_client() {
    let code = include_str!("../../crates/dli-client/src/generated.rs");
    insta::assert_snapshot!("generated_client", code);
}
