use serde_json::json;

use super::*;

/// rustdoc's JSON for a crate `demo` with a public struct and its method, a private module
/// re-exported by a glob, an enum, a constant and a re-exported external crate.
fn doc() -> Value {
    json!({
        "root": 0,
        "index": {
            "0": {"name": "demo", "visibility": "public", "inner": {"module": {"items": [1, 5, 7, 9, 10, 12]}}},
            "1": {"name": "Client", "visibility": "public", "inner": {"struct": {
                "generics": {"params": [], "where_predicates": []},
                "kind": {"plain": {"fields": [2, 13]}},
                "impls": [3, 14, 15]}}},
            "2": {"name": "endpoint", "visibility": "public", "inner": {"struct_field": {"primitive": "u16"}}},
            "13": {"name": "secret", "visibility": "default", "inner": {"struct_field": {"primitive": "u8"}}},
            "3": {"name": null, "visibility": "default", "inner": {"impl": {
                "trait": null, "is_synthetic": false, "blanket_impl": null, "items": [4, 16]}}},
            "4": {"name": "delete", "visibility": "public", "inner": {"function": {
                "header": {"is_async": true},
                "generics": {"params": [{"name": "I", "kind": {"type": {"bounds": [
                    {"trait_bound": {"trait": {"path": "Into", "args": {"angle_bracketed": {"args": [{"type": {"resolved_path": {"path": "Uuid", "id": 99, "args": null}}}], "constraints": []}}}}}
                ], "is_synthetic": false}}}], "where_predicates": []},
                "sig": {"inputs": [["self", {"borrowed_ref": {"lifetime": null, "is_mutable": false, "type": {"generic": "Self"}}}], ["id", {"generic": "I"}]],
                        "output": {"resolved_path": {"path": "Result", "id": 98, "args": {"angle_bracketed": {"args": [{"type": {"tuple": []}}, {"type": {"resolved_path": {"path": "Error", "id": 7, "args": null}}}], "constraints": []}}}}}}}},
            "16": {"name": "private_helper", "visibility": "crate", "inner": {"function": {"sig": {"inputs": [], "output": null}, "generics": {}, "header": {}}}},
            "14": {"name": null, "visibility": "default", "inner": {"impl": {
                "trait": {"path": "Clone", "args": null}, "is_synthetic": false, "blanket_impl": null, "items": []}}},
            "15": {"name": null, "visibility": "default", "inner": {"impl": {
                "trait": {"path": "Send", "args": null}, "is_synthetic": true, "blanket_impl": null, "items": []}}},
            "5": {"name": null, "visibility": "public", "inner": {"use": {"source": "crate::inner::*", "name": "inner", "id": 6, "is_glob": true}}},
            "6": {"name": "inner", "visibility": "crate", "inner": {"module": {"items": [11]}}},
            "11": {"name": "LIMIT", "visibility": "public", "inner": {"constant": {"type": {"primitive": "usize"}}}},
            "7": {"name": "Error", "visibility": "public", "inner": {"enum": {
                "generics": {"params": [], "where_predicates": []}, "variants": [8], "impls": []}}},
            "8": {"name": "Timeout", "visibility": "default", "inner": {"variant": {"kind": {"tuple": [17]}}}},
            "17": {"name": "0", "visibility": "default", "inner": {"struct_field": {"primitive": "u32"}}},
            "9": {"name": "reqwest", "visibility": "public", "inner": {"use": {"source": "reqwest", "name": "reqwest", "id": 500, "is_glob": false}}},
            "10": {"name": "Hidden", "visibility": "crate", "inner": {"struct": {"generics": {}, "kind": {"unit": null}, "impls": []}}},
            "12": {"name": "Renamed", "visibility": "public", "inner": {"use": {"source": "crate::Client", "name": "Alias", "id": 1, "is_glob": false}}}
        }
    })
}

#[test]
fn the_list_names_every_public_item_with_its_signature_and_nothing_private() {
    let lines = list(&doc()).unwrap();
    assert_eq!(
        lines,
        [
            "async fn demo::Alias::delete<I: Into<Uuid>>(&self, id: I) -> Result<(), Error>",
            "async fn demo::Client::delete<I: Into<Uuid>>(&self, id: I) -> Result<(), Error>",
            "const demo::LIMIT: usize",
            "enum demo::Error",
            "field demo::Alias.endpoint: u16",
            "field demo::Client.endpoint: u16",
            "impl Clone for demo::Alias",
            "impl Clone for demo::Client",
            "struct demo::Alias",
            "struct demo::Client",
            "use demo::reqwest = reqwest",
            "variant demo::Error::Timeout(u32)",
        ]
    );
}

#[test]
fn a_changed_signature_changes_the_list_and_its_fingerprint() {
    let before = list(&doc()).unwrap().join("\n");
    let mut changed = doc();
    changed["index"]["2"]["inner"]["struct_field"] = json!({"primitive": "u32"});
    let after = list(&changed).unwrap().join("\n");
    assert_ne!(before, after);
    assert_ne!(fingerprint(&before), fingerprint(&after));
    assert_eq!(fingerprint(&before).len(), 16);
}

#[test]
fn the_top_section_is_the_first_second_level_heading_up_to_the_next() {
    let changelog = "# Changelog\n\nintro\n\n## [Unreleased]\n\n<!-- public API: a -->\n\n### Added\n- x\n\n## [0.1.0] - 2026-01-01\n\n<!-- public API: b -->\n";
    let top = top_section(changelog);
    assert!(top.starts_with("## [Unreleased]"), "{top}");
    assert!(top.contains("public API: a"));
    assert!(!top.contains("public API: b"));
    assert_eq!(top_section("# Changelog\n\nno section"), "");
}

#[test]
fn the_committed_list_is_fresh_and_the_changelog_names_it() {
    // The same check as `cargo xtask public-api --check`: a change to dli-client's public API
    // fails `cargo test` until the list is rewritten and CHANGELOG.md's top section says so.
    let items = check().expect("the public API and CHANGELOG.md agree");
    assert!(items > 100, "only {items} public items");
}
