//! Generating the typed client from the OpenAPI document with progenitor.

use std::path::PathBuf;

use anyhow::{Context, bail};
use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle};
use quote::quote;

use dli_spec::{SPEC_PATH, Spec, project_root};

/// Where the generated client lives, relative to the workspace root.
pub const GENERATED_PATH: &str = "crates/dli-client/src/generated.rs";

/// The first line of the generated file.
pub const HEADER: &str = "// Generated from openapi/dli.yaml by `cargo xtask generate`. Do not edit: change the \
     document and run the command again.";

/// The progenitor settings, each chosen on purpose.
fn settings() -> GenerationSettings {
    let mut settings = GenerationSettings::new();
    settings
        // Builder style: every method returns a request builder whose setters take
        // `TryInto` values, so a bad project id is reported by `send()` as a clear error
        // before anything goes on the wire, and adding an optional parameter to the document
        // later does not break callers.
        .with_interface(InterfaceStyle::Builder)
        // One `Client` with every operation as a method; the API is small.
        .with_tag(TagStyle::Merged)
        // Users can publish or check the exact shape of every type, and the tests compare
        // those schemas with the document's examples.
        .with_derive("schemars::JsonSchema")
        .with_derive("PartialEq")
        // Credentials, signing and retries live in hand-written code: the client carries the
        // checked settings (`crate::settings::ClientState`) and `crate::hooks` implements
        // `ClientHooks` for it. `Expected` makes a missing implementation a compile error
        // instead of a silently unsigned client.
        .with_inner_type(quote!(crate::settings::ClientState))
        .with_hooks(HooksMode::Expected);
    settings
}

/// Generates the client source, header included.
pub fn generate(spec: &Spec) -> anyhow::Result<String> {
    let mut generator = Generator::new(&settings());
    let tokens = generator
        .generate_tokens(spec.document())
        .with_context(|| format!("progenitor cannot generate a client from {SPEC_PATH}"))?;
    let file: syn::File =
        syn::parse2(tokens).context("progenitor produced code that does not parse")?;
    let code = prettyplease::unparse(&file)
        // progenitor shows each method's usage as an `ignore` doc test; it is an
        // illustration, so it is rendered as text and `cargo test` reports nothing ignored.
        .replace("```ignore", "```text");
    Ok(format!(
        "{HEADER}\n// {SPEC_PATH} sha256: {}\n\n{code}",
        spec.sha256()
    ))
}

/// Regenerates the client and writes it; returns the path written.
pub fn write(spec: &Spec) -> anyhow::Result<PathBuf> {
    let path = project_root().join(GENERATED_PATH);
    let code = generate(spec)?;
    std::fs::write(&path, code).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(path)
}

/// Fails, with a diff, when the committed client differs from what the document generates.
pub fn check(spec: &Spec) -> anyhow::Result<()> {
    let path = project_root().join(GENERATED_PATH);
    let expected = generate(spec)?;
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if normalize(&committed) == normalize(&expected) {
        return Ok(());
    }
    let diff = similar::TextDiff::from_lines(&committed, &expected)
        .unified_diff()
        .context_radius(3)
        .header(GENERATED_PATH, "generated from openapi/dli.yaml")
        .to_string();
    bail!(
        "{GENERATED_PATH} is stale: it does not match {SPEC_PATH}. Run `cargo xtask generate` \
         and commit the result.\n\n{diff}"
    )
}

/// Line endings may be rewritten by a checkout; they are not a difference.
fn normalize(text: &str) -> String {
    text.replace("\r\n", "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stale generated file fails plain `cargo test`, not only `cargo xtask generate --check`.
    #[test]
    fn generated_client_is_fresh() {
        let spec = Spec::load().expect("load openapi/dli.yaml");
        if let Err(error) = check(&spec) {
            panic!("{error:#}");
        }
    }

    #[test]
    fn generated_code_starts_with_the_header() {
        let spec = Spec::load().expect("load openapi/dli.yaml");
        let code = generate(&spec).expect("generate");
        assert_eq!(code.lines().next(), Some(HEADER));
    }

    #[test]
    fn generation_is_deterministic() {
        let spec = Spec::load().expect("load openapi/dli.yaml");
        assert_eq!(
            generate(&spec).expect("first"),
            generate(&spec).expect("second")
        );
    }
}
