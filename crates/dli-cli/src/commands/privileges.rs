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

/// Grants (`grant` true) or revokes BIND_QUEUE for each project on each connection.
pub async fn change(
    client: &Client,
    args: &GrantArgs,
    grant: bool,
    out: &mut impl Write,
) -> Result<Exit, CommandError> {
    let ids = many::ids(&args.id)?;
    let mut exit = Exit::Done;
    for project in &args.projects {
        let what = if grant {
            format!("granted BIND_QUEUE to {project}")
        } else {
            format!("revoked BIND_QUEUE from {project}")
        };
        let grantee = project.clone();
        let call = move |client: Client, id| {
            let grantee = grantee.clone();
            async move {
                if grant {
                    client.grant(id, &grantee).await
                } else {
                    client.revoke(id, &grantee).await
                }
            }
        };
        if many::run(client, ids.clone(), args.output, &what, call, out).await? != Exit::Done {
            exit = Exit::Failed;
        }
    }
    Ok(exit)
}
