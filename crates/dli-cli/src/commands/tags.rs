//! `dli connection tag ID KEY=VALUE…`, `untag ID KEY…` and `tags ID`.

use std::io::Write;

use dli_client::Client;
use dli_client::types::Tag;

use super::changed::{json, one_id};
use crate::cli::{IdArgs, TagArgs, TextOutput, UntagArgs};
use crate::outcome::{CommandError, Exit};
use crate::output::rows_table;

/// Adds tags.
pub async fn tag(
    client: &Client,
    args: &TagArgs,
    out: &mut impl Write,
) -> Result<Exit, CommandError> {
    let id = one_id(&args.id)?;
    let tags: Vec<Tag> = args
        .tags
        .iter()
        .map(|(key, value)| Tag {
            key: key.clone(),
            value: value.clone(),
        })
        .collect();
    let calls = client.tag(id, tags).await?;
    done(
        out,
        args.output,
        &format!(
            "{id}  {} tag(s) added in {} call(s)",
            args.tags.len(),
            calls.len()
        ),
    )
}

/// Removes tags by key.
pub async fn untag(
    client: &Client,
    args: &UntagArgs,
    out: &mut impl Write,
) -> Result<Exit, CommandError> {
    let id = one_id(&args.id)?;
    let calls = client.untag(id, &args.keys).await?;
    done(
        out,
        args.output,
        &format!("{id}  tags removed in {} call(s)", calls.len()),
    )
}

fn done(out: &mut impl Write, output: TextOutput, line: &str) -> Result<Exit, CommandError> {
    match output {
        TextOutput::Json => json(out, &serde_json::json!({ "done": line }))?,
        TextOutput::Text => writeln!(out, "{line}")?,
    }
    Ok(Exit::Done)
}

/// Shows every tag.
pub async fn show(
    client: &Client,
    args: &IdArgs,
    out: &mut impl Write,
) -> Result<Exit, CommandError> {
    let tags = client.tags(one_id(&args.id)?).await?;
    match args.output {
        TextOutput::Json => json(out, &tags)?,
        TextOutput::Text => {
            let rows = tags
                .into_iter()
                .map(|tag| vec![tag.key, tag.value])
                .collect();
            writeln!(out, "{}", rows_table(&["KEY", "VALUE"], rows))?;
        }
    }
    Ok(Exit::Done)
}
