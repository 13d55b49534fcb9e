//! The layout of every crate: its modules depend on each other without cycles, so each can be
//! read, tested and changed from the bottom up.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every crate of the workspace, by the folder that holds its `Cargo.toml`.
const CRATES: [&str; 9] = [
    "crates/dli-bench",
    "crates/dli-cli",
    "crates/dli-client",
    "crates/dli-fake",
    "crates/dli-fuzz",
    "crates/dli-spec",
    "crates/hwcloud-signer",
    "tests",
    "xtask",
];

fn source_dir(krate: &str) -> PathBuf {
    dli_spec::project_root().join(krate).join("src")
}

/// The crate's root file: `lib.rs`, or `main.rs` for a binary alone.
fn root_file(root: &Path) -> PathBuf {
    let lib = root.join("lib.rs");
    if lib.exists() {
        lib
    } else {
        root.join("main.rs")
    }
}

/// The top-level module a file belongs to: `error/api.rs` → `error`, `retry.rs` → `retry`;
/// none for the crate's root files.
fn module_of(file: &Path, root: &Path) -> Option<String> {
    let relative = file.strip_prefix(root).ok()?;
    let first = relative.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (name != "lib" && name != "main").then(|| name.to_owned())
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

/// The first name of every path that `crate::` starts in `code`: `crate::a::b` → `a`,
/// `crate::{a::b, c}` → `a` and `c`, over as many lines as the group takes.
fn crate_paths(code: &str) -> Vec<String> {
    let mut names = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        let Some(group) = rest.strip_prefix('{') else {
            names.push(
                rest.chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect(),
            );
            continue;
        };
        // The top-level items of the group, up to its closing brace.
        let (mut depth, mut item, mut at_start) = (0usize, String::new(), true);
        for c in group.chars() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => break,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    names.push(std::mem::take(&mut item));
                    at_start = true;
                }
                c if depth == 0 && at_start && (c.is_alphanumeric() || c == '_') => item.push(c),
                c if depth == 0 && !item.is_empty() && !(c.is_alphanumeric() || c == '_') => {
                    at_start = false
                }
                _ => {}
            }
        }
        names.push(item);
    }
    names.retain(|name| !name.is_empty());
    names
}

/// Module → the modules its code (not its comments) names through `crate::`.
fn dependencies(krate: &str) -> BTreeMap<String, BTreeSet<String>> {
    let root = source_dir(krate);
    let lib = std::fs::read_to_string(root_file(&root)).expect("read the crate root");
    let items = root_items(&lib);
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let Some(module) = module_of(&file, &root) else {
            continue;
        };
        let text = std::fs::read_to_string(&file).expect("read a source file");
        let code: String = text
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let deps = graph.entry(module.clone()).or_default();
        for name in crate_paths(&code) {
            let target = items.get(&name).cloned().unwrap_or(name);
            if target != module {
                deps.insert(target);
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
fn no_crate_has_a_module_cycle() {
    for krate in CRATES {
        let graph = dependencies(krate);
        if let Some(cycle) = find_cycle(&graph) {
            panic!("{krate}: module cycle {}\n{graph:#?}", cycle.join(" → "));
        }
    }
}

#[test]
fn the_graph_sees_the_imports() {
    let client = dependencies("crates/dli-client");
    assert!(client.len() >= 10, "too few modules found: {client:?}");
    assert!(
        client["transport"].contains("retry"),
        "the graph misses an import: {client:?}"
    );
    // `use crate::{admin, api, auth, throttle};`, a group on one line.
    let fake = dependencies("crates/dli-fake");
    for module in ["admin", "api", "auth", "throttle", "app"] {
        assert!(fake["router"].contains(module), "{fake:?}");
    }
    assert!(fake["api"].contains("app"), "{fake:?}");
}

#[test]
fn the_retry_decision_and_the_region_table_are_leaves() {
    let graph = dependencies("crates/dli-client");
    assert_eq!(graph["retry"], BTreeSet::new(), "retry must stay pure");
    assert_eq!(graph["regions"], BTreeSet::new());
}

#[test]
fn paths_and_groups_over_lines_are_read() {
    let code = "use crate::a::b;\nuse crate::{\n    c::{d, e},\n    f,\n};\nlet x = crate::g(1);";
    assert_eq!(crate_paths(code), ["a", "c", "f", "g"]);
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
/// The rows of the Markdown table that follows `heading` in `text`, as cells.
fn table_after(text: &str, heading: &str) -> Vec<Vec<String>> {
    let section = text
        .split_once(heading)
        .map_or("", |(_, rest)| rest.split("\n## ").next().unwrap_or(""));
    section
        .lines()
        .skip_while(|line| !line.starts_with('|'))
        .take_while(|line| line.starts_with('|'))
        .skip(2)
        .map(|line| {
            line.trim_matches('|')
                .split(" | ")
                .map(|cell| cell.trim().to_owned())
                .collect()
        })
        .collect()
}

/// The text between backticks in `text`.
fn quoted(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}

fn architecture() -> String {
    std::fs::read_to_string(dli_spec::project_root().join("ARCHITECTURE.md"))
        .expect("read ARCHITECTURE.md")
}

#[test]
fn the_architecture_names_only_paths_that_exist() {
    let text = architecture();
    let root = dli_spec::project_root();
    let paths: Vec<&str> = quoted(&text)
        .into_iter()
        .filter(|q| q.contains('/') && !q.contains(' ') && !q.starts_with("--"))
        .collect();
    assert!(paths.len() >= 20, "too few paths found: {paths:?}");
    let missing: Vec<&&str> = paths.iter().filter(|p| !root.join(p).exists()).collect();
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md names missing paths: {missing:?}"
    );
}

#[test]
fn the_client_modules_are_listed_bottom_up() {
    let rows = table_after(&architecture(), "## Inside `dli-client`");
    let order: Vec<String> = rows
        .iter()
        .filter_map(|row| quoted(&row[0]).first().copied())
        .filter_map(|path| path.strip_prefix("crates/dli-client/src/"))
        .map(|path| {
            path.trim_end_matches('/')
                .trim_end_matches(".rs")
                .to_owned()
        })
        .collect();
    let graph = dependencies("crates/dli-client");
    for (module, deps) in &graph {
        let Some(at) = order.iter().position(|m| m == module) else {
            panic!("ARCHITECTURE.md does not list the module {module}");
        };
        for dep in deps.iter().filter(|dep| graph.contains_key(*dep)) {
            let below = order.iter().position(|m| m == dep);
            assert!(
                below.is_some_and(|below| below < at),
                "{module} uses {dep}, which ARCHITECTURE.md lists after it"
            );
        }
    }
}

#[test]
fn each_crate_depends_only_on_the_crates_of_its_row() {
    let rows = table_after(&architecture(), "## Crates");
    assert!(rows.len() >= 8, "the crate table: {rows:?}");
    let crates: Vec<&str> = rows
        .iter()
        .filter_map(|row| quoted(&row[0]).first().copied())
        .collect();
    for row in &rows {
        let name = quoted(&row[0])[0];
        let listed: BTreeSet<&str> = quoted(&row[1]).into_iter().collect();
        let folder = match name {
            "dli-tests" => "tests".to_owned(),
            "xtask" => "xtask".to_owned(),
            other => format!("crates/{other}"),
        };
        let manifest =
            std::fs::read_to_string(dli_spec::project_root().join(&folder).join("Cargo.toml"))
                .unwrap_or_else(|error| panic!("{folder}/Cargo.toml: {error}"));
        // The names at the start of the lines of `[dependencies]`, up to the next table.
        let normal = manifest
            .split("\n[dependencies]\n")
            .nth(1)
            .map_or("", |rest| rest.split("\n[").next().unwrap_or(""));
        let used: BTreeSet<&str> = normal
            .lines()
            .filter_map(|line| line.split(['=', '.', ' ']).next())
            .filter(|dep| crates.contains(dep))
            .collect();
        assert_eq!(
            used, listed,
            "{name}: its Cargo.toml and ARCHITECTURE.md differ"
        );
    }
}

/// Every Rust source of the workspace and the fuzz crate, as one text.
fn all_sources() -> String {
    let root = dli_spec::project_root();
    let mut files = Vec::new();
    for krate in CRATES.iter().chain(&["crates/dli-fuzz"]) {
        rust_files(&root.join(krate), &mut files);
    }
    files
        .iter()
        .filter_map(|file| std::fs::read_to_string(file).ok())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether `name` is defined in `sources`: a function when it starts lowercase; a type, a
/// trait or an enum variant otherwise.
fn defined(sources: &str, name: &str) -> bool {
    if name.starts_with(|c: char| c.is_lowercase()) {
        return sources.contains(&format!("fn {name}("))
            || sources.contains(&format!("fn {name}<"));
    }
    ["struct", "enum", "trait", "type"]
        .iter()
        .any(|kind| sources.contains(&format!("{kind} {name}")))
        || sources.lines().any(|line| {
            line.trim_start()
                .strip_prefix(name)
                .is_some_and(|rest| rest.starts_with([' ', '(', '{', ',']) || rest.is_empty())
        })
}

#[test]
fn the_architecture_names_only_functions_and_types_that_exist() {
    let text = architecture();
    let sources = all_sources();
    let paths: Vec<&str> = quoted(&text)
        .into_iter()
        .map(|q| q.trim_end_matches("()"))
        .filter(|q| {
            q.contains("::")
                && q.split("::").all(|part| {
                    !part.is_empty() && part.chars().all(|c| c.is_alphanumeric() || c == '_')
                })
        })
        .collect();
    assert!(paths.len() >= 8, "too few named items: {paths:?}");
    let missing: Vec<&&str> = paths
        .iter()
        .filter(|path| !path.split("::").skip(1).all(|part| defined(&sources, part)))
        .collect();
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md names what is not defined: {missing:?}"
    );
    assert!(!defined(&sources, "no_such_function_anywhere"));
}
