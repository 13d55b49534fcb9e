//! `cargo xtask public-api`: the public items of `dli-client`, one line each, from rustdoc's
//! JSON output, into [`LIST_PATH`]. `--check` fails when the list is stale, or when
//! `CHANGELOG.md`'s top section does not name the list's fingerprint: a change to the public
//! API needs both a new list and a CHANGELOG entry.
//!
//! rustdoc's JSON output is unstable, so it is asked for with `RUSTC_BOOTSTRAP=1` on the
//! stable toolchain, in a target folder of its own. The list depends on that format only
//! through [`list`], which falls back to the item's JSON for shapes it does not know.

use std::collections::BTreeSet;
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

/// The public items of the crate in `doc`, sorted, one line each: what kind of item, its path
/// and, for functions, fields and constants, its signature or type.
pub fn list(doc: &Value) -> anyhow::Result<Vec<String>> {
    let root = doc["root"].to_string();
    let crate_name = doc["index"][&root]["name"]
        .as_str()
        .context("rustdoc's JSON has no root module")?
        .to_owned();
    let mut walk = Walk {
        index: &doc["index"],
        lines: BTreeSet::new(),
        visiting: Vec::new(),
    };
    walk.module(&root, &crate_name);
    Ok(walk.lines.into_iter().collect())
}

struct Walk<'a> {
    index: &'a Value,
    lines: BTreeSet<String>,
    /// Modules being walked, against re-export cycles.
    visiting: Vec<String>,
}

impl Walk<'_> {
    fn item(&self, id: &str) -> Option<&Value> {
        self.index.get(id)
    }

    fn module(&mut self, id: &str, path: &str) {
        if self.visiting.iter().any(|seen| seen == id) {
            return;
        }
        self.visiting.push(id.to_owned());
        let children: Vec<String> = self
            .item(id)
            .and_then(|item| item["inner"]["module"]["items"].as_array())
            .map(|items| items.iter().map(Value::to_string).collect())
            .unwrap_or_default();
        for child in children {
            self.visit(&child, path, None);
        }
        self.visiting.pop();
    }

    /// An item of the module at `parent`, under `name` when a re-export renames it.
    fn visit(&mut self, id: &str, parent: &str, name: Option<&str>) {
        let Some(item) = self.item(id).cloned() else {
            return;
        };
        if item["visibility"] != "public" {
            return;
        }
        let name = name
            .map(str::to_owned)
            .or_else(|| item["name"].as_str().map(str::to_owned))
            .unwrap_or_default();
        let path = format!("{parent}::{name}");
        let Some((kind, inner)) = item["inner"].as_object().and_then(|o| o.iter().next()) else {
            return;
        };
        match kind.as_str() {
            "module" => {
                self.lines.insert(format!("mod {path}"));
                self.module(id, &path);
            }
            "use" => self.reexport(inner, parent),
            "struct" => {
                self.lines
                    .insert(format!("struct {path}{}", generics(&inner["generics"])));
                for field in ids(&inner["kind"]["plain"]["fields"]) {
                    self.field(&field, &path);
                }
                for field in ids(&inner["kind"]["tuple"]) {
                    self.field(&field, &path);
                }
                self.impls(inner, &path);
            }
            "enum" => {
                self.lines
                    .insert(format!("enum {path}{}", generics(&inner["generics"])));
                for variant in ids(&inner["variants"]) {
                    if let Some(v) = self.item(&variant) {
                        let fields = ids(&v["inner"]["variant"]["kind"]["tuple"])
                            .into_iter()
                            .chain(ids(&v["inner"]["variant"]["kind"]["struct"]["fields"]))
                            .filter_map(|f| self.item(&f).map(|f| ty(&f["inner"]["struct_field"])))
                            .collect::<Vec<_>>();
                        self.lines.insert(format!(
                            "variant {path}::{}({})",
                            v["name"].as_str().unwrap_or_default(),
                            fields.join(", ")
                        ));
                    }
                }
                self.impls(inner, &path);
            }
            "function" => {
                self.lines.insert(function(&path, inner));
            }
            "constant" => {
                self.lines
                    .insert(format!("const {path}: {}", ty(&inner["type"])));
            }
            "static" => {
                self.lines
                    .insert(format!("static {path}: {}", ty(&inner["type"])));
            }
            "type_alias" => {
                self.lines
                    .insert(format!("type {path} = {}", ty(&inner["type"])));
            }
            "trait" => {
                self.lines.insert(format!("trait {path}"));
                for member in ids(&inner["items"]) {
                    if let Some(m) = self.item(&member) {
                        let member_name = m["name"].as_str().unwrap_or_default();
                        self.lines
                            .insert(format!("trait-item {path}::{member_name}"));
                    }
                }
            }
            "macro" | "proc_macro" => {
                self.lines.insert(format!("macro {path}"));
            }
            other => {
                self.lines.insert(format!("{other} {path}"));
            }
        }
    }

    /// `pub use`: the item it names, under its new name, or the external path it names.
    fn reexport(&mut self, inner: &Value, parent: &str) {
        let target = inner["id"].to_string();
        let glob = inner["is_glob"].as_bool().unwrap_or(false);
        match self.item(&target) {
            Some(_) if glob => self.module(&target, parent),
            Some(_) => {
                let name = inner["name"].as_str().map(str::to_owned);
                self.visit(&target, parent, name.as_deref());
            }
            None => {
                self.lines.insert(format!(
                    "use {parent}::{} = {}",
                    inner["name"].as_str().unwrap_or("*"),
                    inner["source"].as_str().unwrap_or_default()
                ));
            }
        }
    }

    fn field(&mut self, id: &str, path: &str) {
        let Some(field) = self.item(id) else {
            return;
        };
        if field["visibility"] != "public" {
            return;
        }
        let line = format!(
            "field {path}.{}: {}",
            field["name"].as_str().unwrap_or_default(),
            ty(&field["inner"]["struct_field"])
        );
        self.lines.insert(line);
    }

    /// Inherent methods, and the traits implemented (not blanket or auto ones).
    fn impls(&mut self, inner: &Value, path: &str) {
        for id in ids(&inner["impls"]) {
            let Some(item) = self.item(&id).cloned() else {
                continue;
            };
            let imp = &item["inner"]["impl"];
            if imp["is_synthetic"] == true || !imp["blanket_impl"].is_null() {
                continue;
            }
            if let Some(name) = imp["trait"]["path"].as_str() {
                self.lines.insert(format!(
                    "impl {name}{} for {path}",
                    args(&imp["trait"]["args"])
                ));
                continue;
            }
            for member in ids(&imp["items"]) {
                let Some(m) = self.item(&member) else {
                    continue;
                };
                if m["visibility"] != "public" {
                    continue;
                }
                let name = m["name"].as_str().unwrap_or_default();
                let line = match m["inner"].get("function") {
                    Some(f) => function(&format!("{path}::{name}"), f),
                    None => format!("item {path}::{name}"),
                };
                self.lines.insert(line);
            }
        }
    }
}

/// The ids in a JSON array, as the index's keys.
fn ids(value: &Value) -> Vec<String> {
    value
        .as_array()
        .map(|items| items.iter().map(Value::to_string).collect())
        .unwrap_or_default()
}

/// `async fn path<G>(inputs) -> output where …`.
fn function(path: &str, inner: &Value) -> String {
    let asynchronous = if inner["header"]["is_async"] == true {
        "async "
    } else {
        ""
    };
    let inputs: Vec<String> = inner["sig"]["inputs"]
        .as_array()
        .map(|inputs| {
            inputs
                .iter()
                .map(|pair| match pair[0].as_str() {
                    Some("self") => ty(&pair[1]).replace("Self", "self"),
                    Some(name) => format!("{name}: {}", ty(&pair[1])),
                    None => ty(&pair[1]),
                })
                .collect()
        })
        .unwrap_or_default();
    let output = match &inner["sig"]["output"] {
        Value::Null => String::new(),
        output => format!(" -> {}", ty(output)),
    };
    let (params, predicates) = generics_parts(&inner["generics"]);
    format!(
        "{asynchronous}fn {path}{params}({}){output}{predicates}",
        inputs.join(", ")
    )
}

/// `<T: Bound, 'a>` and ` where …` from a generics object, each possibly empty.
fn generics(value: &Value) -> String {
    let (params, predicates) = generics_parts(value);
    format!("{params}{predicates}")
}

fn generics_parts(value: &Value) -> (String, String) {
    let params: Vec<String> = value["params"]
        .as_array()
        .map(|params| {
            params
                .iter()
                .filter(|p| p["kind"]["type"]["is_synthetic"] != true)
                .map(|p| {
                    let name = p["name"].as_str().unwrap_or_default();
                    match p["kind"]["type"]["bounds"].as_array() {
                        Some(bounds) if !bounds.is_empty() => {
                            format!("{name}: {}", bounds_text(bounds))
                        }
                        _ => name.to_owned(),
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let predicates: Vec<String> = value["where_predicates"]
        .as_array()
        .map(|predicates| {
            predicates
                .iter()
                .map(|p| match p.get("bound_predicate") {
                    Some(b) => format!(
                        "{}: {}",
                        ty(&b["type"]),
                        bounds_text(b["bounds"].as_array().map_or(&[][..], Vec::as_slice))
                    ),
                    None => compact(p),
                })
                .collect()
        })
        .unwrap_or_default();
    let params = if params.is_empty() {
        String::new()
    } else {
        format!("<{}>", params.join(", "))
    };
    let predicates = if predicates.is_empty() {
        String::new()
    } else {
        format!(" where {}", predicates.join(", "))
    };
    (params, predicates)
}

fn bounds_text(bounds: &[Value]) -> String {
    bounds
        .iter()
        .map(|b| match (b.get("trait_bound"), b.get("outlives")) {
            (Some(t), _) => format!(
                "{}{}",
                t["trait"]["path"].as_str().unwrap_or_default(),
                args(&t["trait"]["args"])
            ),
            (None, Some(lifetime)) => lifetime.as_str().unwrap_or_default().to_owned(),
            _ => compact(b),
        })
        .collect::<Vec<_>>()
        .join(" + ")
}

/// `<A, B = C>` or `(A) -> B` from a path's arguments, or nothing.
fn args(value: &Value) -> String {
    if let Some(angle) = value.get("angle_bracketed") {
        let mut parts: Vec<String> = angle["args"]
            .as_array()
            .map(|args| {
                args.iter()
                    .map(|arg| match (arg.get("type"), arg.get("lifetime")) {
                        (Some(t), _) => ty(t),
                        (None, Some(l)) => l.as_str().unwrap_or_default().to_owned(),
                        _ => compact(arg),
                    })
                    .collect()
            })
            .unwrap_or_default();
        for constraint in angle["constraints"].as_array().into_iter().flatten() {
            let name = constraint["name"].as_str().unwrap_or_default();
            match constraint["binding"].get("equality") {
                Some(equal) => parts.push(format!("{name} = {}", ty(&equal["type"]))),
                None => parts.push(format!("{name}: {}", compact(&constraint["binding"]))),
            }
        }
        return if parts.is_empty() {
            String::new()
        } else {
            format!("<{}>", parts.join(", "))
        };
    }
    if let Some(paren) = value.get("parenthesized") {
        let inputs: Vec<String> = paren["inputs"]
            .as_array()
            .map(|inputs| inputs.iter().map(ty).collect())
            .unwrap_or_default();
        let output = match &paren["output"] {
            Value::Null => String::new(),
            output => format!(" -> {}", ty(output)),
        };
        return format!("({}){output}", inputs.join(", "));
    }
    String::new()
}

/// A type as Rust spells it, for the shapes rustdoc's JSON gives them; anything else as its
/// JSON without ids.
fn ty(value: &Value) -> String {
    let Some((kind, inner)) = value.as_object().and_then(|o| o.iter().next()) else {
        return compact(value);
    };
    match kind.as_str() {
        "resolved_path" => format!(
            "{}{}",
            inner["path"].as_str().unwrap_or_default(),
            args(&inner["args"])
        ),
        "primitive" | "generic" => inner.as_str().unwrap_or_default().to_owned(),
        "borrowed_ref" => format!(
            "&{}{}{}",
            inner["lifetime"]
                .as_str()
                .map(|l| format!("{l} "))
                .unwrap_or_default(),
            if inner["is_mutable"] == true {
                "mut "
            } else {
                ""
            },
            ty(&inner["type"])
        ),
        "tuple" => format!(
            "({})",
            inner
                .as_array()
                .map(|types| types.iter().map(ty).collect::<Vec<_>>().join(", "))
                .unwrap_or_default()
        ),
        "slice" => format!("[{}]", ty(inner)),
        "array" => format!(
            "[{}; {}]",
            ty(&inner["type"]),
            inner["len"].as_str().unwrap_or_default()
        ),
        "impl_trait" => format!(
            "impl {}",
            bounds_text(inner.as_array().map_or(&[][..], Vec::as_slice))
        ),
        "dyn_trait" => format!(
            "dyn {}",
            inner["traits"]
                .as_array()
                .map(|traits| traits
                    .iter()
                    .map(|t| format!(
                        "{}{}",
                        t["trait"]["path"].as_str().unwrap_or_default(),
                        args(&t["trait"]["args"])
                    ))
                    .collect::<Vec<_>>()
                    .join(" + "))
                .unwrap_or_default()
        ),
        "qualified_path" => {
            let name = inner["name"].as_str().unwrap_or_default();
            match inner["trait"]["path"].as_str() {
                Some(path) if !path.is_empty() => {
                    format!("<{} as {path}>::{name}", ty(&inner["self_type"]))
                }
                _ => format!("{}::{name}", ty(&inner["self_type"])),
            }
        }
        _ => compact(value),
    }
}

/// JSON without the ids rustdoc numbers items with, which change from build to build.
fn compact(value: &Value) -> String {
    fn strip(value: &Value) -> Value {
        match value {
            Value::Object(map) => Value::Object(
                map.iter()
                    .filter(|(key, _)| key.as_str() != "id")
                    .map(|(key, value)| (key.clone(), strip(value)))
                    .collect(),
            ),
            Value::Array(items) => Value::Array(items.iter().map(strip).collect()),
            other => other.clone(),
        }
    }
    strip(value).to_string()
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

#[cfg(test)]
mod tests;
