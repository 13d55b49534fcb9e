//! Items and types as Rust spells them, from the shapes rustdoc's JSON gives them; anything
//! else as its JSON without the ids rustdoc numbers items with.

use serde_json::Value;

/// `async fn path<G>(inputs) -> output where …`.
pub(super) fn function(path: &str, inner: &Value) -> String {
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
pub(super) fn generics(value: &Value) -> String {
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
pub(super) fn args(value: &Value) -> String {
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
pub(super) fn ty(value: &Value) -> String {
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
