//! `dli connection tag ID KEY=VALUE…`, `untag ID KEY…` and `tags ID`.

use std::io::Write;

use dli_client::types::Tag;
use dli_client::{Client, Error, Response};

use super::changed::json;
use super::many;
use crate::cli::{IdArgs, TagArgs, TextOutput, UntagArgs};
use crate::outcome::{CommandError, Exit};
use crate::output::rows_table;

/// Adds tags to each connection named.
pub async fn tag(
    client: &Client,
    args: &TagArgs,
    out: &mut impl Write,
) -> Result<Exit, CommandError> {
    let ids = many::ids(&args.id)?;
    let tags: Vec<Tag> = args
        .tags
        .iter()
        .map(|(key, value)| Tag {
            key: key.clone(),
            value: value.clone(),
        })
        .collect();
    let what = format!("{} tag(s) added", tags.len());
    let call = move |client: Client, target: many::Target| {
        let tags = tags.clone();
        async move { last(client.tag(target.id, tags).await?) }
    };
    let targets = many::targets(ids);
    many::run(client, targets, args.output, |_, _| what.clone(), call, out).await
}

/// Removes tags by key from each connection named.
pub async fn untag(
    client: &Client,
    args: &UntagArgs,
    out: &mut impl Write,
) -> Result<Exit, CommandError> {
    let ids = many::ids(&args.id)?;
    let keys = args.keys.clone();
    let what = format!("tags removed: {}", keys.join(", "));
    let call = move |client: Client, target: many::Target| {
        let keys = keys.clone();
        async move { last(client.untag(target.id, &keys).await?) }
    };
    let targets = many::targets(ids);
    many::run(client, targets, args.output, |_, _| what.clone(), call, out).await
}

/// The last answer of a change made in several calls.
fn last(mut answers: Vec<Response<()>>) -> Result<Response<()>, Error> {
    answers
        .pop()
        .ok_or_else(|| Error::InvalidRequest("no tag to change".to_owned()))
}

/// Shows every tag.
pub async fn show(
    client: &Client,
    args: &IdArgs,
    out: &mut impl Write,
) -> Result<Exit, CommandError> {
    let tags = client.tags(args.id).await?;
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
