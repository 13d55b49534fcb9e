//! `cargo xtask public-api`: the public items of `dli-client`, one line each, from rustdoc's
//! JSON output, into [`LIST_PATH`]. `--check` fails when the list is stale, or when
//! `CHANGELOG.md`'s top section does not name the list's fingerprint: a change to the public
//! API needs both a new list and a CHANGELOG entry.
//!
//! rustdoc's JSON output is unstable, so it is asked for with `RUSTC_BOOTSTRAP=1` on the
//! stable toolchain, in a target folder of its own. The list depends on that format only
//! through [`list`], which falls back to the item's JSON for shapes it does not know.

use std::path::PathBuf;
use std::process::Command;

use anyhow::{Context, bail};
use serde_json::Value;

use crate::project_root;

/// The committed list.
pub const LIST_PATH: &str = "crates/dli-client/public-api.txt";
/// The changelog whose top section must name the list's fingerprint.
pub const CHANGELOG_PATH: &str = "CHANGELOG.md";

/// rustdoc's JSON for `dli-client`.
fn rustdoc_json() -> anyhow::Result<Value> {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| project_root().join("target"), PathBuf::from)
        .join("public-api");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(project_root())
        .env("RUSTC_BOOTSTRAP", "1")
        .args([
            "rustdoc",
            "--locked",
            "-q",
            "-p",
            "dli-client",
            "--lib",
            "--target-dir",
        ])
        .arg(&target)
        .args(["--", "-Z", "unstable-options", "--output-format", "json"])
        .status()
        .context("cannot run cargo rustdoc")?;
    if !status.success() {
        bail!("cargo rustdoc failed ({status})");
    }
    let path = target.join("doc/dli_client.json");
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    serde_json::from_str(&text).with_context(|| format!("{} is not JSON", path.display()))
}

/// The first 16 hex digits of the SHA-256 of the list's text.
pub fn fingerprint(text: &str) -> String {
    use sha2::Digest as _;
    hex::encode(sha2::Sha256::digest(text.as_bytes()))[..16].to_owned()
}

/// The line the changelog's top section holds for a list.
pub fn changelog_line(text: &str) -> String {
    format!("<!-- public API: {} -->", fingerprint(text))
}

/// The changelog's top section: from its first `## ` heading to the next.
pub fn top_section(changelog: &str) -> &str {
    let Some(start) = changelog.find("\n## ") else {
        return "";
    };
    let rest = &changelog[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |end| end + 3);
    &rest[..end]
}

/// The list as it is now, as the committed file holds it.
fn current_text() -> anyhow::Result<String> {
    let lines = list(&rustdoc_json()?)?;
    Ok(format!(
        "# The public API of dli-client: `cargo xtask public-api` writes this file.\n{}\n",
        lines.join("\n")
    ))
}

/// Writes the list; returns the line the changelog's top section must hold.
pub fn write() -> anyhow::Result<String> {
    let text = current_text()?;
    std::fs::write(project_root().join(LIST_PATH), &text)
        .with_context(|| format!("cannot write {LIST_PATH}"))?;
    Ok(changelog_line(&text))
}

/// Fails when the committed list is stale or the changelog does not name it.
pub fn check() -> anyhow::Result<usize> {
    let text = current_text()?;
    let committed = std::fs::read_to_string(project_root().join(LIST_PATH)).unwrap_or_default();
    if committed != text {
        let diff = similar::TextDiff::from_lines(&committed, &text)
            .unified_diff()
            .header(LIST_PATH, "the public API now")
            .to_string();
        bail!(
            "the public API of dli-client changed: run `cargo xtask public-api`, say what \
             changed in {CHANGELOG_PATH} under [Unreleased], and put the line it prints there\n{diff}"
        );
    }
    check_changelog(&text)?;
    Ok(text.lines().count() - 1)
}

/// Fails unless the changelog's top section names the list's fingerprint.
pub fn check_changelog(list: &str) -> anyhow::Result<()> {
    let changelog = std::fs::read_to_string(project_root().join(CHANGELOG_PATH))
        .with_context(|| format!("cannot read {CHANGELOG_PATH}"))?;
    let line = changelog_line(list);
    if !top_section(&changelog).contains(&line) {
        bail!(
            "{CHANGELOG_PATH}'s top section does not mention the public API in {LIST_PATH}: \
             say what changed under [Unreleased] and put `{line}` there (in place of the \
             older line)"
        );
    }
    Ok(())
}

mod render;
#[cfg(test)]
mod tests;
mod walk;

pub use walk::list;
