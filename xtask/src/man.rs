//! `cargo xtask man`: the man pages of `dli` (`dli.1` and one page a subcommand), written by
//! `clap_mangen` from the command line the binary parses, into [`MAN_DIR`]. `--check` fails
//! when the committed pages are not what that writes.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use anyhow::{Context, bail};

use crate::project_root;

/// Where the committed pages live.
pub const MAN_DIR: &str = "crates/dli-cli/man";

/// Runs the `man` example of `dli-cli`, which writes the pages into `folder`.
fn render(folder: &Path) -> anyhow::Result<()> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(project_root())
        .args([
            "run",
            "--locked",
            "-q",
            "-p",
            "dli-cli",
            "--example",
            "man",
            "--",
        ])
        .arg(folder)
        .status()
        .context("cannot run cargo")?;
    if !status.success() {
        bail!("writing the man pages failed ({status})");
    }
    Ok(())
}

/// The `.1` files of a folder, by name; an absent folder has none.
fn pages(folder: &Path) -> anyhow::Result<BTreeMap<String, Vec<u8>>> {
    let mut pages = BTreeMap::new();
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(pages),
        Err(error) => {
            return Err(error).with_context(|| format!("cannot read {}", folder.display()));
        }
    };
    for entry in entries {
        let path = entry?.path();
        if path.extension().is_some_and(|extension| extension == "1") {
            let name = path
                .file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_default();
            let text =
                std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
            pages.insert(name, text);
        }
    }
    Ok(pages)
}

/// What differs between the committed pages and fresh ones, one line a page.
pub fn differences(
    committed: &BTreeMap<String, Vec<u8>>,
    fresh: &BTreeMap<String, Vec<u8>>,
) -> Vec<String> {
    let mut out = Vec::new();
    for (name, text) in fresh {
        match committed.get(name) {
            None => out.push(format!("{name}: missing")),
            Some(old) if old != text => out.push(format!("{name}: stale")),
            Some(_) => {}
        }
    }
    for name in committed.keys().filter(|name| !fresh.contains_key(*name)) {
        out.push(format!("{name}: no longer written (no such command)"));
    }
    out
}

/// Writes fresh pages into [`MAN_DIR`], removing pages of commands that are gone.
pub fn write() -> anyhow::Result<usize> {
    let folder = project_root().join(MAN_DIR);
    let fresh = tempfile_dir()?;
    render(&fresh)?;
    let written = pages(&fresh)?;
    std::fs::create_dir_all(&folder)?;
    for name in pages(&folder)?
        .keys()
        .filter(|name| !written.contains_key(*name))
    {
        std::fs::remove_file(folder.join(name))?;
    }
    for (name, text) in &written {
        std::fs::write(folder.join(name), text)?;
    }
    std::fs::remove_dir_all(&fresh)?;
    Ok(written.len())
}

/// Fails, naming each page, when the committed pages differ from fresh ones.
pub fn check() -> anyhow::Result<usize> {
    let fresh = tempfile_dir()?;
    render(&fresh)?;
    let written = pages(&fresh)?;
    std::fs::remove_dir_all(&fresh)?;
    let differences = differences(&pages(&project_root().join(MAN_DIR))?, &written);
    if !differences.is_empty() {
        bail!(
            "the man pages in {MAN_DIR} are stale; run `cargo xtask man`:\n  {}",
            differences.join("\n  ")
        );
    }
    Ok(written.len())
}

/// A new empty folder under the target folder.
fn tempfile_dir() -> anyhow::Result<std::path::PathBuf> {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| project_root().join("target"), std::path::PathBuf::from);
    let folder = target.join(format!("man-{}", std::process::id()));
    if folder.exists() {
        std::fs::remove_dir_all(&folder)?;
    }
    std::fs::create_dir_all(&folder)
        .with_context(|| format!("cannot create {}", folder.display()))?;
    Ok(folder)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(pages: &[(&str, &str)]) -> BTreeMap<String, Vec<u8>> {
        pages
            .iter()
            .map(|(name, text)| ((*name).to_owned(), text.as_bytes().to_vec()))
            .collect()
    }

    #[test]
    fn a_missing_a_stale_and_a_removed_page_are_each_named() {
        let committed = set(&[("dli.1", "old"), ("dli-gone.1", "x"), ("dli-same.1", "s")]);
        let fresh = set(&[("dli.1", "new"), ("dli-new.1", "y"), ("dli-same.1", "s")]);
        assert_eq!(
            differences(&committed, &fresh),
            [
                "dli-new.1: missing",
                "dli.1: stale",
                "dli-gone.1: no longer written (no such command)"
            ]
        );
        assert!(differences(&fresh, &fresh).is_empty());
    }

    #[test]
    fn the_committed_pages_are_fresh() {
        // The same check as `cargo xtask man --check`, so that `cargo test` fails too.
        let count = check().expect("run `cargo xtask man`");
        assert!(count > 20, "only {count} pages");
    }
}
