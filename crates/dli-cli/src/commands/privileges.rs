//! `dli connection privileges ID`, `grant ID --project P…` and `revoke ID --project P…`.

use std::io::Write;

use dli_client::Client;

use super::changed::json;
use super::many;
use crate::cli::{GrantArgs, IdArgs, TextOutput};
use crate::outcome::{CommandError, Exit};
use crate::output::rows_table;

/// Shows the privileges other projects hold.
pub async fn show(
    client: &Client,
    args: &IdArgs,
    out: &mut impl Write,
) -> Result<Exit, CommandError> {
    let shown = client.privileges(args.id).await?;
    match args.output {
        TextOutput::Json => json(out, shown.body())?,
        TextOutput::Text => {
            let rows = shown
                .privileges
                .iter()
                .map(|p| {
                    vec![
                        p.applicant_project_id.clone().unwrap_or_default(),
                        p.privileges.join(","),
                    ]
                })
                .collect();
            writeln!(out, "{}", rows_table(&["PROJECT", "PRIVILEGES"], rows))?;
        }
    }
    Ok(Exit::Done)
}

/// Grants (`grant` true) or revokes BIND_QUEUE for each project on each connection, all
/// in one bulk run: an authentication failure stops every grant after it.
pub async fn change(
    client: &Client,
    args: &GrantArgs,
    grant: bool,
    out: &mut impl Write,
) -> Result<Exit, CommandError> {
    let ids = many::ids(&args.id)?;
    let targets: Vec<many::Target> = ids
        .iter()
        .flat_map(|id| {
            args.projects.iter().map(|project| many::Target {
                id: *id,
                project: Some(project.clone()),
            })
        })
        .collect();
    let what = move |target: &many::Target, _: &_| {
        let project = target.project.as_deref().unwrap_or_default();
        if grant {
            format!("granted BIND_QUEUE to {project}")
        } else {
            format!("revoked BIND_QUEUE from {project}")
        }
    };
    let call = move |client: Client, target: many::Target| async move {
        let project = target.project.unwrap_or_default();
        if grant {
            client.grant(target.id, &project).await
        } else {
            client.revoke(target.id, &project).await
        }
    };
    many::run(client, targets, args.output, what, call, out).await
}
