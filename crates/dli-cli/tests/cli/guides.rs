//! Guides that cannot go stale: every relative link and anchor of every Markdown file
//! resolves, every `dli …` line of a shell block parses against the real command tree, and
//! each operation of the document has the fake's handler, its `dli` commands and its row in
//! the command line's guide. Each check is also shown to fail on a bad input.

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use dli_client::reqwest;
use dli_fake::{FakeConfig, FakeDli};

/// The workspace's root.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every Markdown file of the repository, build and tool output left out.
fn markdown_files() -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut folders = vec![root()];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_dir() {
                let skipped = name.starts_with('.')
                    || [
                        "target",
                        "node_modules",
                        "mutants.out",
                        "corpus",
                        "artifacts",
                    ]
                    .contains(&name.as_str());
                if !skipped {
                    folders.push(path);
                }
            } else if name.ends_with(".md") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// A fenced code block: its language, and its lines with their numbers (from 1).
struct Block {
    lang: String,
    lines: Vec<(usize, String)>,
}

/// The fenced blocks of a Markdown text, and the text with their lines blanked.
fn split(text: &str) -> (Vec<Block>, Vec<(usize, String)>) {
    let (mut blocks, mut prose) = (Vec::new(), Vec::new());
    let mut open: Option<Block> = None;
    for (at, line) in text.lines().enumerate() {
        let number = at + 1;
        let fence = line.trim_start().starts_with("```");
        match (&mut open, fence) {
            (None, true) => {
                let lang = line.trim_start().trim_start_matches('`').trim();
                open = Some(Block {
                    lang: lang.split(',').next().unwrap_or_default().to_owned(),
                    lines: Vec::new(),
                });
            }
            (Some(_), true) => blocks.extend(open.take()),
            (Some(block), false) => block.lines.push((number, line.to_owned())),
            (None, false) => prose.push((number, line.to_owned())),
        }
    }
    (blocks, prose)
}

/// The anchors GitHub gives a text's headings: lower case, spaces to `-`, punctuation
/// dropped, a repeated heading numbered.
fn anchors(text: &str) -> HashSet<String> {
    let (_, prose) = split(text);
    let mut seen = HashSet::new();
    for (_, line) in prose {
        let Some(heading) = line.strip_prefix('#').map(|h| h.trim_start_matches('#')) else {
            continue;
        };
        let slug: String = heading
            .trim()
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_'))
            .map(|c| if c == ' ' { '-' } else { c })
            .collect();
        let mut unique = slug.clone();
        let mut n = 0;
        while !seen.insert(unique.clone()) {
            n += 1;
            unique = format!("{slug}-{n}");
        }
    }
    seen
}

/// The relative links of a text (outside code), by line: `[text](target)`.
fn links(text: &str) -> Vec<(usize, String)> {
    let (_, prose) = split(text);
    let mut found = Vec::new();
    for (number, line) in prose {
        // Inline code is not a link.
        let plain: String = line.split('`').step_by(2).collect::<Vec<_>>().join(" ");
        let mut rest = plain.as_str();
        while let Some(at) = rest.find("](") {
            rest = &rest[at + 2..];
            let Some(end) = rest.find(')') else { break };
            let target = rest[..end].trim();
            if !(target.contains("://") || target.starts_with("mailto:")) {
                found.push((number, target.to_owned()));
            }
            rest = &rest[end..];
        }
    }
    found
}

/// What is wrong with the links of `file` (its text `text`): a missing file or anchor.
fn broken_links(file: &Path, text: &str) -> Vec<String> {
    let folder = file.parent().unwrap_or(Path::new("."));
    let mut broken = Vec::new();
    for (line, target) in links(text) {
        let (path, anchor) = target.split_once('#').unwrap_or((&target, ""));
        let linked = if path.is_empty() {
            file.to_owned()
        } else {
            folder.join(path)
        };
        let shown = format!("{}:{line}: {target}", file.display());
        if !linked.exists() {
            broken.push(format!("{shown}: no such file"));
            continue;
        }
        if !anchor.is_empty() {
            let linked_text = std::fs::read_to_string(&linked).unwrap_or_default();
            if !anchors(&linked_text).contains(anchor) {
                broken.push(format!("{shown}: no heading #{anchor}"));
            }
        }
    }
    broken
}

#[test]
fn every_relative_link_and_anchor_resolves() {
    let files = markdown_files();
    assert!(files.len() > 10, "{files:?}");
    let broken: Vec<String> = files
        .iter()
        .flat_map(|file| broken_links(file, &std::fs::read_to_string(file).expect("read")))
        .collect();
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));

    // And it finds what is broken.
    let guide = root().join("docs/cli.md");
    let bad = "See [the library](library.md#no-such-part), [x](nowhere.md) and `[code](not-a-link.md)`.\n";
    let found = broken_links(&guide, bad);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].contains("no heading #no-such-part") && found[1].contains("no such file"));
}

/// A line split as a shell would split it into words: quotes kept together.
fn words(line: &str) -> Vec<String> {
    let (mut words, mut word, mut quote, mut any) = (Vec::new(), String::new(), None, false);
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                any = true;
            }
            (None, c) if c.is_whitespace() => {
                if any || !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
                any = false;
            }
            (None, c) => word.push(c),
        }
    }
    if any || !word.is_empty() {
        words.push(word);
    }
    words
}

/// The `dli` commands of a shell block, by line: continuations joined, comments, pipes,
/// `&&`, `&` and redirections taken apart, placeholders filled in.
fn dli_commands(block: &Block) -> Vec<(usize, Vec<String>)> {
    let mut commands = Vec::new();
    let mut joined = String::new();
    let mut first = 0;
    for (number, line) in &block.lines {
        if joined.is_empty() {
            first = *number;
        }
        match line.strip_suffix('\\') {
            Some(head) => {
                joined.push_str(head);
                joined.push(' ');
                continue;
            }
            None => joined.push_str(line),
        }
        let line = std::mem::take(&mut joined);
        let code = line
            .split(" #")
            .next()
            .unwrap_or_default()
            .trim_start_matches('#');
        if line.trim_start().starts_with('#') {
            continue;
        }
        for part in code.split(['|', ';']).flat_map(|p| p.split("&&")) {
            let mut words = words(part.trim().trim_end_matches('&'));
            while words
                .first()
                .is_some_and(|w| w.contains('=') && !w.starts_with('-'))
            {
                words.remove(0);
            }
            if words.first().map(String::as_str) != Some("dli") {
                continue;
            }
            let mut args = Vec::new();
            let mut skip = false;
            for word in words {
                if std::mem::take(&mut skip) {
                    continue;
                }
                match word.as_str() {
                    ">" | ">>" | "<" | "2>" => skip = true,
                    w if w.starts_with('>') || w.starts_with('<') => {}
                    "ID" | "ID…" | "<CONNECTION_ID>" => {
                        args.push("2a620c33-5609-40c9-affd-2b6453071b0f".to_owned())
                    }
                    _ => args.push(word),
                }
            }
            commands.push((first, args));
        }
    }
    commands
}

/// Why the command line refuses `args`, or `None` when it parses.
fn refused(args: &[String]) -> Option<String> {
    match dli_cli::command().try_get_matches_from(args) {
        Ok(_) => None,
        Err(error)
            if matches!(
                error.kind(),
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion
            ) =>
        {
            None
        }
        Err(error) => Some(
            error
                .to_string()
                .lines()
                .next()
                .unwrap_or_default()
                .to_owned(),
        ),
    }
}

#[test]
fn every_dli_line_of_every_guide_parses() {
    let mut checked = 0;
    let mut refusals = Vec::new();
    for file in markdown_files() {
        let text = std::fs::read_to_string(&file).expect("read");
        let (blocks, _) = split(&text);
        for block in blocks
            .iter()
            .filter(|b| matches!(b.lang.as_str(), "sh" | "bash" | "console"))
        {
            for (line, args) in dli_commands(block) {
                checked += 1;
                if let Some(why) = refused(&args) {
                    refusals.push(format!(
                        "{}:{line}: {}: {why}",
                        file.display(),
                        args.join(" ")
                    ));
                }
            }
        }
    }
    assert!(checked > 40, "only {checked} dli lines were found");
    assert!(
        refusals.is_empty(),
        "lines dli refuses:\n{}",
        refusals.join("\n")
    );

    // And it refuses what `dli` would.
    let block = Block {
        lang: "sh".to_owned(),
        lines: vec![
            (
                1,
                "dli connection --region cn-north-4 list --colour red  # no such option".to_owned(),
            ),
            (2, "echo ID | dli connection \\".to_owned()),
            (3, "    delete ID… > out.txt".to_owned()),
            (
                4,
                "dli auth create x --type passwd --password hunter2".to_owned(),
            ),
        ],
    };
    let found: Vec<(usize, Option<String>)> = dli_commands(&block)
        .into_iter()
        .map(|(line, args)| (line, refused(&args)))
        .collect();
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(
        found[0].1.is_some() && found[1].1.is_none() && found[2].1.is_some(),
        "{found:?}"
    );
}

/// The operations of the document: id, method, path, and `x-dli-commands`.
fn operations() -> Vec<(String, String, String, Vec<String>)> {
    let spec = dli_spec::Spec::load().expect("the document");
    spec.operation_facts()
        .expect("the facts")
        .into_iter()
        .map(|facts| (facts.id, facts.method, facts.path, facts.commands))
        .collect()
}

/// Whether `command` (words such as `auth create`) is a command of `dli`.
fn has_command(command: &str) -> bool {
    let mut at = dli_cli::command();
    for word in command.split_whitespace() {
        match at.find_subcommand(word) {
            Some(next) => at = next.clone(),
            None => return false,
        }
    }
    true
}

/// What each operation lacks: the fake's handler (the fake answers the path as an unknown
/// API), a `dli` command, or its row in `docs/cli.md`.
async fn missing_pieces(
    operations: &[(String, String, String, Vec<String>)],
    guide: &str,
) -> Vec<String> {
    let fake = FakeDli::start(FakeConfig::default().with_key("AK", "SK"))
        .await
        .expect("start the fake");
    let http = reqwest::Client::new();
    let mut missing = Vec::new();
    for (id, method, path, commands) in operations {
        let concrete: String = path
            .split('/')
            .map(|segment| match segment {
                "{project_id}" => "p",
                "{connection_id}" | "{resource_id}" => "2a620c33-5609-40c9-affd-2b6453071b0f",
                "{resource_type}" => "dli_enhanced_datasource",
                s if s.starts_with('{') => "x",
                s => s,
            })
            .collect::<Vec<_>>()
            .join("/");
        let verb = reqwest::Method::from_bytes(method.as_bytes()).expect("a method");
        let answer = http
            .request(verb, format!("{}{concrete}", fake.base_url()))
            .send()
            .await
            .expect("an answer");
        if answer.status() == 404 {
            missing.push(format!(
                "{id}: the fake's handler (crates/dli-fake/src/paths.rs, api/, router.rs)"
            ));
        }
        for command in commands {
            if !has_command(command) {
                missing.push(format!(
                    "{id}: the command `dli {command}` (crates/dli-cli/src/cli/)"
                ));
            }
        }
        let cells: Vec<String> = commands.iter().map(|c| format!("`dli {c}`")).collect();
        let row = format!("| `{id}` | `{method} {path}` | {} |", cells.join(", "));
        if !guide.lines().any(|line| line == row) {
            missing.push(format!("{id}: its row in docs/cli.md: {row}"));
        }
    }
    fake.shutdown().await;
    missing
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_operation_names_each_missing_piece() {
    let guide = std::fs::read_to_string(root().join("docs/cli.md")).expect("the guide");
    let all = operations();
    assert_eq!(all.len(), 22);
    let missing = missing_pieces(&all, &guide).await;
    assert!(missing.is_empty(), "missing:\n{}", missing.join("\n"));
    let rows: BTreeSet<&str> = guide
        .lines()
        .filter(|l| l.starts_with("| `") && l.contains("`dli "))
        .collect();
    assert_eq!(
        rows.len(),
        all.len(),
        "docs/cli.md has a row for an operation the document lacks"
    );

    // An operation added to the document alone is named for each piece it lacks.
    let new = vec![(
        "CreateQueue".to_owned(),
        "POST".to_owned(),
        "/v1.0/{project_id}/queues/{queue_name}/new".to_owned(),
        vec!["queue create".to_owned()],
    )];
    let missing = missing_pieces(&new, &guide).await;
    assert_eq!(missing.len(), 3, "{missing:?}");
    for piece in [
        "the fake's handler",
        "the command `dli queue create`",
        "its row in docs/cli.md",
    ] {
        assert!(
            missing.iter().any(|m| m.contains(piece)),
            "{piece}: {missing:?}"
        );
    }
}
