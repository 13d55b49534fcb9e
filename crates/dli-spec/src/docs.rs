//! The sections of the project's documents that commands rewrite with their figures.

use std::path::Path;

use anyhow::Context;

/// Replaces what stands between `<!-- NAME: begin -->` and `<!-- NAME: end -->` in a
/// document, creating the document (and the markers) when it has none.
pub fn replace_section(path: &Path, name: &str, section: &str) -> anyhow::Result<()> {
    let begin = format!("<!-- {name}: begin -->\n");
    let end = format!("<!-- {name}: end -->");
    let document = std::fs::read_to_string(path).unwrap_or_default();
    let updated = match (document.find(&begin), document.find(&end)) {
        (Some(b), Some(e)) if b < e => {
            format!("{}{begin}{section}{}", &document[..b], &document[e..])
        }
        _ => format!("{document}\n{begin}{section}{end}\n"),
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(path, updated).with_context(|| format!("cannot write {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_section_is_replaced_and_the_rest_kept() {
        let dir = std::env::temp_dir().join(format!("dli-spec-docs-{}", std::process::id()));
        let path = dir.join("doc.md");
        replace_section(&path, "figures", "one\n").expect("created");
        std::fs::write(
            &path,
            format!(
                "# Title\n{}after\n",
                std::fs::read_to_string(&path).unwrap()
            ),
        )
        .unwrap();
        replace_section(&path, "figures", "two\n").expect("replaced");
        let document = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            document,
            "# Title\n\n<!-- figures: begin -->\ntwo\n<!-- figures: end -->\nafter\n"
        );
        std::fs::remove_dir_all(dir).unwrap();
    }
}
