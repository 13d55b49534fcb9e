//! The layout of `dli-client`: its modules depend on each other without cycles, so each can be
//! read, tested and changed from the bottom up.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn source_dir() -> PathBuf {
    dli_spec::project_root().join("crates/dli-client/src")
}

/// The top-level module a file belongs to: `error/api.rs` → `error`, `retry.rs` → `retry`.
fn module_of(file: &Path, root: &Path) -> Option<String> {
    let relative = file.strip_prefix(root).ok()?;
    let first = relative.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (name != "lib").then(|| name.to_owned())
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read the source folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

/// Which module each item re-exported at the crate root comes from (`Client` → `client`).
fn root_items(lib: &str) -> BTreeMap<String, String> {
    let mut items = BTreeMap::new();
    for line in lib.lines() {
        let Some(rest) = line.trim().strip_prefix("pub use ") else {
            continue;
        };
        let Some((module, names)) = rest.split_once("::") else {
            continue;
        };
        let names = names
            .trim_end_matches(';')
            .trim_matches(|c| c == '{' || c == '}');
        for name in names.split(',') {
            items.insert(name.trim().to_owned(), module.to_owned());
        }
    }
    items
}

/// Module → the modules its code (not its comments) names through `crate::`.
fn dependencies() -> BTreeMap<String, BTreeSet<String>> {
    let root = source_dir();
    let lib = std::fs::read_to_string(root.join("lib.rs")).expect("read lib.rs");
    let items = root_items(&lib);
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let Some(module) = module_of(&file, &root) else {
            continue;
        };
        let text = std::fs::read_to_string(&file).expect("read a source file");
        let deps = graph.entry(module.clone()).or_default();
        for line in text
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
        {
            for (_, after) in line
                .match_indices("crate::")
                .map(|(at, _)| line.split_at(at))
            {
                let path = &after["crate::".len()..];
                let name: String = path
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                let target = items.get(&name).cloned().unwrap_or(name);
                if target != module && !target.is_empty() {
                    deps.insert(target);
                }
            }
            // `use crate::{a, b::c}` names several modules at once.
            if let Some(group) = line.trim().strip_prefix("use crate::{") {
                for part in group.trim_end_matches("};").split(',') {
                    let name = part.trim().split("::").next().unwrap_or("").to_owned();
                    let target = items.get(&name).cloned().unwrap_or(name);
                    if target != module && !target.is_empty() {
                        deps.insert(target);
                    }
                }
            }
        }
    }
    graph
}

/// A cycle in the graph, as the modules along it, if there is one.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|n| n == node) {
            let mut cycle = path[start..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn the_client_modules_have_no_cycles() {
    let graph = dependencies();
    assert!(graph.len() >= 10, "too few modules found: {graph:?}");
    assert!(
        graph["transport"].contains("retry"),
        "the graph misses an import: {graph:?}"
    );
    if let Some(cycle) = find_cycle(&graph) {
        panic!("module cycle: {}\n{graph:#?}", cycle.join(" → "));
    }
}

#[test]
fn the_retry_decision_and_the_region_table_are_leaves() {
    let graph = dependencies();
    assert_eq!(graph["retry"], BTreeSet::new(), "retry must stay pure");
    assert_eq!(graph["regions"], BTreeSet::new());
}

#[test]
fn a_cycle_is_found() {
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("a", vec!["b"]),
        ("b", vec!["c"]),
        ("c", vec!["a"]),
        ("d", vec![]),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.into_iter().map(str::to_owned).collect()))
    .collect();
    assert_eq!(
        find_cycle(&graph),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
}
