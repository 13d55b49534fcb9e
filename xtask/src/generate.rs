//! Generating the typed client from the OpenAPI document with progenitor.

use std::path::PathBuf;

use anyhow::{Context, bail};
use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle};
use quote::quote;

use dli_spec::{SPEC_PATH, Spec, project_root};

/// Where the generated client lives, relative to the workspace root.
pub const GENERATED_PATH: &str = "crates/dli-client/src/generated.rs";

/// Where the generated operation table lives, relative to the workspace root.
pub const TABLE_PATH: &str = "crates/dli-client/src/catalog/table.rs";

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
        // Every password of the document is the hand-written `Password`: `Debug` never shows
        // it, and it is wiped from memory when dropped.
        .with_replacement(
            "AuthInfoSecret",
            "crate::password::Password",
            std::iter::empty(),
        )
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

/// The operation table's source, header included: one row per operation with its id,
/// method, path, retry class, body limit, pacer lane and `dli` commands. Fails for an
/// operation without a retry class.
pub fn table(spec: &Spec) -> anyhow::Result<String> {
    let facts = spec
        .operation_facts()
        .with_context(|| format!("{SPEC_PATH} does not give every operation its facts"))?;
    let mut rows = String::new();
    let mut names = String::new();
    for (lane, fact) in facts.iter().enumerate() {
        // The variants' names, the same in both crates: they share one definition.
        let (retry, body_limit) = (
            format!("{:?}", fact.retry),
            format!("{:?}", fact.body_limit),
        );
        let commands: Vec<String> = fact.commands.iter().map(|c| format!("{c:?}")).collect();
        rows.push_str(&format!(
            "    Operation {{\n        id: {:?},\n        name: {:?},\n        method: {:?},\n        \
             path: {:?},\n        retry: RetryClass::{retry},\n        body_limit: BodyLimit::{body_limit},\n        \
             lane: {lane},\n        commands: &[{}],\n    }},\n",
            fact.id,
            fact.name,
            fact.method,
            fact.path,
            commands.join(", ")
        ));
        names.push_str(&format!("        {:?} => Some({lane}),\n", fact.name));
    }
    Ok(format!(
        "{HEADER}\n// {SPEC_PATH} sha256: {}\n\n\
         //! Every operation of the document, in the order of their paths.\n\n\
         use super::{{BodyLimit, Operation, RetryClass}};\n\n\
         /// Every operation of `openapi/dli.yaml`, in the order of their paths.\n\
         pub const OPERATIONS: [Operation; {}] = [\n{rows}];\n\n\
         /// The place in [`OPERATIONS`] of the operation the generated client names `name`.\n\
         pub(super) fn index_of(name: &str) -> Option<usize> {{\n    match name {{\n{names}        _ => None,\n    }}\n}}\n",
        spec.sha256(),
        facts.len(),
    ))
}

/// Every generated file: its path and what the document makes of it.
fn outputs(spec: &Spec) -> anyhow::Result<[(&'static str, String); 2]> {
    Ok([
        (GENERATED_PATH, generate(spec)?),
        (TABLE_PATH, table(spec)?),
    ])
}

/// Regenerates the client and its operation table and writes them; returns the paths
/// written.
pub fn write(spec: &Spec) -> anyhow::Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    for (relative, code) in outputs(spec)? {
        let path = project_root().join(relative);
        std::fs::write(&path, code).with_context(|| format!("cannot write {}", path.display()))?;
        written.push(path);
    }
    Ok(written)
}

/// Fails, with a diff, when a committed file differs from what the document generates.
pub fn check(spec: &Spec) -> anyhow::Result<()> {
    for (relative, expected) in outputs(spec)? {
        let committed = std::fs::read_to_string(project_root().join(relative)).unwrap_or_default();
        if normalize(&committed) == normalize(&expected) {
            continue;
        }
        let diff = similar::TextDiff::from_lines(&committed, &expected)
            .unified_diff()
            .context_radius(3)
            .header(relative, "generated from openapi/dli.yaml")
            .to_string();
        bail!(
            "{relative} is stale: it does not match {SPEC_PATH}. Run `cargo xtask generate` \
             and commit the result.\n\n{diff}"
        )
    }
    Ok(())
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
    fn an_operation_without_a_retry_class_generates_nothing() {
        let text = std::fs::read_to_string(project_root().join(SPEC_PATH)).expect("read");
        let text = text.replacen("      x-dli-retry: not-idempotent\n", "", 1);
        let spec = Spec::parse(&text).expect("still OpenAPI");
        let error = format!("{:#}", table(&spec).expect_err("no class"));
        assert!(error.contains("has no x-dli-retry"), "{error}");
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
