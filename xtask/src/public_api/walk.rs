//! The walk over rustdoc's JSON: from the crate's root module through its public modules and
//! re-exports to every public item, one line each.

use std::collections::BTreeSet;

use serde_json::Value;

use anyhow::Context;

use super::render::{args, function, generics, ty};

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
